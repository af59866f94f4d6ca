"""What each span rule is worth on Qala News dev: the pipeline with one rule flipped at a time.

    python -m bench.rule_ablation [--split dev] [--json bench/results/rule_ablation_dev.json]

The tagger runs once per article (its tags are reused), then `build_mentions` and the claim
extractor run with the shipped rules, with each rule of `app.nlp.entities.RULES` flipped (a shipped
rule off; one the service switches off for this tagger, `rules_off_for`, on), and with the unit rules
on (the shipped tagger tags units itself, so they are off by default). A rule stays only with
its dev gain written beside it (issue 11); test is never read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.nlp.analyze import default_tagger
from app.nlp.claims import extract_claims
from app.nlp.entities import RULES, build_mentions, rules_off_for
from app.nlp.ner import scored_tags
from app.nlp.tokenize import split_sentences, tokenize
from app.nlp.types import Analysis
from training.qala_news.pool import load_pool
from training.qala_news.score import Prediction, gold_articles, prediction_of, score_split


def _prediction(
    text: str, sentences: list[Any], tagged: tuple[list[list[str]], list[list[float]] | None], lexicon: Any, **opts: Any
) -> Prediction:
    tags, confidence = tagged
    mentions = build_mentions(text, sentences, tags, lexicon, confidence=confidence, **opts)
    return prediction_of(Analysis(mentions=mentions, claims=extract_claims(text, sentences, mentions)))


def ablate(split: str, orders: range | None = None, together: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Scores of the shipped rules, each rule flipped (off if on, on if off), `together` flipped at once, and
    the unit rules flipped (over `orders` of the split, if given)."""
    tagger = default_tagger()
    unit_default = not getattr(tagger, "tags_units", False)
    gold = gold_articles(split, orders=orders)
    pool = load_pool()
    cached = []
    for ann in gold:
        text = pool[ann["order"]].text
        sentences = split_sentences(text, tokenize(text))
        cached.append((ann["order"], text, sentences, scored_tags(tagger, [[t.text for t in s] for s in sentences])))
    shipped = rules_off_for(not unit_default)  # what the service switches off for this tagger
    base = {"unit_rules": unit_default, "without": shipped}
    configs: list[tuple[str, dict[str, Any]]] = [("shipped rules", base)]
    configs += [(f"without {r}", base | {"without": shipped | {r}}) for r in sorted(RULES - shipped)]
    configs += [(f"with {r}", base | {"without": shipped - {r}}) for r in sorted(shipped)]
    if together:  # rules that each change nothing alone may still interact: flip them as one
        flipped = shipped ^ together
        configs.append(("flipped " + "+".join(sorted(together)), base | {"without": flipped}))
    configs.append((f"unit rules {'off' if unit_default else 'on'}", base | {"unit_rules": not unit_default}))
    rows = []
    for name, opts in configs:
        preds = {o: _prediction(t, s, g, tagger.lexicon, **opts) for o, t, s, g in cached}
        d = score_split(gold, preds).as_dict()
        rows.append(
            {
                "config": name,
                "micro_f1": d["mentions"][None]["f"],
                **{f"{t}_f1": d["mentions"][t]["f"] for t in ("person", "unit", "place")},
                "speaker": d["claims"]["speaker"],
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--orders", help="a range of the split's orders, e.g. 314-581 (train the model never saw)")
    ap.add_argument("--json", help="also write the rows here")
    ap.add_argument("--together", default="", help="comma-separated rules to also flip at once")
    args = ap.parse_args(argv)
    together = frozenset(r for r in args.together.split(",") if r)
    if together - RULES:
        ap.error(f"unknown rules: {sorted(together - RULES)}; known: {sorted(RULES)}")
    lo, _, hi = (args.orders or "").partition("-")
    rows = ablate(args.split, range(int(lo), int(hi) + 1) if args.orders else None, together)
    base = rows[0]
    print(f"{'config':52} micro   Δ       person  unit    place   speaker")
    for r in rows:
        delta = r["micro_f1"] - base["micro_f1"]
        print(
            f"{r['config']:52} {r['micro_f1']:.3f}  {delta:+.3f}  {r['person_f1']:.3f}   {r['unit_f1']:.3f}   "
            f"{r['place_f1']:.3f}   {r['speaker'] or 0:.3f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
