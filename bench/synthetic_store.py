"""Bulk-load a SYNTHETIC store (articles, entities, mentions, claims) for read-load benchmarks.

    python -m bench.synthetic_store --url postgresql+psycopg://postgres@127.0.0.1:5432/qala_bench --articles 100000

The rows are generated, not analysed: realistic shapes and skew (a few entities in most
articles, a long tail), clearly marked with source "synthetic" and model_version
"synthetic". Never point it at a database you care about: it empties the tables first.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from datetime import datetime, timedelta

from sqlalchemy import insert, text

from app.db.base import Base
from app.db.models import Article, Claim, ClaimAbout, Entity, Mention
from app.db.session import make_engine
from app.nlp.normalize import search_key
from app.services.cooccurrence import PAIRED_PER_ARTICLE, RECOUNT_ALL
from app.services.migrate import upgrade_database

WORDS = [
    "قال", "أكد", "الوزير", "القوات", "الأمنية", "العراقية", "بغداد", "التحالف", "الدولي", "العمليات",
    "المشتركة", "الحكومة", "مجلس", "النواب",
]  # fmt: skip
TYPES = ["person", "unit", "place"]


def _entities(n: int, rng: random.Random) -> list[dict[str, object]]:
    rows = []
    for i in range(1, n + 1):
        typ = TYPES[i % 3]
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}"
        rows.append({"id": i, "name": name, "key": search_key(name), "type": typ,
                     "subtype": "military" if typ == "unit" else None, "mention_count": 0,
                     "article_count": 0, "claim_count": 0, "created_at": datetime(2024, 1, 1)})  # fmt: skip
    return rows


def load(url: str, articles: int, entities: int, seed: int = 1, batch: int = 2000) -> dict[str, float]:
    """Empty the tables and insert the synthetic rows; returns counts and seconds."""
    rng = random.Random(seed)
    upgrade_database(url)
    engine = make_engine(url, pooled=False)
    t0 = time.time()
    with engine.begin() as conn:
        names = ", ".join(t.name for t in Base.metadata.sorted_tables)
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        ents = _entities(entities, rng)
        conn.execute(insert(Entity), ents)
        weights = [1 / (i + 1) for i in range(entities)]  # Zipf-like: a few entities are everywhere
        mention_id = claim_id = 0
        base = datetime(2020, 1, 1)
        for start in range(0, articles, batch):
            arts, ments, claims, about = [], [], [], []
            for a in range(start + 1, min(articles, start + batch) + 1):
                body = " ".join(rng.choice(WORDS) for _ in range(300))
                day = base + timedelta(minutes=a * 7)
                arts.append({"id": a, "title": f"خبر {a}", "url": f"https://synthetic.example/{a}",
                             "source": "synthetic", "published_at": day, "dated_at": day, "text": body,
                             "text_hash": hashlib.sha256(f"{a}".encode()).hexdigest(), "search_text": body,
                             "status": "analyzed", "model_version": "synthetic", "token_count": 300,
                             "created_at": day})  # fmt: skip
                picked = rng.choices(range(1, entities + 1), weights=weights, k=10)
                for k, eid in enumerate(picked):
                    mention_id += 1
                    ments.append({"id": mention_id, "article_id": a, "entity_id": eid, "text": "x",
                                  "start": k * 10, "end": k * 10 + 1})  # fmt: skip
                for k in range(2):
                    claim_id += 1
                    claims.append({"id": claim_id, "article_id": a, "kind": "direct" if k else "indirect",
                                   "cue": "قال", "text": body[:80], "search_text": body[:80], "start": 0,
                                   "end": 80, "speaker_entity_id": picked[k], "speaker_text": "x",
                                   "speaker_start": 0, "speaker_end": 1, "source_entity_id": None,
                                   "source_text": None, "confidence": 0.9, "dated_at": day})  # fmt: skip
                    about.append({"claim_id": claim_id, "entity_id": picked[2 + k]})
            conn.execute(insert(Article), arts)
            conn.execute(insert(Mention), ments)
            conn.execute(insert(Claim), claims)
            conn.execute(insert(ClaimAbout), about)
        conn.execute(  # a name is stored once per article that gave it, as ingest records it
            text("""
            INSERT INTO entity_aliases (entity_id, article_id, alias, key)
            SELECT DISTINCT e.id, m.article_id, e.name, e.key FROM entities e JOIN mentions m ON m.entity_id = e.id""")
        )
        conn.execute(
            text("""
            UPDATE entities e SET mention_count = s.m, article_count = s.a
            FROM (SELECT entity_id, count(*) m, count(DISTINCT article_id) a FROM mentions GROUP BY entity_id) s
            WHERE e.id = s.entity_id""")
        )
        conn.execute(
            text("""
            UPDATE entities e SET claim_count = s.c
            FROM (SELECT speaker_entity_id, count(*) c FROM claims GROUP BY speaker_entity_id) s
            WHERE e.id = s.speaker_entity_id""")
        )
        conn.execute(
            text(RECOUNT_ALL), {"paired": PAIRED_PER_ARTICLE}
        )  # co-occurrence, as ingest keeps it (app/services/cooccurrence.py)
        for table in ("articles", "entities", "entity_aliases", "mentions", "claims"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
        conn.execute(text("ANALYZE"))
    engine.dispose()
    return {"articles": articles, "entities": entities, "mentions": mention_id, "claims": claim_id,
            "seconds": round(time.time() - t0, 1)}  # fmt: skip


def main() -> None:
    """Command line."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True, help="PostgreSQL URL of a scratch database")
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--entities", type=int, default=5000)
    args = p.parse_args()
    print(load(args.url, args.articles, args.entities))


if __name__ == "__main__":
    main()
