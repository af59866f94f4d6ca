"""Claim queries: the claims list with its filters, one claim, and claim serialisation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, selectinload

from app.core.errors import NotFound
from app.db.models import Claim, ClaimAbout, Entity
from app.nlp.normalize import search_key
from app.schemas.claims import ClaimOut, SourceOut, SpeakerOut
from app.schemas.common import EntityRef, Page
from app.services.pagination import SortKey, keyset, page_after

NEWEST_FIRST = (SortKey(Claim.dated_at, datetime, descending=True), SortKey(Claim.id, int, descending=True))


def _ref(entity: Entity | None) -> EntityRef | None:
    return None if entity is None else EntityRef.model_validate(entity)


def claim_out(claim: Claim) -> ClaimOut:
    """A loaded Claim (speaker, source and about eagerly loaded) as its API shape."""
    return ClaimOut(
        id=claim.id,
        article_id=claim.article_id,
        kind=claim.kind,
        cue=claim.cue,
        text=claim.text,
        start=claim.start,
        end=claim.end,
        speaker=SpeakerOut(
            entity=_ref(claim.speaker_entity),
            text=claim.speaker_text,
            start=claim.speaker_start,
            end=claim.speaker_end,
            kind=claim.speaker_kind,
            affiliation=_ref(claim.speaker_affiliation),
        ),
        source=None
        if claim.source_text is None
        else SourceOut(entity=_ref(claim.source_entity), text=claim.source_text),
        about=[EntityRef.model_validate(a.entity) for a in claim.about],
        confidence=claim.confidence,
    )


def _loaded() -> Select[Claim]:
    return select(Claim).options(
        selectinload(Claim.speaker_entity),
        selectinload(Claim.source_entity),
        selectinload(Claim.speaker_affiliation),
        selectinload(Claim.about).selectinload(ClaimAbout.entity),
    )


def claims_of_article(*, session: Session, article_id: int) -> list[ClaimOut]:
    """An article's claims in text order."""
    return claims_of_articles(session=session, article_ids=[article_id]).get(article_id, [])


def claims_of_articles(*, session: Session, article_ids: list[int]) -> dict[int, list[ClaimOut]]:
    """Each article's claims in text order, for a page of articles in one query."""
    out: dict[int, list[ClaimOut]] = {}
    rows = session.scalars(_loaded().where(Claim.article_id.in_(article_ids)).order_by(Claim.start, Claim.id))
    for c in rows:
        out.setdefault(c.article_id, []).append(claim_out(c))
    return out


def get_claim(*, session: Session, claim_id: int) -> ClaimOut:
    """One claim by id, or 404."""
    claim = session.scalar(_loaded().where(Claim.id == claim_id))
    if claim is None:
        raise NotFound(f"There is no claim with id {claim_id}.")
    return claim_out(claim)


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
    stmt = _loaded()
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
    rows = list(session.scalars(keyset(stmt, NEWEST_FIRST, cursor).limit(limit + 1)))
    rows, nxt = page_after(rows, limit, NEWEST_FIRST)
    return Page[ClaimOut](items=[claim_out(c) for c in rows], next_cursor=nxt)
