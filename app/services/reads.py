"""Core reads on the session's own connection: the read paths select columns, never ORM objects.

Why: `Session.execute` runs every statement through the ORM's execution layer (about 0.07 ms a
statement, measured in bench/README.md), which a column read does not need. Pending ORM changes are
flushed first, so a read after a write in the same unit of work still sees that write.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Executable, Row
from sqlalchemy.orm import Session

# A Core result row of any shape.
AnyRow = Row[*tuple[Any, ...]]


def _execute(session: Session, stmt: Executable, params: Mapping[str, Any] | None) -> Any:
    session.flush()
    return session.connection().execute(stmt, params)


def rows(session: Session, stmt: Executable, params: Mapping[str, Any] | None = None) -> list[AnyRow]:
    """Every row of a Core select."""
    return list(_execute(session, stmt, params).all())


def first(session: Session, stmt: Executable, params: Mapping[str, Any] | None = None) -> AnyRow | None:
    """The first row of a Core select, or None."""
    row: AnyRow | None = _execute(session, stmt, params).first()
    return row


def scalar(session: Session, stmt: Executable, params: Mapping[str, Any] | None = None) -> Any:
    """The first column of the first row, or None."""
    return _execute(session, stmt, params).scalar()


def on_postgresql(session: Session) -> bool:
    """Whether the session's database is PostgreSQL (where a read may use its own SQL), not SQLite."""
    return session.get_bind().dialect.name == "postgresql"


def like_operand(key: str) -> str:
    """A LIKE operand escaped (with "/") as contains(..., autoescape=True) escapes a literal, for a bound value.

    Why: a statement built once binds its search key at each read, so the key is escaped here, not in the SQL.
    """
    return key.replace("/", "//").replace("%", "/%").replace("_", "/_")


def built_json(
    session: Session,
    built: Executable,
    params: Mapping[str, Any],
    *,
    python: Callable[[], object],
    missing: Callable[[], Exception],
) -> bytes:
    """One object's JSON bytes: on PostgreSQL `built` writes them in one statement (None: raise `missing()`);
    on SQLite the Python path's models are serialised.

    Why: a detail built by the database costs one round trip and no Python object per nested row.
    """
    if not on_postgresql(session):
        return to_json(python())
    body = scalar(session, built, params)
    if body is None:
        raise missing()
    return str(body).encode()
