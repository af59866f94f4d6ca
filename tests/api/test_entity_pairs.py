"""Co-occurrence kept at write time (entity_pairs): after every write that changes mentions it is what the
stored mentions count, both ways, with no pair counted down to zero left behind."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import delete, inspect, select
from sqlalchemy import text as sql

from app.core.settings import Settings
from app.db.models import EntityPair, Mention
from app.db.session import get_engine, read_unit, unit_of_work
from app.nlp.types import Analysis
from app.services import cooccurrence, reads
from app.services.cooccurrence import RECOUNT_ALL, pair_changes
from app.services.migrate import alembic_config, upgrade_database
from tests.api.test_review import FIRST, SECOND, _entity, _post, _reprocess
from tests.conftest import seed_text

Pairs = dict[tuple[int, int], int]


def _stored(url: str) -> Pairs:
    with read_unit(url) as session:
        rows = reads.rows(session, select(EntityPair.entity_id, EntityPair.other_id, EntityPair.shared))
    return {(e, o): n for e, o, n in rows}


def _counted(url: str) -> Pairs:
    """The pairs as the stored mentions give them: for each ordered pair, the articles pairing both (an article
    pairs its PAIRED_PER_ARTICLE most mentioned entities, ties by id)."""
    with read_unit(url) as session:
        rows = reads.rows(session, select(Mention.article_id, Mention.entity_id))
    mentioned: dict[int, Counter[int]] = defaultdict(Counter)
    for article_id, entity_id in rows:
        mentioned[article_id][entity_id] += 1
    cap = cooccurrence.PAIRED_PER_ARTICLE
    paired = [{e for _, e in sorted((-n, e) for e, n in m.items())[:cap]} for m in mentioned.values()]
    return dict(Counter((a, b) for names in paired for a in names for b in names if a != b))


def _kept(url: str) -> Pairs:
    stored = _stored(url)
    assert stored == _counted(url)
    assert all(n > 0 for n in stored.values()) and all(stored[(o, e)] == n for (e, o), n in stored.items())
    return stored


def test_ingest_counts_the_pairs_each_article_adds(client: TestClient, db_url: str) -> None:
    for text in (FIRST, SECOND, seed_text("000"), seed_text("001")):
        _post(client, text)
    pairs = _kept(db_url)
    assert pairs and max(pairs.values()) >= 2, "some pair shared by two articles"


def _fewer_mentions(analyzer: Any) -> Callable[[str], Analysis]:
    """Another model's analysis: the first half of the mentions, no claims (they point at mentions)."""

    def run(text: str) -> Analysis:
        a: Analysis = analyzer(text)
        return replace(a, mentions=a.mentions[: len(a.mentions) // 2], claims=[], model_version="another-model")

    return run


def test_reprocess_recounts_the_article_s_pairs(client: TestClient, settings: Settings, analyzer: Any) -> None:
    first = _post(client, seed_text("000"))
    _post(client, seed_text("001"))
    before = _kept(settings.database_url)
    _reprocess(settings, first["id"], _fewer_mentions(analyzer))
    assert _kept(settings.database_url) != before


def test_deleting_an_article_takes_its_pairs_away(client: TestClient, db_url: str) -> None:
    ids = [_post(client, text)["id"] for text in (FIRST, SECOND, seed_text("000"))]
    before = _kept(db_url)
    assert client.delete(f"/v1/articles/{ids[1]}").status_code == 204
    after = _kept(db_url)
    assert after != before and set(after) < set(before)


def test_a_merge_and_its_undo_move_the_pairs(client: TestClient, db_url: str) -> None:
    one, two = _post(client, FIRST), _post(client, SECOND)
    keep, gone = _entity(one, "فؤاد حسين"), _entity(two, "فؤاد محمد حسين")
    before = _kept(db_url)
    assert any(gone["id"] in pair for pair in before)
    merge = client.post(f"/v1/entities/{gone['id']}/merge", json={"into": keep["id"]}).json()
    merged = _kept(db_url)
    assert not any(gone["id"] in pair for pair in merged)
    related = client.get(f"/v1/entities/{keep['id']}").json()["related"]
    expected = sorted((-n, o) for (e, o), n in merged.items() if e == keep["id"])[:10]
    assert related and [(-r["count"], r["entity"]["id"]) for r in related] == expected
    assert client.delete(f"/v1/corrections/{merge['id']}").json()["status"] == "undone"
    assert _kept(db_url) == before


def test_a_split_and_its_undo_move_the_pairs(client: TestClient, db_url: str) -> None:
    person = _entity(_post(client, FIRST), "فؤاد حسين")
    _post(client, SECOND)
    before = _kept(db_url)
    split = client.post(f"/v1/entities/{person['id']}/split", json={"alias": "حسين"}).json()
    assert any(split["entity_id"] in pair for pair in _kept(db_url))
    assert client.delete(f"/v1/corrections/{split['id']}").json()["status"] == "undone"
    assert _kept(db_url) == before


def test_a_rejected_mention_and_its_undo_recount_the_article(client: TestClient, db_url: str) -> None:
    article = _post(client, FIRST)
    _post(client, FIRST + " وقال حسين إن العراق يرفض ذلك.")  # the same entities in another article
    once = Counter(m["entity"]["id"] for m in article["mentions"])
    mention = next(m for m in article["mentions"] if once[m["entity"]["id"]] == 1)
    entity_id = mention["entity"]["id"]
    before = _kept(db_url)
    reject = client.post(f"/v1/mentions/{mention['id']}/reject").json()
    after = _kept(db_url)
    assert 0 < sum(n for p, n in after.items() if entity_id in p) < sum(n for p, n in before.items() if entity_id in p)
    assert client.delete(f"/v1/corrections/{reject['id']}").json()["status"] == "undone"
    assert _kept(db_url) == before


def test_migration_0010_backfills_the_pairs_from_the_stored_mentions(client: TestClient, db_url: str) -> None:
    for text in (FIRST, SECOND, seed_text("000")):
        _post(client, text)
    stored = _kept(db_url)
    command.downgrade(alembic_config(db_url), "0009")
    try:
        assert "entity_pairs" not in inspect(get_engine(db_url)).get_table_names()
    finally:
        upgrade_database(db_url)
    assert stored and _kept(db_url) == stored, "the backfill counts what ingest counted"


def test_pair_changes_count_only_pairs_with_an_entity_that_came_or_went() -> None:
    changes = pair_changes({1: frozenset({10, 11, 12})}, {1: frozenset({10, 11, 13, 14})})
    gained = {(13, 10), (10, 13), (13, 11), (11, 13), (14, 10), (10, 14), (14, 11), (11, 14), (13, 14), (14, 13)}
    lost = {(12, 10), (10, 12), (12, 11), (11, 12)}
    assert changes == Counter(dict.fromkeys(gained, 1) | dict.fromkeys(lost, -1))


def test_an_article_pairs_only_its_most_mentioned_entities(
    client: TestClient, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cap that keeps a 1 MB digest from writing millions of pairs, here 3; the bulk recount applies it too."""
    monkeypatch.setattr(cooccurrence, "PAIRED_PER_ARTICLE", 3)
    article = _post(client, SECOND)
    mentioned = Counter(m["entity"]["id"] for m in article["mentions"])
    assert len(mentioned) > 3
    top = {e for _, e in sorted((-n, e) for e, n in mentioned.items())[:3]}
    _post(client, FIRST)
    pairs = _kept(db_url)
    assert {e for e, _ in pairs} >= top and not any(e in top and o in mentioned.keys() - top for e, o in pairs)
    with unit_of_work(db_url) as session:
        session.execute(delete(EntityPair))
        session.execute(sql(RECOUNT_ALL), {"paired": 3})
    assert _stored(db_url) == pairs
