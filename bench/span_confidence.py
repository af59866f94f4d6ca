"""Would a confidence threshold on the tagger's spans buy precision? CRF marginals against Qala News dev.

Why: issue 11's precision targets (≥ 0.88 per type) are not met for person and unit on test; a threshold
chosen on dev is the cheapest lever a CRF tagger offers. This computes each tagged span's confidence as
the lowest forward-backward marginal of its tags (the same transitions and scores ner_fast's Viterbi
uses) and prints, per type and threshold, the tagger's spans kept and how many of them are right
(exact span and type against gold; optional gold mentions left out). Dev only: it selects.

    OMP_NUM_THREADS=1 python -m bench.span_confidence [--split dev]
"""

from __future__ import annotations

import argparse
from typing import Any

import numpy as np

from app.nlp import ner_fast
from app.nlp.analyze import default_tagger
from app.nlp.entities import decode_tags
from app.nlp.tokenize import split_sentences, tokenize
from training.qala_news.pool import load_pool
from training.qala_news.score import gold_articles

LABELS = {"PER": "person", "LOC": "place", "ORG": "unit"}
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def _lse(x: np.ndarray, axis: int) -> np.ndarray:
    """log-sum-exp along one axis."""
    m = x.max(axis=axis, keepdims=True)
    return np.asarray((m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis))


def marginals(scores: np.ndarray, lens: list[int], trans: np.ndarray) -> np.ndarray:
    """p(tag k at step t) for a padded batch (batch, time, tags) under the CRF ner_fast decodes."""
    s, tr = scores.astype(np.float64), trans.astype(np.float64)
    alpha, beta = np.zeros_like(s), np.zeros_like(s)
    alpha[:, 0] = s[:, 0]
    for t in range(1, s.shape[1]):
        alpha[:, t] = s[:, t] + _lse(alpha[:, t - 1, :, None] + tr[None], 1)
    n = np.array(lens)
    for t in range(s.shape[1] - 2, -1, -1):
        step = _lse(tr[None] + (s[:, t + 1] + beta[:, t + 1])[:, None, :], 2)
        beta[:, t] = np.where((t < n - 1)[:, None], step, 0.0)
    logz = np.array([_lse(alpha[b, lens[b] - 1], 0) for b in range(len(lens))])
    return np.asarray(np.exp(alpha + beta - logz[:, None, None]))


def tagged_spans(split: str) -> list[tuple[str, str, float]]:
    """(type, tp | fp | optional, confidence) for every span the tagger alone tags in the split."""
    seen: list[list[float]] = []
    viterbi = ner_fast._viterbi

    def recording(scores: np.ndarray, lens: list[int], trans: np.ndarray) -> list[list[int]]:
        paths = viterbi(scores, lens, trans)
        probs = marginals(scores, lens, trans)
        seen.extend([float(probs[b, t, k]) for t, k in enumerate(p)] for b, p in enumerate(paths))
        return paths

    ner_fast._viterbi = recording
    try:
        return _spans(split, seen)
    finally:
        ner_fast._viterbi = viterbi


def _spans(split: str, seen: list[list[float]]) -> list[tuple[str, str, float]]:
    tagger, pool, rows = default_tagger(), load_pool(), []
    for ann in gold_articles(split):
        text = pool[ann["order"]].text
        sents = split_sentences(text, tokenize(text))
        words = [[t.text for t in s] for s in sents]
        seen.clear()
        tags = tagger.tag(words)  # ner_fast batches sentences longest first (a stable sort)
        batch_order = sorted((i for i, w in enumerate(words) if w), key=lambda i: -len(words[i]))
        conf = dict(zip(batch_order, seen, strict=True))
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
