"""Opaque keyset cursors: the sort key of the last item, so pages never skip or repeat rows."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Integer, and_, bindparam, or_

from app.core.errors import BadRequest

R = TypeVar("R")
Q = TypeVar("Q")  # a Select of any row shape (its type parameters vary by SQLAlchemy version)
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# A page size for statements built once: bound as `want` at each read, written into the SQL as a literal.
# Why: PostgreSQL plans a known LIMIT once per size; a LIMIT parameter made it re-plan at every read
# a page whose rows carry subqueries (it costs the generic plan at 10% of the table).
PAGE_SIZE = bindparam("want", type_=Integer, literal_execute=True)


def encode_cursor(*values: Any) -> str:
    """Pack sort-key values (ints, strings, datetimes) into a URL-safe token."""
    raw = [{"dt": v.isoformat()} if isinstance(v, datetime) else v for v in values]
    return base64.urlsafe_b64encode(json.dumps(raw, ensure_ascii=False).encode()).decode().rstrip("=")


INVALID_CURSOR = "The cursor is not valid for this list; start again without it."
MAX_KEY = 2**63 - 1  # ids and counters are BIGINT-sized and never negative
MAX_TEXT = 2000


def _field(value: Any, kind: type) -> Any:
    """One sort-key value checked against the type and range the list sorts on."""
    if kind is int:
        if type(value) is not int or not 0 <= value <= MAX_KEY:
            raise ValueError("not a key-sized integer")
        return value
    if kind is str:
        if not isinstance(value, str) or len(value) > MAX_TEXT or "\x00" in value:
            raise ValueError("not a name")
        return value
    if not (isinstance(value, dict) and set(value) == {"dt"} and isinstance(value["dt"], str)):
        raise ValueError("not a datetime")
    parsed = datetime.fromisoformat(value["dt"])
    if parsed.tzinfo is not None:
        raise ValueError("cursor datetimes are naive UTC")
    return parsed


def decode_cursor(cursor: str, *kinds: type) -> list[Any]:
    """Unpack a cursor made by encode_cursor for a list sorted on `kinds` (int, str, datetime); else a 400."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        raw = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
        if not isinstance(raw, list) or len(raw) != len(kinds):
            raise ValueError("wrong arity")
        return [_field(v, k) for v, k in zip(raw, kinds, strict=True)]
    except (ValueError, TypeError, KeyError, UnicodeDecodeError, RecursionError) as exc:
        raise BadRequest(INVALID_CURSOR) from exc


def split_page(rows: list[R], limit: int, key: Callable[[R], tuple[Any, ...]]) -> tuple[list[R], str | None]:
    """Rows fetched with limit + 1: the page itself and the cursor after its last row (None at the end)."""
    page = rows[:limit]
    return page, encode_cursor(*key(page[-1])) if len(rows) > limit and page else None


@dataclass(frozen=True, slots=True)
class SortKey:
    """One column a list is sorted on: its type in the cursor, and its direction."""

    column: Any  # an ORM column attribute (Article.dated_at)
    kind: type  # int, str or datetime: what the cursor codec checks
    descending: bool = False

    @property
    def name(self) -> str:
        """The attribute a fetched row carries this column's value under."""
        return str(self.column.key)


def _beyond(query: Any, keys: Sequence[SortKey], values: Sequence[Any]) -> Any:
    """The rows after the one whose sort-key values are `values` (literals or bound parameters)."""
    beyond = []
    for i, (key, value) in enumerate(zip(keys, values, strict=True)):
        ties = [k.column == v for k, v in zip(keys[:i], values[:i], strict=True)]
        beyond.append(and_(*ties, key.column < value if key.descending else key.column > value))
    return query.where(or_(*beyond))


def _ordered(query: Any, keys: Sequence[SortKey]) -> Any:
    """The query ordered by its sort keys, each in its own direction (shared by keyset and bound_keyset)."""
    return query.order_by(*(k.column.desc() if k.descending else k.column for k in keys))


def keyset(query: Q, keys: Sequence[SortKey], cursor: str | None) -> Q:
    """Order a list query by `keys` and, after a cursor, seek past the row it names: written once for every list."""
    stmt: Any = query
    if cursor:
        stmt = _beyond(stmt, keys, decode_cursor(cursor, *(k.kind for k in keys)))
    ordered: Q = _ordered(stmt, keys)
    return ordered


def bound_keyset(query: Q, keys: Sequence[SortKey], *, after: bool) -> Q:
    """keyset() for a query built once: after a cursor, its values are bound at each read (after_params)."""
    stmt: Any = _beyond(query, keys, [bindparam(f"after_{i}") for i in range(len(keys))]) if after else query
    ordered: Q = _ordered(stmt, keys)
    return ordered


def after_params(keys: Sequence[SortKey], cursor: str) -> dict[str, Any]:
    """The bound values of bound_keyset(after=True) for this cursor; a 400 if it is not one of this list's."""
    return {f"after_{i}": v for i, v in enumerate(decode_cursor(cursor, *(k.kind for k in keys)))}


def page_after(rows: list[R], limit: int, keys: Sequence[SortKey]) -> tuple[list[R], str | None]:
    """Rows fetched with `keyset(...).limit(limit + 1)`: the page and the cursor after its last row."""
    return split_page(rows, limit, lambda r: tuple(getattr(r, k.name) for k in keys))
