"""Entity queries: the filtered list (Arabic-insensitive search), detail with related entities."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.core.errors import NotFound
from app.db.models import Entity, EntityAlias, Mention
from app.nlp.normalize import search_key
from app.schemas.common import EntityRef, Page
from app.schemas.entities import EntityDetail, EntityMentionOut, EntityOut, RelatedOut
from app.services.pagination import decode_cursor, split_page

Order = Literal["mentions", "name"]


def entity_out(entity: Entity) -> EntityOut:
    """An Entity with aliases and titles loaded, as its API shape."""
    aliases = sorted({a.alias for a in entity.aliases if a.alias != entity.name})
    return EntityOut(
        id=entity.id,
        name=entity.name,
        type=entity.type,
        subtype=entity.subtype,
        aliases=aliases,
        titles=sorted({t.title for t in entity.titles}),
        mention_count=entity.mention_count,
        article_count=entity.article_count,
        claim_count=entity.claim_count,
    )


def _loaded() -> Select[Entity]:
    return select(Entity).options(selectinload(Entity.aliases), selectinload(Entity.titles))


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
    """Entities by mention count (desc) or name, keyset-paged; q matches names and aliases."""
    stmt = _loaded()
    if type_:
        stmt = stmt.where(Entity.type == type_)
    if subtype:
        stmt = stmt.where(Entity.subtype == subtype)
    if q and (key := search_key(q)):
        by_alias = select(EntityAlias.entity_id).where(EntityAlias.key.contains(key, autoescape=True))
        stmt = stmt.where(or_(Entity.key.contains(key, autoescape=True), Entity.id.in_(by_alias)))
    if order == "name":
        if cursor:
            name, last_id = decode_cursor(cursor, 2)
            stmt = stmt.where(or_(Entity.name > name, and_(Entity.name == name, Entity.id > last_id)))
        stmt = stmt.order_by(Entity.name, Entity.id)
    else:
        if cursor:
            count, last_id = decode_cursor(cursor, 2)
            stmt = stmt.where(
                or_(Entity.mention_count < count, and_(Entity.mention_count == count, Entity.id > last_id))
            )
        stmt = stmt.order_by(Entity.mention_count.desc(), Entity.id)
    rows = list(session.scalars(stmt.limit(limit + 1)))
    rows, nxt = split_page(rows, limit, lambda e: (e.name if order == "name" else e.mention_count, e.id))
    return Page[EntityOut](items=[entity_out(e) for e in rows], next_cursor=nxt)


def require_entity(*, session: Session, entity_id: int) -> Entity:
    """The entity, or a 404."""
    entity = session.scalar(_loaded().where(Entity.id == entity_id))
    if entity is None:
        raise NotFound(f"There is no entity with id {entity_id}.")
    return entity


RELATED_WINDOW = 200


def get_entity(*, session: Session, entity_id: int, related_limit: int = 10) -> EntityDetail:
    """An entity with the entities that share the most articles with it.

    Co-occurrence is counted over the entity's RELATED_WINDOW most recent articles, so the cost of
    this call stays flat however many thousand articles mention a very common entity.
    """
    entity = require_entity(session=session, entity_id=entity_id)
    mine = (
        select(Mention.article_id)
        .where(Mention.entity_id == entity_id)
        .distinct()
        .order_by(Mention.article_id.desc())
        .limit(RELATED_WINDOW)
        .subquery()
    )
    other = aliased(Entity)
    shared = func.count(func.distinct(Mention.article_id))
    rows = session.execute(
        select(other, shared)
        .join(Mention, Mention.entity_id == other.id)
        .where(Mention.article_id.in_(select(mine.c.article_id)), other.id != entity_id)
        .group_by(other.id)
        .order_by(shared.desc(), other.id)
        .limit(related_limit)
    )
    related = [RelatedOut(entity=EntityRef.model_validate(e), count=n) for e, n in rows]
    return EntityDetail(**entity_out(entity).model_dump(), related=related)


def mentions_of_entity(
    *, session: Session, entity_id: int, limit: int, cursor: str | None = None
) -> Page[EntityMentionOut]:
    """An entity's mentions, newest article first, keyset-paged on mention id."""
    require_entity(session=session, entity_id=entity_id)
    stmt = select(Mention).where(Mention.entity_id == entity_id)
    if cursor:
        (last_id,) = decode_cursor(cursor, 1)
        stmt = stmt.where(Mention.id < last_id)
    rows = list(session.scalars(stmt.order_by(Mention.id.desc()).limit(limit + 1)))
    rows, nxt = split_page(rows, limit, lambda m: (m.id,))
    items = [EntityMentionOut(id=m.id, article_id=m.article_id, text=m.text, start=m.start, end=m.end) for m in rows]
    return Page[EntityMentionOut](items=items, next_cursor=nxt)
