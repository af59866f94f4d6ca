"""Response bodies of the entities resource."""

from __future__ import annotations

from pydantic import BaseModel

from app.schemas.common import EntityRef, EntityTypeName


class EntityOut(BaseModel):
    """A canonical entity with its names, titles and counts."""

    id: int
    name: str
    type: EntityTypeName
    subtype: str | None
    aliases: list[str]
    titles: list[str]
    mention_count: int
    article_count: int
    claim_count: int


class RelatedOut(BaseModel):
    """An entity that co-occurs with another, and in how many stored articles both are mentioned (all of them,
    however old: counted when articles are written, re-analysed, deleted or corrected)."""

    entity: EntityRef
    count: int


class EntityDetail(EntityOut):
    """An entity with the entities it co-occurs with most, over every stored article."""

    related: list[RelatedOut]


class EntityMentionOut(BaseModel):
    """A mention of this entity, located in its article."""

    id: int
    article_id: int
    text: str
    start: int
    end: int
