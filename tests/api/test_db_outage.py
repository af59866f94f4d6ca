"""PostgreSQL stopped: reads and writes answer 503 problem+json; the app recovers by itself."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.core.settings import ApiSettings, Settings
from app.main import create_app

pytestmark = pytest.mark.postgres


def _cluster(action: str) -> None:
    version = sorted(p.name for p in Path("/etc/postgresql").iterdir())[-1]
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action], check=True)


def _ready() -> bool:
    return subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"], check=False).returncode == 0


@pytest.fixture
def outage() -> Iterator[None]:
    """Stop the server for the test and always bring it back."""
    if shutil.which("pg_ctlcluster") is None or not Path("/etc/postgresql").is_dir():
        pytest.skip("needs a local PostgreSQL cluster managed by pg_ctlcluster")
    try:
        yield
    finally:
        if not _ready():
            _cluster("start")
        for _ in range(60):
            if _ready():
                break
            time.sleep(0.5)


def test_postgres_down_is_503_then_recovers(postgresql_url: str, analyzer: object, outage: None) -> None:
    # The response cache would answer the first reads from memory; this test is about the database.
    settings = Settings(database_url=postgresql_url, migrate_on_start=False, api=ApiSettings(cache_seconds=0))
    with TestClient(create_app(settings, analyzer=analyzer)) as client:  # type: ignore[arg-type]
        stored_before = len(client.get("/v1/articles", params={"limit": 100}).json()["items"])
        _cluster("stop")
        for path in ("/v1/articles", "/v1/entities", "/v1/claims"):
            r = client.get(path)
            assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem+json")
        r = client.post("/v1/articles", json={"text": "قال الوزير إن الوضع في بغداد مستقر."})
        assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem+json")
        assert int(r.headers["retry-after"]) >= 1
        assert client.get("/readyz").status_code == 503
        _cluster("start")
        for _ in range(60):
            if client.get("/v1/articles").status_code == 200:
                break
            time.sleep(0.5)
        assert client.get("/v1/articles").status_code == 200
        assert client.get("/readyz").status_code == 200
        r = client.post("/v1/articles", json={"text": "قال الوزير إن الوضع في بغداد مستقر."})
        assert r.status_code == 201  # the write refused during the outage goes through now, once
        ids = [a["id"] for a in client.get("/v1/articles", params={"limit": 100}).json()["items"]]
        assert len(ids) == stored_before + 1 and ids.count(r.json()["id"]) == 1
