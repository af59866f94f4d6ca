"""Read load on PostgreSQL with wrk: requests/s and p50/p99 latency at 64 connections.

    python -m bench.read_load --url postgresql+psycopg://postgres@127.0.0.1:5432/qala_bench --sizes 1000 100000

For each size it bulk-loads a SYNTHETIC store (bench/synthetic_store.py), starts the API with
uvicorn (2 worker processes, one per core), and runs `wrk -t2 -c64 -d15s --latency` against
entity list, entity detail, article detail and claims-by-speaker. Needs Debian's `wrk`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import text

from app.db.session import make_engine
from bench.synthetic_store import load

PORT = 8099
RESULTS = Path(__file__).parent / "results"


def _ms(value: str) -> float:
    """wrk latency ('1.23ms', '850.00us', '1.01s') in milliseconds."""
    num, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(num) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, seconds: int) -> dict[str, float]:
    """Run wrk and parse requests/s, p50 and p99."""
    out = subprocess.run(
        ["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50_ms": p50, "p99_ms": p99, "non_2xx": float(errors.group(1)) if errors else 0.0}


def _targets(url: str) -> dict[str, str]:
    engine = make_engine(url, pooled=False)
    with engine.connect() as conn:
        top = conn.execute(text("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 1")).scalar_one()
        speaker = conn.execute(
            text("SELECT speaker_entity_id FROM claims GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()
        article = conn.execute(text("SELECT max(id) / 2 FROM articles")).scalar_one()
    engine.dispose()
    base = f"http://127.0.0.1:{PORT}"
    return {
        "entity list": f"{base}/v1/entities?limit=20",
        "entity detail": f"{base}/v1/entities/{top}",
        "article detail": f"{base}/v1/articles/{article}",
        "claims by speaker": f"{base}/v1/claims?speaker_id={speaker}&limit=20",
    }


def run(url: str, sizes: list[int], seconds: int) -> dict[str, dict[str, dict[str, float]]]:
    """Benchmark every size; returns {size: {endpoint: figures}}."""
    results: dict[str, dict[str, dict[str, float]]] = {}
    for size in sizes:
        print(f"loading {size} synthetic articles ...", flush=True)
        print(load(url, size, max(1000, size // 20)), flush=True)
        env = {**os.environ, "QALA_DATABASE_URL": url, "QALA_MIGRATE_ON_START": "false", "QALA_NLP__PRELOAD": "false"}
        server = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "app.asgi:app", "--port", str(PORT), "--workers", "2",
             "--log-level", "warning", "--no-access-log"],
            env=env,
        )  # fmt: skip
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)
                    break
                except OSError:
                    time.sleep(0.3)
            targets = _targets(url)
            results[str(size)] = {}
            for name, target in targets.items():
                wrk(target, 3)  # warm up
                results[str(size)][name] = wrk(target, seconds)
                print(size, name, results[str(size)][name], flush=True)
        finally:
            server.terminate()
            server.wait(timeout=30)
    return results


def main() -> None:
    """Command line: prints a markdown table and writes bench/results/read_load.json."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True)
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 100000])
    p.add_argument("--seconds", type=int, default=15)
    args = p.parse_args()
    results = run(args.url, args.sizes, args.seconds)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "read_load.json").write_text(json.dumps(results, indent=1) + "\n")
    print("| articles | endpoint | requests/s | p50 ms | p99 ms | non-2xx |\n|---|---|---|---|---|---|")
    for size, rows in results.items():
        for name, r in rows.items():
            print(f"| {size} | {name} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['non_2xx']:.0f} |")


if __name__ == "__main__":
    main()
