"""Property-based hostile clients: generated cursors, datetimes, ids, limits, queries and bodies.

Every answer is < 500, every 4xx is problem+json, a refused write leaves the store as it was, and after
each scenario the store's invariants hold (offsets slice the text, counters match the rows, no orphans).
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import seed_text

HYPOTHESIS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], database=None
)
LISTS = ["/v1/articles", "/v1/claims", "/v1/entities", "/v1/entities/1/mentions", "/v1/entities/1/claims"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(["dt", "x"]), children),
    max_leaves=6,
)
cursors = st.one_of(
    st.text(max_size=40).filter(lambda s: "\x00" not in s),
    json_values.map(lambda v: base64.urlsafe_b64encode(json.dumps(v).encode()).decode().rstrip("=")),
    st.lists(
        st.one_of(
            st.integers(min_value=-(2**70), max_value=2**70),
            st.datetimes().map(lambda d: {"dt": d.isoformat()}),
            st.text(max_size=5),
        ),
        max_size=3,
    ).map(lambda v: base64.urlsafe_b64encode(json.dumps(v).encode()).decode().rstrip("=")),
)
datetimes = st.one_of(
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.dates().map(str),
    st.text(max_size=30),
    st.sampled_from(["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "1e400", "-1", "2021-02-30"]),
)
ids = st.one_of(st.integers(min_value=-(2**70), max_value=2**70).map(str), st.text(max_size=12))


def _problem(r: Any) -> None:
    assert r.status_code < 500, (r.request.url, r.status_code, r.text[:300])
    if r.status_code >= 400:
        assert r.headers["content-type"].startswith("application/problem+json"), r.text[:200]
        body = r.json()
        assert body["status"] == r.status_code and body["title"] and "detail" in body


def _snapshot(client: TestClient) -> tuple[object, ...]:
    return tuple(client.get(p, params={"limit": 100}).json()["items"] for p in LISTS[:3])


def _every(client: TestClient, path: str, **params: object) -> list[dict[str, Any]]:
    """Every item of a list, page by page."""
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = client.get(path, params={"limit": 100, **params, **({"cursor": cursor} if cursor else {})}).json()
        items += page["items"]
        if (cursor := page["next_cursor"]) is None:
            return items


def check_invariants(client: TestClient) -> None:
    """What every stored article, entity and claim must satisfy, read through the public API."""
    articles = _every(client, "/v1/articles")
    mentions_of: Counter[int] = Counter()
    articles_of: dict[int, set[int]] = {}
    claims_of: Counter[int] = Counter()
    for a in articles:
        detail = client.get(f"/v1/articles/{a['id']}").json()
        text = detail["text"]
        for m in detail["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
            mentions_of[m["entity"]["id"]] += 1
            articles_of.setdefault(m["entity"]["id"], set()).add(a["id"])
        for c in detail["claims"]:
            assert text[c["start"] : c["end"]] == c["text"]
            if c["speaker"] and c["speaker"]["start"] is not None:
                assert text[c["speaker"]["start"] : c["speaker"]["end"]] == c["speaker"]["text"]
            if c["speaker"] and c["speaker"]["entity"]:
                claims_of[c["speaker"]["entity"]["id"]] += 1
        assert a["counts"]["mentions"] == len(detail["mentions"]) and a["counts"]["claims"] == len(detail["claims"])
    entities = _every(client, "/v1/entities", order="name")
    for e in entities:
        assert e["mention_count"] == mentions_of[e["id"]], e
        assert e["article_count"] == len(articles_of.get(e["id"], ())), e
        assert e["claim_count"] == claims_of[e["id"]], e
        assert mentions_of[e["id"]] or claims_of[e["id"]], f"orphan entity {e}"
    assert set(mentions_of) <= {e["id"] for e in entities}


@HYPOTHESIS
@given(path=st.sampled_from(LISTS), cursor=cursors, limit=st.one_of(st.integers(-5, 200).map(str), st.text(max_size=4)))
def test_generated_cursors_and_limits(client: TestClient, path: str, cursor: str, limit: str) -> None:
    _problem(client.get(path, params={"cursor": cursor, "limit": limit}))


@HYPOTHESIS
@given(path=st.sampled_from(["/v1/articles", "/v1/claims"]), since=datetimes, until=datetimes)
def test_generated_date_bounds(client: TestClient, path: str, since: str, until: str) -> None:
    _problem(client.get(path, params={"since": since, "until": until}))


@HYPOTHESIS
@given(
    path=st.sampled_from(["/v1/articles/{}", "/v1/entities/{}", "/v1/claims/{}", "/v1/articles?entity_id={}"]),
    value=ids,
    q=st.text(max_size=30),
)
def test_generated_ids_and_queries(client: TestClient, path: str, value: str, q: str) -> None:
    _problem(client.get(path.format(quote(value, safe=""))))
    for list_path in LISTS[:3]:
        _problem(client.get(list_path, params={"q": q}))


article_bodies = st.fixed_dictionaries(
    {"text": st.one_of(st.text(max_size=200), st.sampled_from(["قال الوزير إن الوضع مستقر في بغداد"]))},
    optional={
        "title": st.one_of(st.none(), st.text(max_size=50), st.integers()),
        "url": st.one_of(st.none(), st.text(max_size=50), st.sampled_from(["javascript:alert(1)", "http://x/"])),
        "source": st.one_of(st.none(), st.text(max_size=30)),
        "published_at": datetimes,
    },
)


@HYPOTHESIS
@given(body=article_bodies)
def test_generated_article_bodies(client: TestClient, body: dict[str, Any]) -> None:
    before = _snapshot(client)
    r = client.post("/v1/articles", json=body)
    _problem(r)
    if r.status_code >= 400:
        assert _snapshot(client) == before
    else:
        assert client.delete(f"/v1/articles/{r.json()['id']}").status_code == 204
    check_invariants(client)


def test_invariants_hold_after_ingest_delete_and_repost(client: TestClient) -> None:
    ids = [client.post("/v1/articles", json={"text": seed_text(p)}).json()["id"] for p in ("000", "001", "002")]
    check_invariants(client)
    assert client.delete(f"/v1/articles/{ids[1]}").status_code == 204
    check_invariants(client)
    client.post("/v1/articles", json={"text": seed_text("001")})
    check_invariants(client)
