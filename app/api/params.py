"""Query parameters shared by the list endpoints."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated

from fastapi import Path, Query
from pydantic import AfterValidator, BeforeValidator

from app.core.timeutil import to_naive_utc
from app.nlp.normalize import search_key
from app.schemas.text_rules import reject_controls

Limit = Annotated[int, Query(ge=1, le=100, description="Page size, 1–100.")]
# Strings a client types: control characters are refused (422) before they reach a database.
NoControls = AfterValidator(lambda v: None if v is None else reject_controls(v))
Cursor = Annotated[str | None, NoControls, Query(description="Opaque cursor from the previous page's next_cursor.")]
NOTHING_TO_SEARCH = "q has no letters or digits to search for"


def _searchable(value: str | None) -> str | None:
    """A q of punctuation alone (%, ', --) would match everything: refuse it instead."""
    if value is not None and not search_key(value):
        raise ValueError(NOTHING_TO_SEARCH)
    return value


# The `q` parameter of each list: control characters and punctuation-only queries are 422.
Searchable = AfterValidator(_searchable)
ArticleQuery = Annotated[
    str | None, NoControls, Searchable, Query(description="Arabic-insensitive text search in title and text.")
]
ClaimQuery = Annotated[
    str | None, NoControls, Searchable, Query(description="Arabic-insensitive search in the claim text.")
]
EntityQuery = Annotated[
    str | None, NoControls, Searchable, Query(description="Matches names and aliases, Arabic-insensitively.")
]


def _iso_only(value: object) -> object:
    """Refuse bare numbers, which pydantic would otherwise read as Unix timestamps."""
    if (
        isinstance(value, str)
        and re.fullmatch(r"[-+]?[\d.eE+-]+", value)
        and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    ):
        raise ValueError("expected an ISO 8601 date or date-time")
    return value


Since = Annotated[
    datetime | date | None,
    BeforeValidator(_iso_only),
    Query(description="Only items dated on or after this (ISO 8601 date or date-time)."),
]
Until = Annotated[
    datetime | date | None,
    BeforeValidator(_iso_only),
    Query(description="Only items dated on or before this (ISO 8601 date or date-time)."),
]
MAX_ID = 2**63 - 1
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]


def as_bound(value: datetime | date | None, *, end: bool) -> datetime | None:
    """A date filter as a naive-UTC datetime; a bare `until` date includes that whole day."""
    return to_naive_utc(value, end_of_day=end)
