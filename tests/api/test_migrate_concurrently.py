"""Every API process and worker migrates at start: on a fresh PostgreSQL database they must not collide."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, text

from tests.conftest import PG_URL

pytestmark = pytest.mark.postgres
DB = "qala_migrate_test"


@pytest.fixture
def fresh_database() -> Iterator[str]:
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {DB}"))
    url = PG_URL.rsplit("/", 1)[0] + f"/{DB}"
    yield url
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)"))
    admin.dispose()


def test_concurrent_upgrades_of_a_fresh_database_all_succeed(fresh_database: str) -> None:
    # Separate processes, as in production (Alembic's context is process-global, not thread-safe).
    cmd = [sys.executable, "-c", "from app.cli import main; main()", "migrate"]
    env = {**os.environ, "QALA_DATABASE_URL": fresh_database}
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for _ in range(4)]
    outputs = [p.communicate(timeout=120)[0].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], outputs  # no duplicate tables or version rows
    engine = create_engine(fresh_database)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        assert "articles" in inspect(conn).get_table_names()
    engine.dispose()
