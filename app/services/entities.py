"""Entity queries: the filtered list (Arabic-insensitive search), detail with related entities."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Label, Subquery, bindparam, literal, literal_column, or_, select, union
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from app.core.errors import MergedAway, NotFound, QalaError
from app.db.models import Entity, EntityAlias, EntityPair, EntityTitle, Mention, MergedEntity
from app.nlp.normalize import search_key
from app.schemas.articles import ArticleSummary
from app.schemas.common import EntityRef, Page
from app.schemas.entities import EntityDetail, EntityMentionOut, EntityOut, RelatedOut
from app.services import ranking, reads
from app.services.articles import list_articles
from app.services.claims import claims_json
from app.services.pagination import PAGE_SIZE, SortKey, after_params, bound_keyset, keyset, page_after

Order = Literal["mentions", "name"]
BY_NAME = (SortKey(Entity.name, str), SortKey(Entity.id, int))
MENTIONS_NEWEST = (SortKey(Mention.id, int, descending=True),)


# Reads select plain columns (no ORM identity map) and fetch the aliases and titles of a whole page in
# one extra round trip.
COLUMNS = (
    Entity.id,
    Entity.name,
    Entity.type,
    Entity.subtype,
    Entity.mention_count,
    Entity.article_count,
    Entity.claim_count,
)


# Built once (a union's construction costs more than its execution); `ids` expands to the page's ids.
# UNION, not UNION ALL: a name is stored once per article that gave it, and a page needs it once.
# SQLite's path; PostgreSQL reads a page's names in the page's own statement (_names_wrapper).
NAMES_OF = union(
    select(EntityAlias.entity_id, literal("a"), EntityAlias.alias).where(
        EntityAlias.entity_id.in_(bindparam("ids", expanding=True))
    ),
    select(EntityTitle.entity_id, literal("t"), EntityTitle.title).where(
        EntityTitle.entity_id.in_(bindparam("ids", expanding=True))
    ),
)
_SQL = Path(__file__).parent / "sql"
_ALIASES_SQL = (_SQL / "entity_aliases.pg.sql").read_text(encoding="utf-8")
_TITLES_SQL = (_SQL / "entity_titles.pg.sql").read_text(encoding="utf-8")
ALIASES: Label[Any] = literal_column(_ALIASES_SQL).label("aliases")
TITLES: Label[Any] = literal_column(_TITLES_SQL).label("titles")


def _names_wrapper(order: Callable[[Subquery], tuple[Any, ...]]) -> Callable[[Any], Any]:
    """What makes a limited page select of COLUMNS one PostgreSQL statement that also reads its names.

    Why: each statement costs a round trip and Python; the page keeps its order (`order` of the
    wrapped page's columns).
    """

    def wrap(stmt: Any) -> Any:
        page = stmt.subquery("page")
        return select(page, ALIASES, TITLES).order_by(*order(page))

    return wrap


_NAMED_BY_RANK = _names_wrapper(lambda page: (page.c.rank.desc(), page.c.id))
_NAMED_BY_NAME = _names_wrapper(lambda page: (page.c.name, page.c.id))


def _named(session: Session, wrap: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`wrap` on PostgreSQL; on SQLite a page is read as it is and its names in one more query (_names_of)."""
    return wrap if reads.on_postgresql(session) else ranking.as_is


@lru_cache(maxsize=8)
def _filtered(by_type: bool, by_subtype: bool, by_key: bool) -> Any:
    """select(*COLUMNS) with these filters, their values bound at each read: built once per shape.

    Why: building a statement and its cache key cost more CPU than running it (bench/README.md, session 10).
    """
    stmt = select(*COLUMNS)
    if by_type:
        stmt = stmt.where(Entity.type == bindparam("type"))
    if by_subtype:
        stmt = stmt.where(Entity.subtype == bindparam("subtype"))
    if by_key:
        key: Any = bindparam("key")
        by_alias = select(EntityAlias.entity_id).where(EntityAlias.key.contains(key, escape="/"))
        stmt = stmt.where(or_(Entity.key.contains(key, escape="/"), Entity.id.in_(by_alias)))
    return stmt


@lru_cache(maxsize=32)
def _by_name_page(stmt: Any, after: bool, wrap: Callable[[Any], Any]) -> Any:
    """The by-name page of a _filtered statement, built once: the cursor and the page size are bound."""
    return wrap(bound_keyset(stmt, BY_NAME, after=after).limit(PAGE_SIZE))


def _names_of(session: Session, ids: list[int]) -> dict[tuple[int, str], set[str]]:
    """{(entity id, "a" | "t"): aliases or titles} for these entities, in one query (SQLite's path)."""
    if not ids:
        return {}
    names: dict[tuple[int, str], set[str]] = defaultdict(set)
    for entity_id, kind, value in reads.rows(session, NAMES_OF, {"ids": ids}):
        names[(entity_id, kind)].add(value)
    return names


def _out(r: Any, aliases: list[str], titles: list[str]) -> EntityOut:
    """One row of COLUMNS with its names as an API item."""
    return EntityOut(
        id=r.id,
        name=r.name,
        type=r.type,
        subtype=r.subtype,
        aliases=aliases,
        titles=titles,
        mention_count=r.mention_count,
        article_count=r.article_count,
        claim_count=r.claim_count,
    )


def _rows_out(session: Session, rows: Sequence[Any]) -> list[EntityOut]:
    """Column rows of COLUMNS as API items: their names read with them (PostgreSQL) or in one more query."""
    if reads.on_postgresql(session):
        return [_out(r, r.aliases, r.titles) for r in rows]
    names = _names_of(session, [r.id for r in rows])
    return [
        _out(r, sorted(names.get((r.id, "a"), set()) - {r.name}), sorted(names.get((r.id, "t"), set()))) for r in rows
    ]


def list_entities(
    *,
    session: Session,
    limit: int,
    cursor: str | None = None,
    type_: str | None = None,
    subtype: str | None = None,
    q: str | None = None,
    order: Order = "mentions",
) -> Page[EntityOut]:
    """Entities by mention count (desc, as of the first page: see ranking) or name; q matches names and aliases."""
    key = search_key(q) if q else ""
    params = {"type": type_, "subtype": subtype, "key": reads.like_operand(key)}
    stmt = _filtered(bool(type_), bool(subtype), bool(key))
    if order == "name":
        after = after_params(BY_NAME, cursor) if cursor else {}
        page_stmt = _by_name_page(stmt, bool(cursor), _named(session, _NAMED_BY_NAME))
        rows: list[Any] = reads.rows(session, page_stmt, {**params, **after, "want": limit + 1})
        page, nxt = page_after(rows, limit, BY_NAME)
        return Page[EntityOut](items=_rows_out(session, page), next_cursor=nxt)
    named = _named(session, _NAMED_BY_RANK)
    rows, snap = ranking.ranked_page(session, stmt, limit=limit, cursor=cursor, params=params, wrap=named)
    nxt = ranking.encode(snap, rows[limit - 1].rank, rows[limit - 1].id) if len(rows) > limit else None
    return Page[EntityOut](items=_rows_out(session, rows[:limit]), next_cursor=nxt)


def missing_entity(*, session: Session, entity_id: int) -> QalaError:
    """The error for an entity id that is not stored: 308 to the survivor when it was merged away, else 404."""
    into = reads.scalar(session, select(MergedEntity.into_id).where(MergedEntity.old_id == entity_id))
    if into is not None:
        return MergedAway(entity_id, into)
    return NotFound(f"There is no entity with id {entity_id}.")


def require_entity(*, session: Session, entity_id: int) -> None:
    """A 404 unless the entity exists."""
    if reads.scalar(session, select(Entity.id).where(Entity.id == entity_id)) is None:
        raise missing_entity(session=session, entity_id=entity_id)


# Built once; `id` is the entity's id. The entities sharing the most articles with it, counted at write
# time (app/services/cooccurrence.py): the top rows of its range of the (entity_id, shared DESC, other_id)
# index, then one entity row each. Counting them at read time cost what the entity's articles cost.
_TOP = (
    select(EntityPair.other_id, EntityPair.shared)
    .where(EntityPair.entity_id == bindparam("id"))
    .order_by(EntityPair.shared.desc(), EntityPair.other_id)
    .limit(bindparam("related_limit"))
    .subquery()
)
RELATED = (
    select(Entity.id, Entity.name, Entity.type, _TOP.c.shared)
    .join(_TOP, _TOP.c.other_id == Entity.id)
    .order_by(_TOP.c.shared.desc(), Entity.id)
)
ENTITY = select(*COLUMNS).where(Entity.id == bindparam("id"))
ENTITY_NAMED = _NAMED_BY_NAME(ENTITY)


# PostgreSQL builds the detail's JSON itself: one statement and no Python objects per name or related entity.
DETAIL_JSON = sql(
    (_SQL / "entity_detail.pg.sql").read_text(encoding="utf-8").format(aliases=_ALIASES_SQL, titles=_TITLES_SQL)
)


def entity_json(*, session: Session, entity_id: int, related_limit: int = 10) -> bytes:
    """The entity detail as JSON bytes: built by PostgreSQL in one statement there, else from get_entity."""
    return reads.built_json(
        session,
        DETAIL_JSON,
        {"id": entity_id, "related_limit": related_limit},
        python=lambda: get_entity(session=session, entity_id=entity_id, related_limit=related_limit),
        missing=lambda: missing_entity(session=session, entity_id=entity_id),
    )


def get_entity(*, session: Session, entity_id: int, related_limit: int = 10) -> EntityDetail:
    """An entity with the entities that share the most stored articles with it (all-time counts).

    Co-occurrence is counted when articles are written (EntityPair), so this read costs the same
    however many thousand articles mention a very common entity.
    """
    row = reads.first(session, ENTITY_NAMED if reads.on_postgresql(session) else ENTITY, {"id": entity_id})
    if row is None:
        raise missing_entity(session=session, entity_id=entity_id)
    rows = reads.rows(session, RELATED, {"id": entity_id, "related_limit": related_limit})
    related = [RelatedOut(entity=EntityRef(id=i, name=name, type=t), count=n) for i, name, t, n in rows]
    return EntityDetail(**_rows_out(session, [row])[0].model_dump(), related=related)


def mentions_of_entity(
    *, session: Session, entity_id: int, limit: int, cursor: str | None = None
) -> Page[EntityMentionOut]:
    """An entity's mentions, newest article first, keyset-paged on mention id."""
    require_entity(session=session, entity_id=entity_id)
    columns = select(Mention.id, Mention.article_id, Mention.text, Mention.start, Mention.end)
    stmt = keyset(columns.where(Mention.entity_id == entity_id), MENTIONS_NEWEST, cursor)
    rows, nxt = page_after(reads.rows(session, stmt.limit(limit + 1)), limit, MENTIONS_NEWEST)
    items = [EntityMentionOut(id=m.id, article_id=m.article_id, text=m.text, start=m.start, end=m.end) for m in rows]
    return Page[EntityMentionOut](items=items, next_cursor=nxt)


def articles_of_entity(*, session: Session, entity_id: int, limit: int, cursor: str | None) -> Page[ArticleSummary]:
    """Articles that mention the entity, newest first; 404 (or 308) for an entity not stored."""
    require_entity(session=session, entity_id=entity_id)
    return list_articles(session=session, limit=limit, cursor=cursor, entity_id=entity_id)


def claims_of_entity(
    *, session: Session, entity_id: int, limit: int, cursor: str | None, about: bool, include_affiliated: bool
) -> bytes:
    """Claims the entity made (with its unnamed sources' when include_affiliated), or, with about, claims about it:
    the claims list's JSON page; 404 (or 308) for an entity not stored."""
    require_entity(session=session, entity_id=entity_id)
    if about:
        return claims_json(session=session, limit=limit, cursor=cursor, about_id=entity_id)
    return claims_json(
        session=session, limit=limit, cursor=cursor, speaker_id=entity_id, include_affiliated=include_affiliated
    )
