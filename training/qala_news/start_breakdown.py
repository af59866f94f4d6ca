"""Where unnamed speakers are lost, the start and the choice: `python -m training.qala_news.start_breakdown`.

A measurement for issue 13 (EXT1's sibling, not wired in). For every gold claim whose speaker is an unnamed phrase
(kind descriptive or anonymous, extent_model.UNNAMED) and that a pipeline claim matches (the claims extractor on the
gold mentions, score.py's --oracle-entities; claims matched as the scorer does, bench.scoring.match_claims), the
pipeline's speaker is put in one bucket (BUCKETS, first that fits):

- right_start: it starts at the gold phrase's start char;
- none: the matched claim has no speaker;
- named_inside / named_outside: a named speaker (kind named) overlapping the gold phrase, or not;
- earlier / later: an unnamed phrase overlapping the gold phrase but starting before / after its start (for later,
  the first word the rules skipped is put in a word class, SKIP_CLASSES);
- other_phrase: an unnamed phrase not overlapping the gold phrase.

Each bucket also counts its "same words": the pipeline's speaker text normalised equals the gold phrase's (the
scorer, which compares texts, counts those right: a repeat of the phrase elsewhere, e.g. الجانبان in another sentence).

Gold claims no pipeline claim matches are counted apart (unmatched; and among them, those where some pipeline
claim's speaker still starts at the gold start, as EXT1's baseline counted, and those where a pipeline claim
overlaps the gold quote's chars below the matcher's token F1 of 0.5). `--show` (train-a only) lists the most
frequent first words of gold starts in the earlier/later, named and other_phrase buckets. Dev and train-b: counts only.
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from app.nlp.normalize import normalize_word
from app.nlp.tokenize import Token, tokenize
from app.nlp.wordlists import words
from bench.scoring import match_claims, norm
from training.qala_news.extent_model import UNNAMED, is_punct, token_at
from training.qala_news.pool import load_pool
from training.qala_news.score import gold_articles, gold_view, pipeline_predictions, pred_claims

BUCKETS = ("right_start", "earlier", "later", "named_inside", "named_outside", "other_phrase", "none")
SKIP_CLASSES = ("count", "conjunction", "preposition", "punctuation", "other")
COUNTS = words("source_quantities")
CONJUNCTIONS = frozenset({"و", "ف", "او", "ثم"}) | words("connectors")
PREPOSITIONS = words("prepositions")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two char spans share a char."""
    return max(a[0], b[0]) < min(a[1], b[1])


def bucket_of(gold: tuple[int, int], speaker: dict[str, Any] | None) -> str:
    """The bucket (module doc) of a pipeline speaker (a prediction's speaker dict, or None) against a gold span."""
    if speaker is None:
        return "none"
    span = (int(speaker["start"]), int(speaker["end"]))
    if span[0] == gold[0]:
        return "right_start"
    inside = overlaps(span, gold)
    if speaker.get("kind") == "named":
        return "named_inside" if inside else "named_outside"
    if inside:
        return "earlier" if span[0] < gold[0] else "later"
    return "other_phrase"


def word_class(word: str) -> str:
    """A skipped word's class (SKIP_CLASSES): a count (source_quantities, digits), a preposition, a conjunction."""
    n = normalize_word(word)
    if n in COUNTS or n.isdigit():
        return "count"
    if n in PREPOSITIONS:
        return "preposition"
    if n in CONJUNCTIONS:
        return "conjunction"
    return "punctuation" if is_punct(n) else "other"


def skipped(tokens: list[Token], gold_start: int, pred_start: int) -> list[str]:
    """The words from the gold start up to a later pipeline start (the words the rules left out at the front)."""
    first = token_at(tokens, gold_start)
    if first is None:
        return []
    return [t.text for t in tokens[first:] if t.start < pred_start]


def first_word(tokens: list[Token], char: int) -> str:
    """The normalised word of the token at char ("" when none)."""
    k = token_at(tokens, char)
    return "" if k is None else normalize_word(tokens[k].text)


def breakdown(split: str) -> dict[str, Any]:
    """Bucket counts (and skip classes of `later`, first gold words per bucket) for one split (module doc)."""
    gold = gold_articles(split)
    preds = pipeline_predictions([a["order"] for a in gold], oracle={a["order"]: a for a in gold})
    pool = load_pool()
    buckets: Counter[str] = Counter()
    same_text: Counter[str] = Counter()
    skips: Counter[str] = Counter()
    starts: dict[str, Counter[str]] = {b: Counter() for b in BUCKETS}
    unmatched = unmatched_right = unmatched_overlap = 0
    for ann in gold:
        pred = preds[ann["order"]]
        entities, claims = gold_view(ann)
        _, links = match_claims(pred_claims(pred), claims, entities)
        by_gold = {j: i for i, j, _ in links}
        tokens = tokenize(pool[ann["order"]].text)
        for j, c in enumerate(ann["gold"]["claims"]):
            sp = c["speaker"]
            if sp["kind"] not in UNNAMED:
                continue
            if j not in by_gold:
                unmatched += 1
                unmatched_right += any(x["speaker"] and x["speaker"]["start"] == sp["start"] for x in pred["claims"])
                q = (c["quote"]["start"], c["quote"]["end"])
                unmatched_overlap += any(overlaps((x["start"], x["end"]), q) for x in pred["claims"])
                continue
            speaker = pred["claims"][by_gold[j]]["speaker"]
            b = bucket_of((sp["start"], sp["end"]), speaker)
            buckets[b] += 1
            same_text[b] += speaker is not None and norm(str(speaker["text"])) == norm(sp["text"])
            starts[b][first_word(tokens, sp["start"])] += 1
            if b == "later" and speaker is not None:
                left = skipped(tokens, sp["start"], speaker["start"])
                skips[word_class(left[0]) if left else "other"] += 1
    return {
        "buckets": buckets,
        "same_text": same_text,
        "skips": skips,
        "starts": starts,
        "unmatched": unmatched,
        "unmatched_right": unmatched_right,
        "unmatched_overlap": unmatched_overlap,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Print the buckets of one split (and with --show, train-a only, the frequent first gold words)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--split", default="dev", choices=("dev", "train-a", "train-b"))
    ap.add_argument("--show", type=int, default=0, help="train-a: the N most frequent first words of gold starts")
    args = ap.parse_args(argv)
    if args.show and args.split != "train-a":
        ap.error("--show reads cases: train-a only")
    r = breakdown(args.split)
    total = r["buckets"].total()
    print(
        f"{args.split}: {total} matched unnamed-speaker claims ({r['unmatched']} gold ones unmatched,"
        f" {r['unmatched_right']} of them with a pipeline speaker at the gold start, {r['unmatched_overlap']} with a"
        f" pipeline claim overlapping the gold quote)"
    )
    for b in BUCKETS:
        print(
            f"  {b:<14} {r['buckets'][b]:>5}  {r['buckets'][b] / total if total else 0:.1%}"
            f"  same words: {r['same_text'][b]}"
        )
    print("  later, first skipped word: " + ", ".join(f"{k} {r['skips'][k]}" for k in SKIP_CLASSES))
    if args.show:
        for group in (("earlier", "later"), ("named_inside", "named_outside"), ("other_phrase",)):
            merged: Counter[str] = sum((r["starts"][b] for b in group), Counter())
            print(
                f"  first gold words, {' + '.join(group)}: "
                + ", ".join(f"{w} {n}" for w, n in merged.most_common(args.show))
            )
    return r


if __name__ == "__main__":
    main()
