"""Hostile bodies each get a clear 4xx problem, the service stays up and the store is unchanged."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

HOSTILE: list[tuple[str, bytes, int]] = [
    ("invalid json", b'{"text": "\xd8\xa8', 400),
    ("not an object", b'["text"]', 422),
    ("wrong types", json.dumps({"text": {"a": 1}, "title": 5}).encode(), 422),
    ("empty text", json.dumps({"text": ""}).encode(), 422),
    ("whitespace text", json.dumps({"text": " \u00a0\n\t\u2003"}).encode(), 422),
    ("nul byte", json.dumps({"text": "بغداد\u0000"}).encode(), 422),
    ("lone surrogate", b'{"text": "\\ud800 \\u0628\\u063a\\u062f\\u0627\\u062f"}', 422),
    ("bad date", json.dumps({"text": "نص", "published_at": "31/02/2021"}).encode(), 422),
    ("ten megabytes", json.dumps({"text": "ب" * 10_000_000}).encode(), 413),
    ("deep nesting", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", 400),
    ("deep nesting small", b'{"text": ' + b"[" * 50 + b"]" * 50 + b"}", 422),
    ("not json at all", b"<html><body>hi</body></html>", 400),
]


def _count(client: TestClient) -> int:
    return len(client.get("/v1/articles", params={"limit": 100}).json()["items"])


@pytest.mark.parametrize(("name", "body", "status"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_article_bodies(client: TestClient, name: str, body: bytes, status: int) -> None:
    client.post("/v1/articles", json={"text": "وصل الوفد إلى بغداد."})
    before = _count(client)
    r = client.post("/v1/articles", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status, (name, r.text[:300])
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["status"] == status
    assert client.get("/healthz").status_code == 200
    assert _count(client) == before


def test_ten_thousand_tiny_batch_items_are_refused(client: TestClient) -> None:
    r = client.post("/v1/articles/batch", json={"articles": [{"text": "ب"}] * 10_000})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"][:2] == ["body", "articles"]
    assert _count(client) == 0


@pytest.mark.parametrize(
    "text",
    ["Hello world, nothing Arabic here.", "<p>قال <b>الوزير</b> إن «الوضع» مستقر</p><script>x()</script>",
     "قال\u200f الوزير\u0007 إن\r\n الوضع مستقر \U0001f600", "Reuters: قال مسؤول إن the talks resumed."],
)  # fmt: skip
def test_unusual_but_valid_text_is_stored_verbatim(client: TestClient, text: str) -> None:
    r = client.post("/v1/articles", json={"text": text})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["text"] == text
    for m in body["mentions"] + body["claims"]:
        assert text[m["start"] : m["end"]] == m["text"]
