"""Claim confidence: the table is a proper probability map; the fits recover known rates and shrink thin ones."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app.nlp import confidence
from app.nlp.confidence import ClaimFeatures, calibrated_confidence, cells_of, heuristic_confidence, step_value
from bench.scoring import expected_calibration_error, reliability
from training.qala_news import calibrate


def test_cells_go_from_specific_to_every_claim() -> None:
    assert cells_of("named|direct|past|strong") == ("named|direct|past|strong", "named|direct", "named", "")
    assert ClaimFeatures("cont", "indirect", "participle", 0.6).key == "cont|indirect|participle|weak"


def test_the_shipped_table_is_a_non_decreasing_isotonic_map() -> None:
    doc = json.loads(confidence.TABLE.read_text(encoding="utf-8"))
    steps = doc["steps"]
    assert doc["method"] == "isotonic" and doc["claims"] == sum(s["n"] for s in steps)
    for s in steps:
        assert 0.0 < s["p"] < 1.0 and 0 <= s["right"] <= s["n"]
    assert [s["from"] for s in steps] == sorted(s["from"] for s in steps)
    assert [s["p"] for s in steps] == sorted(s["p"] for s in steps)
    assert doc["dev_ece_train_fit"] < doc["dev_ece_served_before"]  # fitting helped on held-out dev


def test_served_confidence_maps_the_hand_set_score_through_the_steps() -> None:
    steps = json.loads(confidence.TABLE.read_text(encoding="utf-8"))["steps"]
    f = ClaimFeatures("named", "direct", "past", 0.9)
    score = heuristic_confidence(f)
    want = [s["p"] for s in steps if s["from"] <= score][-1]
    assert calibrated_confidence(f) == round(want, 2)


def test_step_value_is_the_last_step_at_or_below_the_score() -> None:
    steps = [(0.5, 0.6), (0.7, 0.8), (0.9, 0.95)]
    assert confidence.step_value(steps, 0.3) == 0.6
    assert confidence.step_value(steps, 0.7) == 0.8
    assert confidence.step_value(steps, 0.85) == 0.8
    assert confidence.step_value(steps, 0.99) == 0.95


def test_an_older_cells_table_is_still_served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "cells.json"
    cells = {"": {"p": 0.8}, "named": {"p": 0.9}, "named|direct": {"p": 0.93}, "named|direct|past|strong": {"p": 0.96}}
    path.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    monkeypatch.setattr(confidence, "TABLE", path)
    confidence._fitted.cache_clear()
    try:
        assert calibrated_confidence(ClaimFeatures("named", "direct", "past", 0.9)) == 0.96
        assert calibrated_confidence(ClaimFeatures("named", "direct", "odd", 0.9)) == 0.93
        assert calibrated_confidence(ClaimFeatures("odd", "direct", "past", 0.9)) == 0.8
    finally:
        monkeypatch.undo()
        confidence._fitted.cache_clear()


def test_without_a_table_the_hand_set_score_is_served(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confidence, "TABLE", confidence.TABLE.with_name("missing.json"))
    confidence._fitted.cache_clear()
    try:
        f = ClaimFeatures("named", "direct", "past", 0.9)
        assert calibrated_confidence(f) == heuristic_confidence(f) == 0.99
    finally:
        monkeypatch.undo()
        confidence._fitted.cache_clear()


def test_fit_shrinks_a_thin_cell_towards_its_parent() -> None:
    rows = [("named|direct|past|strong", 0.9, True)] * 40 + [("named|direct|past|strong", 0.9, False)] * 10
    rows += [("vague|indirect|past|strong", 0.5, False)]  # one claim: its cell stays near the mode's rate
    table = calibrate.fit(rows)
    assert table[""]["p"] == pytest.approx((40 + 4 * 0.5) / (51 + 4))
    assert table["vague"]["p"] == pytest.approx(4 * table[""]["p"] / (1 + 4))
    thin = table["vague|indirect|past|strong"]["p"]
    assert 0.3 < thin < table["vague"]["p"]  # one wrong claim lowers its cell but does not make it 0
    assert calibrate.predict(table, "named|direct|past|strong") == pytest.approx(table["named|direct|past|strong"]["p"])
    assert set(calibrate.fit(rows, depth=2)) == {"", "named", "vague", "named|direct", "vague|indirect"}


def _synthetic(rates: dict[float, float], n: int, seed: int = 7) -> list[calibrate.Row]:
    """n claims per hand-set score, right with the given rate."""
    rng = random.Random(seed)
    return [("named|direct|past|strong", s, rng.random() < p) for s, p in rates.items() for _ in range(n)]


def test_isotonic_fit_recovers_known_rates_per_score() -> None:
    rates = {0.4: 0.55, 0.6: 0.7, 0.8: 0.85, 0.95: 0.95}  # hand-set scores that overstate at the top, understate low
    steps = calibrate.fit_isotonic(_synthetic(rates, 2000))
    fitted = calibrate._steps_of(steps)
    for s, p in rates.items():
        assert step_value(fitted, s) == pytest.approx(p, abs=0.03)
    assert sum(s["n"] for s in steps) == 8000


def test_isotonic_fit_is_monotone_and_shrinks_a_thin_step_towards_all_claims() -> None:
    rows = [*_synthetic({0.7: 0.6}, 400), ("named|direct|past|strong", 0.99, True)]  # one claim at the top
    rows += [("named|direct|past|strong", 0.5, True)] * 3 + [("named|direct|past|strong", 0.5, False)] * 30
    fitted = calibrate._steps_of(calibrate.fit_isotonic(rows))
    ps = [p for _, p in fitted]
    assert ps == sorted(ps)
    base = sum(ok for _, _, ok in rows) / len(rows)
    top = step_value(fitted, 0.99)
    assert top < 1.0 and top == pytest.approx((1 + 4 * base) / (1 + 4), abs=1e-9)  # not 1 from one right claim
    assert step_value(fitted, 0.5) == pytest.approx((3 + 4 * base) / (33 + 4))  # low step pulled up, not 0.09


def test_heldout_methods_fit_and_predict_probabilities() -> None:
    rows = _synthetic({0.5: 0.6, 0.9: 0.9}, 200)
    for name, method in calibrate.methods().items():
        fitted = method(rows)
        assert 0.0 < fitted("named|direct|past|strong", 0.9) <= 1.0, name
    platt = calibrate.methods()["Platt scaling of the hand-set score"](rows)
    assert platt("x", 0.5) < platt("x", 0.9)


def test_reliability_bins_and_calibration_error() -> None:
    outcomes = [(0.95, True)] * 9 + [(0.95, False)] + [(0.55, True), (0.55, False)]
    rows = reliability(outcomes)
    assert [(r["lo"], r["count"], r["accuracy"]) for r in rows] == [(0.5, 2, 0.5), (0.9, 10, 0.9)]
    assert expected_calibration_error(outcomes) == pytest.approx((10 * 0.05 + 2 * 0.05) / 12)
