"""Span rules of session 17 on the tagger's spans: a unit head as a whole word keeps its first letter; 9.24's short
forms (a head and a plain adjective standing for a body named in full) are no mention."""

from __future__ import annotations

from app.nlp.entities import build_mentions, rules_off_for
from app.nlp.tokenize import split_sentences

QALA_TAGGER_OFF = rules_off_for(True)  # as in analyze() for the shipped tagger, which tags units


def _mentions(text: str, tags: list[str], lexicon: dict[str, int]) -> list[tuple[str, str]]:
    """(text, type) of the mentions built from one sentence's tags, as for a tagger that tags units."""
    sentences = split_sentences(text)
    found = build_mentions(text, sentences, [tags], lexicon, unit_rules=False, without=QALA_TAGGER_OFF)
    return [(m.text, m.type) for m in found]


def test_a_dual_unit_head_keeps_its_first_letter_though_the_rest_is_a_commoner_word() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    text = "وقدم التقرير لجنتي المالية في البرلمان ."
    lexicon = {"جنتي": 100}  # the rest (my garden) far commoner than the dual: _clitic_offset would read ل + جنتي
    assert _mentions(text, tags, lexicon) == [("لجنتي المالية", "unit")]


def test_a_singular_unit_head_keeps_its_first_letter() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert _mentions("وقالت لجنة الانتخابات إن النتائج جاهزة .", tags, {"جنه": 100}) == [("لجنة الانتخابات", "unit")]


def test_a_proclitic_before_a_unit_head_is_still_cut() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    text = "وقال مصدر ولجنة الانتخابات تعمل الآن ."
    assert _mentions(text, tags, {"لجنه": 100}) == [("لجنة الانتخابات", "unit")]


def test_a_short_form_of_9_24_is_no_mention() -> None:
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    text = "وقعت إيران مع الوكالة الدولية خريطة طريق ."
    assert _mentions(text, tags, {}) == []
    assert _mentions("وقالت والهيئة الهندسية إن العمل انتهى .", ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"], {}) == []


def test_a_short_form_with_more_of_the_name_stays() -> None:
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    text = "وقعت إيران مع الوكالة الدولية للطاقة الذرية خريطة ."
    assert _mentions(text, tags, {}) == [("الوكالة الدولية للطاقة الذرية", "unit")]
