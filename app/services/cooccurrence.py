"""Co-occurrence kept at write time: how many stored articles each pair of entities shares (EntityPair).

Why: the entity detail lists the entities that share the most articles with one. Counted when read, that
cost grew with the entity's articles; kept here, the read is one index range (migration 0010). A write
that changes mentions takes the entity sets of the articles it touches before the change (entity_sets)
and, once done, adds the difference (count_pairs): ingest, re-analysis, delete, merge, split, a rejected
mention and their undos. Counts are all-time: every stored article, however old.

An article pairs its PAIRED_PER_ARTICLE most mentioned entities (ties: lowest id), which is all of them in
a news article (tens); a 1 MB digest naming thousands would otherwise write millions of pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from sqlalchemy import ColumnElement, bindparam, delete, func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.db.models import EntityPair, Mention
from app.services.reads import on_postgresql
from app.services.store import CHUNK

EntitySets = Mapping[int, frozenset[int]]
PAIRED_PER_ARTICLE = 100
PAIRS = EntityPair.metadata.tables["entity_pairs"]  # the Table, for Core writes in bulk
# Every pair, both ways, from the mentions as stored (entity_sets' rule, :paired the cap): the migration's
# backfill (0010 keeps its own copy) and a bulk-loaded store's.
RECOUNT_ALL = """
WITH ranked AS (
    SELECT article_id, entity_id,
           ROW_NUMBER() OVER (PARTITION BY article_id ORDER BY count(*) DESC, entity_id) AS rank
    FROM mentions GROUP BY article_id, entity_id
), paired AS (SELECT article_id, entity_id FROM ranked WHERE rank <= :paired)
INSERT INTO entity_pairs (entity_id, other_id, shared)
SELECT a.entity_id, b.entity_id, count(*)
FROM paired AS a JOIN paired AS b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
GROUP BY a.entity_id, b.entity_id
"""


def articles_of(session: Session, mentions: ColumnElement[bool]) -> list[int]:
    """The articles holding a mention that matches `mentions` (a condition on Mention): those a move touches."""
    return list(session.scalars(select(Mention.article_id).where(mentions).distinct()))


def entity_sets(session: Session, article_ids: Iterable[int]) -> dict[int, frozenset[int]]:
    """The entities each of these articles pairs now: its PAIRED_PER_ARTICLE most mentioned (none: empty)."""
    ids = sorted(set(article_ids))
    counts: dict[int, list[tuple[int, int]]] = {a: [] for a in ids}
    session.flush()
    for i in range(0, len(ids), CHUNK):
        stmt = (
            select(Mention.article_id, Mention.entity_id, func.count())
            .where(Mention.article_id.in_(ids[i : i + CHUNK]))
            .group_by(Mention.article_id, Mention.entity_id)
        )
        for article_id, entity_id, n in session.execute(stmt):
            counts[article_id].append((-n, entity_id))
    return {a: frozenset(e for _, e in sorted(c)[:PAIRED_PER_ARTICLE]) for a, c in counts.items()}


def pair_changes(before: EntitySets, after: EntitySets) -> Counter[tuple[int, int]]:
    """Per ordered pair of entities, the articles that came to share it minus those that no longer do.

    Why: only pairs with an entity that joined or left an article change, so a merge costs what it moves,
    not the square of every touched article's entities.
    """
    changes: Counter[tuple[int, int]] = Counter()
    for article in before.keys() | after.keys():
        old, new = before.get(article, frozenset()), after.get(article, frozenset())
        for sign, now, then in ((1, new, old), (-1, old, new)):
            moved = now - then
            for x in moved:
                for y in now - {x}:
                    changes[(x, y)] += sign
                    if y not in moved:  # a pair of two moved entities is reached from both ends
                        changes[(y, x)] += sign
    return changes


# PostgreSQL takes the gained pairs as three arrays: one statement and three parameters, not three per row.
ADD_PG = text("""
INSERT INTO entity_pairs (entity_id, other_id, shared)
SELECT * FROM unnest(CAST(:e AS bigint[]), CAST(:o AS bigint[]), CAST(:n AS integer[]))
ON CONFLICT (entity_id, other_id) DO UPDATE SET shared = entity_pairs.shared + excluded.shared
""")


def _add(session: Session, gained: list[tuple[int, int, int]]) -> None:
    """Add (entity, other, articles) to the stored pairs, inserting those not stored yet.

    Why the arrays on PostgreSQL: the rows an article adds (hundreds) cost 15 % less than sent as a batch.
    """
    if on_postgresql(session):
        e, o, n = (list(column) for column in zip(*gained, strict=True))
        session.connection().execute(ADD_PG, {"e": e, "o": o, "n": n})
        return
    insert = sqlite_insert(PAIRS)
    upsert = insert.on_conflict_do_update(
        index_elements=[PAIRS.c.entity_id, PAIRS.c.other_id], set_={"shared": PAIRS.c.shared + insert.excluded.shared}
    )
    session.connection().execute(upsert, [{"entity_id": e, "other_id": o, "shared": n} for e, o, n in gained])


def _take(session: Session, lost: list[tuple[int, int, int]]) -> None:
    """Take (entity, other, -articles) from the stored pairs and delete those counted down to none.

    An update, never an insert: the row of an entity this write deleted went with it (its cascade).
    """
    conn = session.connection()
    where = (PAIRS.c.entity_id == bindparam("e")) & (PAIRS.c.other_id == bindparam("o"))
    taken = update(PAIRS).where(where).values(shared=PAIRS.c.shared + bindparam("n"))
    conn.execute(taken, [{"e": e, "o": o, "n": n} for e, o, n in lost])
    emptied = sorted({e for e, _, _ in lost})
    for i in range(0, len(emptied), CHUNK):
        conn.execute(delete(PAIRS).where(PAIRS.c.entity_id.in_(emptied[i : i + CHUNK]), PAIRS.c.shared <= 0))


def count_pairs(session: Session, before: EntitySets) -> None:
    """Add to the stored pairs what changed in these articles since `before` (their entity_sets then).

    Runs after the write's entity locks (refresh_entity_counts), in sorted order, so concurrent writers
    of one pair wait for each other rather than deadlock; a pair counted down to none is deleted.
    """
    changes = pair_changes(before, entity_sets(session, before))
    rows = [(e, o, n) for (e, o), n in sorted(changes.items()) if n]
    if gained := [r for r in rows if r[2] > 0]:
        _add(session, gained)
    if lost := [r for r in rows if r[2] < 0]:
        _take(session, lost)
