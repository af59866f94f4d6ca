"""Read load on PostgreSQL with wrk: requests/s and p50/p99 latency at 64 connections.

    python -m bench.read_load --url postgresql+psycopg://postgres@127.0.0.1:5432/qala_bench --sizes 1000 100000

For each size it bulk-loads a SYNTHETIC store (bench/synthetic_store.py), starts the API with
uvicorn (2 worker processes, one per core), and runs `wrk -t2 -c64 -d15s --latency` against
entity list (first page), entity detail (random ids among the 1,000 most mentioned entities),
article detail (random ids over the whole store), claims-by-speaker (top speaker), the claim list and
the article list (first pages) and claim detail (random ids over the whole store), once
with the default configuration (1 s response cache) and once with the cache off
(QALA_API__CACHE_SECONDS=0), so every request reaches the database; then the same entity-list and
article reads through the minimal reference handler (bench/reference_app.py, 2 workers) and
prints Qala's rate as a share of it. Needs Debian's `wrk`.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

from sqlalchemy import text

from app.db.session import make_engine
from bench.serve import served
from bench.synthetic_store import load

PORT = 8099
REF_PORT = 8098  # bench/reference_app.py: the same reads with no framework work
# Qala endpoint → the reference route doing the same reads (its ratio is printed).
REFERENCE = {"entity list": "entity list", "article detail": "article detail"}
RESULTS = Path(__file__).parent / "results"


def _ms(value: str) -> float:
    """wrk latency ('1.23ms', '850.00us', '1.01s') in milliseconds."""
    num, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(num) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, seconds: int, script: Path | None = None) -> dict[str, float]:
    """Run wrk (with a Lua request generator when given) and parse requests/s, p50 and p99."""
    cmd = ["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", *(["-s", str(script)] if script else []), url]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50_ms": p50, "p99_ms": p99, "non_2xx": float(errors.group(1)) if errors else 0.0}


def _random_paths(name: str, template: str, ids: list[int]) -> Path:
    """A wrk Lua script that requests template % id for ids drawn at random (seeded)."""
    script = RESULTS / f"{name}.lua.tmp"
    script.write_text(
        "math.randomseed(1)\n"
        f"local ids = {{{','.join(map(str, ids))}}}\n"
        "request = function()\n"
        f'  return wrk.format("GET", string.format("{template}", ids[math.random(#ids)]))\n'
        "end\n"
    )
    return script


def _targets(url: str, *, reference: bool = False) -> dict[str, tuple[str, Path | None]]:
    engine = make_engine(url, pooled=False)
    with engine.connect() as conn:
        top = list(conn.execute(text("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 1000")).scalars())
        speaker = conn.execute(
            text("SELECT speaker_entity_id FROM claims GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()
        articles = list(conn.execute(text("SELECT id FROM articles ORDER BY random() LIMIT 5000")).scalars())
        claims = list(conn.execute(text("SELECT id FROM claims ORDER BY random() LIMIT 5000")).scalars())
    engine.dispose()
    RESULTS.mkdir(exist_ok=True)
    if reference:
        ref = f"http://127.0.0.1:{REF_PORT}"
        return {
            "entity list": (f"{ref}/ref/entities", None),
            "article detail": (ref, _random_paths("ref_article", "/ref/articles/%d", articles)),
        }
    base = f"http://127.0.0.1:{PORT}"
    return {
        "entity list": (f"{base}/v1/entities?limit=20", None),
        "entity detail": (base, _random_paths("entity", "/v1/entities/%d", top)),
        "article detail": (base, _random_paths("article", "/v1/articles/%d", articles)),
        "claims by speaker": (f"{base}/v1/claims?speaker_id={speaker}&limit=20", None),
        "claim list": (f"{base}/v1/claims?limit=20", None),
        "claim detail": (base, _random_paths("claim", "/v1/claims/%d", claims)),
        "article list": (f"{base}/v1/articles?limit=20", None),
    }


CONFIGS = {"cache 1 s (default)": "1", "cache off": "0"}


def run(url: str, sizes: list[int], seconds: int) -> dict[str, dict[str, dict[str, float]]]:
    """Benchmark every size and configuration; returns {"size / config": {endpoint: figures}}."""
    results: dict[str, dict[str, dict[str, float]]] = {}
    for size in sizes:
        print(f"loading {size} synthetic articles ...", flush=True)
        print(load(url, size, max(1000, size // 20)), flush=True)
        for config, cache_seconds in CONFIGS.items():
            results[f"{size} / {config}"] = _serve_and_measure(url, cache_seconds, seconds)
        results[f"{size} / reference handler"] = _measure_reference(url, seconds)
    return results


def _measure_reference(url: str, seconds: int) -> dict[str, dict[str, float]]:
    """The reference app (2 workers) on the same reads."""
    with served(url, port=REF_PORT, workers=2, app="bench.reference_app:app"):
        figures: dict[str, dict[str, float]] = {}
        for name, (target, script) in _targets(url, reference=True).items():
            wrk(target, 3, script)
            figures[name] = wrk(target, seconds, script)
            print("reference", name, figures[name], flush=True)
        return figures


def ratios(results: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """Markdown rows: Qala's rate as a share of the reference's, and its p99 as a multiple, per endpoint."""
    rows = []
    for run_name, figures in results.items():
        size, _, config = run_name.partition(" / ")
        ref = results.get(f"{size} / reference handler")
        if ref is None or config == "reference handler":
            continue
        for name, ref_name in REFERENCE.items():
            if name in figures and ref_name in ref:
                q, r = figures[name], ref[ref_name]
                share, p99 = q["rps"] / r["rps"], q["p99_ms"] / max(r["p99_ms"], 0.001)
                rows.append(f"| {size} | {config} | {name} | {share:.2f} | {p99:.1f}× |")
    return rows


def size_ratios(results: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """Markdown rows: p99 and rate at the largest store over the smallest, per config and endpoint (issue 14: ≤ 1.5)."""
    by_size: dict[tuple[str, str], dict[int, dict[str, float]]] = {}
    for run_name, figures in results.items():
        size, _, config = run_name.partition(" / ")
        for name, fig in figures.items():
            by_size.setdefault((config, name), {})[int(size)] = fig
    rows = []
    for (config, name), sizes in by_size.items():
        if len(sizes) > 1:
            small, large = sizes[min(sizes)], sizes[max(sizes)]
            p99 = large["p99_ms"] / max(small["p99_ms"], 0.001)
            rate = large["rps"] / max(small["rps"], 0.001)
            rows.append(f"| {config} | {name} | {max(sizes)}/{min(sizes)} | {p99:.2f} | {rate:.2f} |")
    return rows


def _serve_and_measure(url: str, cache_seconds: str, seconds: int) -> dict[str, dict[str, float]]:
    """Start 2 uvicorn workers with this cache setting and run wrk on every endpoint."""
    with served(url, port=PORT, workers=2, env={"QALA_API__CACHE_SECONDS": cache_seconds}):
        figures: dict[str, dict[str, float]] = {}
        for name, (target, script) in _targets(url).items():
            wrk(target, 3, script)  # warm up
            figures[name] = wrk(target, seconds, script)
            print(f"cache={cache_seconds}s", name, figures[name], flush=True)
        return figures


def main() -> None:
    """Command line: prints a markdown table and writes the figures as JSON (--json)."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True)
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 100000])
    p.add_argument("--seconds", type=int, default=15)
    p.add_argument("--json", type=Path, default=RESULTS / "read_load.json", help="where the figures are written")
    args = p.parse_args()
    results = run(args.url, args.sizes, args.seconds)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1) + "\n")
    print("| articles / config | endpoint | requests/s | p50 ms | p99 ms | non-2xx |\n|---|---|---|---|---|---|")
    for run_name, rows in results.items():
        for name, r in rows.items():
            row = f"{r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['non_2xx']:.0f}"
            print(f"| {run_name} | {name} | {row} |")
    print("\n| articles | config | endpoint | Qala rate / reference rate | Qala p99 / reference p99 |")
    print("|---|---|---|---|---|")
    print("\n".join(ratios(results)))
    if len(args.sizes) > 1:
        print("\n| config | endpoint | sizes | p99 large / small | rate large / small |\n|---|---|---|---|---|")
        print("\n".join(size_ratios(results)))


if __name__ == "__main__":
    main()
