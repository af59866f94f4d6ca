"""CRF marginals of bench.span_confidence: brute force over every tag path of a tiny CRF agrees."""

from __future__ import annotations

import itertools

import numpy as np

from app.nlp.ner_fast import marginals


def _brute(scores: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """p(tag k at step t) by summing exp(path score) over every path."""
    steps, tags = scores.shape
    probs = np.zeros((steps, tags))
    for path in itertools.product(range(tags), repeat=steps):
        w = np.exp(
            sum(scores[t, k] for t, k in enumerate(path)) + sum(trans[a, b] for a, b in itertools.pairwise(path))
        )
        for t, k in enumerate(path):
            probs[t, k] += w
    return np.asarray(probs / probs[0].sum())


def test_marginals_match_brute_force_for_each_sentence_of_a_padded_batch() -> None:
    rng = np.random.default_rng(7)
    trans = rng.normal(size=(3, 3))
    long, short = rng.normal(size=(4, 3)), rng.normal(size=(2, 3))
    batch = np.zeros((2, 4, 3))
    batch[0], batch[1, :2] = long, short
    got = marginals(batch, [4, 2], trans)
    assert np.allclose(got[0], _brute(long, trans))
    assert np.allclose(got[1, :2], _brute(short, trans))
    assert np.allclose(got[0].sum(1), 1.0)
