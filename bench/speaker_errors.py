"""Bucket the matched claims whose speaker is wrong (gold entities given), largest bucket first.

Why: speaker work goes bucket by bucket; this is the listing it starts from, on train or dev only.

    OMP_NUM_THREADS=1 PYTHONPATH=. python -m bench.speaker_errors --split train [--bucket B] [--show N]
    OMP_NUM_THREADS=1 PYTHONPATH=. python -m bench.speaker_errors --split train-a --ner-caused
    OMP_NUM_THREADS=1 PYTHONPATH=. python -m bench.speaker_errors --split train-b --by-kind [--tagger]
    OMP_NUM_THREADS=1 PYTHONPATH=. python -m bench.speaker_errors --split train-a --kind-confusion descriptive:named

``--by-kind`` prints counts only (no example; any split but test): the matched claims and those with the right speaker
by the gold speaker's kind, on gold mentions and, with ``--tagger``, on the tagger's (issue 13's unnamed speakers).

``--kind-confusion G:P`` lists (train-a or dev; gold entities) every matched claim whose gold speaker's kind is G and
predicted kind P, right speaker or not, with the rules' basis: the kind errors the scorer counts (`speaker_kind`).

``--ner-caused`` runs the tagger instead and keeps only the claims whose speaker is right on gold
mentions and wrong on the tagger's: the speaker errors that NER causes, apart from attribution's.

Buckets, by the gold speaker's kind (named / descriptive / anonymous) and what came out instead:
``other-entity`` (another entity), ``phrase`` (a phrase naming no entity), ``entity`` (an entity
for an unnamed gold speaker), ``boundary`` (the gold phrase and the prediction overlap in the text
but differ in extent), ``elsewhere`` (a phrase elsewhere), ``none`` (no speaker). The basis
(how the rules chose) is counted beside each bucket. Examples are printed on train-a and dev only (train-b
and train are counted, never read). Never run on the test split.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bench.claim_misses import oracle_run
from bench.scoring import match_claims
from training.qala_news.pool import load_pool
from training.qala_news.score import (
    Prediction,
    gold_view,
    pipeline_predictions,
    pred_claims,
    score_split,
)


@dataclass(frozen=True, slots=True)
class SpeakerError:
    """One matched claim with the wrong speaker: where, bucket, basis, gold and predicted speaker."""

    order: int
    bucket: str
    basis: str
    gold: str
    pred: str
    context: str


def _bucket(gold_sp: dict[str, Any], pred_sp: dict[str, Any] | None, text: str) -> str:
    """The error's bucket: the gold speaker's kind, then what was predicted instead."""
    kind = str(gold_sp.get("kind") or "named")
    if pred_sp is None:
        return f"{kind}/none"
    if pred_sp.get("entity"):
        return f"{kind}/{'other-entity' if kind == 'named' else 'entity'}"
    if kind == "named":
        return f"{kind}/phrase"
    start, end = pred_sp.get("start"), pred_sp.get("end")
    if isinstance(start, int) and isinstance(end, int) and start < gold_sp["end"] and gold_sp["start"] < end:
        return f"{kind}/boundary"
    return f"{kind}/elsewhere"


def _shown(sp: dict[str, Any] | None) -> str:
    """A predicted speaker as printed: its text, and the entity it names in brackets."""
    if sp is None:
        return "-"
    return str(sp["text"]) + (f" [{sp['entity']['name']}]" if sp.get("entity") else "")


def _right_gold(ann: dict[str, Any], pred: Prediction) -> set[int]:
    """The gold claims (by index) matched by a prediction with the right speaker."""
    entities, claims = gold_view(ann)
    sc, links = match_claims(pred_claims(pred), claims, entities)
    right = set(sc.right)
    return {j for i, j, _ in links if i in right}


def speaker_errors(split: str, *, ner_caused: bool = False) -> list[SpeakerError]:
    """Every matched claim of the split whose speaker is wrong, with gold mentions given to the rules
    (or, with `ner_caused`, wrong with the tagger's mentions though right with the gold ones)."""
    gold, preds = oracle_run(split)
    oracle_preds = preds
    if ner_caused:
        preds = pipeline_predictions([a["order"] for a in gold])
    out: list[SpeakerError] = []
    for ann, text, pred, links, right in _matched(gold, preds):
        oracle_right = _right_gold(ann, oracle_preds[ann["order"]]) if ner_caused else set()
        full = ann["gold"]["claims"]
        for i, j, _ in links:
            if i in right or (ner_caused and j not in oracle_right):
                continue
            gsp, psp = full[j]["speaker"], pred[i]["speaker"]
            bucket = _bucket(gsp, psp, text)
            out.append(_error(ann, full[j], pred[i], bucket, text))
    return out


def _matched(gold: list[dict[str, Any]], preds: dict[int, dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    """Each gold article with its text, predicted claims, claim links and right-speaker indexes: why, the error and
    kind listings walk the same matches."""
    pool = load_pool()
    for ann in gold:
        entities, claims = gold_view(ann)
        sc, links = match_claims(pred_claims(preds[ann["order"]]), claims, entities)
        yield ann, pool[ann["order"]].text, preds[ann["order"]]["claims"], links, set(sc.right)


def _error(ann: dict[str, Any], gc: dict[str, Any], pc: dict[str, Any], bucket: str, text: str) -> SpeakerError:
    """One listing row: the gold claim's cue in 100 characters before and 60 after."""
    lo, hi = max(0, gc["cue"]["start"] - 100), min(len(text), gc["cue"]["end"] + 60)
    basis = str(pc.get("basis") or "-")
    return SpeakerError(ann["order"], bucket, basis, gc["speaker"]["text"], _shown(pc["speaker"]), text[lo:hi])


def kind_confusions(split: str, gold_kind: str, pred_kind: str) -> list[SpeakerError]:
    """Every matched claim of the split (gold entities given) whose gold speaker's kind is `gold_kind` and predicted
    kind `pred_kind`, the speaker right or not (its bucket then "right"). Why: the kind confusions the scorer counts
    are read example by example from here, as the speaker errors are."""
    if split not in ("train-a", "dev"):
        raise SystemExit("kind confusions are read on train-a or dev only")
    gold, preds = oracle_run(split)
    out: list[SpeakerError] = []
    for ann, text, pred, links, right in _matched(gold, preds):
        full = ann["gold"]["claims"]
        for i, j, _ in links:
            gsp, psp = full[j]["speaker"], pred[i]["speaker"]
            pk = str(psp.get("kind") or "none") if psp else "none"
            if str(gsp.get("kind") or "named") != gold_kind or pk != pred_kind:
                continue
            bucket = "right" if i in right else _bucket(gsp, psp, text)
            out.append(_error(ann, full[j], pred[i], bucket, text))
    return out


@dataclass(slots=True)
class KindCounts:
    """Per gold speaker kind: matched claims, those with the right speaker, and (gold kind, predicted kind) over the
    unnamed gold speakers predicted right: the kind among right speakers, which the scorer's speaker_kind (over all
    matched claims) also counts."""

    matched: Counter[str]
    right: Counter[str]
    kinds: Counter[tuple[str, str]]


def speaker_by_kind(split: str, *, tagger: bool = False) -> KindCounts:
    """Matched claims and right speakers by the gold speaker's kind (named / descriptive / anonymous), and the
    predicted kind of the unnamed ones predicted right, on gold mentions or (`tagger`) the tagger's, counted by the
    scorer (training.qala_news.score.speaker_kind_outcomes). Why: the split-level speaker score hides the unnamed."""
    sc = score_split(*oracle_run(split, tagger=tagger))
    kinds: Counter[tuple[str, str]] = Counter()
    for (g, p, ok), n in sc.speaker_kinds.items():
        if ok and g != "named":
            kinds[(g, p)] += n
    return KindCounts(sc.matched_by_kind(), sc.right_by_kind(), kinds)


def by_kind_line(matched: Counter[str], right: Counter[str]) -> str:
    """One line: right / matched per gold kind, and over the unnamed (descriptive and anonymous) together."""
    unnamed = ("descriptive", "anonymous")
    um, ur = sum(matched[k] for k in unnamed), sum(right[k] for k in unnamed)
    parts = [f"{k} {right[k]}/{matched[k]}" for k in ("named", *unnamed)]
    return "speaker by gold kind: " + ", ".join(parts) + f"; unnamed {ur}/{um} = {ur / um if um else 0.0:.3f}"


def kind_line(kinds: Counter[tuple[str, str]]) -> str:
    """One line: the predicted kind of the unnamed speakers predicted right (gold → predicted), the share agreeing —
    named apart from the scorer's speaker_kind agreement, which is over every matched claim."""
    same = kinds[("descriptive", "descriptive")] + kinds[("anonymous", "anonymous")]
    n = kinds.total()
    parts = [f"{g}→{p} {c}" for (g, p), c in sorted(kinds.items())]
    return (
        "unnamed speaker kind (right speakers): "
        + ", ".join(parts)
        + f"; right-speaker kind agreement {same}/{n} = {same / n if n else 0.0:.3f}"
    )


EXAMPLE_SPLITS = frozenset({"train-a", "dev"})


def examples_allowed(split: str) -> bool:
    """Error texts are printed for train-a and dev only: train-b stays counted, never read (the held-out half)."""
    return split in EXAMPLE_SPLITS


def main() -> None:
    """Print bucket counts (with the rules' basis) and examples."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["train", "train-a", "train-b", "dev"], default="train")
    ap.add_argument("--bucket", default="", help="show only buckets starting with this")
    ap.add_argument("--basis", default="", help="show only errors whose basis starts with this")
    ap.add_argument("--show", type=int, default=5, help="examples to print per bucket (train-a and dev only)")
    ap.add_argument("--ner-caused", action="store_true", help="tagger's mentions; only speakers right on gold ones")
    ap.add_argument("--by-kind", action="store_true", help="counts only: right speakers by the gold speaker's kind")
    ap.add_argument("--tagger", action="store_true", help="with --by-kind: the tagger's mentions, not gold ones")
    ap.add_argument("--kind-confusion", default="", help="G:P, e.g. descriptive:named: list those kind confusions")
    args = ap.parse_args()
    if args.kind_confusion:
        g, p = args.kind_confusion.split(":")
        found = kind_confusions(args.split, g, p)
        print(f"{len(found)} matched claims, gold kind {g}, predicted {p} ({args.split}, gold entities)")
        for e in found:
            context = e.context.replace("\n", " ")
            print(f"  [{e.order}] {e.bucket} {e.basis}: gold «{e.gold}» / pred «{e.pred}»\n      …{context}…")
        return
    if args.by_kind:
        counts = speaker_by_kind(args.split, tagger=args.tagger)
        print(f"{args.split}, {'tagger' if args.tagger else 'gold'} mentions")
        print("  " + by_kind_line(counts.matched, counts.right))
        print("  " + kind_line(counts.kinds))
        return
    errors = speaker_errors(args.split, ner_caused=args.ner_caused)
    how = "tagger's mentions, right on gold mentions" if args.ner_caused else "gold entities"
    print(f"{len(errors)} matched claims with the wrong speaker ({args.split}, {how})")
    by_bucket = Counter(e.bucket for e in errors)
    for bucket, n in by_bucket.most_common():
        bases = Counter(e.basis for e in errors if e.bucket == bucket).most_common(4)
        print(f"  {bucket:<26} {n:5d}   basis: " + ", ".join(f"{b} {c}" for b, c in bases))
    if not examples_allowed(args.split):
        print(f"(counts only: examples are read on {' and '.join(sorted(EXAMPLE_SPLITS))}, never on {args.split})")
        return
    for bucket, _ in by_bucket.most_common():
        if not bucket.startswith(args.bucket):
            continue
        shown = [e for e in errors if e.bucket == bucket and e.basis.startswith(args.basis)][: args.show]
        if shown:
            print(f"\n== {bucket}")
        for e in shown:
            context = e.context.replace("\n", " ")
            print(f"  [{e.order}] {e.basis}: gold «{e.gold}» / pred «{e.pred}»\n      …{context}…")


if __name__ == "__main__":
    main()
