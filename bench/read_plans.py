"""The SQL each read endpoint runs, with PostgreSQL's plan and timing: where a read's database time goes.

    python -m bench.read_plans --url postgresql+psycopg://postgres@127.0.0.1:5432/qala_bench [--read "entity detail"]

Why: wrk and wall times on a shared 2-core machine move with the load; `EXPLAIN (ANALYZE, BUFFERS)` of
the statements a read sends says what PostgreSQL does for it (an index-only scan or heap fetches, a sort
over every row of an entity, a count) and how that grows with the store. Each read is requested once
through the ASGI app (as bench.read_cost does) with the statements captured, then each statement is
explained with its own parameters, after `--warm` unexplained runs, `--repeat` times: the median
execution time is printed under the last plan.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
from typing import Any

from sqlalchemy import Engine, event, inspect, text

from app.db.session import make_engine
from bench.read_cost import App, get, prepare


async def capture(app: App, path: str, query: str) -> list[tuple[str, Any]]:
    """The (SQL, parameters) pairs one request sends, in order (the pool's pre-ping left out)."""
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.strip().upper() != "SELECT 1":
            sent.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        status = await get(app, path, query)
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    if status != 200:
        raise SystemExit(f"{path}?{query} answered {status}")
    return sent


def explain(url: str, statement: str, parameters: Any, warm: int, repeat: int) -> tuple[str, float]:
    """EXPLAIN (ANALYZE, BUFFERS) of one captured statement on its own connection, after `warm` plain runs:
    the last plan, and the median execution ms of `repeat` runs (per-node timing off, it costs more than
    these statements)."""
    import psycopg

    times, plan = [], []
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        for _ in range(warm):
            conn.execute(statement, parameters).fetchall()
        for _ in range(repeat):
            plan = [line for (line,) in conn.execute(EXPLAIN + statement, parameters).fetchall()]
            times.append(float(next(x for x in plan if x.startswith("Execution Time")).split()[2]))
    return "\n".join(plan), statistics.median(times)


EXPLAIN = "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) "
# How many pairs the entities bench.read_load asks for hold: the detail reads the top 10 of them, whatever that is.
PAIRS = text(
    "WITH top AS (SELECT id FROM entities ORDER BY mention_count DESC LIMIT 1000), "
    "n AS (SELECT (SELECT count(*) FROM entity_pairs WHERE entity_id = top.id) AS n FROM top) "
    "SELECT avg(n), percentile_disc(0.5) WITHIN GROUP (ORDER BY n), max(n) FROM n"
)


def _percentile(values: list[float], share: float) -> float:
    return sorted(values)[min(len(values) - 1, int(share * len(values)))]


async def sampled(qala: App, url: str, ids: list[int], warm: int) -> str:
    """The entity detail's statement explained once for each of these ids: median and p99 execution ms.

    Why: bench.read_load asks for random ids among the 1,000 most mentioned entities, and the p99 it prints
    follows the costly ones, which the most mentioned entity alone does not show.
    """
    ((statement, parameters),) = await capture(qala, f"/v1/entities/{ids[0]}", "")
    times = [explain(url, statement, {**parameters, "id": i}, warm, 1)[1] for i in ids]
    p90, p99 = _percentile(times, 0.9), _percentile(times, 0.99)
    return f"median {statistics.median(times):.3f} ms, p90 {p90:.3f}, p99 {p99:.3f}"


async def plans(url: str, only: str | None, warm: int, repeat: int, sample: int) -> None:
    """Print every read's statements and their plans."""
    qala, reads = prepare(url)
    engine = make_engine(url, pooled=False)
    with engine.connect() as conn:
        top = conn.execute(text("SELECT id FROM entities ORDER BY mention_count DESC, id LIMIT 1")).scalar_one()
        ids = list(conn.execute(text("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 1000")).scalars())
        pairs = conn.execute(PAIRS).one() if inspect(conn).has_table("entity_pairs") else None
    engine.dispose()
    if pairs is not None:
        print(
            f"Entity detail over the 1,000 most mentioned entities (bench.read_load's ids): each has {pairs[0]:.1f} "
            f"related entities stored on average (median {pairs[1]}, at most {pairs[2]}); the detail reads 10.\n"
        )
    if sample and only in (None, "entity detail"):
        async with qala.router.lifespan_context(qala):
            chosen = random.Random(1).sample(ids, min(sample, len(ids)))
            print(f"Entity detail statement, {len(chosen)} of those ids: {await sampled(qala, url, chosen, warm)}\n")
    reads["entity detail"] = lambda: (f"/v1/entities/{top}", "")  # the worst case: the most mentioned entity
    async with qala.router.lifespan_context(qala):
        for name, paths in reads.items():
            if only and name != only:
                continue
            path, query = paths()
            for i, (statement, parameters) in enumerate(await capture(qala, path, query), 1):
                print(f"## {name} ({path}?{query}), statement {i}\n{statement}\n{parameters}\n")
                plan, median = explain(url, statement, parameters, warm, repeat)
                print(f"{plan}\nMedian execution of {repeat}: {median:.3f} ms\n")


def main() -> None:
    """Command line."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True)
    p.add_argument("--read", help="only this read (a name bench.read_cost prints)")
    p.add_argument("--warm", type=int, default=6, help="plain runs before the explained ones")
    p.add_argument("--repeat", type=int, default=31, help="explained runs; their median execution time is printed")
    p.add_argument("--sample", type=int, default=0, help="also explain the entity detail for this many of those ids")
    args = p.parse_args()
    asyncio.run(plans(args.url, args.read, args.warm, args.repeat, args.sample))


if __name__ == "__main__":
    main()
