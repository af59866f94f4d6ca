"""Ids are never handed out twice: a client holding a deleted article's id never reads another one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from fastapi.testclient import TestClient

from app.core.settings import Settings
from app.main import create_app
from app.services.migrate import alembic_config, upgrade_database
from tests.conftest import seed_text


def test_deleting_the_newest_article_does_not_free_its_ids(client: TestClient) -> None:
    first = client.post("/v1/articles", json={"text": seed_text("000")}).json()
    assert client.delete(f"/v1/articles/{first['id']}").status_code == 204
    second = client.post("/v1/articles", json={"text": seed_text("000")}).json()
    assert second["id"] > first["id"]
    assert min(m["id"] for m in second["mentions"]) > max(m["id"] for m in first["mentions"])
    assert min(c["id"] for c in second["claims"]) > max(c["id"] for c in first["claims"])
    assert client.get(f"/v1/articles/{first['id']}").status_code == 404


def test_the_autoincrement_migration_keeps_every_row(tmp_path: Path, analyzer: object) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(alembic_config(url), "0002")
    with TestClient(create_app(Settings(database_url=url, migrate_on_start=False), analyzer=analyzer)) as c:  # type: ignore[arg-type]
        ids = [c.post("/v1/articles", json={"text": seed_text(p)}).json()["id"] for p in ("000", "001")]
    tables = ("articles", "mentions", "claims", "claim_about", "entities", "entity_aliases", "entity_titles")

    def counts() -> list[int]:
        with sqlite3.connect(tmp_path / "old.db") as db:
            return [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]

    before = counts()
    assert before[1] > 0 and before[2] > 0
    upgrade_database(url)
    assert counts() == before
    with sqlite3.connect(tmp_path / "old.db") as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert "AUTOINCREMENT" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    with TestClient(create_app(Settings(database_url=url, migrate_on_start=False), analyzer=analyzer)) as c:  # type: ignore[arg-type]
        assert c.delete(f"/v1/articles/{ids[1]}").status_code == 204
        again = c.post("/v1/articles", json={"text": seed_text("001")}).json()
        assert again["id"] > ids[1]
        assert len(c.get(f"/v1/articles/{ids[0]}").json()["mentions"]) > 0
