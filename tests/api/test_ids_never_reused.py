"""Ids are never handed out twice: a client holding a deleted article's id never reads another one."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from alembic import command
from fastapi.testclient import TestClient

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


OLD_ROWS = [  # a store as schema 0002 held it: aliases and titles belonged to no article
    "INSERT INTO articles (id, dated_at, text, text_hash, search_text, status, model_version, token_count, created_at)"
    " VALUES (1, '2021-01-01', 'نص', 'h1', 'نص', 'analyzed', 'v', 1, '2021-01-01'),"
    " (2, '2021-01-02', 'نص آخر', 'h2', 'نص اخر', 'analyzed', 'v', 2, '2021-01-02')",
    "INSERT INTO entities (id, name, key, type, mention_count, article_count, claim_count, created_at)"
    " VALUES (1, 'تحسين الخفاجي', 'تحسين الخفاجي', 'person', 3, 2, 0, '2021-01-01'),"
    " (2, 'بغداد', 'بغداد', 'place', 0, 0, 0, '2021-01-01')",
    'INSERT INTO mentions (article_id, entity_id, text, start, "end") VALUES'
    " (1, 1, 'تحسين الخفاجي', 0, 1), (1, 1, 'الخفاجي', 2, 3), (2, 1, 'الخفاجي', 0, 1)",
    "INSERT INTO entity_aliases (entity_id, alias, key) VALUES (1, 'تحسين الخفاجي', 'تحسين الخفاجي'),"
    " (1, 'الخفاجي', 'الخفاجي'), (2, 'بغداد', 'بغداد')",
    "INSERT INTO entity_titles (entity_id, title) VALUES (1, 'اللواء')",
]


def test_migrations_keep_every_row_and_attribute_old_names(tmp_path: Path) -> None:
    db_path = tmp_path / "old.db"
    url = f"sqlite:///{db_path}"
    command.upgrade(alembic_config(url), "0002")
    with sqlite3.connect(db_path) as db:
        for sql in OLD_ROWS:
            db.execute(sql)
    upgrade_database(url)
    with sqlite3.connect(db_path) as db:
        assert [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "mentions")] == [2, 3]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert "AUTOINCREMENT" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
        aliases = db.execute("SELECT alias, article_id FROM entity_aliases ORDER BY alias, article_id").fetchall()
        assert aliases == [("الخفاجي", 1), ("الخفاجي", 2), ("تحسين الخفاجي", 1)]  # بغداد: nothing mentions it
        titles = db.execute("SELECT title, article_id FROM entity_titles ORDER BY article_id").fetchall()
        assert titles == [("اللواء", 1), ("اللواء", 2)]


def _person(client: TestClient, q: str) -> dict[str, object]:
    (person,) = client.get("/v1/entities", params={"type": "person", "q": q}).json()["items"]
    return {k: person[k] for k in ("name", "aliases", "titles", "mention_count", "article_count")}


def test_a_delete_leaves_an_entity_as_the_remaining_articles_alone_make_it(client: TestClient) -> None:
    b = client.post("/v1/articles", json={"text": seed_text("004")}).json()["id"]
    only_b = _person(client, "الخفاجي")
    a = client.post("/v1/articles", json={"text": seed_text("000")}).json()["id"]
    both = _person(client, "الخفاجي")
    assert set(both["titles"]) > set(only_b["titles"])  # type: ignore[arg-type]  # 000 adds titles
    assert client.delete(f"/v1/articles/{a}").status_code == 204
    assert _person(client, "الخفاجي") == only_b
    assert client.post("/v1/articles", json={"text": seed_text("000")}).status_code == 201
    assert _person(client, "الخفاجي") == both
    assert client.delete(f"/v1/articles/{b}").status_code == 204
    assert set(_person(client, "الخفاجي")["titles"]) == {"اللواء", "المتحدث باسم القيادة"}  # type: ignore[arg-type]


def test_every_table_with_ids_keeps_autoincrement_after_all_migrations(tmp_path: Path) -> None:
    """A migration that rebuilds a SQLite table (batch mode) must keep AUTOINCREMENT, or ids get reused."""
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade_database(url)
    with sqlite3.connect(tmp_path / "m.db") as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    with_ids = {name: sql for name, sql in rows if re.search(r'(^|\s|")id"? INTEGER', sql)}
    assert {"articles", "entities", "mentions", "claims", "entity_aliases", "entity_titles", "jobs"} <= set(with_ids)
    assert [name for name, sql in with_ids.items() if "AUTOINCREMENT" not in sql] == []
