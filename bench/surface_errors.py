"""Surface false positives of one type on a train half, bucketed, most frequent first (issue 11's precision target).

Why: surface precision (training/qala_news/score.py) counts each distinct (normalised text, type) an article
predicts that is no gold surface of that type; this lists those surfaces with what gold has there, so rules
can be aimed at a bucket. Train halves only (dev and test are scored, never read).

    python -m bench.surface_errors [--split train-a] [--type unit] [--predictions P.jsonl] [--save P.jsonl]

Buckets: ``type`` (the text is a gold surface of another type: a country as government), ``extent`` (it
overlaps a gold mention of other extent: cut short, run long), ``none`` (it overlaps no gold mention).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.scoring import norm
from training.qala_news.pool import load_pool
from training.qala_news.score import (
    TRAIN_HALVES,
    TYPES,
    Prediction,
    gold_articles,
    gold_surfaces,
    gold_view,
    pipeline_predictions,
    read_predictions,
)


@dataclass(frozen=True, slots=True)
class FalseSurface:
    """One distinct wrong (text, type) of one article, with where it stands and what gold has there."""

    order: int
    text: str
    bucket: str
    gold: str  # the other type, or the overlapping gold mention(s), or "-"
    start: int
    end: int


def false_surfaces(ann: dict[str, Any], pred: Prediction, typ: str) -> list[FalseSurface]:
    """The article's predicted surfaces of `typ` that score as wrong, as score_article counts them."""
    surfaces = gold_surfaces(gold_view(ann)[0])
    types = {e["id"]: e["type"] for e in ann["entities"]}
    gold = [m | {"type": types[m["entity"]]} for m in ann["gold"]["mentions"]]
    first: dict[str, dict[str, Any]] = {}
    for m in pred["mentions"]:
        if m["type"] == typ and norm(m["text"]) not in surfaces[typ]:
            first.setdefault(norm(m["text"]), m)
    out = []
    for text, m in first.items():
        other = [t for t in TYPES if t != typ and text in surfaces[t]]
        over = [g for g in gold if g["start"] < m["end"] and m["start"] < g["end"]]
        if other:
            bucket, where = "type", "/".join(other)
        elif over:
            bucket, where = "extent", " | ".join(f"«{g['text']}» {g['type']}" for g in over)
        else:
            bucket, where = "none", "-"
        out.append(FalseSurface(ann["order"], text, bucket, where, m["start"], m["end"]))
    return out


def report(cases: list[FalseSurface], predicted: int, *, show: int, context: int) -> list[str]:
    """Totals per bucket, then each surface (grouped across articles) with cases in context."""
    share = 1 - len(cases) / max(predicted, 1)
    lines = [f"{len(cases)} wrong of {predicted} predicted surfaces ({share:.3f} precision)"]
    for bucket in ("type", "extent", "none"):
        lines.append(f"  {bucket}: {sum(c.bucket == bucket for c in cases)}")
    groups: dict[tuple[str, str], list[FalseSurface]] = defaultdict(list)
    for c in cases:
        groups[(c.bucket, c.text)].append(c)
    pool = load_pool() if show else {}
    for (bucket, text), cs in sorted(groups.items(), key=lambda g: (g[0][0], -len(g[1]), g[0][1])):
        lines.append(f"{len(cs):3d} {bucket:<6} «{text}»")
        for c in cs[:show]:
            t = pool[c.order].text
            ctx = f"{t[max(0, c.start - context) : c.start]}⟦{t[c.start : c.end]}⟧{t[c.end : c.end + context]}"
            lines.append(f"      {c.order}@{c.start} gold {c.gold}  …{' '.join(ctx.split())}…")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.surface_errors", description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="train-a", choices=TRAIN_HALVES)
    ap.add_argument("--type", default="unit", choices=TYPES)
    ap.add_argument("--predictions", help="a JSONL of {order, mentions, claims} instead of running the pipeline")
    ap.add_argument("--save", help="also write the pipeline's predictions here as JSONL")
    ap.add_argument("--show", type=int, default=2, help="cases printed in context per surface")
    ap.add_argument("--context", type=int, default=40, help="characters of text either side")
    args = ap.parse_args(argv)
    gold = gold_articles(args.split)
    if args.predictions:
        preds = read_predictions(args.predictions)
    else:
        preds = pipeline_predictions([a["order"] for a in gold])
        if args.save:
            lines = [json.dumps({"order": o} | p, ensure_ascii=False) + "\n" for o, p in preds.items()]
            Path(args.save).write_text("".join(lines), encoding="utf-8")
    cases: list[FalseSurface] = []
    predicted = 0
    for ann in gold:
        pred = preds.get(ann["order"], {"mentions": [], "claims": []})
        predicted += len({norm(m["text"]) for m in pred["mentions"] if m["type"] == args.type})
        cases += false_surfaces(ann, pred, args.type)
    print("\n".join(report(cases, predicted, show=args.show, context=args.context)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
