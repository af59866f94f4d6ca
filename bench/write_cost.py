"""The database write of ingest, per article, onto a store already there: analysis done beforehand, writes rolled back.

    python -m bench.write_cost --url postgresql+psycopg://postgres@127.0.0.1:5432/qala_bench --articles 100

Why: ingest throughput is mostly the model's time, and on a shared machine a change to the write path is lost in
it. Here each article's analysis is computed once (kept in --cache, so another checkout reuses the same one),
then the articles go through ingest_article one by one, each in a transaction that is rolled back: every run, and
every version compared, writes the same articles onto the same store. Prints ms per article (median, mean, p90).
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.db.session import make_engine
from app.nlp.analyze import analyze
from app.nlp.types import Analysis
from app.schemas.articles import ArticleIn
from app.services import ingest
from app.services.ingest import ingest_article
from bench.ingest_throughput import news_articles


def analysed(n: int, cache: Path) -> list[tuple[ArticleIn, Analysis]]:
    """The first n SaudiNewsNet articles with their analyses, from the cache when it holds them."""
    if cache.exists():
        items: list[tuple[ArticleIn, Analysis]] = pickle.loads(cache.read_bytes())  # our own file
        if len(items) >= n:
            return items[:n]
    items = [(a, analyze(a.text)) for a in news_articles(n)]
    cache.write_bytes(pickle.dumps(items))
    return items


def _given(analysis: Analysis) -> Callable[[str], Analysis]:
    """An analyzer that answers this analysis, whatever the text."""
    return lambda _text: analysis


def write_ms(url: str, items: list[tuple[ArticleIn, Analysis]], rounds: int) -> list[float]:
    """ms of each ingest_article call (its analysis given), every write rolled back."""
    engine = make_engine(url, pooled=False)
    times = []
    for _ in range(rounds):
        for article, analysis in items:
            with Session(engine) as session:
                t0 = time.perf_counter()
                ingest_article(session=session, data=article, analyzer=_given(analysis))
                session.flush()
                times.append((time.perf_counter() - t0) * 1000)
                session.rollback()
    engine.dispose()
    return times


def pairs_clock() -> list[float]:
    """Time ingest's count_pairs (where this checkout keeps entity pairs): ms of each call, appended as they run."""
    spent: list[float] = []
    original: Callable[..., None] | None = getattr(ingest, "count_pairs", None)
    if original is not None:

        def timed(*args: Any, **kwargs: Any) -> None:
            t0 = time.perf_counter()
            original(*args, **kwargs)
            spent.append((time.perf_counter() - t0) * 1000)

        ingest.count_pairs = timed  # type: ignore[attr-defined]  # (a checkout without it is left alone)
    return spent


def main() -> None:
    """Command line."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True)
    p.add_argument("--articles", type=int, default=100)
    p.add_argument("--rounds", type=int, default=2)
    # the system's temporary folder, not a fixed path: shared by every checkout on this machine, as the cache is meant
    p.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "qala_write_cost.pickle")
    args = p.parse_args()
    pairs = pairs_clock()
    times = write_ms(args.url, analysed(args.articles, args.cache), args.rounds)
    p90 = sorted(times)[int(0.9 * len(times))]
    print(
        f"{len(times)} writes: median {statistics.median(times):.2f} ms, mean {statistics.mean(times):.2f}, "
        f"p90 {p90:.2f} ms per article"
        + (f"; of which entity pairs (count_pairs) mean {statistics.mean(pairs):.2f} ms" if pairs else "")
    )


if __name__ == "__main__":
    main()
