"""Speakers as written and typed: named, descriptive (with the unit it belongs to), anonymous; filters."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.test_paging import _walk

TEXT = (
    "أعلنت وزارة الداخلية السعودية القبض على خلية إرهابية في الرياض. "
    "وقال مصدر أمني في وزارة الداخلية السعودية إن الخلية كانت تخطط لهجمات على مساجد. "
    "وأكدت مصادر مطلعة أن التحقيقات مستمرة مع الموقوفين."
)


def _post(client: TestClient) -> dict:  # type: ignore[type-arg]
    r = client.post("/v1/articles", json={"text": TEXT})
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def test_claims_carry_speaker_kind_and_affiliation(client: TestClient) -> None:
    article = _post(client)
    by_quote = {c["text"]: c["speaker"] for c in article["claims"]}
    named = by_quote["القبض على خلية إرهابية في الرياض"]
    assert named["kind"] == "named" and named["entity"]["name"] == "وزارة الداخلية السعودية"
    assert named["affiliation"] is None
    desc = by_quote["الخلية كانت تخطط لهجمات على مساجد"]
    assert desc["kind"] == "descriptive" and desc["entity"] is None
    assert desc["text"] == "مصدر أمني في وزارة الداخلية السعودية"
    assert TEXT[desc["start"] : desc["end"]] == desc["text"]
    assert desc["affiliation"]["id"] == named["entity"]["id"]
    anon = by_quote["التحقيقات مستمرة مع الموقوفين"]
    assert anon == {**anon, "kind": "anonymous", "entity": None, "affiliation": None, "text": "مصادر مطلعة"}


def test_filters_by_speaker_kind_and_affiliation(client: TestClient) -> None:
    article = _post(client)
    ministry = next(c["speaker"]["entity"] for c in article["claims"] if c["speaker"]["kind"] == "named")
    for kind in ("named", "descriptive", "anonymous"):
        got = _walk(client, "/v1/claims", speaker_kind=kind)
        assert [c["speaker"]["kind"] for c in got] == [kind]
    affiliated = _walk(client, "/v1/claims", affiliation_id=ministry["id"])
    assert [c["speaker"]["text"] for c in affiliated] == ["مصدر أمني في وزارة الداخلية السعودية"]
    own = _walk(client, f"/v1/entities/{ministry['id']}/claims")
    assert [c["speaker"]["kind"] for c in own] == ["named"]
    both = _walk(client, f"/v1/entities/{ministry['id']}/claims", include_affiliated="true")
    assert sorted(c["speaker"]["kind"] for c in both) == ["descriptive", "named"]
    exported = client.get("/v1/export/claims.jsonl", params={"speaker_kind": "anonymous"}).text.splitlines()
    assert len(exported) == 1


def test_bad_speaker_kind_is_422(client: TestClient) -> None:
    r = client.get("/v1/claims", params={"speaker_kind": "famous"})
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    assert client.get("/v1/claims", params={"affiliation_id": 0}).status_code == 422
