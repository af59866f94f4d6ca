"""Property-based contract test: every operation of the OpenAPI schema, generated inputs, no 5xx.

The app runs with the shipped model on a store that already holds an analysed seed article (so
detail reads return real bodies to validate), once on its own SQLite file and once on its own
PostgreSQL database (which refuses what SQLite lets through, e.g. NUL characters); a bounded
example budget per operation keeps it inside CI time.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile

import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance
from sqlalchemy import create_engine, text

from app.core.settings import NlpSettings, Settings
from app.main import create_app
from app.services.migrate import upgrade_database
from tests.conftest import PG_URL, seed_text

_DIR = tempfile.mkdtemp(prefix="qala-contract-")
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)
_PG_DB = "qala_contract"


def _fresh_pg_database() -> str:
    """A database of its own, so the other tests' truncation never races this one."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {_PG_DB} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {_PG_DB}"))
    admin.dispose()
    return PG_URL.rsplit("/", 1)[0] + f"/{_PG_DB}"


def _app(url: str) -> FastAPI:
    upgrade_database(url)
    # No background model warm-up: its imports (torch, numpy) would race Hypothesis's at collection time.
    app = create_app(Settings(database_url=url, migrate_on_start=False, nlp=NlpSettings(preload=False)))
    with TestClient(app) as client:
        r = client.post("/v1/articles", json={"text": seed_text("000"), "title": "seed", "url": "https://x.example/1"})
        assert r.status_code == 201, r.text
    return app


def _check(case: schemathesis.Case) -> None:
    # Every default check runs except "schema-valid request rejected": an opaque cursor that is any
    # string by schema is still a 400 when it was not issued by us, and unknown ids are 404s.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])


on_sqlite = schemathesis.openapi.from_asgi("/openapi.json", _app(f"sqlite:///{_DIR}/qala.db"))
on_postgresql = schemathesis.openapi.from_asgi("/openapi.json", _app(_fresh_pg_database()))
BUDGET = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@on_sqlite.parametrize()
@BUDGET
def test_every_operation_conforms_on_sqlite(case: schemathesis.Case) -> None:
    _check(case)


@on_postgresql.parametrize()
@BUDGET
def test_every_operation_conforms_on_postgresql(case: schemathesis.Case) -> None:
    _check(case)
