"""Bulk export at scale: rows/s and the serving process's peak RSS, per store size.

    python -m bench.export --url postgresql+psycopg://postgres@127.0.0.1:5432/qala_bench --sizes 1000 100000

Loads a SYNTHETIC store (bench.synthetic_store: it empties the tables first, so point it at a scratch
database), starts one uvicorn process, streams each export to the end and reads the process's VmHWM
(peak resident memory) after each. Flat peak RSS across sizes is what "constant memory" means here.
"""

from __future__ import annotations

import argparse
import json
import time
import urllib.request
from pathlib import Path

from bench.serve import served
from bench.synthetic_store import load

PORT = 8097
RESULTS = Path(__file__).resolve().parent / "results"
EXPORTS = ["claims.jsonl", "claims.csv", "entities.jsonl", "articles.jsonl"]


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def _stream(path: str) -> tuple[int, int, float]:
    """Read one export to its end: (rows, bytes, seconds)."""
    t0 = time.perf_counter()
    rows = size = 0
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=3600) as resp:
        while chunk := resp.read(1 << 16):
            rows += chunk.count(b"\n")
            size += len(chunk)
    return rows, size, time.perf_counter() - t0


def measure(url: str) -> dict[str, dict[str, float]]:
    """Serve the store and stream every export once."""
    with served(url, port=PORT) as server:
        out: dict[str, dict[str, float]] = {"idle": {"peak_rss_mb": _peak_rss_mb(server.pid)}}
        for name in EXPORTS:
            rows, size, secs = _stream(f"/v1/export/{name}")
            out[name] = {
                "rows": rows - (name.endswith(".csv")),
                "mb": size / 1e6,
                "seconds": secs,
                "rows_per_s": rows / secs,
                "peak_rss_mb": _peak_rss_mb(server.pid),
            }
            print(name, out[name], flush=True)
        return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True, help="PostgreSQL URL of a scratch database")
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 100000])
    args = p.parse_args()
    results = {}
    for size in args.sizes:
        print(f"loading {size} synthetic articles ...", flush=True)
        print(load(args.url, size, max(1000, size // 20)), flush=True)
        results[str(size)] = measure(args.url)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "export.json").write_text(json.dumps(results, indent=1) + "\n")
    print("| articles | export | rows | MB | rows/s | peak RSS MB (idle → after) |\n|---|---|---:|---:|---:|---:|")
    for size, res in results.items():
        idle = res["idle"]["peak_rss_mb"]
        for name in EXPORTS:
            r = res[name]
            print(
                f"| {int(size):,} | {name} | {int(r['rows']):,} | {r['mb']:.1f} | {r['rows_per_s']:,.0f} "
                f"| {idle:.0f} → {r['peak_rss_mb']:.0f} |"
            )


if __name__ == "__main__":
    main()
