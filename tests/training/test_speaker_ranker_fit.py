"""The speaker ranker's fit: coverage counts, the held-out measure (fit on train-a, count on train-b), the descent."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.nlp.claims import ranker
from training.qala_news import speaker_ranker
from training.qala_news.continuation import Example


def claims(n: int, start: int, right: str) -> list[Example]:
    """n claims whose rules' choice is wrong where "near" is offered and right otherwise (one article each)."""
    if right == "near":
        return [([{"pick"}, {"near"}], [False, True], start + k) for k in range(n)]
    return [([{"pick"}, {"far"}], [True, False], start + k) for k in range(n)]


def test_coverage_counts_ranked_learnable_and_the_rules_right() -> None:
    data = claims(3, 0, "near") + claims(2, 10, "pick") + [([{"pick"}, {"far"}], [False, False], 20)]
    assert speaker_ranker.coverage("train-a", data) == {"ranked": 6, "learnable": 5, "rules": 2}


def test_held_out_fits_on_train_a_and_counts_on_train_b(monkeypatch: pytest.MonkeyPatch) -> None:
    train_a = claims(20, 0, "near") + claims(20, 20, "pick")
    train_b = claims(5, 100, "near") + claims(7, 200, "pick")
    dev = claims(1, 300, "near")
    monkeypatch.setattr(speaker_ranker, "collect", lambda *splits: [train_a, train_b, dev])
    monkeypatch.setattr(speaker_ranker, "write", lambda *_: pytest.fail("the held-out measure writes nothing"))
    report = speaker_ranker.held_out()
    assert report["train-b"] == {"ranked": 12, "learnable": 12, "rules": 7, "model": 12, "fixed": 5, "broken": 0}
    assert report["dev"]["model"] == 1 and report["setting"]["cv_fixed"] == 20


def test_the_descent_steps_along_the_conditional_logit_gradient(monkeypatch: pytest.MonkeyPatch) -> None:
    # Claim 0: candidate 0 (feature 0, right), candidate 1 (features 1 and 2); claim 1: candidate 2 (feature 1,
    # right), candidate 3 (feature 2). From w = 0 each candidate has p = ½; the gradient Σ (p − y)·x over the two
    # claims: feature 0 −½, feature 1 ½ − ½ = 0, feature 2 ½ + ½ = 1; one step moves w by −RATE · gradient / 2.
    monkeypatch.setattr(speaker_ranker, "STEPS", 1)
    rows, cols = np.array([0, 1, 1, 2, 3]), np.array([0, 1, 2, 1, 2])
    w = speaker_ranker.descend(rows, cols, np.array([0, 0, 1, 1]), np.array([1.0, 0.0, 1.0, 0.0]), (3, 0.0))
    assert np.allclose(w, -speaker_ranker.RATE * np.array([-0.5, 0.0, 1.0]) / 2)


def test_a_fit_that_does_not_beat_the_rules_removes_earlier_weights(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The rules are right on every claim: no setting can win held out, so a file from an earlier fit must not
    # keep overriding them.
    stale = tmp_path / "speaker_ranker.json"
    stale.write_text('{"meta": {}, "margin": 0.0, "pairs": false, "weights": {"far": 9.0}}')
    monkeypatch.setattr(ranker, "WEIGHTS", stale)
    monkeypatch.setattr(speaker_ranker, "collect", lambda *splits: [claims(20, 0, "pick"), claims(3, 300, "pick")])
    speaker_ranker.fit()
    assert not stale.exists()


def test_rules_alone_switches_the_ranker_off_and_back() -> None:
    shipped = ranker.WEIGHTS
    with speaker_ranker.rules_alone():
        assert ranker.model() is None
    assert shipped == ranker.WEIGHTS
