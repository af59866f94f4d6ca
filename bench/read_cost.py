"""CPU per read request, in process: Qala's read endpoints beside the reference handler, no HTTP server.

    python -m bench.read_cost --url postgresql+psycopg://postgres@127.0.0.1:5432/qala_bench

Why: wrk figures on a 2-core machine move with whatever else runs there; the CPU time this process
spends per request (ASGI app called directly, cache off, database on the same machine) is steadier
and says where a request's time goes. Load a store first (bench.read_load or bench.synthetic_store).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import text

from app.db.session import make_engine

App = Callable[..., Awaitable[None]]


async def get(app: App, path: str, query: str = "") -> int:
    """One GET through the ASGI app; returns the status."""
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
        "path": path, "raw_path": path.encode(), "query_string": query.encode(), "root_path": "",
        "headers": [(b"host", b"bench")], "client": ("127.0.0.1", 1), "server": ("bench", 80), "state": {},
    }  # fmt: skip
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


class _ReaderClock:
    """CPU seconds spent in the Reader's one worker-thread call (session, SQL, pre-ping, JSON bytes).

    Why: it splits a read's CPU between what the service does and what the framework and middleware
    around it do (the rest of the request).
    """

    spent = 0.0

    @classmethod
    def install(cls) -> None:
        from app.api.deps import Reader

        inner = Reader._json

        def timed(reader: Reader, read: Any) -> bytes:
            start = time.thread_time()
            try:
                return inner(reader, read)
            finally:
                cls.spent += time.thread_time() - start

        Reader._json = timed  # type: ignore[method-assign,assignment]


async def _cpu_ms(app: App, paths: Callable[[], tuple[str, str]], n: int) -> tuple[float, float, float]:
    """Mean CPU milliseconds of this process per request, mean wall milliseconds and mean CPU ms in the
    Reader's thread, after a warm-up.

    Wall time adds what the database spends (one request at a time, so no queueing).
    """
    for _ in range(max(20, n // 10)):
        await get(app, *paths())
    start, wall, reader = time.process_time(), time.perf_counter(), _ReaderClock.spent
    for _ in range(n):
        status = await get(app, *paths())
        if status != 200:
            raise SystemExit(f"{paths()} answered {status}")
    cpu, elapsed = time.process_time() - start, time.perf_counter() - wall
    return cpu / n * 1000, elapsed / n * 1000, (_ReaderClock.spent - reader) / n * 1000


Reads = dict[str, Callable[[], tuple[str, str]]]


def prepare(url: str) -> tuple[Any, Reads]:
    """Qala's app on `url` (cache off, no model) and each read's (path, query) generator over the stored ids."""
    os.environ.update(QALA_DATABASE_URL=url, QALA_API__CACHE_SECONDS="0", QALA_NLP__PRELOAD="false")
    os.environ["QALA_MIGRATE_ON_START"] = "false"
    engine = make_engine(url, pooled=False)
    with engine.connect() as conn:
        articles = list(conn.execute(text("SELECT id FROM articles ORDER BY id LIMIT 5000")).scalars())
        entities = list(conn.execute(text("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 1000")).scalars())
        speaker = conn.execute(
            text("SELECT speaker_entity_id FROM claims GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()
        claim = conn.execute(text("SELECT min(id) FROM claims")).scalar_one()
    engine.dispose()
    rng = random.Random(1)
    from app.main import create_app  # after the environment is set

    reads: Reads = {
        "article detail": lambda: (f"/v1/articles/{rng.choice(articles)}", ""),
        "entity list": lambda: ("/v1/entities", "limit=20"),
        "entity detail": lambda: (f"/v1/entities/{rng.choice(entities)}", ""),
        "claims by speaker": lambda: ("/v1/claims", f"speaker_id={speaker}&limit=20"),
        "entity claims": lambda: (f"/v1/entities/{speaker}/claims", "limit=20"),
        "claim detail": lambda: (f"/v1/claims/{claim}", ""),
        "claim list": lambda: ("/v1/claims", "limit=20"),
        "article list": lambda: ("/v1/articles", "limit=20"),
    }
    return create_app(), reads  # the model is never loaded: reads do not analyse


async def measure(url: str, n: int) -> dict[str, tuple[float, float, float]]:
    """(CPU ms, wall ms, reader-thread CPU ms) per request for each endpoint, Qala's and the reference's."""
    qala, reads = prepare(url)
    _ReaderClock.install()
    from bench.reference_app import app as reference  # after prepare set the environment

    rng = random.Random(2)
    articles = [int(path.rsplit("/", 1)[1]) for path, _ in (reads["article detail"]() for _ in range(1000))]
    out: dict[str, tuple[float, float, float]] = {}
    out["reference article detail"] = await _cpu_ms(reference, lambda: (f"/ref/articles/{rng.choice(articles)}", ""), n)
    out["reference entity list"] = await _cpu_ms(reference, lambda: ("/ref/entities", ""), n)
    async with qala.router.lifespan_context(qala):
        for name, paths in reads.items():
            out[name] = await _cpu_ms(qala, paths, n)
    return out


def main() -> None:
    """Command line: prints CPU and wall ms per request for each read."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True)
    p.add_argument("-n", type=int, default=400, help="requests per endpoint")
    args = p.parse_args()
    print(
        "| read | CPU ms per request | wall ms per request | of the CPU, in the Reader's thread |\n|---|---:|---:|---:|"
    )
    for name, (cpu, wall, reader) in asyncio.run(measure(args.url, args.n)).items():
        print(f"| {name} | {cpu:.2f} | {wall:.2f} | {reader:.2f} |")


if __name__ == "__main__":
    main()
