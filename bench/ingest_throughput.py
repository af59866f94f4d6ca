"""Ingest throughput: articles/s and tokens/s with the embedded worker and with 1 and 2 Celery workers.

    python -m bench.ingest_throughput --articles 60 --pg postgresql+psycopg://postgres@127.0.0.1:5432/qala_bench
    python -m bench.ingest_throughput --articles 60 --store-sizes 1000 10000 100000

With --store-sizes, each run ingests onto a synthetic store of that size on PostgreSQL (bench.synthetic_store,
reloaded before each mode) and the rate at the largest store is printed as a share of the smallest.

Real articles (the first N of SaudiNewsNet in ../shared/data) go through the same batch-job code
the API uses: the embedded run uses the in-process worker on a SQLite file; the Celery runs use
`qala worker --pool solo` processes on PostgreSQL with Redis as broker (each process loads the
model once; timing starts when every worker answers a ping).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis
from pydantic import ValidationError
from sqlalchemy import func, select, text

from app.core.settings import REPO_ROOT
from app.db.base import Base
from app.db.models import Article, Job
from app.db.session import make_engine, unit_of_work
from app.nlp.analyze import analyze
from app.schemas.articles import ArticleIn
from app.services.jobs import create_job, run_job
from app.services.migrate import upgrade_database
from bench.synthetic_store import load

NEWS = (
    Path(os.environ.get("QALA_SHARED_DIR", REPO_ROOT.parent / "shared"))
    / "data/saudinewsnet/saudinewsnet_paragraphs.txt.gz"
)
BROKER = "redis://127.0.0.1:6379/14"
RESULTS = Path(__file__).parent / "results"


def news_articles(n: int) -> list[ArticleIn]:
    """The first n valid articles of SaudiNewsNet (title line + paragraphs, blank line between articles)."""
    out: list[ArticleIn] = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        block: list[str] = []
        for line in fh:
            if line.strip():
                block.append(line.rstrip("\n"))
                continue
            if len(block) > 2:
                with contextlib.suppress(ValidationError):  # e.g. a stray U+001A: the API refuses it too
                    out.append(ArticleIn(title=block[0], text="\n".join(block)))
                if len(out) == n:
                    break
            block = []
    return out


def _last_article(url: str) -> int:
    with unit_of_work(url) as s:
        return s.scalar(select(func.max(Article.id))) or 0


def _figures(url: str, seconds: float, after_id: int = 0) -> dict[str, float]:
    """The articles this run stored (ids above after_id: a preloaded store is not counted)."""
    with unit_of_work(url) as s:
        n = s.scalar(select(func.count()).select_from(Article).where(Article.id > after_id)) or 0
        tokens = s.scalar(select(func.sum(Article.token_count)).where(Article.id > after_id)) or 0
    return {"articles": n, "tokens": tokens, "seconds": round(seconds, 2),
            "articles_per_s": round(n / seconds, 2), "tokens_per_s": round(tokens / seconds)}  # fmt: skip


def embedded(articles: list[ArticleIn]) -> dict[str, float]:
    """The in-process worker's code path (run_job) on a fresh SQLite file."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        upgrade_database(url)
        analyze("تحميل النموذج.")  # load the model before timing
        with unit_of_work(url) as s:
            job_id = create_job(session=s, articles=articles)
        t0 = time.perf_counter()
        run_job(url=url, job_id=job_id, analyzer=analyze)
        return _figures(url, time.perf_counter() - t0)


def _reset_pg(url: str) -> None:
    upgrade_database(url)
    engine = make_engine(url, pooled=False)
    with engine.begin() as conn:
        conn.execute(
            text(f"TRUNCATE {', '.join(t.name for t in Base.metadata.sorted_tables)} RESTART IDENTITY CASCADE")
        )
    engine.dispose()


def embedded_on(articles: list[ArticleIn], url: str) -> dict[str, float]:
    """The in-process worker's code path (run_job) on a database that may already hold a store."""
    analyze("تحميل النموذج.")  # load the model before timing
    after_id = _last_article(url)
    with unit_of_work(url) as s:
        job_id = create_job(session=s, articles=articles)
    t0 = time.perf_counter()
    run_job(url=url, job_id=job_id, analyzer=analyze)
    return _figures(url, time.perf_counter() - t0, after_id)


def celery(articles: list[ArticleIn], url: str, workers: int, *, reset: bool = True) -> dict[str, float]:
    """K solo-pool Celery worker processes on PostgreSQL + Redis (reset=False: onto the store already there)."""
    if reset:
        _reset_pg(url)
    after_id = _last_article(url)
    redis.Redis.from_url(BROKER).flushdb()
    env = {**os.environ, "QALA_DATABASE_URL": url, "QALA_QUEUE__BROKER_URL": BROKER, "QALA_QUEUE__NAME": "qala-bench"}
    procs = [
        subprocess.Popen([sys.executable, "-c", "from app.cli import main; main()", "worker", "--pool", "solo",
                          "--loglevel", "WARNING"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(workers)
    ]  # fmt: skip
    try:
        from app.bootstrap import CeleryDispatcher, make_celery
        from app.core.settings import QueueSettings, Settings

        settings = Settings(database_url=url, queue=QueueSettings(broker_url=BROKER, name="qala-bench"))
        app = make_celery(settings)
        for _ in range(120):
            if len(app.control.ping(timeout=1.0) or []) >= workers:
                break
        time.sleep(5)  # let each worker process finish loading the model
        with unit_of_work(url) as s:
            job_id = create_job(session=s, articles=articles)
        t0 = time.perf_counter()
        CeleryDispatcher(settings=settings).submit(job_id)
        while True:
            with unit_of_work(url) as s:
                status = s.scalar(select(Job.status).where(Job.id == job_id))
            if status in ("done", "failed"):
                break
            time.sleep(0.2)
        return _figures(url, time.perf_counter() - t0, after_id)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=60)


def main() -> None:
    """Command line: prints a table and writes bench/results/ingest.json."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=60)
    p.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/qala_bench")
    p.add_argument(
        "--store-sizes", type=int, nargs="+", help="instead: ingest onto synthetic stores of these sizes (PostgreSQL)"
    )
    args = p.parse_args()
    articles = news_articles(args.articles)
    if args.store_sizes:
        by_size(articles, args.pg, args.store_sizes)
        return
    results = {"embedded (SQLite)": embedded(articles)}
    print(results, flush=True)
    for k in (1, 2):
        results[f"celery x{k} (PostgreSQL)"] = celery(articles, args.pg, k)
        print(results, flush=True)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ingest.json").write_text(json.dumps(results, indent=1) + "\n")
    print("| mode | articles | seconds | articles/s | tokens/s |\n|---|---|---|---|---|")
    for mode, r in results.items():
        print(f"| {mode} | {r['articles']:.0f} | {r['seconds']} | {r['articles_per_s']} | {r['tokens_per_s']:.0f} |")


def by_size(articles: list[ArticleIn], url: str, sizes: list[int]) -> None:
    """Ingest rate onto stores of each size, embedded worker and 2 Celery workers; the largest/smallest ratio."""
    results: dict[str, dict[str, dict[str, float]]] = {}
    for size in sizes:
        modes: dict[str, dict[str, float]] = {}
        for mode in ("embedded", "celery x2"):
            print(f"loading {size} synthetic articles ...", load(url, size, max(1000, size // 20)), flush=True)
            modes[mode] = embedded_on(articles, url) if mode == "embedded" else celery(articles, url, 2, reset=False)
            print(size, mode, modes[mode], flush=True)
        results[str(size)] = modes
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ingest_by_store_size.json").write_text(json.dumps(results, indent=1) + "\n")
    print("| stored articles | mode | articles/s | tokens/s |\n|---|---|---|---|")
    for stored, figures in results.items():
        for mode, r in figures.items():
            print(f"| {stored} | {mode} | {r['articles_per_s']} | {r['tokens_per_s']:.0f} |")
    small, large = results[str(min(sizes))], results[str(max(sizes))]
    for mode in small:
        ratio = large[mode]["articles_per_s"] / small[mode]["articles_per_s"]
        print(f"{mode}: rate at {max(sizes)} / rate at {min(sizes)} = {ratio:.2f} (issue 14: >= 0.8)")


if __name__ == "__main__":
    main()
