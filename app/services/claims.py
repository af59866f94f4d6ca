"""Claim queries: the claims list with its filters, one claim, and claim serialisation."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, aliased

from app.core.errors import NotFound
from app.db.models import Claim, ClaimAbout, Entity
from app.nlp.normalize import search_key
from app.schemas.claims import ClaimOut, SourceOut, SpeakerOut
from app.schemas.common import EntityRef, Page
from app.services import reads
from app.services.pagination import SortKey, keyset, page_after
from app.services.reads import AnyRow

NEWEST_FIRST = (SortKey(Claim.dated_at, datetime, descending=True), SortKey(Claim.id, int, descending=True))


# Each entity a claim points to, joined once: a claim read is one statement, plus one for `about`.
_SPEAKER, _AFFILIATION, _SOURCE = aliased(Entity), aliased(Entity), aliased(Entity)
_JOINED = {"speaker": _SPEAKER, "affiliation": _AFFILIATION, "source": _SOURCE}


def _claim_columns() -> Select[*tuple[Any, ...]]:
    """A claim's columns with its three entities' id, name and type, without hydrating ORM objects."""
    refs = [col.label(f"{role}_{col.key}") for role, e in _JOINED.items() for col in (e.id, e.name, e.type)]
    return (
        select(
            Claim.id,
            Claim.article_id,
            Claim.kind,
            Claim.cue,
            Claim.text,
            Claim.start,
            Claim.end,
            Claim.speaker_text,
            Claim.speaker_start,
            Claim.speaker_end,
            Claim.speaker_kind,
            Claim.source_text,
            Claim.confidence,
            Claim.dated_at,
            *refs,
        )
        .outerjoin(_SPEAKER, _SPEAKER.id == Claim.speaker_entity_id)
        .outerjoin(_AFFILIATION, _AFFILIATION.id == Claim.speaker_affiliation_id)
        .outerjoin(_SOURCE, _SOURCE.id == Claim.source_entity_id)
    )


CLAIM_ROWS = _claim_columns()  # built once: constructing the statement costs more than running it


def _ref(row: AnyRow, role: str) -> EntityRef | None:
    """The joined entity `role` of a claim row, or None where the claim points to none."""
    mapping = row._mapping
    entity_id = mapping[f"{role}_id"]
    if entity_id is None:
        return None
    return EntityRef(id=entity_id, name=mapping[f"{role}_name"], type=mapping[f"{role}_type"])


def _about(session: Session, claim_ids: list[int]) -> dict[int, list[EntityRef]]:
    """The entities each claim is about, in entity id order, for a page of claims in one query."""
    out: dict[int, list[EntityRef]] = {}
    if not claim_ids:
        return out
    rows = reads.rows(
        session,
        select(ClaimAbout.claim_id, Entity.id, Entity.name, Entity.type)
        .join(Entity, Entity.id == ClaimAbout.entity_id)
        .where(ClaimAbout.claim_id.in_(claim_ids))
        .order_by(ClaimAbout.claim_id, Entity.id),
    )
    for claim_id, entity_id, name, type_ in rows:
        out.setdefault(claim_id, []).append(EntityRef(id=entity_id, name=name, type=type_))
    return out


def _claims_out(session: Session, rows: list[AnyRow]) -> list[ClaimOut]:
    """Claim rows from `_columns()` as their API shape (one more query for what they are about)."""
    about = _about(session, [r.id for r in rows])
    return [
        ClaimOut(
            id=r.id,
            article_id=r.article_id,
            kind=r.kind,
            cue=r.cue,
            text=r.text,
            start=r.start,
            end=r.end,
            speaker=SpeakerOut(
                entity=_ref(r, "speaker"),
                text=r.speaker_text,
                start=r.speaker_start,
                end=r.speaker_end,
                kind=r.speaker_kind,
                affiliation=_ref(r, "affiliation"),
            ),
            source=None if r.source_text is None else SourceOut(entity=_ref(r, "source"), text=r.source_text),
            about=about.get(r.id, []),
            confidence=r.confidence,
        )
        for r in rows
    ]


def claims_of_articles(*, session: Session, article_ids: list[int]) -> dict[int, list[ClaimOut]]:
    """Each article's claims in text order, for a page of articles in two queries."""
    out: dict[int, list[ClaimOut]] = {}
    rows = reads.rows(session, CLAIM_ROWS.where(Claim.article_id.in_(article_ids)).order_by(Claim.start, Claim.id))
    for c in _claims_out(session, list(rows)):
        out.setdefault(c.article_id, []).append(c)
    return out


def get_claim(*, session: Session, claim_id: int) -> ClaimOut:
    """One claim by id, or 404."""
    row = reads.first(session, CLAIM_ROWS.where(Claim.id == claim_id))
    if row is None:
        raise NotFound(f"There is no claim with id {claim_id}.")
    return _claims_out(session, [row])[0]


def list_claims(
    *,
    session: Session,
    limit: int,
    cursor: str | None = None,
    speaker_id: int | None = None,
    about_id: int | None = None,
    article_id: int | None = None,
    kind: str | None = None,
    q: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    speaker_kind: str | None = None,
    affiliation_id: int | None = None,
    include_affiliated: bool = False,
) -> Page[ClaimOut]:
    """Claims newest first (by the article's date), filtered; keyset-paged on (date, id).

    include_affiliated: with speaker_id, also what the entity's unnamed sources said (their affiliation).
    """
    stmt = CLAIM_ROWS
    if speaker_id is not None and include_affiliated:
        stmt = stmt.where(or_(Claim.speaker_entity_id == speaker_id, Claim.speaker_affiliation_id == speaker_id))
    elif speaker_id is not None:
        stmt = stmt.where(Claim.speaker_entity_id == speaker_id)
    if speaker_kind is not None:
        stmt = stmt.where(Claim.speaker_kind == speaker_kind)
    if affiliation_id is not None:
        stmt = stmt.where(Claim.speaker_affiliation_id == affiliation_id)
    if about_id is not None:
        stmt = stmt.where(Claim.id.in_(select(ClaimAbout.claim_id).where(ClaimAbout.entity_id == about_id)))
    if article_id is not None:
        stmt = stmt.where(Claim.article_id == article_id)
    if kind is not None:
        stmt = stmt.where(Claim.kind == kind)
    if q:
        stmt = stmt.where(Claim.search_text.contains(search_key(q), autoescape=True))
    if since is not None:
        stmt = stmt.where(Claim.dated_at >= since)
    if until is not None:
        stmt = stmt.where(Claim.dated_at <= until)
    rows = reads.rows(session, keyset(stmt, NEWEST_FIRST, cursor).limit(limit + 1))
    page, nxt = page_after(rows, limit, NEWEST_FIRST)
    return Page[ClaimOut](items=_claims_out(session, page), next_cursor=nxt)
