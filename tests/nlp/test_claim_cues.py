"""The speech-cue table read from app/nlp/data/speech_cues.txt and fixed_cues.txt."""

from __future__ import annotations

import pytest

from app.nlp.claim_cues import _verb_row, cue_of, norm


@pytest.mark.parametrize(
    ("word", "lemma", "form", "prefixed"),
    [
        ("قالت", "قال", "past", False),
        ("وأكدت", "اكد", "past", True),
        ("يؤكد", "اكد", "present", False),
        ("مشيرا", "اشار", "participle", False),
        ("نقلت", "نقل", "relay", False),
        ("وبحسب", "وفقا", "attrib", True),
        ("يرى", "راي", "present", False),
        ("بقوله", "قال", "past", False),
    ],
)
def test_cue_forms_come_from_the_data_files(word: str, lemma: str, form: str, prefixed: bool) -> None:
    spec = cue_of(norm(word))
    assert spec is not None
    assert (spec.lemma, spec.form, spec.prefixed) == (lemma, form, prefixed)


def test_a_row_keeps_its_prepositions_strength_and_object() -> None:
    spec = cue_of(norm("أكد"))
    assert spec is not None
    assert (spec.strength, spec.preps, spec.nominal) == (0.85, frozenset({"علي"}), True)


@pytest.mark.parametrize(("word", "strict"), [("وبين", True), ("لافتة", True), ("لافتا", False), ("قال", False)])
def test_strict_cues_come_from_their_lists(word: str, strict: bool) -> None:
    """بين (strict_cues.txt) and لافتة (participle_not_cues.txt) need their complement straight after them."""
    spec = cue_of(norm(word))
    assert spec is not None and spec.strict is strict


def test_a_row_with_a_bad_object_column_is_refused() -> None:
    with pytest.raises(ValueError, match="nominal"):
        _verb_row("قال", "* | - | - | 0.9 | - | maybe")


def test_no_word_is_no_cue() -> None:
    assert cue_of(norm("البيت")) is None
