"""The continuation fit's gate: held-out counts against the hand rule and the sign test that decides a write."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from app.nlp import continuation
from training.qala_news.continuation import Example, _cross_validated, _publish, _right, accuracy, clear, held_out


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


def test_fit_on_train_a_writes_its_weights_apart_from_the_shipped_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`fit-continuation --fit-on train-a`: fitted on train-a only, counted on train-b and dev, never the shipped
    file."""
    shipped = tmp_path / "continuation_weights.json"
    shipped.write_text(json.dumps({"weights": {"pick": 1.0}}), encoding="utf-8")
    monkeypatch.setattr(continuation, "WEIGHTS", shipped)
    continuation.weights.cache_clear()
    seen: list[str] = []

    def fake_examples(split: str) -> list[Example]:
        seen.append(split)
        assert not continuation.WEIGHTS.exists()  # collected under the hand rule alone
        flip = split == "train-a"
        return [([{"pick"}, {"near"}], [False, True], n) for n in range(20 if flip else 10)] + [
            ([{"pick"}, {"far"}], [True, False], n) for n in range(20, 40)
        ]

    monkeypatch.setattr("training.qala_news.continuation.examples", fake_examples)
    out = tmp_path / "fitted.json"
    report = held_out(out)
    continuation.weights.cache_clear()
    assert seen == ["train-a", "train-b", "dev"]
    assert json.loads(shipped.read_text(encoding="utf-8")) == {"weights": {"pick": 1.0}}  # untouched
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["meta"]["fit_on"] == "train-a" and written["weights"]["near"] > 0
    assert report["train-b_rule"] == (20, 30) and report["train-b_model"] == (30, 30)
    assert report["train-b_fixed"] == 10 and report["train-b_broken"] == 0
    assert report["train-b_shipped"] == (20, 30)  # the shipped weights, read before the swap, counted beside


def test_held_out_prints_its_counts_in_one_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """«train-b_shipped» is 15 letters: a 14-wide key column pushed its count one place right (RV6 finding 8)."""
    shipped = tmp_path / "continuation_weights.json"
    shipped.write_text(json.dumps({"weights": {"pick": 1.0}}), encoding="utf-8")
    monkeypatch.setattr(continuation, "WEIGHTS", shipped)
    continuation.weights.cache_clear()
    data: list[Example] = [([{"pick"}, {"near"}], [False, True], n) for n in range(10)]
    monkeypatch.setattr("training.qala_news.continuation.examples", lambda _split: data)
    held_out(tmp_path / "fitted.json")
    continuation.weights.cache_clear()
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith(("cv_", "train-b_", "dev_"))]
    assert len(rows) > 6 and len({len(line) - len(line[len(line.split()[0]) :].lstrip()) for line in rows}) == 1
