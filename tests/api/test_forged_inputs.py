"""Forged cursors, calendar-end datetimes and read-your-writes: 4xx or the right answer, never a 500."""

from __future__ import annotations

import base64
import json

import pytest
from fastapi.testclient import TestClient

from app.services.pagination import INVALID_CURSOR, encode_cursor
from tests.conftest import seed_text


def _b64(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


FORGED = [
    "W251bGxd",  # [null]
    _b64([{"dt": "2021-04-28T00:00:00"}, None]),
    _b64([{"dt": "2021-04-28T00:00:00"}, 1e26]),
    _b64([{"dt": "2021-04-28T00:00:00"}, 2**64]),
    _b64([{"dt": "2021-04-28T00:00:00+05:00"}, 3]),
    _b64([{"dt": "not a date"}, 3]),
    _b64([{"dt": 5}, 3]),
    _b64(["name", -1]),
    _b64([True, 3]),
    _b64([[1], {"a": 1}]),
    _b64([3.5, 3]),
    _b64(["x" * 5000, 3]),
    _b64([1, 2, 3]),
    _b64({"dt": "2021-04-28T00:00:00"}),
    base64.urlsafe_b64encode(b"\xff\xfe").decode(),
    "[" * 3000,
]


@pytest.fixture
def stored(client: TestClient) -> int:
    r = client.post("/v1/articles", json={"text": seed_text("000"), "published_at": "2021-04-28"})
    assert r.status_code == 201
    return int(client.get("/v1/entities").json()["items"][0]["id"])


def test_every_list_refuses_every_forged_cursor_with_400(client: TestClient, stored: int) -> None:
    lists = [
        ("/v1/articles", {}),
        ("/v1/claims", {}),
        ("/v1/entities", {}),
        ("/v1/entities", {"order": "name"}),
        (f"/v1/entities/{stored}/mentions", {}),
        (f"/v1/entities/{stored}/articles", {}),
        (f"/v1/entities/{stored}/claims", {}),
        (f"/v1/entities/{stored}/claims", {"about": "true"}),
    ]
    for path, params in lists:
        for cursor in FORGED:
            r = client.get(path, params={**params, "cursor": cursor})
            assert r.status_code == 400, (path, cursor, r.status_code, r.text)
            assert r.headers["content-type"].startswith("application/problem+json")
            assert r.json()["detail"] == INVALID_CURSOR


def test_genuine_cursors_still_page(client: TestClient, stored: int) -> None:
    first = client.get("/v1/entities", params={"limit": 2}).json()
    assert first["next_cursor"]
    second = client.get("/v1/entities", params={"limit": 2, "cursor": first["next_cursor"]})
    assert second.status_code == 200 and second.json()["items"]
    # a cursor of the right shape but made for another list is refused, not misread
    assert client.get("/v1/articles", params={"cursor": encode_cursor("name", 3)}).status_code == 400
    for path in ("/v1/articles", "/v1/claims"):  # [1, 2]: an entity-list cursor, 500 on PostgreSQL before
        assert client.get(path, params={"cursor": "WzEsIDJd"}).status_code == 400


@pytest.mark.parametrize("value", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+01:00", "9999-12-31"])
def test_calendar_end_bounds_are_answered(client: TestClient, stored: int, value: str) -> None:
    for path in ("/v1/articles", "/v1/claims"):
        for bound in ("since", "until"):
            r = client.get(path, params={bound: value})
            assert r.status_code == 200, (path, bound, value, r.text)
    everything = client.get("/v1/articles", params={"until": "9999-12-31T23:59:59-14:00"}).json()["items"]
    assert len(everything) == 1
    assert client.get("/v1/articles", params={"since": "9999-12-31T23:59:59-14:00"}).json()["items"] == []


@pytest.mark.parametrize("value", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+01:00"])
def test_published_at_outside_utc_range_is_422_before_analysis(client: TestClient, value: str) -> None:
    r = client.post("/v1/articles", json={"text": seed_text("001"), "published_at": value})
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["loc"] == ["body", "published_at"]
    assert client.get("/v1/articles").json()["items"] == []


def test_a_client_reads_its_own_delete_and_post_through_the_cache(client: TestClient) -> None:
    aid = client.post("/v1/articles", json={"text": seed_text("000")}).json()["id"]
    for _ in range(3):
        assert client.get(f"/v1/articles/{aid}").status_code == 200
        assert client.get("/v1/articles").json()["items"]
        assert client.delete(f"/v1/articles/{aid}").status_code == 204
        assert client.get(f"/v1/articles/{aid}").status_code == 404
        assert client.get("/v1/articles").json()["items"] == []
        aid = client.post("/v1/articles", json={"text": seed_text("000")}).json()["id"]
        assert [a["id"] for a in client.get("/v1/articles").json()["items"]] == [aid]
