"""Core reads on the session's own connection: the read paths select columns, never ORM objects.

Why: `Session.execute` runs every statement through the ORM's execution layer (about 0.07 ms a
statement, measured in bench/README.md), which a column read does not need. Pending ORM changes are
flushed first, so a read after a write in the same unit of work still sees that write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
