"""Opaque keyset cursors: the sort key of the last item, so pages never skip or repeat rows."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from app.core.errors import BadRequest

R = TypeVar("R")
DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def encode_cursor(*values: Any) -> str:
    """Pack sort-key values (ints, strings, datetimes) into a URL-safe token."""
    raw = [{"dt": v.isoformat()} if isinstance(v, datetime) else v for v in values]
    return base64.urlsafe_b64encode(json.dumps(raw, ensure_ascii=False).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, arity: int) -> list[Any]:
    """Unpack a cursor made by encode_cursor; a tampered or foreign cursor is a 400."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        raw = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
        if not isinstance(raw, list) or len(raw) != arity:
            raise ValueError("wrong arity")
        return [datetime.fromisoformat(v["dt"]) if isinstance(v, dict) else v for v in raw]
    except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
        raise BadRequest("The cursor is not valid for this list; start again without it.") from exc


def split_page(rows: list[R], limit: int, key: Callable[[R], tuple[Any, ...]]) -> tuple[list[R], str | None]:
    """Rows fetched with limit + 1: the page itself and the cursor after its last row (None at the end)."""
    page = rows[:limit]
    return page, encode_cursor(*key(page[-1])) if len(rows) > limit and page else None
