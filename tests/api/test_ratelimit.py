"""Write rate limiting: 429 problem+json with Retry-After and RateLimit headers, per client, reads untouched."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.api.ratelimit import TokenBuckets
from app.core.settings import ApiSettings, Settings
from app.main import create_app


def test_writes_beyond_the_burst_get_429_and_nothing_is_stored(settings: Settings, analyzer: object) -> None:
    settings.api = ApiSettings(write_rate_per_minute=1, write_burst=2)
    with TestClient(create_app(settings, analyzer=analyzer)) as c:  # type: ignore[arg-type]
        codes = [c.post("/v1/articles", json={"text": f"قال الوزير في بغداد {i}."}) for i in range(3)]
        assert [r.status_code for r in codes] == [201, 201, 429]
        assert codes[0].headers["ratelimit-limit"] == "2" and codes[1].headers["ratelimit-remaining"] == "0"
        limited = codes[2]
        assert limited.headers["content-type"] == "application/problem+json"
        assert limited.json()["status"] == 429 and int(limited.headers["retry-after"]) >= 1
        assert limited.headers["ratelimit-remaining"] == "0" and int(limited.headers["ratelimit-reset"]) >= 1
        assert len(c.get("/v1/articles").json()["items"]) == 2
        assert c.get("/v1/entities").status_code == 200  # reads are not limited
        made_up = c.post("/v1/articles", json={"text": "قال الوزير في البصرة."}, headers={"X-API-Key": "made-up"})
        assert made_up.status_code == 429  # with no keys configured, a key header is not a new client


def test_each_configured_key_has_its_own_bucket(settings: Settings, analyzer: object) -> None:
    settings.api = ApiSettings(write_rate_per_minute=1, write_burst=1, write_keys=["k-one", "k-two"])
    with TestClient(create_app(settings, analyzer=analyzer)) as c:  # type: ignore[arg-type]

        def post(key: str, i: int) -> int:
            return c.post(
                "/v1/articles", json={"text": f"قال الوزير في بغداد {i}."}, headers={"X-API-Key": key}
            ).status_code

        assert [post("k-one", 1), post("k-one", 2)] == [201, 429]
        assert post("k-two", 3) == 201  # another client has its own bucket
        assert post("wrong", 4) == 401  # an unknown key spends the IP's token and is refused
        assert post("also-wrong", 5) == 429  # ... and inventing keys does not buy more tokens


def test_buckets_refill_at_the_rate() -> None:
    buckets = TokenBuckets(rate_per_minute=60, burst=2)
    assert [buckets.take(b"a", 0.0)[0] for _ in range(3)] == [True, True, False]
    allowed, _, wait = buckets.take(b"a", 0.5)
    assert not allowed and 0 < wait <= 0.5
    assert buckets.take(b"a", 1.0)[0]
    assert buckets.take(b"b", 1.0)[0]
