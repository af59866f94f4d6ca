"""Ingest through HTTP on both databases: entities, titles, dedupe, offsets."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import seed_text


def _post(client: TestClient, text: str, **extra: object) -> tuple[int, dict]:  # type: ignore[type-arg]
    r = client.post("/v1/articles", json={"text": text, **extra})
    return r.status_code, r.json()


def test_seed_article_yields_person_unit_place(client: TestClient) -> None:
    text = seed_text("000")
    r = client.post("/v1/articles", json={"text": text, "title": "t", "published_at": "2021-04-28"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/v1/articles/{body['id']}"
    assert body["text"] == text
    assert body["model_version"]
    by_name = {(m["entity"]["name"], m["entity"]["type"]) for m in body["mentions"]}
    assert ("تحسين الخفاجي", "person") in by_name
    assert any(t == "unit" and n.startswith("قيادة العمليات المشتركة") for n, t in by_name)
    assert ("بغداد", "place") in by_name
    for m in body["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    for c in body["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]

    people = client.get("/v1/entities", params={"type": "person", "q": "الخفاجى"}).json()["items"]
    khafaji = next(e for e in people if e["name"] == "تحسين الخفاجي")
    assert "اللواء" in khafaji["titles"]
    assert khafaji["mention_count"] >= 2
    assert "الخفاجي" in khafaji["aliases"]


def test_same_text_or_url_is_stored_once(client: TestClient) -> None:
    text = seed_text("004")
    st, first = _post(client, text, url="https://example.org/a")
    assert st == 201
    st, again = _post(client, "  " + text.replace(" ", "  ") + "\n")
    assert st == 200 and again["id"] == first["id"]
    st, by_url = _post(client, "نص آخر مختلف تماما عن بغداد.", url="https://example.org/a")
    assert st == 200 and by_url["id"] == first["id"]
    assert len(client.get("/v1/articles").json()["items"]) == 1


def test_delete_removes_article_mentions_and_orphan_entities(client: TestClient) -> None:
    st, art = _post(client, seed_text("002"))
    assert st == 201
    entity_id = art["mentions"][0]["entity"]["id"]
    assert client.delete(f"/v1/articles/{art['id']}").status_code == 204
    assert client.get(f"/v1/articles/{art['id']}").status_code == 404
    assert client.get(f"/v1/entities/{entity_id}").status_code == 404
    assert client.get("/v1/claims").json()["items"] == []
    assert client.delete(f"/v1/articles/{art['id']}").status_code == 404


def test_entities_merge_across_articles(client: TestClient) -> None:
    for prefix in ("000", "001", "004"):
        assert _post(client, seed_text(prefix))[0] == 201
    people = client.get("/v1/entities", params={"type": "person", "q": "تحسين الخفاجي"}).json()["items"]
    assert len(people) == 1
    assert people[0]["article_count"] == 3
    detail = client.get(f"/v1/entities/{people[0]['id']}").json()
    assert detail["related"] and all(r["count"] >= 1 for r in detail["related"])
    arts = client.get(f"/v1/entities/{people[0]['id']}/articles").json()["items"]
    assert len(arts) == 3
