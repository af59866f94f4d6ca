"""The lean read path: Core reads see their unit of work's pending writes, and the by-mentions
ranking's fast path (no count change since the snapshot) lists exactly what the as-of ranking lists."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from pydantic_core import to_json
from sqlalchemy import Engine, event, func, inspect, select
from sqlalchemy import text as sql

from app.db.base import utcnow
from app.db.models import Claim, ClaimAbout, Entity, EntityAlias, Mention
from app.db.session import READ_ONLY, get_engine, read_unit, unit_of_work
from app.nlp.normalize import search_key
from app.services import ranking, reads
from app.services.articles import article_json, get_article
from app.services.claims import claim_json, claims_json, get_claim, list_claims
from app.services.entities import COLUMNS, DETAIL_JSON, NAMES_OF, entity_json, get_entity, list_entities
from app.services.migrate import alembic_config, upgrade_database
from app.services.ranking import IN_FLIGHT, live_page, page_as_of, take_snapshot
from tests.conftest import seed_text


def test_core_reads_see_the_pending_orm_writes_of_their_unit_of_work(db_url: str) -> None:
    with unit_of_work(db_url) as session:
        before = reads.scalar(session, select(func.count()).select_from(Entity))
        session.add(Entity(name="خالد", key="خالد", type="person"))
        assert reads.scalar(session, select(func.count()).select_from(Entity)) == before + 1
        assert reads.first(session, select(Entity.name).where(Entity.key == "خالد")) == ("خالد",)
        session.rollback()


def test_a_read_unit_refuses_to_write_and_nothing_is_stored(db_url: str) -> None:
    with pytest.raises(RuntimeError, match=READ_ONLY), read_unit(db_url) as session:
        session.add(Entity(name="خالد", key="خالد", type="person"))
        reads.scalar(session, select(func.count()).select_from(Entity))  # flushes first
    with read_unit(db_url) as session:
        assert reads.scalar(session, select(func.count()).select_from(Entity).where(Entity.key == "خالد")) == 0


@pytest.mark.postgres
def test_on_postgresql_a_read_unit_opens_no_transaction(postgresql_url: str) -> None:
    """Each statement is its own transaction there (now() moves), where a unit of work holds one."""
    stamp = select(func.now())
    with read_unit(postgresql_url) as session:
        assert reads.scalar(session, stamp) != reads.scalar(session, stamp)
    with unit_of_work(postgresql_url) as session:
        assert reads.scalar(session, stamp) == reads.scalar(session, stamp)


def _ranked(rows: list[Any]) -> list[tuple[int, int]]:
    return [(r.id, r.rank) for r in rows]


def test_the_live_fast_path_lists_what_the_as_of_ranking_lists(
    client: TestClient, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for prefix in ("000", "001"):
        assert client.post("/v1/articles", json={"text": seed_text(prefix)}).status_code == 201
    with unit_of_work(db_url) as session:
        stmt = select(*COLUMNS)
        recent = live_page(session, stmt, want=5, snap=None, after=None)
        assert recent is None, "a change younger than IN_FLIGHT may hide a hole: a first page cuts the slow way"
        snap = take_snapshot(session)
        for want, after in ((5, None), (500, None), (4, (1, 0))):
            live = live_page(session, stmt, want=want, snap=snap, after=after)
            assert live is not None and live[0], "no change since the snapshot: the live order answers"
            assert _ranked(live[0]) == _ranked(page_as_of(session, stmt, want=want, snap=snap, after=after))
    later = utcnow() + IN_FLIGHT + timedelta(seconds=1)
    monkeypatch.setattr(ranking, "utcnow", lambda: later)
    with unit_of_work(db_url) as session:
        first = live_page(session, select(*COLUMNS), want=5, snap=None, after=None)
        assert first is not None and first[1].seq == snap.seq, "nothing recent: the first page cuts in its own read"
    assert client.post("/v1/articles", json={"text": seed_text("002")}).status_code == 201
    with unit_of_work(db_url) as session:  # counts changed after the old snapshot: only the as-of ranking holds
        assert live_page(session, select(*COLUMNS), want=5, snap=snap, after=None) is None


def _same(built: object, model: object, path: str = "$") -> None:
    """The same JSON value with the same key order (PostgreSQL may write 1.0 as 1, and spaces)."""
    if isinstance(model, dict):
        assert isinstance(built, dict) and list(built) == list(model), f"{path}: keys differ"
        for key in model:
            _same(built[key], model[key], f"{path}.{key}")
    elif isinstance(model, list):
        assert isinstance(built, list) and len(built) == len(model), f"{path}: lengths differ"
        for i, (b, m) in enumerate(zip(built, model, strict=True)):
            _same(b, m, f"{path}[{i}]")
    else:
        assert built == model and isinstance(built, bool) == isinstance(model, bool), f"{path}: {built!r} != {model!r}"


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_detail_postgresql_builds_is_the_detail_the_models_build(client: TestClient, db_url: str) -> None:
    bodies = [
        {"text": seed_text("000"), "title": "عنوان", "url": "https://example.com/a", "source": "واع",
         "published_at": "2026-03-01T10:20:30.250000+03:00"},
        {"text": seed_text("001"), "published_at": "2026-03-02"},
        {"text": seed_text("002")},
    ]  # fmt: skip
    ids = [client.post("/v1/articles", json=b).json()["id"] for b in bodies]
    with unit_of_work(db_url) as session:
        for article_id in ids:
            model = json.loads(to_json(get_article(session=session, article_id=article_id)))
            assert model["claims"] and any(c["about"] for c in model["claims"]), "a detail worth comparing"
            _same(json.loads(article_json(session=session, article_id=article_id)), model)
    assert client.get(f"/v1/articles/{ids[0]}").json()["published_at"] == "2026-03-01T07:20:30.250000Z"
    assert client.get("/v1/articles/999999").status_code == 404


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_names_read_by_skipping_are_the_distinct_names_stored(client: TestClient, db_url: str) -> None:
    for prefix in ("000", "001", "002", "003"):
        assert client.post("/v1/articles", json={"text": seed_text(prefix)}).status_code == 201
    with unit_of_work(db_url) as session:
        names = reads.rows(session, select(Entity.id, Entity.name))
        union = reads.rows(session, NAMES_OF, {"ids": [i for i, _ in names]})
        listed = list_entities(session=session, limit=100, order="name").items
        repeated = reads.scalar(
            session,
            select(func.count()).select_from(
                select(EntityAlias.entity_id, EntityAlias.alias)
                .group_by(EntityAlias.entity_id, EntityAlias.alias)
                .having(func.count() > 1)
                .subquery()
            ),
        )
    assert repeated, "some name is stored by several articles: the case the skipping read is for"
    assert {kind for _, kind, _ in union} == {"a", "t"}, "aliases and titles both compared"
    assert len(listed) == len(names) < 100, "every entity listed"
    expected = {(i, "a"): sorted({v for e, k, v in union if (e, k) == (i, "a")} - {name}) for i, name in names}
    expected |= {(i, "t"): sorted({v for e, k, v in union if (e, k) == (i, "t")}) for i, _ in names}
    assert {(e.id, "a"): e.aliases for e in listed} | {(e.id, "t"): e.titles for e in listed} == expected


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_entity_postgresql_builds_is_the_entity_the_models_build(client: TestClient, db_url: str) -> None:
    # Related entities, counts and field order are compared here; on PostgreSQL both paths read the names
    # through the same loose-index-scan SQL, so the names are checked against the plain UNION read by
    # test_names_read_by_skipping_are_the_distinct_names_stored above.
    for prefix in ("000", "001", "002", "003"):
        assert client.post("/v1/articles", json={"text": seed_text(prefix)}).status_code == 201
    compared = set()
    with unit_of_work(db_url) as session:
        for entity_id in session.scalars(select(Entity.id)):
            model = json.loads(to_json(get_entity(session=session, entity_id=entity_id, related_limit=100)))
            _same(json.loads(entity_json(session=session, entity_id=entity_id, related_limit=100)), model)
            compared |= {key for key in ("aliases", "titles", "related", "subtype") if model[key]}
            related = [r["entity"]["id"] for r in model["related"]]
            compared |= {"related not by id"} if related != sorted(related) else set()
    assert compared == {"aliases", "titles", "related", "subtype", "related not by id"}, "details worth comparing"
    assert client.get("/v1/entities/999999").status_code == 404


def test_related_entities_are_those_sharing_the_most_articles(client: TestClient, db_url: str) -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        assert client.post("/v1/articles", json={"text": seed_text(prefix)}).status_code == 201
    with unit_of_work(db_url) as session:
        pairs = reads.rows(session, select(Mention.entity_id, Mention.article_id).distinct())
    articles: dict[int, set[int]] = {}
    for entity_id, article_id in pairs:
        articles.setdefault(entity_id, set()).add(article_id)
    checked = 0
    for entity_id, mine in sorted(articles.items(), key=lambda kv: -len(kv[1]))[:8]:
        shared = {other: len(theirs & mine) for other, theirs in articles.items() if other != entity_id}
        expected = sorted(((-n, other) for other, n in shared.items() if n), key=lambda x: x)[:10]
        related = client.get(f"/v1/entities/{entity_id}").json()["related"]
        assert [(-r["count"], r["entity"]["id"]) for r in related] == expected
        checked += len(related)
    assert checked, "entities with related ones were compared"


def test_q_matches_an_underscore_as_itself(db_url: str) -> None:
    """q's key is bound to a statement built once, escaped there as a literal LIKE operand is."""
    with unit_of_work(db_url) as session:
        session.add_all(Entity(name=n, key=search_key(n), type="unit") for n in ("وحدة_7", "وحدةx7"))
    with read_unit(db_url) as session:
        for order in ("mentions", "name"):
            items = list_entities(session=session, limit=10, q="وحدة_7", order=order).items  # type: ignore[arg-type]
            assert [e.name for e in items] == ["وحدة_7"], order


def _mention_indexes(url: str) -> dict[str, list[str | None]]:
    with get_engine(url).connect() as conn:
        return {str(i["name"]): list(i["column_names"]) for i in inspect(conn).get_indexes("mentions")}


def test_migration_0009_indexes_an_article_s_entities_and_goes_back(db_url: str) -> None:
    """Related entities are counted from (article_id, start, entity_id); the downgrade restores (article_id, start)."""
    new, old = "ix_mentions_article_start_entity", "ix_mentions_article_start"
    assert _mention_indexes(db_url)[new] == ["article_id", "start", "entity_id"]
    assert old not in _mention_indexes(db_url)
    command.downgrade(alembic_config(db_url), "0008")
    try:
        assert _mention_indexes(db_url)[old] == ["article_id", "start"] and new not in _mention_indexes(db_url)
    finally:
        upgrade_database(db_url)
    assert new in _mention_indexes(db_url)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_related_entities_are_read_from_the_pairs_index_alone(client: TestClient, db_url: str) -> None:
    """The related list is the top of the entity's range of (entity_id, shared DESC, other_id), no mention read."""
    for prefix in ("000", "001"):
        assert client.post("/v1/articles", json={"text": seed_text(prefix)}).status_code == 201
    with get_engine(db_url).connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sql("VACUUM (ANALYZE) entity_pairs"))  # the visibility map an index-only scan relies on
    with unit_of_work(db_url) as session:
        entity_id = reads.scalar(session, select(Entity.id).order_by(Entity.mention_count.desc()).limit(1))
        conn = session.connection()
        conn.execute(sql("SET LOCAL enable_seqscan = off"))
        params = {"id": entity_id, "related_limit": 10}
        plan = "\n".join(conn.execute(sql(f"EXPLAIN {DETAIL_JSON.text}"), params).scalars())
    assert "Index Only Scan using ix_entity_pairs_top" in plan and "mentions" not in plan, plan


def _claim_features(claim: dict[str, Any]) -> set[str]:
    """Which optional parts of a claim object this one has (so a comparison is known to cover them)."""
    speaker = claim["speaker"]
    parts = {"about": bool(claim["about"]), "source": claim["source"] is not None,
             "affiliation": speaker["affiliation"] is not None, "no speaker entity": not speaker["entity"]}  # fmt: skip
    return {name for name, present in parts.items() if present}


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_claims_postgresql_builds_are_the_claims_the_models_build(client: TestClient, db_url: str) -> None:
    """Every filter shape, every page (cursor bound), and each claim alone: the same JSON as the models'."""
    for prefix in ("000", "001", "002", "003", "004"):
        assert client.post("/v1/articles", json={"text": seed_text(prefix)}).status_code == 201
    with unit_of_work(db_url) as session:  # an unnamed source's affiliation and a relaying outlet, for one claim
        other = select(Claim.id, Claim.speaker_entity_id, Entity.id).join(Entity, Entity.id != Claim.speaker_entity_id)
        first, speaker, affiliation = reads.first(session, other.limit(1))
        claim = session.get_one(Claim, first)
        claim.speaker_affiliation_id, claim.source_entity_id, claim.source_text = affiliation, affiliation, "وكالة"
    with unit_of_work(db_url) as session:
        rows = reads.rows(session, select(Claim.id))
        about = reads.scalar(session, select(ClaimAbout.entity_id).limit(1))
        word = reads.scalar(session, select(Claim.text).limit(1)).split()[0]
        cases: list[dict[str, Any]] = [
            {}, {"speaker_id": speaker}, {"speaker_id": affiliation, "include_affiliated": True},
            {"about_id": about, "kind": "direct"}, {"q": word}, {"q": "_"}, {"affiliation_id": affiliation},
        ]  # fmt: skip
        features, pages = set(), 0
        for filters in cases:
            cursor = None
            while True:
                model = json.loads(to_json(list_claims(session=session, limit=3, cursor=cursor, **filters)))
                _same(json.loads(claims_json(session=session, limit=3, cursor=cursor, **filters)), model)
                features |= set().union(*map(_claim_features, model["items"]))
                pages += 1
                if not (cursor := model["next_cursor"]):
                    break
        for (claim_id,) in rows:
            model = json.loads(to_json(get_claim(session=session, claim_id=claim_id)))
            _same(json.loads(claim_json(session=session, claim_id=claim_id)), model)
    assert features == {"about", "source", "affiliation", "no speaker entity"} and pages > len(cases), "worth comparing"
    assert client.get("/v1/claims/999999").status_code == 404


def test_a_claims_page_is_one_statement_on_postgresql(client: TestClient, db_url: str) -> None:
    """On PostgreSQL the page's claims, their entities and `about` come in one statement; SQLite reads `about` apart."""
    for prefix in ("000", "001"):
        assert client.post("/v1/articles", json={"text": seed_text(prefix)}).status_code == 201
    sent: list[str] = []

    def record(*args: Any) -> None:
        sent.append(args[2])

    with read_unit(db_url) as session:
        speaker = reads.scalar(session, select(Claim.speaker_entity_id).where(Claim.speaker_entity_id.is_not(None)))
    event.listen(Engine, "before_cursor_execute", record)
    try:
        page = client.get(f"/v1/claims?speaker_id={speaker}&limit=2")
        one = client.get(f"/v1/claims/{page.json()['items'][0]['id']}")
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert page.status_code == one.status_code == 200
    statements = [s for s in sent if s.strip().upper() != "SELECT 1"]  # the pool's pre-ping
    assert len(statements) == (2 if db_url.startswith("postgresql") else 4), statements
