"""Bulk export: streamed JSON lines and CSV hold exactly what the paged lists hold, filters included."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from app.core.settings import ApiSettings, Settings
from app.main import create_app
from app.services import export
from tests.api.test_paging import _walk
from tests.conftest import seed_text


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of two rows, so a handful of seeds crosses many page boundaries."""
    monkeypatch.setattr(export, "EXPORT_PAGE", 2)


def _post_seeds(client: TestClient) -> list[int]:
    ids = []
    for prefix, day in (("000", "2021-04-28"), ("001", None), ("002", "2020-06-23"), ("003", "2021-04-18")):
        r = client.post("/v1/articles", json={"text": seed_text(prefix), "published_at": day})
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    return ids


def _lines(client: TestClient, path: str, **params: object) -> list[dict]:  # type: ignore[type-arg]
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/x-ndjson")
    assert r.text == "" or r.text.endswith("\n")
    return [json.loads(line) for line in r.text.splitlines()]


@pytest.mark.usefixtures("small_pages")
def test_exports_equal_the_paged_lists(client: TestClient) -> None:
    _post_seeds(client)
    articles = _lines(client, "/v1/export/articles.jsonl")
    listed = _walk(client, "/v1/articles", limit=3)
    assert [a["id"] for a in articles] == [a["id"] for a in listed]
    assert articles == [client.get(f"/v1/articles/{a['id']}").json() for a in listed]

    assert _lines(client, "/v1/export/entities.jsonl") == _walk(client, "/v1/entities", limit=7, order="name")
    claims = _lines(client, "/v1/export/claims.jsonl")
    assert claims == _walk(client, "/v1/claims", limit=5)
    assert len(claims) > 2 * export.EXPORT_PAGE


@pytest.mark.usefixtures("small_pages")
def test_export_filters_are_the_list_filters(client: TestClient) -> None:
    ids = _post_seeds(client)
    person = client.get("/v1/entities", params={"type": "person", "limit": 1}).json()["items"][0]
    for params in ({"kind": "direct"}, {"speaker_id": person["id"]}, {"article_id": ids[1]}, {"since": "2021-01-01"}):
        assert _lines(client, "/v1/export/claims.jsonl", **params) == _walk(client, "/v1/claims", **params)
    assert _lines(client, "/v1/export/entities.jsonl", type="place") == _walk(
        client, "/v1/entities", type="place", order="name"
    )
    exported = _lines(client, "/v1/export/articles.jsonl", until="2020-12-31")
    assert [a["id"] for a in exported] == [ids[2]]


@pytest.mark.usefixtures("small_pages")
def test_claims_csv_round_trips_every_claim(client: TestClient) -> None:
    _post_seeds(client)
    r = client.get("/v1/export/claims.csv")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="claims.csv"' in r.headers["content-disposition"]
    assert r.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"), newline="")))
    assert rows[0] == export.CLAIM_COLUMNS
    claims = _walk(client, "/v1/claims", limit=50)
    assert len(rows) - 1 == len(claims)
    for row, claim in zip(rows[1:], claims, strict=True):
        got = dict(zip(export.CLAIM_COLUMNS, row, strict=True))
        assert int(got["id"]) == claim["id"]
        assert got["text"] == claim["text"]  # commas, quotation marks and line breaks survive
        assert got["speaker_text"] == (claim["speaker"]["text"] or "")
        speaker = claim["speaker"]["entity"]
        assert got["speaker_id"] == (str(speaker["id"]) if speaker else "")
        assert json.loads(got["about"]) == [{"id": a["id"], "name": a["name"]} for a in claim["about"]]


def test_empty_store_exports_nothing(client: TestClient) -> None:
    for name in ("articles", "entities", "claims"):
        assert _lines(client, f"/v1/export/{name}.jsonl") == []
    rows = list(csv.reader(io.StringIO(client.get("/v1/export/claims.csv").content.decode("utf-8-sig"))))
    assert rows == [export.CLAIM_COLUMNS]


@pytest.mark.parametrize(
    "path",
    [
        "/v1/export/claims.jsonl?since=yesterday",
        "/v1/export/claims.csv?kind=maybe",
        "/v1/export/entities.jsonl?type=animal",
        "/v1/export/articles.jsonl?entity_id=0",
        "/v1/export/articles.jsonl?q=%25%25",
    ],
)
def test_bad_filters_are_problem_json(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")


def test_export_needs_the_read_key_and_is_never_cached(db_url: str, analyzer: object) -> None:
    settings = Settings(
        database_url=db_url, migrate_on_start=False, api=ApiSettings(read_keys=["r-key"], cache_seconds=5)
    )
    with TestClient(create_app(settings, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        r = c.get("/v1/export/claims.jsonl")
        assert r.status_code == 401
        assert r.headers["content-type"].startswith("application/problem+json")
        for _ in range(2):
            r = c.get("/v1/export/claims.jsonl", headers={"X-API-Key": "r-key"})
            assert r.status_code == 200
            assert "x-cache" not in r.headers
            assert r.headers["cache-control"] == "no-store"
