"""Would a confidence threshold on the tagger's spans buy precision? CRF marginals against Qala News dev.

Why: issue 11's precision targets (≥ 0.88 per type) are not met for person and unit on test; a threshold
chosen on dev is the cheapest lever a CRF tagger offers. This computes each tagged span's confidence as
the lowest forward-backward marginal of its tags (ner_fast.marginals: the same transitions and scores
its Viterbi uses) and prints, per type and threshold, the tagger's spans kept and how many of them are right
(exact span and type against gold; optional gold mentions left out). The rule it led to (entities'
span_confidence) has its floors fitted on train by `python -m training.span_confidence`; dev only checks.

    OMP_NUM_THREADS=1 python -m bench.span_confidence [--split dev]
"""

from __future__ import annotations

import argparse
from typing import Any

from app.nlp.analyze import default_tagger
from app.nlp.entities import decode_tags
from app.nlp.ner import ScoredTagger
from app.nlp.tokenize import split_sentences, tokenize
from training.qala_news.pool import load_pool
from training.qala_news.score import gold_articles

LABELS = {"PER": "person", "LOC": "place", "ORG": "unit"}
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def tagged_spans(split: str) -> list[tuple[str, str, float]]:
    """(type, tp | fp | optional, confidence) for every span the tagger alone tags in the split."""
    tagger, pool, rows = default_tagger(), load_pool(), []
    if not isinstance(tagger, ScoredTagger):
        raise SystemExit("this tagger gives no marginals")
    for ann in gold_articles(split):
        text = pool[ann["order"]].text
        sents = split_sentences(text, tokenize(text))
        tags, conf = tagger.tag_scored([[t.text for t in s] for s in sents])
        if conf is None:
            raise SystemExit("this tagger gives no marginals (not the fast path)")
        ents = {e["id"]: e for e in ann["entities"]}
        gold = {(m["start"], m["end"]): ents[m["entity"]] for m in ann["gold"]["mentions"]}
        for si, sent_tags in enumerate(tags):
            for i, j, label in decode_tags(sent_tags):
                if (typ := LABELS.get(label)) is None:
                    continue
                g = gold.get((sents[si][i].start, sents[si][j - 1].end))
                ok = "optional" if g and not g.get("required", True) else "tp" if g and g["type"] == typ else "fp"
                rows.append((typ, ok, min(conf[si][i:j])))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    args = ap.parse_args(argv)
    rows: list[Any] = tagged_spans(args.split)
    print("type    threshold  kept  right  wrong  precision  right dropped")
    for typ in ("person", "unit", "place"):
        spans = [r for r in rows if r[0] == typ and r[1] != "optional"]
        right_all = sum(r[1] == "tp" for r in spans)
        for th in THRESHOLDS:
            kept = [r for r in spans if r[2] >= th]
            right = sum(r[1] == "tp" for r in kept)
            prec = right / len(kept) if kept else 0.0
            wrong, dropped = len(kept) - right, right_all - right
            print(f"{typ:7} {th:9.1f}  {len(kept):4d}  {right:5d}  {wrong:5d}  {prec:9.3f}  {dropped:13d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
