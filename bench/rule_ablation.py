"""What each span rule is worth on Qala News dev: the pipeline with one rule flipped at a time.

    python -m bench.rule_ablation [--split dev|train-a|train-b|train] [--json bench/results/rule_ablation_dev.json]

The tagger runs once per article (its tags are reused), then the service's stages after it (mentions, resolve,
claims, the unclaimed floors: `app.nlp.pipeline`) run with the shipped rules, with each rule of
`app.nlp.entities.RULES` flipped (a shipped rule off; one the service switches off for this tagger, `rules_off_for`,
on), and with the unit rules on (the shipped tagger tags units itself, so they are off by default). A rule stays only
with its dev gain written beside it (issue 11); test is never read here, and only counts are printed (train-b and dev
are scored, never listed).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.nlp.analyze import default_tagger
from app.nlp.doc import Doc
from app.nlp.entities import RULES, rules_off_for
from app.nlp.identity import resolve_names
from app.nlp.ner import scored_tags
from app.nlp.pipeline import Claims, Component, Mentions, Pipeline, Resolve, Resolver, Unclaimed
from app.nlp.types import Analysis
from training.qala_news.pool import load_pool
from training.qala_news.score import TYPES, Prediction, gold_articles, prediction_of, score_split

Tagged = tuple[list[list[str]], list[list[float]] | None]


def _prediction(
    tagged_doc: Doc, tagged: Tagged, lexicon: Any, *, unit_rules: bool, without: frozenset[str]
) -> Prediction:
    """The service's stages after the tagger (`standard_pipeline` less Tag) over a fresh Doc holding the cached tags."""
    doc = Doc(tagged_doc.text, tagged_doc.sentences)
    doc.tags, doc.tag_confidence = tagged
    stages: list[Component] = [
        Mentions(lexicon, unit_rules=unit_rules, without=without),
        Resolve(_resolver(without)),
        Claims(),
        Unclaimed(_resolver(without)),
    ]
    Pipeline(stages, given=("tags",)).run(doc)
    return prediction_of(Analysis(mentions=doc.mentions, claims=doc.claims or []))


def ablate(split: str, orders: range | None = None, together: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Scores of the shipped rules, each rule flipped (off if on, on if off), `together` flipped at once, and
    the unit rules flipped (over `orders` of the split, if given)."""
    tagger = default_tagger()
    unit_default = not getattr(tagger, "tags_units", False)
    gold = gold_articles(split, orders=orders)
    pool = load_pool()
    cached = []
    for ann in gold:
        doc = Doc.of(pool[ann["order"]].text)
        cached.append((ann["order"], doc, scored_tags(tagger, doc.sentence_texts())))
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
        preds = {o: _prediction(d, g, tagger.lexicon, **opts) for o, d, g in cached}
        rows.append({"config": name, **_counts(score_split(gold, preds))})
    return rows


def _resolver(without: frozenset[str]) -> Resolver:
    """The name resolution the stages run: `identity.resolve_names`, or none where "resolve_names" is switched off
    (find_mentions never resolves; build_mentions and the pipeline's Resolve stage do)."""
    return (lambda mentions: mentions) if "resolve_names" in without else resolve_names


def _counts(sc: Any) -> dict[str, Any]:
    """One configuration's scores: mention F1 (micro, per type), surface precision/recall per type, and the claim
    counts (speaker right, matched, predicted, kind right, sources right), unit subtypes and person titles right —
    counts only, no article is listed."""
    d = sc.as_dict()
    c = sc.claims
    return {
        "micro_f1": d["mentions"][None]["f"],
        **{f"{t}_f1": d["mentions"][t]["f"] for t in TYPES},
        **{f"{t}_surface_p": d["surface_precision"][t] for t in TYPES},
        **{f"{t}_surface_r": d["surface_recall"][t] for t in TYPES},
        "speaker": d["claims"]["speaker"],
        "speaker_right": c.speaker_ok,
        "matched": c.matched,
        "predicted": c.predicted,
        "kind_right": c.kind_ok,
        "sources_right": sc.sources["right"] + sc.sources["none"],
        "subtype_right": sum(n for (g, p), n in sc.subtypes.items() if g == p),
        **{f"titles_{k}": sc.titles[k] for k in ("right", "predicted", "found")},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--split", default="dev", choices=["dev", "train", "train-a", "train-b"])
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
    print(f"{'config':40} micro   Δ       person  unit    place   speaker  Δspk matched/pred kind src")
    for r in rows:
        delta = r["micro_f1"] - base["micro_f1"]
        print(
            f"{r['config']:40} {r['micro_f1']:.4f} {delta:+.4f} {r['person_f1']:.4f}  {r['unit_f1']:.4f}  "
            f"{r['place_f1']:.4f}  {r['speaker_right']:4d}   {r['speaker_right'] - base['speaker_right']:+3d}  "
            f"{r['matched']:4d}/{r['predicted']:<4d} {r['kind_right']:4d} {r['sources_right']:4d}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
