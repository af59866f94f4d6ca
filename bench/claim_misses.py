"""List the required gold claims the rules miss (gold entities given), with their cue word and a reason bucket.

Why: recall work goes bucket by bucket, largest first; this is the listing it starts from.

    OMP_NUM_THREADS=1 PYTHONPATH=. python -m bench.claim_misses --split train [--bucket B] [--cue W] [--show N]

Buckets: near (a prediction overlaps the gold quote but scores under F1 0.5, with the boundary that
differs), taken (a prediction matches but went to another gold claim), attrib (a بحسب/وفقا cue), split
(cue and quote in different sentences), no-cue (the cue word is in no list), and known-cue misses by
what follows the cue: colon, comma, quote, complementiser, bare. Never run on the test split.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from typing import Any

from app.nlp.claim_cues import COMPLEMENTISERS, cue_of, norm
from app.nlp.tokenize import split_sentences, tokenize
from bench.scoring import PredClaim, match_claims, tok_f1
from training.qala_news.pool import load_pool
from training.qala_news.score import Prediction, gold_articles, gold_view, pipeline_predictions

QUOTE_MARKS = frozenset('"«»“”')


@dataclass(frozen=True, slots=True)
class Miss:
    """One missed required gold claim: where, its cue, bucket and the text around it."""

    order: int
    cue: str
    bucket: str
    context: str
    quote: str
    pred: str


def _sentence_of(bounds: list[tuple[int, int]], pos: int) -> int:
    """The index of the sentence holding code point pos (-1 when none does)."""
    return next((i for i, (s, e) in enumerate(bounds) if s <= pos < e), -1)


def _known_bucket(text: str, c: dict[str, Any]) -> str:
    """What lies between a known cue and its quote: colon, comma, quote mark, complementiser or bare."""
    gap = text[c["cue"]["end"] : c["quote"]["start"]]
    first = norm(c["quote"]["text"].split()[0]) if c["quote"]["text"].split() else ""
    if ":" in gap:
        return "colon"
    if any(ch in QUOTE_MARKS for ch in gap) or c["quote"]["text"][:1] in QUOTE_MARKS:
        return "quote"
    if first in COMPLEMENTISERS or any(norm(w) in COMPLEMENTISERS for w in gap.split()):
        return "complementiser"
    return "comma" if "،" in gap or "," in gap else "bare"


def _cue_known(cue_text: str) -> str | None:
    """The cue's form when any of its words is a listed cue (None: in no list)."""
    specs = [cue_of(norm(w)) for w in cue_text.split()]
    return next((s.form for s in specs if s is not None), None)


def _near(gold: dict[str, Any], preds: list[dict[str, Any]]) -> tuple[str, str] | None:
    """(bucket, prediction) when a prediction overlaps the gold quote without matching it."""
    gs, ge = gold["quote"]["start"], gold["quote"]["end"]
    overlap = [i for i, p in enumerate(preds) if p["start"] < ge and gs < p["end"]]
    best = max(((tok_f1(preds[i]["text"], gold["quote"]["text"]), i) for i in overlap), default=None)
    if best is None:
        return None
    f, i = best
    p = preds[i]
    if f >= 0.5:
        return "taken", p["text"]
    start = "same" if p["start"] == gs else "early" if p["start"] < gs else "late"
    end = "same" if p["end"] == ge else "long" if p["end"] > ge else "short"
    return f"near:start-{start}:end-{end}", p["text"]


def article_misses(ann: dict[str, Any], text: str, pred: dict[str, Any]) -> list[Miss]:
    """The article's missed required gold claims, bucketed."""
    entities, claims = gold_view(ann)
    pcs = [PredClaim(c["text"], c["kind"], frozenset()) for c in pred["claims"]]
    _, links = match_claims(pcs, claims, entities)
    found = {j for _, j, _ in links}
    bounds = [(s[0].start, s[-1].end) for s in split_sentences(text, tokenize(text))]
    out = []
    for j, c in enumerate(ann["gold"]["claims"]):
        if j in found or not c["required"]:
            continue
        near = _near(c, pred["claims"])
        form = _cue_known(c["cue"]["text"])
        if near is not None:
            bucket, ptext = near
        elif form == "attrib":
            bucket, ptext = "attrib", ""
        elif form is None:
            bucket, ptext = "no-cue", ""
        elif _sentence_of(bounds, c["cue"]["start"]) != _sentence_of(bounds, c["quote"]["start"]):
            bucket, ptext = "split", ""
        else:
            bucket, ptext = "known:" + _known_bucket(text, c), ""
        lo = max(0, min(c["cue"]["start"], c["quote"]["start"]) - 60)
        hi = min(len(text), max(c["cue"]["end"], c["quote"]["start"]) + 80)
        ctx = text[lo:hi].replace("\n", " ⏎ ")
        out.append(Miss(ann["order"], c["cue"]["text"], bucket, ctx, c["quote"]["text"], ptext))
    return out


def oracle_run(split: str, *, tagger: bool = False) -> tuple[list[dict[str, Any]], dict[int, Prediction]]:
    """A split's gold articles and the rules' predictions on their gold mentions (or, `tagger`, on the tagger's);
    test is refused."""
    if split == "test":
        raise SystemExit("the test split is never inspected")
    gold = gold_articles(split)
    oracle = None if tagger else {a["order"]: a for a in gold}
    return gold, pipeline_predictions([a["order"] for a in gold], oracle=oracle)


def all_misses(split: str) -> list[Miss]:
    """Every missed required gold claim of a split (train or dev), on gold entities."""
    gold, preds = oracle_run(split)
    pool = load_pool()
    return [m for a in gold for m in article_misses(a, pool[a["order"]].text, preds[a["order"]])]


def main() -> None:
    """Print bucket counts, top cue words per bucket, and (with --show) examples."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="train", choices=["train", "train-a", "train-b", "dev"])
    ap.add_argument("--bucket", default="", help="show only buckets starting with this")
    ap.add_argument("--cue", default="", help="show only misses whose cue contains this (normalised)")
    ap.add_argument("--show", type=int, default=0, help="examples to print")
    args = ap.parse_args()
    misses = all_misses(args.split)
    print(f"{len(misses)} missed required claims")
    for bucket, n in Counter(m.bucket for m in misses).most_common():
        cues = Counter(norm(m.cue) for m in misses if m.bucket == bucket).most_common(8)
        print(f"{n:5d} {bucket:<32} " + " ".join(f"{c}:{k}" for c, k in cues))
    chosen = [m for m in misses if m.bucket.startswith(args.bucket) and norm(args.cue) in norm(m.cue)]
    for m in chosen[: args.show]:
        print(f"\n#{m.order} [{m.bucket}] cue «{m.cue}»\n  ctx: {m.context}\n  gold: {m.quote[:160]}")
        if m.pred:
            print(f"  pred: {m.pred[:160]}")


if __name__ == "__main__":
    main()
