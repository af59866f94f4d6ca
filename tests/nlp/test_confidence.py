"""Claim confidence: the fitted table is a proper probability table, and the fit shrinks thin cells."""

from __future__ import annotations

import json

import pytest

from app.nlp import confidence
from app.nlp.confidence import ClaimFeatures, calibrated_confidence, cells_of, heuristic_confidence
from bench.scoring import expected_calibration_error, reliability
from training.qala_news import calibrate


def test_cells_go_from_specific_to_every_claim() -> None:
    assert cells_of("named|direct|past|strong") == ("named|direct|past|strong", "named|direct", "named", "")
    assert ClaimFeatures("cont", "indirect", "participle", 0.6).key == "cont|indirect|participle|weak"


def test_the_shipped_table_is_probabilities_with_every_parent() -> None:
    doc = json.loads(confidence.TABLE.read_text(encoding="utf-8"))
    cells = doc["cells"]
    assert "" in cells and doc["claims"] == cells[""]["n"]
    for cell, v in cells.items():
        assert 0.0 < v["p"] < 1.0 and 0 <= v["right"] <= v["n"]
        assert all(parent in cells for parent in cells_of(cell) if len(cell.split("|")) == 4)
    assert doc["dev_ece_train_fit"] < doc["dev_ece_served_before"]  # fitting helped on held-out dev


def test_served_confidence_is_the_most_specific_known_cell() -> None:
    table = json.loads(confidence.TABLE.read_text(encoding="utf-8"))["cells"]
    known = next(c for c in table if len(c.split("|")) == 4)
    mode, kind, form, band = known.split("|")
    f = ClaimFeatures(mode, kind, form, 0.9 if band == "strong" else 0.5)
    assert calibrated_confidence(f) == round(table[known]["p"], 2)
    unseen = ClaimFeatures(mode, kind, "no-such-form", 0.9)
    assert calibrated_confidence(unseen) == round(table[f"{mode}|{kind}"]["p"], 2)
    odd = ClaimFeatures("no-such-mode", "direct", "past", 0.9)
    assert calibrated_confidence(odd) == round(table[""]["p"], 2)


def test_without_a_table_the_hand_set_score_is_served(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setattr(confidence, "TABLE", confidence.TABLE.with_name("missing.json"))
    confidence._table.cache_clear()
    try:
        f = ClaimFeatures("named", "direct", "past", 0.9)
        assert calibrated_confidence(f) == heuristic_confidence(f) == 0.99
    finally:
        monkeypatch.undo()
        confidence._table.cache_clear()


def test_fit_shrinks_a_thin_cell_towards_its_parent() -> None:
    rows = [("named|direct|past|strong", True)] * 40 + [("named|direct|past|strong", False)] * 10
    rows += [("vague|indirect|past|strong", False)]  # one claim: its cell stays near the mode's rate
    table = calibrate.fit(rows)
    assert table[""]["p"] == pytest.approx((40 + 4 * 0.5) / (51 + 4))
    assert table["vague"]["p"] == pytest.approx(4 * table[""]["p"] / (1 + 4))
    thin = table["vague|indirect|past|strong"]["p"]
    assert 0.3 < thin < table["vague"]["p"]  # one wrong claim lowers its cell but does not make it 0
    assert calibrate.predict(table, "named|direct|past|strong") == pytest.approx(table["named|direct|past|strong"]["p"])


def test_reliability_bins_and_calibration_error() -> None:
    outcomes = [(0.95, True)] * 9 + [(0.95, False)] + [(0.55, True), (0.55, False)]
    rows = reliability(outcomes)
    assert [(r["lo"], r["count"], r["accuracy"]) for r in rows] == [(0.5, 2, 0.5), (0.9, 10, 0.9)]
    assert expected_calibration_error(outcomes) == pytest.approx((10 * 0.05 + 2 * 0.05) / 12)
