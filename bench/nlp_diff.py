"""Before/after of an NLP change, mention by mention and claim by claim, on the seeds and pool items.

    python -m bench.nlp_diff dump --orders 60-299 --out build/nlp_before.jsonl
    # ... change app/nlp ...
    python -m bench.nlp_diff dump --orders 60-299 --out build/nlp_after.jsonl
    python -m bench.nlp_diff diff build/nlp_before.jsonl build/nlp_after.jsonl
    python -m training.qala_news score --split dev --predictions build/nlp_after.jsonl

Why: a rule or word-list change moves output on news nobody tuned on; the diff shows each moved
span and speaker, and the dump scores on Qala News dev without running the tagger again.
The dump never touches test orders unless asked to, and asking is refused (test is read once per
shipped model, through `training.qala_news score`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from training.paths import REPO
from training.qala_news.pool import split_of
from training.qala_news.score import pipeline_predictions

SEEDS_DIR = REPO.parent / "shared" / "seeds"


def _orders(spec: str) -> list[int]:
    """ "60-99,120" -> [60, …, 99, 120]."""
    out: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def _seed_rows() -> list[dict[str, Any]]:
    """The five seeds, analysed like a pool item (key seed:<file stem>, no order)."""
    from app.nlp.analyze import analyze

    rows = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        a = analyze(path.read_text(encoding="utf-8"))
        rows.append(
            {
                "key": f"seed:{path.stem}",
                "order": None,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text, "type": m.type} for m in a.mentions],
                "claims": [
                    {
                        "kind": c.kind,
                        "text": c.text,
                        "start": c.start,
                        "end": c.end,
                        "speaker": {"text": c.speaker.text} if c.speaker else None,
                    }
                    for c in a.claims
                ],
            }
        )
    return rows


def dump(orders: list[int], out: Path, models_dir: str | None = None) -> int:
    """Write one JSON line per seed and pool item: the pipeline's mentions and claims (another tagger if given)."""
    if any(split_of(o) == "test" for o in orders):
        print("refused: test orders are scored only through `training.qala_news score`", file=sys.stderr)
        return 2
    rows = _seed_rows()
    for order, pred in pipeline_predictions(orders, models_dir).items():
        rows.append({"key": f"pool:{order}", "order": order} | pred)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} items -> {out}")
    return 0


def _load(path: Path) -> dict[str, dict[str, Any]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {r["key"]: r for r in rows}


def _mention_keys(row: dict[str, Any]) -> set[tuple[int, int, str, str]]:
    return {(m["start"], m["end"], m["type"], m["text"]) for m in row["mentions"]}


def _claim_keys(row: dict[str, Any]) -> set[tuple[int, int, str, str]]:
    return {(c["start"], c["end"], c["kind"], (c["speaker"] or {}).get("text") or "-") for c in row["claims"]}


def diff(before: Path, after: Path) -> int:
    """Print every mention and claim (span, kind, speaker) that one dump has and the other lacks."""
    a, b = _load(before), _load(after)
    totals = {"mentions -": 0, "mentions +": 0, "claims -": 0, "claims +": 0}
    for key in sorted(a.keys() & b.keys(), key=lambda k: (k.split(":")[0], k.split(":")[1].zfill(6))):
        lines = []
        for what, keys in (("mentions", _mention_keys), ("claims", _claim_keys)):
            old, new = keys(a[key]), keys(b[key])
            for sign, rows in (("-", old - new), ("+", new - old)):
                totals[f"{what} {sign}"] += len(rows)
                lines += [f"  {sign} {what[:-1]} {r[0]}-{r[1]} {r[2]} «{r[3]}»" for r in sorted(rows)]
        if lines:
            print(key)
            print("\n".join(lines))
    print("totals: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.nlp_diff", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--orders", default="60-99", help="pool orders, e.g. 60-99,100-299 (never test)")
    d.add_argument("--out", required=True)
    d.add_argument("--models-dir", help="a models dir to run instead of the shipped one")
    f = sub.add_parser("diff")
    f.add_argument("before")
    f.add_argument("after")
    args = parser.parse_args()
    if args.cmd == "dump":
        sys.exit(dump(_orders(args.orders), Path(args.out), args.models_dir))
    sys.exit(diff(Path(args.before), Path(args.after)))


if __name__ == "__main__":
    main()
