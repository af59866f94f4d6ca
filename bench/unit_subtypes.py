"""Unit subtypes on Qala News: the word-list rules against a table fitted on train gold (issue 11).

    python -m bench.unit_subtypes [--json bench/results/unit_subtypes.json]

The tagger runs once per article of dev and train, mentions are built with the table off (the
rules' subtypes), then each variant re-assigns the unit subtypes: table keys (head alone, or all of
app.nlp.entities.subtype_keys) × min count × order (table first; rules first: the table only where
the rules say `other`). Dev reads a table fitted on all of train; train is scored by 5-fold
cross-fit (each fold's table from the other folds' gold), so no article is scored by a table that
saw it. Spans do not change, so mention F1 stays the shipped one; test is never read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.nlp.analyze import default_tagger
from app.nlp.entities import build_mentions, unit_subtype
from app.nlp.tokenize import split_sentences, tokenize
from training.qala_news.pool import load_pool
from training.qala_news.score import Prediction, gold_articles, score_split
from training.qala_news.unit_subtypes import subtype_counts, subtype_table

FOLDS = 5
VARIANTS = [(heads_only, n, first) for heads_only in (True, False) for n in (1, 2, 3) for first in ("table", "rules")]


def _rule_predictions(anns: list[dict[str, Any]]) -> dict[int, Prediction]:
    """Mentions (with the rules' subtypes: the table off) of each gold article, claims left out."""
    tagger, pool = default_tagger(), load_pool()
    unit_rules = not getattr(tagger, "tags_units", False)
    out: dict[int, Prediction] = {}
    for ann in anns:
        text = pool[ann["order"]].text
        sentences = split_sentences(text, tokenize(text))
        tags = tagger.tag([[t.text for t in s] for s in sentences])
        ms = build_mentions(
            text, sentences, tags, tagger.lexicon, unit_rules=unit_rules, without=frozenset({"subtype_table"})
        )
        mentions = [{"start": m.start, "end": m.end, "text": m.text, "type": m.type, "subtype": m.subtype} for m in ms]
        out[ann["order"]] = {"mentions": mentions, "claims": []}
    return out


def _with_table(pred: Prediction, table: dict[str, str], first: str) -> Prediction:
    """The prediction with its unit subtypes re-assigned from the table (table first or rules first)."""
    mentions = []
    for m in pred["mentions"]:
        rule = m["subtype"]  # the rules' subtype, `other` where no rule applies
        if m["type"] == "unit" and (first == "table" or rule == "other"):
            m = m | {"subtype": unit_subtype(m["text"], rule if first == "table" else None, table)}
        mentions.append(m)
    return {"mentions": mentions, "claims": []}


def _accuracy(anns: list[dict[str, Any]], preds: dict[int, Prediction]) -> tuple[float, int]:
    sc = score_split(anns, preds)
    return sc.subtype_accuracy() or 0.0, sum(sc.subtypes.values())


def compare() -> list[dict[str, Any]]:
    """One row per variant: dev accuracy (table from all train) and train cross-fit accuracy."""
    dev, train = gold_articles("dev"), gold_articles("train")
    dev_pred, train_pred = _rule_predictions(dev), _rule_predictions(train)
    folds = [[a for a in train if a["order"] % FOLDS == f] for f in range(FOLDS)]
    rows = [
        {"variant": "rules only (before)", "dev": _accuracy(dev, dev_pred), "train_cv": _accuracy(train, train_pred)}
    ]
    for heads_only, n, first in VARIANTS:
        table = subtype_table(subtype_counts(train, heads_only=heads_only), n)
        dev_acc = _accuracy(dev, {o: _with_table(p, table, first) for o, p in dev_pred.items()})
        cv: dict[int, Prediction] = {}
        for f, fold in enumerate(folds):
            rest = [a for g, other in enumerate(folds) if g != f for a in other]
            fold_table = subtype_table(subtype_counts(rest, heads_only=heads_only), n)
            cv |= {a["order"]: _with_table(train_pred[a["order"]], fold_table, first) for a in fold}
        keys = "head" if heads_only else "head+next, head+last, head"
        name = f"{keys}; min count {n}; {first} first ({len(table)} keys)"
        rows.append({"variant": name, "dev": dev_acc, "train_cv": _accuracy(train, cv)})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--json", help="also write the rows here")
    args = ap.parse_args(argv)
    rows = compare()
    print(f"{'variant':66} dev subtype acc      train 5-fold acc")
    for r in rows:
        (d, dn), (t, tn) = r["dev"], r["train_cv"]
        print(f"{r['variant']:66} {d:.3f} (of {dn:4d})    {t:.3f} (of {tn:5d})")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
