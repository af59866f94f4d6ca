"""Shapes shared by every resource: pages, problems, entity references."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

T = TypeVar("T")


def validation_messages(exc: ValidationError) -> str:
    """A refused input's reasons on one line (for job errors and the command line, not HTTP bodies)."""
    return "; ".join(str(e["msg"]) for e in exc.errors())


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# Stored timestamps are naive UTC; on the wire they carry their offset (RFC 3339: ...Z).
UtcDateTime = Annotated[datetime, AfterValidator(_as_utc)]
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
