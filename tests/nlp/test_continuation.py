"""The continuation-speaker choice: features, the fitted weights, and the hand rule as fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.nlp import continuation
from app.nlp.continuation import Candidate, choose, cue_ending, name_ending
from app.nlp.types import SpeakerRef


@pytest.mark.parametrize(
    ("cue", "form", "ending"),
    [
        ("واضافت", "past", "t"),
        ("وقال", "past", "base"),
        ("قالوا", "past", "pl"),
        ("قالا", "past", "a"),
        ("مشيره", "participle", "h"),
        ("مشيرا", "participle", "a"),
        ("مضيفين", "participle", "pl"),
        ("تقول", "present", "ta"),
        ("يقول", "present", "base"),
    ],
)
def test_cue_ending(cue: str, form: str, ending: str) -> None:
    assert cue_ending(cue, form) == ending


def test_name_ending_reads_the_first_word() -> None:
    assert name_ending("وزاره", "unit") == "h"
    assert name_ending("جيش", "unit") == "base"
    assert name_ending("مسوولون", "desc") == "pl"
    assert name_ending("قوات", "unit") == "at"
    assert name_ending("محمد", "person") == "person"


A, B = SpeakerRef("الوزير", 0, 6, mention=0), SpeakerRef("الجيش", 10, 15, mention=1)


def test_without_weights_the_hand_rule_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(continuation, "WEIGHTS", Path("/nonexistent/weights.json"))
    continuation.weights.cache_clear()
    try:
        assert choose([Candidate(A, {"prev"}), Candidate(B, {"newer", "pick"})], rule=B) is B
    finally:
        continuation.weights.cache_clear()


def test_with_weights_the_best_scored_candidate_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(continuation, "weights", lambda: {"prev&prev_same_para": 2.0, "pick": 0.5})
    cands = [Candidate(A, {"prev", "prev&prev_same_para"}), Candidate(B, {"newer", "pick"})]
    assert choose(cands, rule=B) is A
    assert choose([Candidate(A, {"x"}), Candidate(B, {"pick"})], rule=B) is B  # ties and unknown features


def test_shipped_weights_load_and_prefer_the_previous_speaker_in_the_same_paragraph() -> None:
    w = continuation.weights()
    assert w is not None and w.get("pick", 0) > 0
    same = Candidate(A, {"prev", "prev&prev_same_para", "kind:person", "d<200"})
    far = Candidate(B, {"far", "far&prev_same_para", "kind:unit", "d>=2000"})
    assert continuation.score(same, w) > continuation.score(far, w)
