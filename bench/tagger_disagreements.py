"""Where a tagger's mentions and the train gold disagree, grouped by normalised surface, most frequent first.

Why: a tagger fine-tuned on the gold that still disagrees with it points at gold that is often inconsistent
or wrong; this is the annotator's work list. Model-free: it reads a dump (`bench.nlp_diff dump --models-dir`)
and the gold files, and only train orders (100-999) — dev and test are refused, since correcting them where a
model disagrees would bias them toward that model.

    python -m bench.nlp_diff dump --orders 100-999 --models-dir build/ft_s12 --out build/train_pred.jsonl
    python -m bench.tagger_disagreements build/train_pred.jsonl [--kind fp] [--type unit] [--top 40] [--show 5]

Kinds: ``fp`` (a predicted span overlapping no gold mention), ``miss`` (a gold mention no prediction
overlaps), ``type`` (same span, other type; or other unit subtype: ``subtype``), ``extent`` (a prediction
and a gold mention that overlap with other extents). Gold mentions of required:false entities are flagged «rf».
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.scoring import norm
from training.qala_news.pool import ann_path, load_pool, read_ann, split_of
from training.qala_news.score import read_predictions

TYPES = ("person", "unit", "place")
KINDS = ("fp", "miss", "type", "subtype", "extent")


@dataclass(frozen=True, slots=True)
class Case:
    """One disagreement: its kind, the grouping key, where it is, and the gold and predicted labels."""

    kind: str
    key: str
    order: int
    start: int
    end: int
    gold: str
    pred: str


def _label(m: dict[str, Any]) -> str:
    """A mention as printed: «text» type[/subtype][ rf]."""
    sub = f"/{m['subtype']}" if m.get("type") == "unit" and m.get("subtype") else ""
    return f"«{m['text']}» {m['type']}{sub}" + ("" if m.get("required", True) else " rf")


def gold_mentions(ann: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold mentions of an annotation with their entity's type, subtype and required flag."""
    ents = {e["id"]: e for e in ann["entities"]}
    return [
        m | {"type": ents[m["entity"]]["type"], "subtype": ents[m["entity"]].get("subtype"),
             "required": ents[m["entity"]].get("required", True)}
        for m in ann["gold"]["mentions"]
    ]  # fmt: skip


def compare(order: int, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[Case]:
    """Every disagreement of one article between gold and predicted mentions (spans as code-point offsets)."""
    pred = [p for p in pred if p["type"] in TYPES]
    out: list[Case] = []
    for p in pred:
        over = [g for g in gold if g["start"] < p["end"] and p["start"] < g["end"]]
        same = [g for g in over if (g["start"], g["end"]) == (p["start"], p["end"])]
        if not over:
            out.append(Case("fp", f"{norm(p['text'])} {p['type']}", order, p["start"], p["end"], "-", _label(p)))
        elif same and same[0]["type"] != p["type"]:
            g = same[0]
            key = f"{norm(g['text'])} {g['type']}→{p['type']}"
            out.append(Case("type", key, order, p["start"], p["end"], _label(g), _label(p)))
        elif same and p["type"] == "unit" and str(same[0].get("subtype")) != str(p.get("subtype")):
            g = same[0]
            key = f"{norm(g['text'])} {g['subtype']}→{p.get('subtype')}"
            out.append(Case("subtype", key, order, p["start"], p["end"], _label(g), _label(p)))
        for g in over if not same else []:
            key = f"{norm(g['text'])} ≠ {norm(p['text'])}"
            out.append(Case("extent", key, order, p["start"], p["end"], _label(g), _label(p)))
    for g in gold:
        if not any(p["start"] < g["end"] and g["start"] < p["end"] for p in pred):
            out.append(Case("miss", f"{norm(g['text'])} {g['type']}", order, g["start"], g["end"], _label(g), "-"))
    return out


def train_cases(dump: Path) -> list[Case]:
    """The disagreements of every train order in a dump; any dev or test order in it is refused."""
    rows = list(read_predictions(str(dump)).values())
    bad = sorted({int(r["order"]) for r in rows if split_of(int(r["order"])) != "train"})
    if bad:
        raise SystemExit(f"refused: orders {bad[:5]}… are not train (only 100-999 are listed)")
    cases: list[Case] = []
    for r in sorted(rows, key=lambda r: int(r["order"])):
        ann = read_ann(ann_path(int(r["order"])))
        if ann["status"] == "gold":
            cases += compare(int(r["order"]), gold_mentions(ann), r["mentions"])
    return cases


def grouped(cases: list[Case]) -> list[tuple[str, str, list[Case]]]:
    """(kind, key, cases) groups, the largest first, then by kind and key."""
    groups: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for c in cases:
        groups[(c.kind, c.key)].append(c)
    return sorted(((k, key, cs) for (k, key), cs in groups.items()), key=lambda g: (-len(g[2]), g[0], g[1]))


def report(cases: list[Case], *, top: int, show: int, context: int) -> list[str]:
    """The printed listing: totals per kind, then each group with up to `show` cases in context."""
    totals = {k: sum(1 for c in cases if c.kind == k) for k in KINDS}
    lines = ["totals: " + ", ".join(f"{k} {n}" for k, n in totals.items())]
    pool = load_pool() if show else {}
    for kind, key, cs in grouped(cases)[:top]:
        files = len({c.order for c in cs})
        lines.append(f"{len(cs):4d} ({files} files) {kind:<7} {key}")
        for c in cs[:show]:
            text = pool[c.order].text
            ctx = text[max(0, c.start - context) : c.start] + "⟦" + text[c.start : c.end] + "⟧"
            ctx += text[c.end : c.end + context]
            lines.append(f"       {c.order}@{c.start}  gold {c.gold}  pred {c.pred}  …{' '.join(ctx.split())}…")
        if len(cs) > show:
            lines.append("       also " + " ".join(f"{c.order}@{c.start}" for c in cs[show:]))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.tagger_disagreements", description=__doc__.split("\n")[0])
    parser.add_argument("dump", help="a bench.nlp_diff dump of train orders")
    parser.add_argument("--kind", choices=KINDS, help="only this kind of disagreement")
    parser.add_argument("--type", choices=TYPES, help="only cases whose gold or predicted label has this type")
    parser.add_argument("--top", type=int, default=60, help="groups printed")
    parser.add_argument("--show", type=int, default=3, help="cases printed in context per group")
    parser.add_argument("--context", type=int, default=40, help="characters of text either side")
    args = parser.parse_args()
    cases = train_cases(Path(args.dump))
    cases = [c for c in cases if not args.kind or c.kind == args.kind]
    cases = [c for c in cases if not args.type or f"» {args.type}" in c.gold + c.pred]
    print("\n".join(report(cases, top=args.top, show=args.show, context=args.context)))
    sys.exit(0)


if __name__ == "__main__":
    main()
