"""Fit the continuation-speaker model: `python -m training.qala_news fit-continuation`.

Runs the claims extractor on Qala News train and dev with the gold mentions (so NER errors do not
blur attribution), records every continuation claim's candidates (app/nlp/continuation.py), labels
a candidate right when it names the gold speaker (the scorer's test), fits a conditional logit
(a softmax over each claim's candidates) on train with numpy, prints train and dev accuracy of the
hand rule and of the model, and writes app/nlp/data/continuation_weights.json only when the model
beats the rule clearly in cross-validation on train (a sign test) and is no worse on dev.
`--fit-on train-a` fits on train-a alone and writes to --out (else a temp file), never the shipped file: train-b is
in-sample for the shipped weights, so only these, put in a copy of the data dir, score train-b held out.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from app.nlp import continuation
from app.nlp.analyze import analyze
from app.nlp.claims import extract_claims
from app.nlp.tokenize import split_sentences, tokenize
from app.nlp.types import SpeakerRef
from bench.scoring import PredClaim, match_claims, norm
from training.qala_news.pool import load_pool
from training.qala_news.score import gold_articles, gold_view, oracle_mentions
from training.qala_news.unfitted import switched_off

L2 = 1.0
STEPS = 1000
RATE = 3.0
FOLDS = 5
MIN_FEATURE_COUNT = 3  # features seen fewer times on train get no weight

Example = tuple[list[set[str]], list[bool], int]  # one claim: its candidates' features, which are right, its article
Link = tuple[dict[str, Any], tuple[int, int], int, list[continuation.Candidate], list[bool]]
# one matched claim: its article's annotation, its span, its gold claim's index, its candidates, which are right


def examples(split: str) -> list[Example]:
    """Continuation claims matched to a gold claim, with their candidates labelled."""
    return labelled_candidates(split, "trace")


def labelled_candidates(split: str, traced: str) -> list[Example]:
    """Claims matched to a gold claim, the candidates extract_claims traced for each (`traced`: its keyword,
    trace= for continuations, ranked= for the speaker ranker) labelled by the scorer's speaker test."""
    return [
        ([set(c.features) for c in cands], labels, ann["order"]) for ann, _, _, cands, labels in links(split, traced)
    ]


def links(
    split: str,
    traced: str,
    tagged: bool = False,
    around: Callable[[], AbstractContextManager[Any]] = nullcontext,
) -> Iterator[Link]:
    """Each matched claim with traced candidates, labelled (gold mentions, or the tagger's with `tagged`); `around`
    wraps each article's extraction. Why a generator: a caller reads what `around` recorded for the article at hand."""
    pool = load_pool()
    for ann in gold_articles(split):
        text = pool[ann["order"]].text
        mentions = analyze(text).mentions if tagged else oracle_mentions(ann)
        trace: dict[tuple[int, int], list[continuation.Candidate]] = {}
        with around():
            claims = extract_claims(text, split_sentences(text, tokenize(text)), mentions, **{traced: trace})
        entities, gold = gold_view(ann)
        names = {str(e["canonical"]): {norm(str(s)) for s in [*e["surfaces"], e["canonical"]]} for e in entities}
        preds = [PredClaim(c.text, c.kind, frozenset()) for c in claims]
        _, matched = match_claims(preds, gold, entities)
        for i, j, _f in matched:
            span = (claims[i].start, claims[i].end)
            cands = trace.get(span)
            if not cands:
                continue
            want = names.get(str(gold[j]["speaker"]), {norm(str(gold[j]["speaker"]))})
            yield ann, span, j, cands, [candidate_names(c, mentions) & want != set() for c in cands]


def candidate_names(c: continuation.Candidate, mentions: list[Any]) -> set[str]:
    """What a candidate calls the speaker: its words and, for a mention, the entity's name."""
    said = {norm(c.ref.text)}
    if c.ref.mention is not None:
        said.add(norm(mentions[c.ref.mention].canonical))
    return said


def fit_weights(train: list[Example]) -> dict[str, float]:
    """A conditional logit over each claim's candidates (softmax within the claim), L2, gradient descent."""
    counts: dict[str, int] = {}
    for feats, _, _ in train:
        for f in feats:
            for name in f:
                counts[name] = counts.get(name, 0) + 1
    vocab = sorted(n for n, k in counts.items() if k >= MIN_FEATURE_COUNT)
    index = {n: k for k, n in enumerate(vocab)}
    rows = [(g, f, ok) for g, (feats, labels, _) in enumerate(train) for f, ok in zip(feats, labels, strict=True)]
    x = np.zeros((len(rows), len(vocab)))
    for r, (_, f, _) in enumerate(rows):
        x[r, [index[n] for n in f if n in index]] = 1.0
    group = np.array([g for g, _, _ in rows])
    y = np.array([right for _, _, right in rows], dtype=float)
    claims = len(train)
    learnable = np.zeros(claims)
    np.add.at(learnable, group, y)
    keep = learnable[group] > 0  # a claim none of whose candidates is right teaches nothing
    w = np.zeros(len(vocab))
    for _ in range(STEPS):
        s = x @ w
        top = np.full(claims, -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        z = np.zeros(claims)
        np.add.at(z, group, e)
        zr = np.zeros(claims)
        np.add.at(zr, group, e * y)
        p, q = e / z[group], np.where(y > 0, e / np.maximum(zr[group], 1e-300), 0.0)
        w -= RATE * (x[keep].T @ (p[keep] - q[keep]) + L2 * w) / claims
    return {n: round(float(w[k]), 4) for n, k in index.items() if abs(w[k]) > 1e-4}


def _cross_validated(data: list[Example]) -> Counter[str]:
    """Held-out right choices of the model (fitted on the other folds) and of the hand rule, and the claims the
    model fixed and broke against the rule: the counts a sign test reads."""
    out: Counter[str] = Counter()
    for fold in range(FOLDS):  # folds by article: no article's claims sit on both sides
        held = [e for e in data if e[2] % FOLDS == fold]
        weights = fit_weights([e for e in data if e[2] % FOLDS != fold])
        for model_ok, rule_ok in zip(_right(held, weights), _right(held, None), strict=True):
            out["model"] += model_ok
            out["rule"] += rule_ok
            out["fixed"] += model_ok and not rule_ok
            out["broken"] += rule_ok and not model_ok
    return out


def clear(c: Counter[str]) -> bool:
    """The model's gain held out is clear: claims fixed exceed those broken by two standard errors (a sign test)."""
    return c["fixed"] - c["broken"] > 2 * math.sqrt(c["fixed"] + c["broken"])


def accuracy(data: list[Example], weights: dict[str, float] | None) -> tuple[int, int]:
    """(claims whose chosen candidate is right, claims) under the weights, or under the hand rule (None)."""
    return sum(_right(data, weights)), len(data)


def _right(data: list[Example], weights: dict[str, float] | None) -> list[bool]:
    """Per claim, whether the candidate chosen under the weights (or the hand rule, None) is right."""
    out = []
    for feats, labels, _ in data:
        cands = [continuation.Candidate(SpeakerRef("", 0, 0), set(f)) for f in feats]
        if weights is None:
            k = next((n for n, f in enumerate(feats) if "pick" in f), None)
        else:
            k = max(range(len(cands)), key=lambda n: (continuation.score(cands[n], weights), "pick" in feats[n]))
        out.append(k is not None and bool(labels[k]))
    return out


@contextmanager
def hand_rule() -> Iterator[None]:
    """Extraction under the hand rule alone: shipped weights would steer the state the candidates are read in."""
    with switched_off(continuation, "WEIGHTS", continuation.weights):
        yield


def held_out(out: Path | None = None) -> dict[str, Any]:
    """`fit-continuation --fit-on train-a`: fit on train-a alone, count hand rule against model on train-b and dev,
    and write the weights to `out` (else a temp file), never the shipped file. Why: the shipped fit sees all train,
    so train-b is in-sample for its weights; these weights, dropped in a copy of the data dir, score train-b
    held out."""
    with hand_rule():
        train_a, train_b, dev = examples("train-a"), examples("train-b"), examples("dev")
    weights, shipped = fit_weights(train_a), continuation.weights()
    cv = _cross_validated(train_a)
    report: dict[str, Any] = {"cv_rule": (cv["rule"], len(train_a)), "cv_model": (cv["model"], len(train_a))}
    for name, data in (("train-b", train_b), ("dev", dev)):
        model, rule = _right(data, weights), _right(data, None)
        report[f"{name}_rule"] = (sum(rule), len(data))
        report[f"{name}_model"] = (sum(model), len(data))
        if shipped is not None:  # in-sample on train-b: fitted on all train
            report[f"{name}_shipped"] = accuracy(data, shipped)
        report[f"{name}_fixed"] = sum(m and not r for m, r in zip(model, rule, strict=True))
        report[f"{name}_broken"] = sum(r and not m for m, r in zip(model, rule, strict=True))
    width = max(map(len, report))  # train-b_shipped is 15 letters: one column for every key (RV6 finding 8)
    for k, v in report.items():
        print(f"{k:{width}} {v[0]}/{v[1]} = {v[0] / max(v[1], 1):.3f}" if isinstance(v, tuple) else f"{k:{width}} {v}")
    print(f"held out on train-a (CV) against the hand rule: {cv['fixed']} fixed, {cv['broken']} broken")
    if out is None:
        with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="continuation_weights_", delete=False) as f:
            out = Path(f.name)
    meta: dict[str, Any] = {"fitted": datetime.now(UTC).isoformat(timespec="seconds"), "fit_on": "train-a"}
    meta |= {k: list(v) if isinstance(v, tuple) else v for k, v in report.items()}
    out.write_text(
        json.dumps({"meta": meta, "weights": weights}, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {out} ({len(weights)} weights; fitted on train-a, not the shipped file)")
    return report


def fit() -> dict[str, Any]:
    """Fit on train, check on dev, and write the weights when they beat the hand rule on dev."""
    with hand_rule():
        train, dev = examples("train"), examples("dev")
    weights = fit_weights(train)
    cv = _cross_validated(train)
    report = {
        "cv_rule": (cv["rule"], len(train)),
        "cv_model": (cv["model"], len(train)),
        "train_rule": accuracy(train, None),
        "train_model": accuracy(train, weights),
        "dev_rule": accuracy(dev, None),
        "dev_model": accuracy(dev, weights),
    }
    _publish(report, cv, weights)
    return report


def _publish(report: dict[str, tuple[int, int]], cv: Counter[str], weights: dict[str, float]) -> None:
    """Print the fit's report, and write the weights when they beat the hand rule clearly held out and on dev."""
    for k, (ok, n) in report.items():
        print(f"{k:12} {ok}/{n} = {ok / max(n, 1):.3f}")
    print(f"held out against the hand rule: {cv['fixed']} fixed, {cv['broken']} broken")
    # Dev alone (~100 continuation claims) cannot tell a 1-point gain from noise: the model must win clearly
    # held out on train (FOLDS-fold cross-validation, ~2,400 claims; a sign test over the claims it changes, as
    # the speaker ranker's) and be no worse on dev. Why the sign test: a bare "more right" let a feature set through
    # that lost a seed (bench/README, session 14).
    if clear(cv) and report["dev_model"][0] >= report["dev_rule"][0]:
        meta = {
            "fitted": datetime.now(UTC).isoformat(timespec="seconds"),
            "cv_fixed": cv["fixed"],
            "cv_broken": cv["broken"],
            **{k: list(v) for k, v in report.items()},
        }
        continuation.WEIGHTS.write_text(
            json.dumps({"meta": meta, "weights": weights}, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        print(f"wrote {continuation.WEIGHTS} ({len(weights)} weights)")
    else:
        print("the model does not beat the hand rule clearly held out: nothing written")
