"""Shapes shared by every resource: pages, problems, entity references."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")
EntityTypeName = Literal["person", "unit", "place", "misc"]


class Page(BaseModel, Generic[T]):
    """One page of a list; pass next_cursor back as ?cursor= for the next one (null at the end)."""

    items: list[T]
    next_cursor: str | None = Field(description="Opaque cursor for the next page, or null on the last page.")


class EntityRef(BaseModel):
    """The short form of an entity embedded in other objects."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    type: EntityTypeName


class Problem(BaseModel):
    """An RFC 9457 problem document, served as application/problem+json."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[dict[str, object]] | None = None
