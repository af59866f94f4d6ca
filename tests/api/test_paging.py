"""Cursor pagination: every item exactly once, in a stable order, on both databases."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import seed_text


def _walk(client: TestClient, path: str, **params: object) -> list[dict]:  # type: ignore[type-arg]
    items: list[dict] = []  # type: ignore[type-arg]
    cursor = None
    for _ in range(100):
        r = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        page = r.json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("paging did not end")


def test_articles_entities_claims_page_without_gaps(client: TestClient) -> None:
    ids = []
    for prefix, day in (("000", "2021-04-28"), ("001", None), ("002", "2020-06-23"), ("003", "2021-04-18")):
        r = client.post("/v1/articles", json={"text": seed_text(prefix), "published_at": day})
        assert r.status_code == 201
        ids.append(r.json()["id"])
    arts = _walk(client, "/v1/articles", limit=1)
    assert sorted(a["id"] for a in arts) == sorted(ids)
    dated = [a["published_at"] for a in arts if a["published_at"]]
    assert dated == sorted(dated, reverse=True)

    everything = client.get("/v1/entities", params={"limit": 100}).json()["items"]
    for order in ("mentions", "name"):
        paged = _walk(client, "/v1/entities", limit=3, order=order)
        assert len(paged) == len({e["id"] for e in paged}) == len(everything)
    counts = [e["mention_count"] for e in _walk(client, "/v1/entities", limit=3)]
    assert counts == sorted(counts, reverse=True)

    claims = _walk(client, "/v1/claims", limit=2)
    assert len(claims) == len({c["id"] for c in claims})
    total = sum(a["counts"]["claims"] for a in arts)
    assert len(claims) == total
