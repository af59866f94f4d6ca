"""Failed analysis stores nothing; reprocessing keeps ids; the CLI ingests folders and names failures."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from typer.testing import CliRunner

from app.cli import cli
from app.core.settings import Settings, get_settings
from app.db.models import Article, Entity, Mention
from app.db.session import unit_of_work
from app.main import create_app
from app.nlp.analyze import analyze
from app.nlp.types import Analysis
from app.services.reprocess import article_ids_to_reprocess, reprocess_one
from tests.conftest import seed_text


def _count(url: str, model: type) -> int:
    with unit_of_work(url) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)
    raise AssertionError


def test_failed_analysis_is_422_and_stores_nothing(settings: Settings) -> None:
    def broken(_: str) -> Analysis:
        raise RuntimeError("tagger crashed")

    with TestClient(create_app(settings, analyzer=broken)) as c:
        r = c.post("/v1/articles", json={"text": "قال الوزير إن بغداد آمنة."})
        assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
        assert "tagger crashed" in r.json()["detail"]
    assert _count(settings.database_url, Article) == 0


def test_reprocess_keeps_article_ids_and_rebuilds_mentions(client: TestClient, settings: Settings) -> None:
    first = client.post("/v1/articles", json={"text": seed_text("000")}).json()
    mentions_before = _count(settings.database_url, Mention)
    with unit_of_work(settings.database_url) as s:
        assert article_ids_to_reprocess(session=s, model_version=first["model_version"]) == []
        ids = article_ids_to_reprocess(session=s, model_version="another-model")
        assert ids == [first["id"]]
    with unit_of_work(settings.database_url) as s:
        reprocess_one(session=s, article_id=first["id"], analyzer=analyze)
    again = client.get(f"/v1/articles/{first['id']}").json()
    assert again["id"] == first["id"]
    assert [m["text"] for m in again["mentions"]] == [m["text"] for m in first["mentions"]]
    assert _count(settings.database_url, Mention) == mentions_before
    people = client.get("/v1/entities", params={"q": "تحسين الخفاجي"}).json()["items"]
    assert people[0]["article_count"] == 1


def test_cli_ingest_reports_stored_duplicate_failed(tmp_path: Path, db_url: str, monkeypatch: object) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(seed_text("003"), encoding="utf-8")
    (folder / "b.txt").write_text(seed_text("003"), encoding="utf-8")
    (folder / "c.txt").write_text("   \n  ", encoding="utf-8")
    monkeypatch.setenv("QALA_DATABASE_URL", db_url)  # type: ignore[attr-defined]
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["ingest", str(folder)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "stored 1, duplicate 1, failed 1" in result.output
    assert "c.txt" in result.output
    assert _count(db_url, Article) == 1
    assert _count(db_url, Entity) > 0
