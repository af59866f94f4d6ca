"""The continuation fit's gate: held-out counts against the hand rule and the sign test that decides a write."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from app.nlp import continuation
from training.qala_news.continuation import Example, _cross_validated, _publish, _right, accuracy, clear


def test_sign_test_needs_fixed_to_exceed_broken_by_two_standard_errors() -> None:
    assert clear(Counter(fixed=20, broken=5))  # 15 > 2·√25 = 10
    assert not clear(Counter(fixed=12, broken=6))  # 6 < 2·√18 ≈ 8.5: more right, not clearly
    assert not clear(Counter())


def test_hand_rule_takes_the_pick_and_weights_take_the_best_score() -> None:
    data: list[Example] = [([{"pick"}, {"near"}], [False, True], 0), ([{"pick"}, {"far"}], [True, False], 1)]
    assert _right(data, None) == [False, True]
    assert _right(data, {"near": 2.0, "far": -1.0}) == [True, True]
    assert accuracy(data, {"near": 2.0, "far": -1.0}) == (2, 2)


def test_cross_validation_counts_what_the_model_fixes_and_breaks() -> None:
    # The rule's pick is wrong wherever "near" is offered; a model fitted on the other folds learns to take it.
    data: list[Example] = [([{"pick"}, {"near"}], [False, True], n) for n in range(20)]
    data += [([{"pick"}, {"far"}], [True, False], n) for n in range(20, 40)]
    cv = _cross_validated(data)
    assert cv["rule"] == 20
    assert cv["model"] == cv["rule"] + cv["fixed"] - cv["broken"]
    assert cv["fixed"] == 20 and cv["broken"] == 0 and clear(cv)


def test_publish_writes_only_a_clear_gain_no_worse_on_dev(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "weights.json"
    monkeypatch.setattr(continuation, "WEIGHTS", target)
    report = {"dev_rule": (9, 10), "dev_model": (8, 10)}
    _publish(report, Counter(fixed=20, broken=5), {"near": 1.0})
    assert not target.exists()  # clear held out, worse on dev
    _publish({**report, "dev_model": (9, 10)}, Counter(fixed=20, broken=5), {"near": 1.0})
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["weights"] == {"near": 1.0} and written["meta"]["cv_fixed"] == 20
