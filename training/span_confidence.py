"""Choose the span-confidence floors (entities' span_confidence rule) for the shipped tagger on Qala News train.

Why: a tagged span whose weakest tag has a low CRF marginal is often a one-off wrong span; the floor under
which such a span reads as untagged depends on the model, so it is refitted whenever the tagger changes.
Each article is tagged once (tags and marginals), then the mention rules, name resolution and claims rerun
for every candidate floor of each type; a floor is chosen when it raises the split's mention micro F1 with no
fewer right speakers than no floor (ties go to no floor). The unclaimed floors (a mention no claim names is
dropped under them: the pipeline's Unclaimed stage) are fitted after, the same way, over --unclaimed types.
Never dev or test: those check the result.

    OMP_NUM_THREADS=1 python -m training.span_confidence [--split train-a] [--types person,unit] [--unclaimed unit]
        [--write]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from app.nlp.analyze import default_tagger
from app.nlp.doc import Doc
from app.nlp.entities import SPAN_CONFIDENCE, rules_off_for
from app.nlp.ner import ScoredTagger
from app.nlp.pipeline import Claims, Mentions, Pipeline, Resolve, Unclaimed
from app.nlp.types import Analysis
from training.qala_news.pool import load_pool
from training.qala_news.score import Prediction, SplitScore, gold_articles, prediction_of, score_split

FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
Tagged = tuple[Doc, list[list[str]], list[list[float]] | None]


def tag_split(split: str) -> tuple[ScoredTagger, list[dict[str, Any]], dict[int, Tagged]]:
    """The tagger, the split's gold annotations, and each article's Doc with its tags and marginals."""
    tagger = default_tagger()
    if not isinstance(tagger, ScoredTagger):
        raise SystemExit("this tagger gives no marginals: no floor to fit")
    pool, gold = load_pool(), gold_articles(split)
    tagged: dict[int, Tagged] = {}
    for ann in gold:
        doc = Doc.of(pool[ann["order"]].text)
        tags, conf = tagger.tag_scored(doc.sentence_texts())
        tagged[ann["order"]] = (doc, tags, conf)
    return tagger, gold, tagged


def score_floors(
    tagger: ScoredTagger,
    gold: list[dict[str, Any]],
    tagged: dict[int, Tagged],
    floors: dict[str, float],
    unclaimed: dict[str, float] | None = None,
) -> SplitScore:
    """The split scored with these floors and unclaimed floors (type -> lowest span marginal; none by default), as
    analyze() would run."""
    tags_units = bool(getattr(tagger, "tags_units", False))
    mentions = Mentions(
        tagger.lexicon,
        unit_rules=not tags_units,
        without=rules_off_for(tags_units),
        min_confidence=floors,
        unclaimed=unclaimed or {},
    )
    after_tag = Pipeline([mentions, Resolve(), Claims(), Unclaimed()], given=("tags",))  # analyze()'s stages after tag
    preds: dict[int, Prediction] = {}
    for order, (done, tags, conf) in tagged.items():
        doc = Doc(done.text, done.sentences)
        doc.tags, doc.tag_confidence = tags, conf
        after_tag.run(doc)
        preds[order] = prediction_of(Analysis(mentions=doc.mentions, claims=doc.claims or []))
    return score_split(gold, preds)


def _row(name: str, sc: SplitScore) -> tuple[str, float, int]:
    p, r, f = sc.prf()
    up, ur, _ = sc.prf("unit")
    surf = sc.surf_ok["unit"] / sc.surf_pred["unit"] if sc.surf_pred["unit"] else 0.0
    print(f"  {name:16} micro P {p:.4f} R {r:.4f} F1 {f:.4f}  unit P {up:.4f} R {ur:.4f} surf P {surf:.4f}  "
          f"speakers {sc.claims.speaker_ok}/{sc.claims.matched}", flush=True)  # fmt: skip
    return name, f, sc.claims.speaker_ok


def fit_floors(
    types: str,
    score: Callable[[dict[str, float]], SplitScore],
    base_f: float,
    base_speakers: int,
    label: str = "",
) -> tuple[dict[str, float], float]:
    """Each listed type's floor in turn, over FLOORS: kept when it raises micro F1 above the best so far with no fewer
    right speakers than no floor (ties go to no floor); the chosen floors and the F1 they reach. Why one function: the
    span floors and the unclaimed floors are fitted alike (`score` scores a floor table)."""
    chosen: dict[str, float] = {}
    for typ in filter(None, types.split(",")):
        best, best_f = None, base_f
        for floor in FLOORS:
            _, f, speakers = _row(f"{label}{typ} >= {floor}", score(chosen | {typ: floor}))
            if f > best_f and speakers >= base_speakers:
                best, best_f = floor, f
        if best is not None:
            chosen[typ], base_f = best, best_f
    return chosen, base_f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--split", default="train-a", choices=["train-a", "train-b", "train"])
    ap.add_argument(
        "--types", default="person,unit", help="comma-separated types to fit a floor for (person,unit,place)"
    )
    ap.add_argument("--unclaimed", default="unit", help="comma-separated types to fit an unclaimed floor for")
    ap.add_argument("--write", action="store_true", help=f"write the chosen floors to {SPAN_CONFIDENCE.name}")
    args = ap.parse_args(argv)
    tagger, gold, tagged = tag_split(args.split)
    if any(conf is None for _, _, conf in tagged.values()):
        raise SystemExit("this tagger gives no marginals (not the fast path): no floor to fit")
    print(f"Qala News {args.split}, {len(gold)} articles, tagger {tagger.version}")
    _, base_f, base_speakers = _row("no floor", score_floors(tagger, gold, tagged, {}))
    chosen, base_f = fit_floors(
        args.types, lambda floors: score_floors(tagger, gold, tagged, floors), base_f, base_speakers
    )
    unclaimed, _ = fit_floors(
        args.unclaimed,
        lambda floors: score_floors(tagger, gold, tagged, chosen, floors),
        base_f,
        base_speakers,
        "unclaimed ",
    )
    print(f"chosen floors: {chosen or 'none'}; unclaimed floors: {unclaimed or 'none'}")
    if args.write:
        doc = {
            "model_version": tagger.version,
            "fitted_on": args.split,
            "min_marginal": chosen,
            "unclaimed_min_marginal": unclaimed,
        }
        SPAN_CONFIDENCE.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {SPAN_CONFIDENCE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
