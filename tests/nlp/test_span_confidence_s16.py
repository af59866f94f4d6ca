"""Span confidence (session 16): CRF marginals from the fast tagger, and tagged spans under a type's floor dropped."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import numpy as np
import pytest

from app.core.settings import REPO_ROOT
from app.nlp import entities
from app.nlp.doc import Doc
from app.nlp.entities import SPAN_CONFIDENCE, build_mentions, find_mentions, span_floors
from app.nlp.ner import StanzaTagger, resolve_models, scored_tags
from app.nlp.ner_fast import marginals
from app.nlp.pipeline import Tag
from app.nlp.tokenize import split_sentences
from tests.nlp.tagging import QALA_TAGGER_OFF


def test_marginals_sum_to_one_over_tags_at_every_real_step() -> None:
    rng = np.random.default_rng(3)
    scores = rng.normal(scale=4.0, size=(3, 6, 5))
    lens = [6, 4, 1]
    probs = marginals(scores, lens, rng.normal(scale=3.0, size=(5, 5)))
    for b, n in enumerate(lens):
        assert np.allclose(probs[b, :n].sum(1), 1.0)
        assert (probs[b, :n] >= 0).all()


def test_marginals_stay_finite_for_extreme_scores() -> None:
    scores = np.array([[[300.0, -300.0, 0.0], [-300.0, 300.0, 0.0]]])
    probs = marginals(scores, [2], np.array([[0.0, -50.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]))
    assert np.isfinite(probs).all() and np.allclose(probs[0].sum(1), 1.0)


def _doc(text: str, tagged: dict[int, float]) -> Doc:
    """A one-sentence Doc whose tokens at `tagged` are single-word ORG spans with the given marginals."""
    doc = Doc(text, split_sentences(text))
    n = len(doc.sentences[0])
    doc.tags = [["S-ORG" if k in tagged else "O" for k in range(n)]]
    doc.tag_confidence = [[tagged.get(k, 0.99) for k in range(n)]]
    return doc


def _units(doc: Doc, floors: dict[str, float] | None, without: frozenset[str] = frozenset()) -> list[str]:
    found = find_mentions(doc, {}, unit_rules=False, without=QALA_TAGGER_OFF | without, min_confidence=floors)
    return [m.text for m in found if m.type == "unit"]


def test_a_unit_span_under_its_floor_is_dropped_and_one_above_kept() -> None:
    text = "وقالت حماس إن الهدنة قائمة ، ورفضت فتح ذلك ."
    doc = _doc(text, {1: 0.35, 7: 0.95})
    assert _units(doc, {"unit": 0.6}) == ["فتح"]
    assert _units(doc, {"unit": 0.3}) == ["حماس", "فتح"]
    assert _units(doc, {"place": 0.9}) == ["حماس", "فتح"]  # a floor binds its own type only
    assert _units(doc, {"unit": 0.6}, frozenset({"span_confidence"})) == ["حماس", "فتح"]


def test_a_doc_without_marginals_keeps_every_span() -> None:
    doc = _doc("وقالت حماس إن الهدنة قائمة .", {1: 0.1})
    doc.tag_confidence = None
    assert _units(doc, {"unit": 0.6}) == ["حماس"]


def test_the_floors_setting_reads_as_type_to_number() -> None:
    floors = span_floors()
    assert floors, "the shipped span floors are empty"
    assert all(t in ("unit", "place", "person") and 0.0 <= v <= 1.0 for t, v in floors.items())


def test_the_floors_were_fitted_for_the_shipped_model() -> None:
    """A retrained tagger needs its floors refitted (training.span_confidence): the versions must agree."""
    fitted = json.loads(SPAN_CONFIDENCE.read_text(encoding="utf-8"))
    shipped = json.loads((REPO_ROOT / "models/qala_models.json").read_text(encoding="utf-8"))
    assert fitted["model_version"] == shipped["version"]


class _ScoredTagger:
    version: ClassVar[str] = "fake"
    lexicon: ClassVar[dict[str, int]] = {}

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        raise AssertionError("the tag stage should ask for the scored tags")

    def tag_scored(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[float]]]:
        return [["O"] * len(s) for s in sentences], [[0.5] * len(s) for s in sentences]


def test_the_tag_stage_keeps_the_marginals_a_tagger_offers() -> None:
    doc = Doc.of("قال الرجل ذلك .")
    Tag(_ScoredTagger())(doc)
    assert doc.tags == [["O"] * 4] and doc.tag_confidence == [[0.5] * 4]


@pytest.fixture(scope="module")
def shipped() -> StanzaTagger:
    return StanzaTagger(resolve_models(models_dir=REPO_ROOT / "models", stanza_dir=None))


def test_scored_tags_equal_the_plain_tags_with_a_marginal_per_token(shipped: StanzaTagger) -> None:
    sentences = [["قال", "رئيس", "الوزراء", "مصطفى", "الكاظمي", "في", "بغداد", "."], ["وزارة", "الدفاع", "."], []]
    tags, conf = shipped.tag_scored(sentences)
    assert tags == shipped.tag(sentences)
    assert conf is not None and [len(c) for c in conf] == [8, 3, 0]
    assert all(0.0 < p <= 1.0 + 1e-9 for c in conf for p in c)
    assert shipped.tag_scored([]) == ([], [])


def logsumexp(x: np.ndarray, axis: int | None = None) -> np.ndarray:
    m = x.max(axis=axis, keepdims=True)
    return np.asarray(np.squeeze(m, axis) + np.log(np.exp(x - m).sum(axis=axis)))


def _log_space(scores: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Forward-backward in log space for one sentence: the plain reference."""
    steps = scores.shape[0]
    alpha, beta = np.zeros_like(scores), np.zeros_like(scores)
    alpha[0] = scores[0]
    for t in range(1, steps):
        alpha[t] = scores[t] + logsumexp(alpha[t - 1][:, None] + trans, 0)
    for t in range(steps - 2, -1, -1):
        beta[t] = logsumexp(trans + (scores[t + 1] + beta[t + 1])[None], 1)
    return np.asarray(np.exp(alpha + beta - logsumexp(alpha[-1])))


def test_long_sentences_with_steep_transitions_match_log_space() -> None:
    rng = np.random.default_rng(11)
    trans = rng.normal(scale=8.0, size=(9, 9))
    scores = rng.normal(scale=6.0, size=(2, 300, 9))
    probs = marginals(scores, [300, 170], trans)
    assert np.allclose(probs[0], _log_space(scores[0], trans))
    assert np.allclose(probs[1, :170], _log_space(scores[1, :170], trans))


def test_steep_transitions_over_many_steps_do_not_underflow() -> None:
    """The reviewer's case: a forward mass renormalised only every few steps underflowed to 0 and gave NaN."""
    trans = np.array([[0.0, -50.0], [-50.0, -50.0]])
    scores = np.zeros((1, 40, 2))
    scores[0, :, 1] = 100.0
    probs = marginals(scores, [40], trans)
    assert np.isfinite(probs).all()
    assert np.allclose(probs[0], _log_space(scores[0], trans))


def test_a_nan_marginal_anywhere_in_a_span_reads_as_unsure() -> None:
    text = "وقالت منظمة الصحة إن الهدنة قائمة ."
    doc = Doc(text, split_sentences(text))
    n = len(doc.sentences[0])
    doc.tags = [["O", "B-ORG", "E-ORG"] + ["O"] * (n - 3)]
    for conf in ([0.9, float("nan")], [float("nan"), 0.9]):
        doc.tag_confidence = [[0.99, *conf] + [0.99] * (n - 3)]
        assert _units(doc, {"unit": 0.4}) == []


def test_build_mentions_applies_the_span_floor_to_the_confidence_it_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """The benches' shared build function sees the marginals analyze() sees (bench.rule_ablation, bench.eval_ner).
    The floor is set here: the shipped one is refitted per model and may set none for units (session 20's)."""
    monkeypatch.setattr(entities, "span_floors", lambda: {"unit": 0.5})
    doc = _doc("وقالت حماس إن الهدنة قائمة ، ورفضت فتح ذلك .", {1: 0.05, 7: 0.95})
    assert doc.tags is not None and doc.tag_confidence is not None
    opts: dict[str, Any] = {"unit_rules": False, "without": QALA_TAGGER_OFF}
    built = build_mentions(doc.text, doc.sentences, doc.tags, confidence=doc.tag_confidence, **opts)
    assert [m.text for m in built if m.type == "unit"] == ["فتح"]
    plain = build_mentions(doc.text, doc.sentences, doc.tags, **opts)
    assert [m.text for m in plain if m.type == "unit"] == ["حماس", "فتح"]


def test_scored_tags_takes_the_marginals_a_tagger_offers() -> None:
    assert scored_tags(_ScoredTagger(), [["قال", "ذلك"]]) == ([["O", "O"]], [[0.5, 0.5]])


class _PlainTagger:
    version: ClassVar[str] = "plain"
    lexicon: ClassVar[dict[str, int]] = {}

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [["O"] * len(s) for s in sentences]


class _MisshapenTagger(_ScoredTagger):
    def tag_scored(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[float]]]:
        return [["O"] * len(s) for s in sentences], [[0.5] for _ in sentences]


def test_a_plain_tagger_leaves_no_old_confidence_on_the_doc() -> None:
    doc = Doc.of("قال الرجل ذلك .")
    Tag(_ScoredTagger())(doc)
    Tag(_PlainTagger())(doc)
    assert doc.tags == [["O"] * 4] and doc.tag_confidence is None


def test_confidences_not_one_per_token_are_refused() -> None:
    with pytest.raises(ValueError, match="one per token"):
        Tag(_MisshapenTagger())(Doc.of("قال الرجل ذلك ."))
