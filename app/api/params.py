"""Query parameters shared by the list endpoints."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import Query

from app.core.timeutil import to_naive_utc

Limit = Annotated[int, Query(ge=1, le=100, description="Page size, 1–100.")]
Cursor = Annotated[str | None, Query(description="Opaque cursor from the previous page's next_cursor.")]
Since = Annotated[datetime | date | None, Query(description="Only items dated on or after this (ISO 8601).")]
Until = Annotated[datetime | date | None, Query(description="Only items dated on or before this (ISO 8601).")]


def as_bound(value: datetime | date | None, *, end: bool) -> datetime | None:
    """A date filter as a naive-UTC datetime; a bare `until` date includes that whole day."""
    return to_naive_utc(value, end_of_day=end)
