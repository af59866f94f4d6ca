"""Shared fixtures: real databases (SQLite file, PostgreSQL server) built by Alembic, the real model."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from app.core.settings import REPO_ROOT, Settings
from app.db.base import Base
from app.db.session import get_engine
from app.main import create_app
from app.nlp.analyze import analyze, default_tagger
from app.services.migrate import upgrade_database

PG_URL = os.environ.get("QALA_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SHARED = Path(os.environ.get("QALA_SHARED_DIR", REPO_ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"


def _truncate(url: str) -> None:
    """Empty every table (children first) so each test starts from a clean, migrated schema."""
    with get_engine(url).begin() as conn:
        if url.startswith("postgresql"):
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'qala.db'}"
    upgrade_database(url)
    return url


@pytest.fixture(scope="session")
def postgresql_url() -> str:
    upgrade_database(PG_URL)
    return PG_URL


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each API test runs once on SQLite and once on PostgreSQL, on empty tables."""
    url: str = request.getfixturevalue(f"{request.param}_url")
    _truncate(url)
    yield url


@pytest.fixture(scope="session")
def analyzer() -> object:
    """The shipped Stanza model, loaded once for the whole run."""
    default_tagger()
    return analyze


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, migrate_on_start=False)


@pytest.fixture
def client(settings: Settings, analyzer: object) -> Iterator[TestClient]:
    app = create_app(settings, analyzer=analyzer)  # type: ignore[arg-type]
    with TestClient(app) as c:
        yield c


def seed_text(name_prefix: str) -> str:
    """The text of a seed article whose file name starts with name_prefix."""
    (path,) = sorted(SEEDS.glob(f"{name_prefix}*.txt"))
    return path.read_text(encoding="utf-8")
