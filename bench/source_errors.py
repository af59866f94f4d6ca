"""List the matched claims whose relay source is wrong, missing or a false relay, on a train half.

Why: source work (issue 13) goes outcome by outcome; this is the listing it starts from. The outcomes are the
scorer's own (training/qala_news/score.py `source_outcomes`, SOURCE_OUTCOMES), counted over the claims
`match_claims` pairs, so the summary here is the `claim sources` line of `training.qala_news score`.
Train halves only (dev and test are scored, never read).

    OMP_NUM_THREADS=1 PYTHONPATH=. python -m bench.source_errors --split train-a --oracle-entities [--show N]
    OMP_NUM_THREADS=1 PYTHONPATH=. python -m bench.source_errors --split train-a --outcome missing --show 20

Without ``--oracle-entities`` the rules run on the tagger's mentions (as the service does); with it, on the
gold mentions, so attribution errors are apart from NER errors. Each error is printed with its order, gold
claim id, cue, gold source, predicted source and the cue's sentence (cut to ``--context`` characters either
side of the cue, the cue in ⟦ ⟧).
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from typing import Any

from app.nlp.tokenize import split_sentences
from bench.scoring import match_claims, norm
from training.qala_news.pool import load_pool
from training.qala_news.score import (
    SOURCE_OUTCOMES,
    TRAIN_HALVES,
    Prediction,
    gold_articles,
    gold_view,
    pipeline_predictions,
    pred_claims,
    source_outcomes,
)

ERRORS = tuple(o for o in SOURCE_OUTCOMES if o not in ("right", "none"))  # wrong, missing, false_relay


@dataclass(frozen=True, slots=True)
class SourceError:
    """One matched claim whose source outcome is an error: where, which claim, gold and predicted source."""

    order: int
    claim: str  # the gold claim's id
    outcome: str  # one of ERRORS
    cue: str
    gold: str  # the gold source's phrase [its entity's canonical name], or "-"
    pred: str  # the predicted source's text [the entity it names], or "-"
    context: str  # the cue's sentence, short, the cue in ⟦ ⟧


def _gold_shown(ann: dict[str, Any], claim: dict[str, Any]) -> str:
    """A gold claim's source as printed: its phrase, and its entity's canonical name in brackets."""
    so = claim.get("source")
    if not so:
        return "-"
    ents = {e["id"]: e for e in ann["entities"]}
    ent = ents.get(so["entity"]) if so.get("entity") else None
    return str(so["text"]) + (f" [{ent['canonical']}]" if ent else "")


def _pred_shown(so: dict[str, Any] | None) -> str:
    """A predicted source as printed: its text, and the entity it names in brackets."""
    if not so:
        return "-"
    name = (so.get("entity") or {}).get("name")
    return str(so.get("text") or "") + (f" [{name}]" if name else "")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the text: split once per article, whatever its number of errors."""
    return [(s[0].start, s[-1].end) for s in split_sentences(text) if s]


def cue_context(
    text: str, start: int, end: int, context: int = 80, sentences: list[tuple[int, int]] | None = None
) -> str:
    """The sentence holding text[start:end], cut to whole words within `context` characters either side, one line."""
    s_lo, s_hi = next(((lo, hi) for lo, hi in sentences or sentence_spans(text) if lo <= start < hi), (0, len(text)))
    lo, hi = max(s_lo, start - context), min(s_hi, end + context)
    while s_lo < lo < start and not text[lo - 1].isspace():  # cut inside a word: drop its part
        lo += 1
    while end < hi < s_hi and not text[hi].isspace():
        hi -= 1
    return " ".join(f"{text[lo:start]}⟦{text[start:end]}⟧{text[end:hi]}".split())


def article_source_errors(
    ann: dict[str, Any], pred: Prediction, text: str, *, context: int = 80
) -> tuple[Counter[str], list[SourceError]]:
    """One article's matched claims counted by source outcome (as score_article counts them), and its errors."""
    entities, claims = gold_view(ann)
    _, links = match_claims(pred_claims(pred), claims, entities)
    outcomes = source_outcomes(links, pred["claims"], claims, entities)
    full = ann["gold"]["claims"]
    sentences = sentence_spans(text) if text and any(o in ERRORS for _, _, o in outcomes) else []
    errors = []
    for i, j, outcome in outcomes:
        if outcome not in ERRORS:
            continue
        cue = full[j]["cue"]
        errors.append(
            SourceError(
                order=ann["order"],
                claim=str(full[j].get("id") or j),
                outcome=outcome,
                cue=str(cue["text"]),
                gold=_gold_shown(ann, full[j]),
                pred=_pred_shown(pred["claims"][i].get("source")),
                context=cue_context(text, cue["start"], cue["end"], context, sentences) if text else "",
            )
        )
    return Counter(o for _, _, o in outcomes), errors


def source_errors(
    split: str, *, oracle_entities: bool = False, context: int = 80
) -> tuple[Counter[str], list[SourceError]]:
    """A train half's matched claims by source outcome, and its source errors (tagger's mentions, or gold ones)."""
    if split not in TRAIN_HALVES:
        raise SystemExit(f"source errors are read on {' or '.join(TRAIN_HALVES)} only, never on {split}")
    gold = gold_articles(split)
    orders = [a["order"] for a in gold]
    preds = pipeline_predictions(orders, oracle={a["order"]: a for a in gold} if oracle_entities else None)
    pool = load_pool()
    counts: Counter[str] = Counter()
    errors: list[SourceError] = []
    for ann in gold:
        c, e = article_source_errors(ann, preds[ann["order"]], pool[ann["order"]].text, context=context)
        counts += c
        errors += e
    return counts, errors


def summary(counts: Counter[str], errors: list[SourceError]) -> list[str]:
    """The count per outcome (over matched claims), with the most frequent cues of each error outcome."""
    lines = [f"{counts.total()} matched claims, by source outcome:"]
    for outcome in SOURCE_OUTCOMES:
        line = f"  {outcome:<12} {counts[outcome]:5d}"
        cues = Counter(norm(e.cue) for e in errors if e.outcome == outcome).most_common(5)
        if cues:
            line += "   cues: " + ", ".join(f"{c} {n}" for c, n in cues)
        lines.append(line)
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the summary, then (up to --show per outcome) the errors."""
    ap = argparse.ArgumentParser(prog="python -m bench.source_errors", description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="train-a", choices=TRAIN_HALVES)
    ap.add_argument("--oracle-entities", action="store_true", help="gold mentions instead of the tagger's")
    ap.add_argument("--outcome", choices=ERRORS, help="list only this outcome")
    ap.add_argument("--show", type=int, default=5, help="errors printed per outcome")
    ap.add_argument("--context", type=int, default=80, help="characters of the cue's sentence either side")
    args = ap.parse_args(argv)
    counts, errors = source_errors(args.split, oracle_entities=args.oracle_entities, context=args.context)
    how = "gold entities" if args.oracle_entities else "tagger's mentions"
    print(f"{args.split}, {how}")
    print("\n".join(summary(counts, errors)))
    for outcome in ERRORS:
        if args.outcome and outcome != args.outcome:
            continue
        shown = [e for e in errors if e.outcome == outcome][: args.show]
        if shown:
            print(f"\n== {outcome} ({counts[outcome]})")
        for e in shown:
            print(f"  [{e.order} {e.claim}] cue «{e.cue}»: gold «{e.gold}» / pred «{e.pred}»\n      …{e.context}…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
