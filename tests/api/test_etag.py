"""Reads carry an ETag; If-None-Match answers 304 until the resource changes; writes and exports carry none."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.core.settings import ApiSettings, Settings
from app.main import create_app

TEXT = "قال وزير الخارجية العراقي فؤاد حسين إن بغداد ترفض أي هجوم على أراضيها."


def test_etag_and_304_until_the_article_changes(client: TestClient) -> None:
    created = client.post("/v1/articles", json={"text": TEXT})
    assert "etag" not in created.headers  # writes are not tagged
    path = f"/v1/articles/{created.json()['id']}"
    first = client.get(path)
    tag = first.headers["etag"]
    assert first.status_code == 200 and first.headers["cache-control"] == "no-cache"
    again = client.get(path, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    assert client.get(path, headers={"If-None-Match": f'W/{tag}, "other"'}).status_code == 304
    assert client.get(path, headers={"If-None-Match": '"stale"'}).status_code == 200
    lst = client.get("/v1/articles")
    claim = first.json()["claims"][0]
    client.patch(f"/v1/claims/{claim['id']}", json={"kind": "direct"})  # a correction changes the article
    changed = client.get(path, headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    assert client.get("/v1/articles", headers={"If-None-Match": lst.headers["etag"]}).status_code == 304


def test_errors_and_exports_carry_no_etag(client: TestClient) -> None:
    assert "etag" not in client.get("/v1/articles/999999").headers
    assert "etag" not in client.get("/v1/export/claims.jsonl").headers


def test_with_read_keys_no_shared_cache_may_keep_a_body(settings: Settings, analyzer: object) -> None:
    keyed = settings.model_copy(update={"api": ApiSettings(read_keys=["r"])})
    with TestClient(create_app(keyed, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        r = c.get("/v1/articles", headers={"x-api-key": "r"})
        assert r.headers["cache-control"] == "private, no-cache"
        assert c.get("/v1/articles", headers={"If-None-Match": r.headers["etag"]}).status_code == 401
