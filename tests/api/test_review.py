"""Newsroom review: corrections are one transaction, audited, undoable, and hold after re-analysis."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.settings import ApiSettings, Settings
from app.db.session import unit_of_work
from app.main import create_app
from app.nlp.types import Analysis, SpeakerRef
from app.services import review
from app.services.reprocess import reprocess_one
from tests.api.test_paging import _walk

Json = dict[str, Any]
FIRST = (
    "قال وزير الخارجية العراقي فؤاد حسين إن بغداد ترفض أي هجوم على أراضيها. "
    "وأضاف حسين أن الحكومة العراقية تعمل مع الأمم المتحدة."
)
SECOND = (
    "ونقلت وكالة الأنباء العراقية عن الناطق باسم قيادة العمليات المشتركة اللواء يحيى رسول قوله إن القوات "
    "الأمنية أحبطت هجوما في الموصل. وأكد وزير الخارجية فؤاد محمد حسين أن العراق يرفض الاعتداءات."
)


def _post(client: TestClient, text: str) -> Json:
    r = client.post("/v1/articles", json={"text": text})
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def _entity(article: Json, name: str) -> Json:
    return next(m["entity"] for m in article["mentions"] if m["entity"]["name"] == name)


def _claim(article: Json, starts: str) -> Json:
    return next(c for c in article["claims"] if c["text"].startswith(starts))


def _reprocess(settings: Settings, article_id: int, analyzer: Callable[[str], Analysis]) -> None:
    with unit_of_work(settings.database_url) as session:
        reprocess_one(session=session, article_id=article_id, analyzer=analyzer)


def _another_model(analyzer: Any, *, wrong_speaker: bool = False, no_claims: bool = False) -> Callable[[str], Analysis]:
    """The shipped analysis as another model version would give it: claims given to the first mention, or none."""

    def run(text: str) -> Analysis:
        a: Analysis = analyzer(text)
        claims = a.claims
        if wrong_speaker:
            first = a.mentions[0]
            to_first = SpeakerRef(text=first.text, start=first.start, end=first.end, mention=0)
            claims = [replace(c, speaker=to_first) for c in claims]
        return replace(a, claims=[] if no_claims else claims, model_version="another-model")

    return run


def test_merge_moves_everything_redirects_and_survives_reprocess(
    client: TestClient, settings: Settings, analyzer: Any
) -> None:
    one, two = _post(client, FIRST), _post(client, SECOND)
    keep, gone = _entity(one, "فؤاد حسين"), _entity(two, "فؤاد محمد حسين")
    assert keep["id"] != gone["id"]
    r = client.post(f"/v1/entities/{gone['id']}/merge", json={"into": keep["id"]})
    assert r.status_code == 201, r.text
    c = r.json()
    assert r.headers["location"] == f"/v1/corrections/{c['id']}"
    assert (c["action"], c["status"], c["entity_id"], c["other_entity_id"]) == (
        "merge",
        "active",
        keep["id"],
        gone["id"],
    )
    assert c["key_name"] == "anonymous" and c["before"]["entity"]["name"] == "فؤاد محمد حسين"
    moved = client.get(f"/v1/entities/{gone['id']}/claims", params={"limit": 5}, follow_redirects=False)
    assert moved.status_code == 308
    assert moved.headers["location"] == f"/v1/entities/{keep['id']}/claims?limit=5"
    assert moved.json()["merged_into"] == keep["id"]
    survivor = client.get(f"/v1/entities/{keep['id']}").json()
    assert survivor["article_count"] == 2 and "فؤاد محمد حسين" in survivor["aliases"]
    said = {x["text"] for x in _walk(client, f"/v1/entities/{keep['id']}/claims")}
    assert "العراق يرفض الاعتداءات" in said

    _reprocess(settings, two["id"], _another_model(analyzer))
    again = client.get(f"/v1/articles/{two['id']}").json()
    assert again["model_version"] == "another-model"
    surfaces = {m["text"]: m["entity"]["id"] for m in again["mentions"]}
    assert surfaces["فؤاد محمد حسين"] == keep["id"]  # the merged name still resolves to the survivor
    assert [e["id"] for e in _walk(client, "/v1/entities", q="فؤاد", type="person")] == [keep["id"]]
    assert client.get(f"/v1/entities/{keep['id']}").json()["article_count"] == 2


def test_a_speaker_fix_survives_a_reprocess_that_gets_the_speaker_wrong(
    client: TestClient, settings: Settings, analyzer: Any
) -> None:
    one = _post(client, FIRST)
    claim = _claim(one, "الحكومة العراقية تعمل")
    government = _entity(one, "الحكومة العراقية")
    r = client.patch(f"/v1/claims/{claim['id']}", json={"speaker_id": government["id"]})
    assert r.status_code == 201, r.text
    assert r.json()["before"]["speaker_text"] == "حسين" and r.json()["after"]["speaker_entity_id"] == government["id"]
    fixed = client.get(f"/v1/claims/{claim['id']}").json()["speaker"]
    assert fixed["entity"]["id"] == government["id"] and fixed["kind"] == "named"
    assert FIRST[fixed["start"] : fixed["end"]] == fixed["text"] == "الحكومة العراقية"

    _reprocess(settings, one["id"], _another_model(analyzer, wrong_speaker=True))
    claims = client.get(f"/v1/articles/{one['id']}").json()["claims"]
    assert _claim({"claims": claims}, "الحكومة العراقية تعمل")["speaker"]["entity"]["id"] == government["id"]
    assert _claim({"claims": claims}, "بغداد ترفض")["speaker"]["text"] == "فؤاد حسين"  # the model's own output
    assert [x["status"] for x in _walk(client, "/v1/corrections")] == ["active"]
    assert client.get(f"/v1/entities/{government['id']}").json()["claim_count"] == 1


def test_a_correction_with_nothing_left_to_apply_to_is_listed_stale(
    client: TestClient, settings: Settings, analyzer: Any
) -> None:
    one = _post(client, FIRST)
    claim = _claim(one, "بغداد ترفض")
    assert client.post(f"/v1/claims/{claim['id']}/reject").status_code == 201
    fix = client.patch(f"/v1/claims/{_claim(one, 'الحكومة')['id']}", json={"kind": "direct"}).json()
    _reprocess(settings, one["id"], _another_model(analyzer))
    texts = [c["text"] for c in client.get(f"/v1/articles/{one['id']}").json()["claims"]]
    assert not any(t.startswith("بغداد ترفض") for t in texts)  # a rejected claim stays rejected
    assert client.get(f"/v1/claims/{_claim(one, 'الحكومة')['id']}").status_code == 404  # re-analysis: new ids
    _reprocess(settings, one["id"], _another_model(analyzer, no_claims=True))
    stale = _walk(client, "/v1/corrections", status="stale")
    assert {c["id"] for c in stale} == {fix["id"], fix["id"] - 1}
    assert all(c["stale_reason"].startswith(f"re-analysis of article {one['id']} found no claim") for c in stale)


def test_undo_restores_a_merge_exactly_and_only_newest_first(client: TestClient) -> None:
    one, two = _post(client, FIRST), _post(client, SECOND)
    keep, gone = _entity(one, "فؤاد حسين"), _entity(two, "فؤاد محمد حسين")
    before = client.get(f"/v1/entities/{gone['id']}").json()
    merge = client.post(f"/v1/entities/{gone['id']}/merge", json={"into": keep["id"]}).json()
    rename = client.patch(f"/v1/entities/{keep['id']}", json={"name": "فؤاد محمد حسين"}).json()
    r = client.delete(f"/v1/corrections/{merge['id']}")
    assert r.status_code == 409 and str(rename["id"]) in r.json()["detail"]
    assert client.delete(f"/v1/corrections/{rename['id']}").json()["status"] == "undone"
    assert client.delete(f"/v1/corrections/{merge['id']}").json()["status"] == "undone"
    restored = client.get(f"/v1/entities/{gone['id']}").json()
    assert {k: restored[k] for k in ("id", "name", "type", "mention_count", "claim_count")} == {
        k: before[k] for k in ("id", "name", "type", "mention_count", "claim_count")
    }
    assert client.get(f"/v1/entities/{keep['id']}").json()["name"] == "فؤاد حسين"
    again = client.delete(f"/v1/corrections/{merge['id']}")
    assert again.status_code == 409 and again.json()["detail"] == review.NOT_ACTIVE.format(
        id=merge["id"], status="undone"
    )


def test_split_an_alias_off_and_undo_it(client: TestClient, settings: Settings, analyzer: Any) -> None:
    one = _post(client, FIRST)
    person = _entity(one, "فؤاد حسين")
    r = client.post(f"/v1/entities/{person['id']}/split", json={"alias": "حسين"})
    assert r.status_code == 201, r.text
    new_id = r.json()["entity_id"]
    assert client.get(f"/v1/entities/{new_id}").json()["mention_count"] == 1
    assert client.get(f"/v1/entities/{person['id']}").json()["mention_count"] == 1
    _reprocess(settings, one["id"], _another_model(analyzer))
    surfaces = {m["text"]: m["entity"]["id"] for m in client.get(f"/v1/articles/{one['id']}").json()["mentions"]}
    assert surfaces["حسين"] == new_id and surfaces["فؤاد حسين"] == person["id"]
    assert client.delete(f"/v1/corrections/{r.json()['id']}").status_code == 200
    assert client.get(f"/v1/entities/{person['id']}").json()["mention_count"] == 2
    assert client.get(f"/v1/entities/{new_id}", follow_redirects=False).status_code == 308
    own = client.post(f"/v1/entities/{person['id']}/split", json={"alias": "فؤاد حسين"})
    assert own.status_code == 422 and own.json()["detail"] == review.OWN_NAME


def test_rename_retype_and_subtype(client: TestClient, settings: Settings, analyzer: Any) -> None:
    one = _post(client, FIRST)
    baghdad, un = _entity(one, "بغداد"), _entity(one, "الأمم المتحدة")
    r = client.patch(f"/v1/entities/{baghdad['id']}", json={"type": "unit", "subtype": "government"})
    assert r.status_code == 201 and r.json()["after"]["type"] == "unit"
    assert client.patch(f"/v1/entities/{un['id']}", json={"name": "منظمة الأمم المتحدة"}).status_code == 201
    _reprocess(settings, one["id"], _another_model(analyzer))
    entities = {m["text"]: m["entity"] for m in client.get(f"/v1/articles/{one['id']}").json()["mentions"]}
    assert entities["بغداد"] == {"id": baghdad["id"], "name": "بغداد", "type": "unit"}  # retype holds
    assert entities["الأمم المتحدة"]["name"] == "منظمة الأمم المتحدة"  # rename holds
    bad = client.patch(f"/v1/entities/{un['id']}", json={"type": "place", "subtype": "military"})
    assert bad.status_code == 422 and bad.json()["detail"] == review.SUBTYPE_NOT_UNIT
    assert client.patch(f"/v1/entities/{un['id']}", json={}).status_code == 422
    assert client.patch(f"/v1/entities/{un['id']}", json={"type": None}).status_code == 422


def test_reject_a_mention_for_good_and_undo(client: TestClient, settings: Settings, analyzer: Any) -> None:
    one = _post(client, FIRST)
    mention = next(m for m in one["mentions"] if m["text"] == "بغداد")
    r = client.post(f"/v1/mentions/{mention['id']}/reject")
    assert r.status_code == 201 and r.json()["before"]["text"] == "بغداد"
    assert client.get(f"/v1/entities/{mention['entity']['id']}").status_code == 404  # nothing else names it
    _reprocess(settings, one["id"], _another_model(analyzer))
    assert "بغداد" not in {m["text"] for m in client.get(f"/v1/articles/{one['id']}").json()["mentions"]}
    gone = client.delete(f"/v1/corrections/{r.json()['id']}")
    assert gone.status_code == 409 and "no longer exists" in gone.json()["detail"]


def test_reject_claim_then_undo_restores_it(client: TestClient) -> None:
    one = _post(client, FIRST)
    claim = _claim(one, "بغداد ترفض")
    r = client.post(f"/v1/claims/{claim['id']}/reject")
    assert client.get(f"/v1/claims/{claim['id']}").status_code == 404
    assert client.delete(f"/v1/corrections/{r.json()['id']}").status_code == 200
    assert client.get(f"/v1/claims/{claim['id']}").json() == claim
    again = client.post(f"/v1/claims/{claim['id']}/reject").json()
    assert client.delete(f"/v1/articles/{one['id']}").status_code == 204
    stale = client.get(f"/v1/corrections/{again['id']}").json()
    assert (stale["status"], stale["stale_reason"]) == ("stale", f"article {one['id']} was deleted")


def test_bad_review_requests_are_clear_4xx(client: TestClient) -> None:
    one = _post(client, FIRST)
    person, place = _entity(one, "فؤاد حسين"), _entity(one, "بغداد")
    cases = [
        (client.post(f"/v1/entities/{person['id']}/merge", json={"into": person["id"]}), 422, review.SELF_MERGE),
        (client.post(f"/v1/entities/{person['id']}/merge", json={"into": 10**9}), 422, None),
        (client.post(f"/v1/entities/{person['id']}/merge", json={"into": place["id"]}), 422, None),
        (client.post(f"/v1/entities/{10**9}/merge", json={"into": person["id"]}), 404, None),
        (client.post(f"/v1/entities/{person['id']}/merge", json={"into": "x"}), 422, None),
        (client.post(f"/v1/entities/{person['id']}/split", json={"alias": "غيره"}), 422, None),
        (client.patch(f"/v1/claims/{one['claims'][0]['id']}", json={"speaker_id": 10**9}), 422, None),
        (client.patch(f"/v1/claims/{one['claims'][0]['id']}", json={"colour": "red"}), 422, None),
        (client.post("/v1/mentions/999999/reject"), 404, review.NO_MENTION.format(id=999999)),
        (client.delete("/v1/corrections/999999"), 404, None),
        (client.get("/v1/corrections", params={"status": "maybe"}), 422, None),
    ]
    for r, status, detail in cases:
        assert r.status_code == status, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert detail is None or r.json()["detail"] == detail
    assert client.get("/v1/corrections").json()["items"] == []  # nothing refused was recorded


@pytest.fixture
def keyed(settings: Settings, analyzer: Any) -> TestClient:
    api = ApiSettings(write_keys=["desk-secret", "other-secret"], key_names={"politics-desk": "desk-secret"})
    return TestClient(create_app(settings.model_copy(update={"api": api}), analyzer=analyzer))


def test_review_needs_a_write_key_and_records_its_name(keyed: TestClient) -> None:
    with keyed as client:
        r = client.post("/v1/articles", json={"text": FIRST}, headers={"x-api-key": "desk-secret"})
        person = _entity(r.json(), "فؤاد حسين")
        body = {"name": "فؤاد حسين"}
        assert client.patch(f"/v1/entities/{person['id']}", json=body).status_code == 401
        named = client.patch(f"/v1/entities/{person['id']}", json=body, headers={"x-api-key": "desk-secret"})
        other = client.patch(f"/v1/entities/{person['id']}", json=body, headers={"x-api-key": "other-secret"})
        assert named.json()["key_name"] == "politics-desk"
        assert other.json()["key_name"].startswith("key:") and "secret" not in other.json()["key_name"]
        listed = client.get("/v1/corrections", headers={"x-api-key": "other-secret"}).json()["items"]
        assert [c["key_name"] for c in listed] == [other.json()["key_name"], "politics-desk"]
