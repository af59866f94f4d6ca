"""Paging entities by mention count while articles arrive and leave: every entity once, none skipped.

Counts move between pages; the list ranks by the counts of the first page (app/services/ranking.py).
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from app.services.pagination import INVALID_CURSOR, encode_cursor
from app.services.ranking import CURSOR_EXPIRED
from tests.api.test_hostile_properties import check_invariants
from tests.conftest import seed_text


def _all_ids(client: TestClient) -> set[int]:
    ids: set[int] = set()
    cursor = None
    while True:
        params = {"limit": 100, "order": "name", **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/entities", params=params)
        ids |= {e["id"] for e in page.json()["items"]}
        if (cursor := page.json()["next_cursor"]) is None:
            return ids


def _page(client: TestClient, cursor: str | None) -> tuple[list[int], str | None]:
    r = client.get("/v1/entities", params={"limit": 2, **({"cursor": cursor} if cursor else {})})
    assert r.status_code == 200, r.text
    return [e["id"] for e in r.json()["items"]], r.json()["next_cursor"]


def _assert_once(listed: list[int], before: set[int], after: set[int], *, snapshot_is_before: bool = True) -> None:
    assert len(listed) == len(set(listed)), "an entity was listed twice"
    missing = (before & after) - set(listed)
    assert not missing, f"entities that existed throughout were skipped: {sorted(missing)}"
    if snapshot_is_before:  # nothing was written between `before` and the first page
        assert set(listed) <= before, "only entities of the first page's snapshot are listed"


def test_counts_that_move_between_pages_skip_and_repeat_nothing(client: TestClient) -> None:
    for prefix in ("000", "001", "002"):
        assert client.post("/v1/articles", json={"text": seed_text(prefix)}).status_code == 201
    before = _all_ids(client)
    listed: list[int] = []
    posted: list[int] = []
    cursor, n = None, 0
    while True:
        ids, cursor = _page(client, cursor)
        listed += ids
        if cursor is None:
            break
        n += 1
        if n % 3 == 2 and posted:  # counts drop: entities already listed would come round again
            assert client.delete(f"/v1/articles/{posted.pop(0)}").status_code == 204
        else:  # counts grow: entities not yet listed would jump over the cursor
            r = client.post("/v1/articles", json={"text": seed_text("001" if n % 2 else "004") + f"\n{n}"})
            assert r.status_code == 201
            posted.append(r.json()["id"])
    _assert_once(listed, before, _all_ids(client))
    check_invariants(client)  # counters, aliases and offsets still match what remains


@pytest.mark.postgres
def test_paging_beside_a_concurrent_writer(client: TestClient) -> None:
    first = [client.post("/v1/articles", json={"text": seed_text(p)}).json()["id"] for p in ("000", "002")]
    before = _all_ids(client)
    done = threading.Event()

    def write() -> None:
        for i, prefix in enumerate(("001", "004", "000", "002")):
            assert client.post("/v1/articles", json={"text": seed_text(prefix) + f"\n{i}"}).status_code == 201
            if i == 1:
                assert client.delete(f"/v1/articles/{first[1]}").status_code == 204
        done.set()

    writer = threading.Thread(target=write)
    writer.start()
    listed: list[int] = []
    cursor = None
    while True:
        ids, cursor = _page(client, cursor)
        listed += ids
        if cursor is None:
            break
        time.sleep(0.05)
    writer.join()
    assert done.is_set()
    _assert_once(listed, before, _all_ids(client), snapshot_is_before=False)
    check_invariants(client)


def test_an_expired_or_forged_ranking_cursor_is_a_400(client: TestClient) -> None:
    client.post("/v1/articles", json={"text": seed_text("000")})
    now = int(datetime.now(UTC).timestamp())
    r = client.get("/v1/entities", params={"cursor": encode_cursor(0, now - 2 * 3600, 5, 1)})
    assert r.status_code == 400 and r.json()["detail"] == CURSOR_EXPIRED
    future, old_layout, negative = (3, now + 3600, 5, 1), (3, now, "", 5, 1), (3, now, -5, 1)
    for forged in (encode_cursor(*future), encode_cursor(*old_layout), encode_cursor(*negative)):
        r = client.get("/v1/entities", params={"cursor": forged})
        assert r.status_code == 400 and r.json()["detail"] == INVALID_CURSOR, forged
    # A snapshot cut before any count changed ranks no entity: all were created after it.
    empty = client.get("/v1/entities", params={"cursor": encode_cursor(0, now, 10**6, 0)})
    assert empty.status_code == 200 and empty.json()["items"] == []
