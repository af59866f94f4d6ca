"""A learned end for unnamed speakers' phrases, measured against the rules: `python -m training.qala_news.extent_model`.

A prototype for issue 13 (not wired into app/, writes no model file). Only the END of the phrase is learned: for
each gold claim whose speaker is an unnamed phrase (kind descriptive or anonymous), the gold phrase's start token is
given, and a linear scorer (a conditional logit, softmax over the candidates of one claim) picks its end token among
the next N tokens, from simple features of each candidate end: the end token's normalised word and last letters,
definiteness, a nisba ending, the next token (punctuation, a preposition, a speech cue, a relative word, a gold
mention starting there), gold mentions (oracle) ending at or running past the end, and the distance from the start.

Tokens and norms are the pipeline's (app.nlp.tokenize, app.nlp.normalize); mentions are gold (oracle). It fits on
train gold (train-a + train-b) and counts dev exact ends. The baseline is counted the same way: the rules' phrase
(the claims extractor on the gold mentions, as score.py's --oracle-entities) for the same dev claims, counted only
over the claims whose rules' phrase starts at the gold start (their number is printed). Dev: counts only; the L2
strength and N are chosen on dev, so the model's dev number is optimistic by that choice.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.nlp.claim_cues import cue_of
from app.nlp.morphology import is_definite, is_nisba
from app.nlp.normalize import normalize_word
from app.nlp.tokenize import Token, tokenize
from app.nlp.wordlists import labelled, words
from training.qala_news.pool import load_pool
from training.qala_news.score import gold_articles, pipeline_predictions
from training.qala_news.speaker_ranker import descend

UNNAMED = ("descriptive", "anonymous")
WINDOWS = (8, 12, 16)
L2S = (0.1, 1.0, 10.0)
MIN_FEATURE_COUNT = 2
PREPOSITIONS = words("prepositions")
RELATIVES = frozenset(labelled("relative_pronouns"))


@dataclass(frozen=True, slots=True)
class Example:
    """One unnamed speaker phrase: its candidate ends' features (first candidate = the start token), the gold end
    as an offset from the start (None past the window), that offset unbounded, the article's order, the claim's id,
    and the phrase's char span."""

    feats: list[list[str]]
    gold: int | None
    offset: int
    order: int
    claim: str
    span: tuple[int, int]


def is_punct(word: str) -> bool:
    """A token with no letter or digit (the tokenizer keeps punctuation as its own tokens)."""
    return not any(ch.isalnum() for ch in word)


def mention_marks(tokens: list[Token], spans: list[tuple[int, int]]) -> tuple[set[int], set[int], set[int]]:
    """Token indices where a mention starts, where one ends, and those inside one that goes on after them."""
    starts: set[int] = set()
    ends: set[int] = set()
    inside: set[int] = set()
    for a, b in spans:
        covered = [i for i, t in enumerate(tokens) if t.start >= a and t.end <= b]
        if not covered:
            continue
        starts.add(covered[0])
        ends.add(covered[-1])
        inside.update(covered[:-1])
    return starts, ends, inside


def candidate_features(
    tokens: list[Token], start: int, window: int, marks: tuple[set[int], set[int], set[int]]
) -> list[list[str]]:
    """The features of each candidate end start .. start+window-1 (within the tokens) of a phrase starting at start."""
    starts, ends, inside = marks
    norms = [normalize_word(t.text) for t in tokens]
    out = []
    for end in range(start, min(start + window, len(tokens))):
        n = norms[end]
        f = [f"d={end - start}", f"w={n}", f"s2={n[-2:]}", f"s3={n[-3:]}"]
        if is_punct(n):
            f.append("e_punct")
        if any(is_punct(m) for m in norms[start : end + 1]):
            f.append("punct_inside")
        if is_definite(n):
            f.append("e_def")
        if is_nisba(n):
            f.append("e_nisba")
        if cue_of(n) is not None:
            f.append("e_cue")
        if end in ends:
            f.append("e_mention_end")
        if end in inside:
            f.append("e_inside_mention")
        f += next_features(norms, end + 1, starts)
        out.append(f)
    return out


def next_features(norms: list[str], k: int, starts: set[int]) -> list[str]:
    """Features of the token after a candidate end (k), or of the text's end."""
    if k >= len(norms):
        return ["n_eot"]
    n = norms[k]
    f = [f"n={n}", f"ns2={n[-2:]}"]
    for name, hit in (
        ("n_punct", is_punct(n)),
        ("n_prep", n in PREPOSITIONS),
        ("n_cue", cue_of(n) is not None),
        ("n_rel", n in RELATIVES),
        ("n_def", is_definite(n)),
        ("n_nisba", is_nisba(n)),
        ("n_mention_start", k in starts),
    ):
        if hit:
            f.append(name)
    return f


def token_at(tokens: list[Token], char: int) -> int | None:
    """The index of the token starting at char, else of the token covering it; None when none does."""
    for i, t in enumerate(tokens):
        if t.start <= char < t.end:
            return i
    return None


def last_token(tokens: list[Token], char_end: int) -> int | None:
    """The index of the last token starting before char_end."""
    found = [i for i, t in enumerate(tokens) if t.start < char_end]
    return found[-1] if found else None


def examples(split: str, window: int) -> list[Example]:
    """Every gold unnamed speaker phrase of a split (see module doc); phrases not on a token start are left out."""
    pool = load_pool()
    out = []
    for ann in gold_articles(split):
        text = pool[ann["order"]].text
        tokens = tokenize(text)
        spans = [(m["start"], m["end"]) for m in ann["gold"]["mentions"]]
        marks = mention_marks(tokens, spans)
        for c in ann["gold"]["claims"]:
            sp = c["speaker"]
            if sp["kind"] not in UNNAMED:
                continue
            s, e = token_at(tokens, sp["start"]), last_token(tokens, sp["end"])
            if s is None or e is None or e < s:
                continue
            feats = candidate_features(tokens, s, window, marks)
            gold = e - s if e - s < len(feats) else None
            out.append(Example(feats, gold, e - s, ann["order"], c["id"], (sp["start"], sp["end"])))
    return out


def fit(train: list[Example], l2: float) -> dict[str, float]:
    """Weights of a conditional logit over the candidate ends (reachable gold ends only), L2 (speaker_ranker's fit)."""
    data = [e for e in train if e.gold is not None]
    counts: dict[str, int] = {}
    for e in data:
        for f in e.feats:
            for name in f:
                counts[name] = counts.get(name, 0) + 1
    index = {n: k for k, n in enumerate(sorted(n for n, k in counts.items() if k >= MIN_FEATURE_COUNT))}
    rows: list[int] = []
    cols: list[int] = []
    group: list[int] = []
    right: list[float] = []
    for g, e in enumerate(data):
        for k, f in enumerate(e.feats):
            known = sorted({index[n] for n in f if n in index} | {len(index)})  # a bias column: no empty rows
            rows += [len(group)] * len(known)
            cols += known
            group.append(g)
            right.append(float(k == e.gold))
    w = descend(np.array(rows), np.array(cols), np.array(group), np.array(right), (len(index) + 1, l2))
    return {n: float(w[k]) for n, k in index.items() if abs(w[k]) > 1e-6}


def decode(feats: list[list[str]], weights: dict[str, float]) -> int:
    """The best-scoring candidate end (an offset from the start); ties to the shorter phrase."""
    scores = [sum(weights.get(n, 0.0) for n in f) for f in feats]
    return max(range(len(scores)), key=lambda k: (scores[k], -k))


def rules_ends(split: str) -> dict[tuple[int, str], tuple[int, int] | None]:
    """For each gold claim with an unnamed phrase (order, claim id): the rules' phrase end (as a token offset from the
    start, and its end char) when their speaker starts there.

    The claims come from score.pipeline_predictions on the gold mentions (--oracle-entities); a speaker is the rules'
    phrase for a gold phrase when it starts at its start char (several: the one whose quote overlaps the gold quote)."""
    pool = load_pool()
    gold = gold_articles(split)
    preds = pipeline_predictions([a["order"] for a in gold], oracle={a["order"]: a for a in gold})
    out: dict[tuple[int, str], tuple[int, int] | None] = {}
    for ann in gold:
        tokens = tokenize(pool[ann["order"]].text)
        found = [p for p in preds[ann["order"]]["claims"] if p["speaker"] is not None]
        for c in ann["gold"]["claims"]:
            sp = c["speaker"]
            if sp["kind"] not in UNNAMED:
                continue
            q = c["quote"]
            same = [p for p in found if p["speaker"]["start"] == sp["start"]]
            same.sort(key=lambda p: -max(0, min(p["end"], q["end"]) - max(p["start"], q["start"])))
            end = same[0]["speaker"]["end"] if same else None
            s, e = token_at(tokens, sp["start"]), None if end is None else last_token(tokens, end)
            out[(ann["order"], c["id"])] = None if s is None or e is None or end is None else (e - s, end)
    return out


def evaluate(
    dev: list[Example], weights: dict[str, float], rules: dict[tuple[int, str], tuple[int, int] | None]
) -> dict[str, Any]:
    """Dev exact ends: the model over all phrases and over those the rules start right, the rules over the latter."""
    model_all = sum(e.gold is not None and decode(e.feats, weights) == e.gold for e in dev)
    both = [e for e in dev if rules.get((e.order, e.claim)) is not None]
    model_both = sum(e.gold is not None and decode(e.feats, weights) == e.gold for e in both)
    said = [rules[(e.order, e.claim)] for e in both]
    rules_right = sum(r is not None and r[0] == e.offset for r, e in zip(said, both, strict=True))
    rules_char = sum(r is not None and r[1] == e.span[1] for r, e in zip(said, both, strict=True))
    return {
        "phrases": len(dev),
        "reachable": sum(e.gold is not None for e in dev),
        "model": model_all,
        "rules_start_right": len(both),
        "model_on_those": model_both,
        "rules_on_those": rules_right,
        "rules_on_those_char_exact": rules_char,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Fit each (N, L2) on train, count dev (or train-b, fitted on train-a), print each setting and the best one."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--train", default="train", choices=("train", "train-a"), help="fitted on (train: train-a + b)")
    ap.add_argument(
        "--eval", default="dev", choices=("dev", "train-b"), help="counted on (train-b: with --train train-a)"
    )
    args = ap.parse_args(argv)
    if args.eval == "train-b" and args.train != "train-a":
        ap.error("--eval train-b counts held out only with --train train-a")
    rules = rules_ends(args.eval)
    best: dict[str, Any] = {}
    for window in WINDOWS:
        train, dev = examples(args.train, window), examples(args.eval, window)
        for l2 in L2S:
            r = evaluate(dev, fit(train, l2), rules)
            r |= {
                "window": window,
                "l2": l2,
                "train": len(train),
                "train_reachable": sum(e.gold is not None for e in train),
            }
            print(
                f"N={window:<3} l2={l2:<5} train {r['train']} ({r['train_reachable']} reachable); {args.eval} phrases"
                f" {r['phrases']} ({r['reachable']} reachable): model {r['model']}; where the rules start right"
                f" ({r['rules_start_right']}): model {r['model_on_those']}, rules {r['rules_on_those']}"
                f" ({r['rules_on_those_char_exact']} char-exact)",
                flush=True,
            )
            if not best or r["model"] > best["model"]:
                best = r
    print(f"chosen on {args.eval}: {best}")
    return best


if __name__ == "__main__":
    main()
