"""The short-TTL response cache: hits, read-your-writes, key isolation, expiry, single flight."""

from __future__ import annotations

import asyncio

import pytest
from fastapi.testclient import TestClient
from starlette.types import Message, Receive, Scope, Send

from app.api import cache as cache_module
from app.api.cache import ResponseCache, ResponseCacheMiddleware
from app.core.settings import ApiSettings, Settings
from app.main import create_app
from tests.api.test_batch import _wait
from tests.conftest import seed_text


def test_second_read_is_a_hit_and_a_write_through_this_process_clears(client: TestClient) -> None:
    first = client.get("/v1/entities")
    again = client.get("/v1/entities")
    assert (first.headers["x-cache"], again.headers["x-cache"]) == ("miss", "hit")
    assert again.json() == first.json() == {"items": [], "next_cursor": None}
    assert client.post("/v1/articles", json={"text": seed_text("000")}).status_code == 201
    after = client.get("/v1/entities")
    assert after.headers["x-cache"] == "miss"
    assert after.json()["items"], "the new article's entities are visible at once"
    assert client.get("/v1/articles", params={"q": "بغداد"}).headers["x-cache"] == "miss"
    assert client.get("/v1/articles", params={"q": "بغداد"}).headers["x-cache"] == "hit"


def test_failed_reads_and_job_status_are_never_cached(client: TestClient) -> None:
    for _ in range(2):
        r = client.get("/v1/entities/999999")
        assert r.status_code == 404 and r.headers["x-cache"] == "miss"
    job = client.post("/v1/articles/batch", json={"articles": [{"text": seed_text("001")}]}).json()
    assert "x-cache" not in client.get(f"/v1/jobs/{job['id']}").headers
    assert _wait(client, job["id"])["status"] == "done"  # the worker must not outlive the test's tables


def test_cached_responses_only_go_to_the_same_key(settings: Settings, analyzer: object) -> None:
    settings.api = ApiSettings(read_keys=["alpha", "beta"])
    with TestClient(create_app(settings, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        assert c.get("/v1/entities", headers={"X-API-Key": "alpha"}).status_code == 200
        assert c.get("/v1/entities", headers={"X-API-Key": "alpha"}).headers["x-cache"] == "hit"
        assert c.get("/v1/entities").status_code == 401
        assert c.get("/v1/entities", headers={"X-API-Key": "wrong"}).status_code == 401
        assert c.get("/v1/entities", headers={"X-API-Key": "beta"}).headers["x-cache"] == "miss"


def test_cache_off(settings: Settings, analyzer: object) -> None:
    settings.api = ApiSettings(cache_seconds=0)
    with TestClient(create_app(settings, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        assert "x-cache" not in c.get("/v1/entities").headers


def test_entries_expire_and_size_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(cache_module.time, "monotonic", lambda: now[0])
    cache = ResponseCache(ttl=1.0, max_bytes=800)
    cache.put(("/a", b"", b""), [], b"x" * 50)
    assert cache.get(("/a", b"", b"")) is not None
    now[0] += 1.0
    assert cache.get(("/a", b"", b"")) is None
    for i in range(40):
        cache.put((f"/{i}", b"", b""), [], b"y" * 100)
    assert cache.get(("/39", b"", b"")) is not None and cache.get(("/0", b"", b"")) is None
    cache.put(("/big", b"", b""), [], b"z" * 101)  # more than 1/8 of the budget: not stored
    assert cache.get(("/big", b"", b"")) is None


def test_concurrent_misses_compute_once() -> None:
    calls = 0
    release = asyncio.Event()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        nonlocal calls
        calls += 1
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"page"})

    middleware = ResponseCacheMiddleware(app, ttl=5)

    async def one() -> bytes:
        sent: list[Message] = []

        async def send(message: Message) -> None:
            sent.append(message)

        async def receive() -> Message:
            return {"type": "http.request", "body": b""}

        scope = {"type": "http", "method": "GET", "path": "/v1/entities", "query_string": b"", "headers": []}
        await middleware(scope, receive, send)
        return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")

    async def run() -> list[bytes]:
        tasks = [asyncio.create_task(one()) for _ in range(10)]
        await asyncio.sleep(0.01)
        release.set()
        return await asyncio.gather(*tasks)

    assert asyncio.run(run()) == [b"page"] * 10
    assert calls == 1
