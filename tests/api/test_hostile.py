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
    ("not arabic", json.dumps({"text": "Hello world, nothing Arabic here."}).encode(), 422),
    ("mostly latin", json.dumps({"text": "Breaking news: talks resumed today in the capital after a long pause, "
                                         "officials said on Monday; more rounds are expected. بغداد"}).encode(), 422),
    ("html", json.dumps({"text": "<p>قال <b>الوزير</b> إن الوضع مستقر</p><script>x()</script>"}).encode(), 422),
    ("html comment", json.dumps({"text": "قال الوزير <!-- إن الوضع مستقر"}).encode(), 422),
    ("control character", json.dumps({"text": "قال الوزير\u0007 إن الوضع مستقر"}).encode(), 422),
    ("substitute character", json.dumps({"text": "قال الوزير إن\u001a الوضع مستقر"}).encode(), 422),
    ("nul in title", json.dumps({"text": "قال الوزير إن الوضع مستقر", "title": "عنوان\u0000"}).encode(), 422),
    ("newline in source", json.dumps({"text": "قال الوزير إن الوضع مستقر", "source": "واع\nخبر"}).encode(), 422),
    ("lone surrogate in url", b'{"text": "\\u0628\\u063a\\u062f\\u0627\\u062f", "url": "http://x/\\udfff"}', 422),
]  # fmt: skip


def _count(client: TestClient) -> int:
    return len(client.get("/v1/articles", params={"limit": 100}).json()["items"])


def _store(client: TestClient) -> tuple[object, ...]:
    """Everything a client can see of the store."""
    return tuple(
        client.get(path, params={"limit": 100}).json()["items"]
        for path in ("/v1/articles", "/v1/entities", "/v1/claims")
    )


@pytest.mark.parametrize(("name", "body", "status"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_article_bodies(client: TestClient, name: str, body: bytes, status: int) -> None:
    client.post("/v1/articles", json={"text": "وقال المتحدث باسم وزارة الدفاع العراقية إن الوفد وصل إلى بغداد."})
    before = _store(client)
    r = client.post("/v1/articles", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status, (name, r.text[:300])
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["status"] == status
    assert client.get("/healthz").status_code == 200
    assert _store(client) == before


@pytest.mark.parametrize(
    ("name", "body", "status"), [h for h in HOSTILE if h[2] == 422], ids=[h[0] for h in HOSTILE if h[2] == 422]
)
def test_a_hostile_item_refuses_the_whole_batch(client: TestClient, name: str, body: bytes, status: int) -> None:
    good = json.dumps({"text": "وصل الوفد إلى بغداد."}).encode()
    batch = b'{"articles": [' + good + b", " + body + b"]}"
    r = client.post("/v1/articles/batch", content=batch, headers={"content-type": "application/json"})
    assert r.status_code == 422, (name, r.text[:300])
    assert r.json()["errors"][0]["loc"][:3] == ["body", "articles", 1]
    assert _count(client) == 0 and client.get("/healthz").status_code == 200


@pytest.mark.parametrize(
    ("param", "value"), [("q", "بغداد\x00"), ("source", "\x00"), ("cursor", "\x00"), ("subtype", "a\x1b")]
)
def test_control_characters_in_query_parameters_are_422(client: TestClient, param: str, value: str) -> None:
    path = "/v1/entities" if param == "subtype" else "/v1/articles"
    r = client.get(path, params={param: value})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"] == ["query", param]


def test_ten_thousand_tiny_batch_items_are_refused(client: TestClient) -> None:
    r = client.post("/v1/articles/batch", json={"articles": [{"text": "ب"}] * 10_000})
    assert r.status_code == 422 and r.json()["errors"][0]["loc"][:2] == ["body", "articles"]
    assert _count(client) == 0
    assert client.get("/healthz").status_code == 200


@pytest.mark.parametrize(
    "text",
    ["قال\u200f الوزير\t إن\r\n الوضع مستقر \U0001f600", "قال مسؤول لوكالة Reuters إن محادثات NATO استؤنفت",
     "قال الوزير إن 3 < 5 وإن a<b ليست وسماً", "\ufeffقال الوزير إن الوضع مستقر", "أطلقت Apple هاتف iPhone 16 Pro",
     "نقلت <Reuters> عن مسؤول قوله إن x<y\nو z>w"],
)  # fmt: skip
def test_unusual_but_valid_text_is_stored_verbatim(client: TestClient, text: str) -> None:
    r = client.post("/v1/articles", json={"text": text})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["text"] == text
    for m in body["mentions"] + body["claims"]:
        assert text[m["start"] : m["end"]] == m["text"]
