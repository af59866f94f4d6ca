"""Careless and hostile requests get a precise 4xx problem, and every response carries the security headers."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.api.deps import NOT_JSON
from app.api.params import NOTHING_TO_SEARCH
from app.schemas.text_rules import URL_NOT_WEB
from tests.conftest import seed_text


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://files.example/a", "https://", "news/item/3"]
)
def test_only_web_addresses_are_stored_as_urls(client: TestClient, url: str) -> None:
    r = client.post("/v1/articles", json={"text": seed_text("000"), "url": url})
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["loc"] == ["body", "url"] and URL_NOT_WEB in r.json()["errors"][0]["msg"]
    assert client.get("/v1/articles").json()["items"] == []


@pytest.mark.parametrize(
    ("content_type", "body"),
    [("application/x-www-form-urlencoded", b"text=abc"), ("text/plain", b'{"text": "abc"}'), ("text/html", b"<p>")],
)
def test_a_body_that_is_not_json_is_415(client: TestClient, content_type: str, body: bytes) -> None:
    for path in ("/v1/articles", "/v1/articles/batch"):
        r = client.post(path, content=body, headers={"content-type": content_type})
        assert r.status_code == 415, r.text
        assert r.headers["content-type"].startswith("application/problem+json") and r.json()["detail"] == NOT_JSON
    ok = client.post("/v1/articles", json={"text": seed_text("000")}, headers={"content-type": "application/json"})
    assert ok.status_code == 201
    charset = {"content-type": "application/json; charset=utf-8"}
    assert client.post("/v1/articles", content=b'{"text": "x"}', headers=charset).status_code == 422  # JSON, read


@pytest.mark.parametrize("q", ["%", "'", "--", "؟!", " "])
def test_a_query_of_punctuation_alone_is_422_not_everything(client: TestClient, q: str) -> None:
    assert client.post("/v1/articles", json={"text": seed_text("000")}).status_code == 201
    for path in ("/v1/articles", "/v1/claims", "/v1/entities"):
        r = client.get(path, params={"q": q})
        assert r.status_code == 422, (path, q, r.text)
        assert NOTHING_TO_SEARCH in r.json()["errors"][0]["msg"]
    assert client.get("/v1/entities", params={"q": "بغداد"}).json()["items"]


def test_405_names_the_methods_the_path_allows(client: TestClient) -> None:
    cases = {
        ("PUT", "/v1/articles"): "GET, POST",
        ("PATCH", "/v1/articles/1"): "GET, DELETE",
        ("POST", "/v1/entities"): "GET",
        ("DELETE", "/v1/claims/1"): "GET, PATCH",
    }
    for (method, path), allow in cases.items():
        r = client.request(method, path)
        assert r.status_code == 405 and r.headers["allow"] == allow, (method, path, r.headers.get("allow"))
        assert r.headers["content-type"].startswith("application/problem+json")


def test_every_kind_of_response_carries_nosniff(client: TestClient) -> None:
    for path in ("/v1/articles", "/v1/articles/987", "/healthz", "/openapi.json", "/explorer/", "/docs"):
        r = client.get(path)
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert r.headers["referrer-policy"] == "same-origin", path
    static = client.get("/explorer/static/explorer.js")
    assert static.status_code == 200 and static.headers["x-content-type-options"] == "nosniff"
    assert client.request("PUT", "/v1/articles").headers["x-content-type-options"] == "nosniff"
