"""The same article posted by 8 clients at once is stored once, and every client gets it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient

from tests.conftest import seed_text


def test_eight_concurrent_posts_store_one_article(client: TestClient) -> None:
    body = {"text": seed_text("001"), "url": "https://news.example/iraq/1"}
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda _: client.post("/v1/articles", json=body), range(8)))
    assert sorted(r.status_code for r in responses) == [200] * 7 + [201]
    assert [r.status_code for r in responses].count(201) == 1
    ids = {r.json()["id"] for r in responses}
    assert len(ids) == 1
    assert all(r.json()["mentions"] == responses[0].json()["mentions"] for r in responses)
    assert len(client.get("/v1/articles").json()["items"]) == 1


def test_concurrent_different_articles_share_new_entities(client: TestClient) -> None:
    texts = [seed_text(p) + f"\n{i}" for i, p in enumerate(("000", "001", "004", "000", "001", "004"))]
    with ThreadPoolExecutor(max_workers=6) as pool:
        responses = list(pool.map(lambda t: client.post("/v1/articles", json={"text": t}), texts))
    assert all(r.status_code == 201 for r in responses), [(r.status_code, r.text[-300:]) for r in responses]
    pairs = [(e["name"], e["type"]) for e in client.get("/v1/entities", params={"limit": 100}).json()["items"]]
    assert len(pairs) == len(set(pairs))  # a name shared by concurrent articles is one entity
    # Counters written by concurrent transactions lose no increment.
    all_mentions = [m for r in responses for m in client.get(f"/v1/articles/{r.json()['id']}/mentions").json()]
    for e in client.get("/v1/entities", params={"limit": 100}).json()["items"]:
        assert e["mention_count"] == sum(m["entity"]["id"] == e["id"] for m in all_mentions), e["name"]


def test_concurrent_deletes_of_one_article_answer_one_204(client: TestClient) -> None:
    aid = client.post("/v1/articles", json={"text": seed_text("000")}).json()["id"]
    with ThreadPoolExecutor(max_workers=5) as pool:
        codes = sorted(pool.map(lambda _: client.delete(f"/v1/articles/{aid}").status_code, range(5)))
    assert codes == [204, 404, 404, 404, 404]
    assert client.get("/v1/entities").json()["items"] == []  # counters refreshed once, orphans gone
