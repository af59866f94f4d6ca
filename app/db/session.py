"""Engine and session factory for the configured database (SQLite file or PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """Foreign keys on (for ON DELETE CASCADE), WAL so readers never block the writer."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")  # first, so the journal_mode switch waits for writers too
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def make_engine(url: str, *, pooled: bool = True) -> Engine:
    """An engine with settings that suit each backend; pooled=False for one-shot tools."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            **({} if pooled else {"poolclass": NullPool}),
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if not pooled:
        return create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 3})
    # More connections (45) than FastAPI's 40 threadpool workers: a thread that holds a connection must
    # never wait for a thread that is itself waiting for a connection (the session's teardown runs there).
    return create_engine(
        url, pool_pre_ping=True, pool_size=20, max_overflow=25, pool_timeout=5, connect_args={"connect_timeout": 3}
    )


@lru_cache(maxsize=8)
def get_engine(url: str) -> Engine:
    """One engine per URL per process."""
    return make_engine(url)


@lru_cache(maxsize=8)
def session_factory(url: str) -> sessionmaker[Session]:
    """A sessionmaker bound to the engine for url, made once: each sessionmaker builds a Session subclass."""
    return sessionmaker(bind=get_engine(url), expire_on_commit=False)


def _refuse_writes(_session: Session, _context: Any, _instances: Any) -> None:
    """A read unit has no transaction to hold a write: a flush there is a bug, not a commit."""
    raise RuntimeError(READ_ONLY)


READ_ONLY = "a read unit of work cannot write; use unit_of_work"


@lru_cache(maxsize=8)
def read_session_factory(url: str) -> sessionmaker[Session]:
    """Sessions for reads: on PostgreSQL with no BEGIN/COMMIT round trips, and they refuse to flush.

    Why: at READ COMMITTED (the default) each statement of a transaction takes its own snapshot
    anyway, so a read loses nothing without one and saves two round trips a request; SQLite's driver
    opens no transaction for a SELECT either.
    """
    engine = get_engine(url)
    if engine.dialect.name == "postgresql":
        engine = engine.execution_options(isolation_level="AUTOCOMMIT")
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _refuse_writes)
    return factory


@contextmanager
def read_unit(url: str) -> Iterator[Session]:
    """A session for one read request (see read_session_factory); closed when the block ends."""
    session = read_session_factory(url)()
    try:
        yield session
    finally:
        session.close()


@contextmanager
def unit_of_work(url: str) -> Iterator[Session]:
    """One transaction: commits when the block ends normally (return included), rolls back on any error."""
    session = session_factory(url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
