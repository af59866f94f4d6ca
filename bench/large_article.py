"""Is ingest linear in text size? One article of 60 kB, 250 kB and 1 MB through every stage, one thread.

    python -m bench.large_article [--sizes 60000 250000 1000000]

The text is real news (Qala News pool items past the annotated ones, joined with line breaks); the
same code path as POST /v1/articles: tokenise, tag, mention rules, claims, then storing it in a fresh
SQLite file. Prints seconds per stage and characters per second; a flat chars/s column is linear cost.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from app.core.settings import Settings
from app.db.session import unit_of_work
from app.nlp.analyze import default_tagger
from app.nlp.claims import extract_claims
from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences, tokenize
from app.nlp.types import Analysis
from app.schemas.articles import ArticleIn
from app.services.ingest import ingest_article
from app.services.migrate import upgrade_database
from training.qala_news.pool import load_pool

FIRST_UNANNOTATED = 300


def article_of(size: int) -> str:
    """Pool texts joined until `size` characters (cut at a line end)."""
    pool = load_pool()
    parts, total, order = [], 0, FIRST_UNANNOTATED
    while total < size:
        parts.append(pool[order % len(pool)].text)
        total += len(parts[-1]) + 1
        order += 1
    return "\n".join(parts)[:size].rsplit("\n", 1)[0]


def run(size: int, db_dir: Path) -> dict[str, float]:
    """Seconds per stage for one article of about `size` characters."""
    text, tagger, t = article_of(size), default_tagger(), {}
    t0 = time.perf_counter()
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    t["tokenise"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    tags = tagger.tag([[tok.text for tok in s] for s in sentences])
    t["tag"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = build_mentions(text, sentences, tags, tagger.lexicon)
    t["mentions"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    claims = extract_claims(text, sentences, mentions)
    t["claims"] = time.perf_counter() - t0
    analysis = Analysis(mentions=mentions, claims=claims, model_version=tagger.version, token_count=len(tokens))
    url = f"sqlite:///{db_dir / f'large_{size}.db'}"
    upgrade_database(url)
    t0 = time.perf_counter()
    with unit_of_work(Settings(database_url=url).database_url) as session:
        ingest_article(session=session, data=ArticleIn(text=text), analyzer=lambda _: analysis)
    t["store"] = time.perf_counter() - t0
    t["chars"], t["mentions_n"], t["claims_n"] = len(text), len(mentions), len(claims)
    return t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[60_000, 250_000, 1_000_000])
    args = ap.parse_args()
    print(f"{'chars':>9} {'mentions':>8} {'claims':>6} {'tokenise':>8} {'tag':>6} {'rules':>6} {'claims':>6} "
          f"{'store':>6} {'total s':>7} {'chars/s':>8}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            t = run(size, Path(tmp))
            total = sum(t[k] for k in ("tokenise", "tag", "mentions", "claims", "store"))
            print(
                f"{t['chars']:9.0f} {t['mentions_n']:8.0f} {t['claims_n']:6.0f} {t['tokenise']:8.1f} {t['tag']:6.1f} "
                f"{t['mentions']:6.1f} {t['claims']:6.1f} {t['store']:6.1f} {total:7.1f} {t['chars'] / total:8.0f}"
            )


if __name__ == "__main__":
    main()
