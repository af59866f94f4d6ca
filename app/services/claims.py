"""Claim queries: the claims list with its filters, one claim, and claim serialisation."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic_core import to_json
from sqlalchemy import BigInteger, Label, Select, bindparam, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from app.core.errors import NotFound
from app.db.models import Claim, ClaimAbout, Entity
from app.nlp.normalize import search_key
from app.schemas.claims import ClaimOut, SourceOut, SpeakerOut
from app.schemas.common import EntityRef, Page
from app.services import reads
from app.services.pagination import PAGE_SIZE, SortKey, after_params, bound_keyset, page_after
from app.services.reads import AnyRow, like_operand

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


# PostgreSQL builds each claim's JSON (one statement and no Python object per claim, nested entity or `about`).
CLAIM_OBJECT_SQL = (Path(__file__).parent / "sql" / "claim_object.pg.sql").read_text(encoding="utf-8")
_CLAIM_JSON: Label[Any] = literal_column(f"({CLAIM_OBJECT_SQL})::text").label("body")  # text: psycopg would parse json


def _as_json(stmt: Any) -> Any:
    """A select of CLAIM_ROWS (filtered, ordered, limited) as rows of (body, dated_at, id) in the same order."""
    c = stmt.subquery("c")
    return select(_CLAIM_JSON, c.c.dated_at, c.c.id).order_by(c.c.dated_at.desc(), c.c.id.desc())


_ONE = CLAIM_ROWS.where(Claim.id == bindparam("id"))
_ONE_JSON = _as_json(_ONE)


def get_claim(*, session: Session, claim_id: int) -> ClaimOut:
    """One claim by id, or 404."""
    row = reads.first(session, _ONE, {"id": claim_id})
    if row is None:
        raise _no_claim(claim_id)
    return _claims_out(session, [row])[0]


def _no_claim(claim_id: int) -> NotFound:
    """The 404 for a claim id not stored (one message for both the JSON and the model path)."""
    return NotFound(f"There is no claim with id {claim_id}.")


def claim_json(*, session: Session, claim_id: int) -> bytes:
    """One claim as JSON bytes, or 404: built by PostgreSQL in one statement there, else from get_claim."""
    return reads.built_json(
        session,
        _ONE_JSON,
        {"id": claim_id},
        python=lambda: get_claim(session=session, claim_id=claim_id),
        missing=lambda: _no_claim(claim_id),
    )


# Each filter of the list, its value bound as the parameter of the same name at each read.
_SPEAKER_ID = bindparam("speaker_id", type_=BigInteger)
_FILTERS: dict[str, Any] = {
    "speaker_id": Claim.speaker_entity_id == _SPEAKER_ID,
    "include_affiliated": or_(Claim.speaker_entity_id == _SPEAKER_ID, Claim.speaker_affiliation_id == _SPEAKER_ID),
    "speaker_kind": Claim.speaker_kind == bindparam("speaker_kind"),
    "affiliation_id": Claim.speaker_affiliation_id == bindparam("affiliation_id"),
    "about_id": Claim.id.in_(select(ClaimAbout.claim_id).where(ClaimAbout.entity_id == bindparam("about_id"))),
    "article_id": Claim.article_id == bindparam("article_id"),
    "kind": Claim.kind == bindparam("kind"),
    "q": Claim.search_text.contains(bindparam("q"), escape="/"),
    "since": Claim.dated_at >= bindparam("since"),
    "until": Claim.dated_at <= bindparam("until"),
}


@lru_cache(maxsize=64)
def _page_of(filters: tuple[str, ...], after: bool, as_json: bool) -> Any:
    """The list's page select for these filters (names in _FILTERS), built once per shape: values, cursor and
    page size are bound at each read. Why: building a select costs more CPU than running it (bench/README.md)."""
    stmt = CLAIM_ROWS.where(*(_FILTERS[name] for name in filters))
    page = bound_keyset(stmt, NEWEST_FIRST, after=after).limit(PAGE_SIZE)
    return _as_json(page) if as_json else page


def _set(value: Any) -> bool:
    """Whether a filter value filters (None, an empty q and include_affiliated=False do not)."""
    return value is not None and value is not False and value != ""


def _page_rows(
    session: Session, *, limit: int, cursor: str | None, as_json: bool, filters: dict[str, Any]
) -> list[AnyRow]:
    """The list's rows (limit + 1 of them: the extra one says a next page exists) for the filters that are set."""
    params = {name: value for name, value in filters.items() if _set(value)}
    if "q" in params:
        params["q"] = like_operand(search_key(params["q"]))
    shape = set(params)
    if shape >= {"include_affiliated", "speaker_id"}:
        shape.discard("speaker_id")  # its value binds include_affiliated's condition
    else:
        shape.discard("include_affiliated")  # without a speaker it filters nothing
    params.pop("include_affiliated", None)
    params |= {**(after_params(NEWEST_FIRST, cursor) if cursor else {}), "want": limit + 1}
    return reads.rows(session, _page_of(tuple(sorted(shape)), bool(cursor), as_json), params)


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
    filters = dict(speaker_id=speaker_id, about_id=about_id, article_id=article_id, kind=kind, q=q, since=since,
                   until=until, speaker_kind=speaker_kind, affiliation_id=affiliation_id,
                   include_affiliated=include_affiliated)  # fmt: skip
    rows = _page_rows(session, limit=limit, cursor=cursor, as_json=False, filters=filters)
    page, nxt = page_after(rows, limit, NEWEST_FIRST)
    return Page[ClaimOut](items=_claims_out(session, page), next_cursor=nxt)


def claims_json(*, session: Session, limit: int, cursor: str | None = None, **filters: Any) -> bytes:
    """list_claims' page (same keyword filters) as JSON bytes: on PostgreSQL the claims' JSON comes from the
    page's one statement, and Python only joins it."""
    if not reads.on_postgresql(session):
        return to_json(list_claims(session=session, limit=limit, cursor=cursor, **filters))
    rows = _page_rows(session, limit=limit, cursor=cursor, as_json=True, filters=filters)
    page, nxt = page_after(rows, limit, NEWEST_FIRST)
    items = b",".join(str(r.body).encode() for r in page)
    return b'{"items":[' + items + b'],"next_cursor":' + to_json(nxt) + b"}"
