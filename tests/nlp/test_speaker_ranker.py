"""The speaker ranker: its candidates and features on a made-up sentence, its tie-breaks, its weights file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.nlp.claims import extract_claims, ranker
from app.nlp.continuation import Candidate
from app.nlp.tokenize import split_sentences
from app.nlp.types import SpeakerRef
from tests.nlp.test_claims import Ent, mentions_for, speaker_name

ALI: Ent = ("سامي العلي", "person", "سامي العلي", ())
BAGHDAD: Ent = ("بغداد", "place", "بغداد", ())
TEXT = "قال سامي العلي في بغداد إن المستشفيات جاهزة لاستقبال المرضى."


def ranked(text: str, ents: list[Ent]) -> dict[str, Candidate]:
    """The ranker's candidates of the text's only claim, by their words."""
    trace: dict[tuple[int, int], list[Candidate]] = {}
    extract_claims(text, split_sentences(text), mentions_for(text, ents), ranked=trace)
    [cands] = trace.values()
    return {c.ref.text: c for c in cands}


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules alone, whatever weights are shipped."""
    monkeypatch.setattr(ranker, "model", lambda: None)


@pytest.mark.usefixtures("no_model")
def test_the_rules_choice_and_the_names_around_the_cue_are_candidates() -> None:
    cands = ranked(TEXT, [ALI, BAGHDAD])
    assert set(cands) == {"سامي العلي", "بغداد"}
    pick, place = cands["سامي العلي"].features, cands["بغداد"].features
    assert {"pick", "src:pick", "next_to_cue", "in_zone", "same_sentence", "kind:person", "after:1"} <= pick
    assert {"src:near", "kind:place", "after:5", "in_zone", "other&pick_long"} <= place
    assert "pick" not in place and "next_to_cue" not in place


def test_a_model_preferring_another_candidate_changes_the_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranker, "model", lambda: ranker.Model({"kind:place": 5.0}, margin=1.0))
    ms = mentions_for(TEXT, [ALI, BAGHDAD])
    [claim] = extract_claims(TEXT, split_sentences(TEXT), ms)
    assert speaker_name(claim, ms) == "بغداد"


A, B = SpeakerRef("الوزير", 0, 6, mention=0), SpeakerRef("الجيش", 10, 15, mention=1)


def test_without_a_model_or_on_a_tie_the_rules_choice_stays() -> None:
    pick, other = Candidate(A, {"pick", "x"}), Candidate(B, {"y"})
    assert ranker.choose([other, pick], None) is pick
    assert ranker.choose([other, pick], ranker.Model({"x": 1.0, "y": 1.0}, margin=0.0)) is pick
    assert ranker.choose([other, pick], ranker.Model({"y": 1.5, "x": 1.0}, margin=1.0)) is pick  # within the margin
    assert ranker.choose([other, pick], ranker.Model({"y": 2.5, "x": 1.0}, margin=1.0)) is other


def test_pairs_of_plain_features_are_scored_when_the_model_asks() -> None:
    assert ranker.expand({"a", "b", "a&c"}, pairs=False) == {"a", "b", "a&c"}
    assert ranker.expand({"a", "b", "a&c"}, pairs=True) == {"a", "b", "a&c", "a^b"}
    m = ranker.Model({"a^b": 2.0}, margin=0.0, pairs=True)
    assert ranker.score(Candidate(A, {"b", "a"}), m) == 2.0


def test_the_weights_file_loads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "speaker_ranker.json"
    path.write_text(json.dumps({"meta": {}, "margin": 0.5, "pairs": True, "weights": {"pick": 1.25}}))
    monkeypatch.setattr(ranker, "WEIGHTS", path)
    ranker.model.cache_clear()
    try:
        assert ranker.model() == ranker.Model({"pick": 1.25}, margin=0.5, pairs=True)
        monkeypatch.setattr(ranker, "WEIGHTS", tmp_path / "none.json")
        ranker.model.cache_clear()
        assert ranker.model() is None
    finally:
        ranker.model.cache_clear()
