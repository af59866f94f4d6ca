"""Span rules of session 15 on the tagger's spans: a head with only describing adjectives names no unit (9.8)."""

from __future__ import annotations

from app.nlp.entities import build_mentions, rules_off_for
from app.nlp.tokenize import split_sentences

QALA_TAGGER_OFF = rules_off_for(True)  # as in analyze() for the shipped tagger, which tags units


def _mentions(text: str, tags: list[str], *, without: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(text, type) of the mentions built from one sentence's tags, as for a tagger that tags units."""
    sentences = split_sentences(text)
    return [
        (m.text, m.type)
        for m in build_mentions(text, sentences, [tags], {}, unit_rules=False, without=without | QALA_TAGGER_OFF)
    ]


def test_a_generic_head_with_a_force_adjective_is_no_mention() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    text = "وقال إن القوات العسكرية جاهزة تماما ."
    assert _mentions(text, tags) == []
    off = frozenset({"descriptive_only"})
    assert _mentions(text, tags, without=off) == [("القوات العسكرية", "unit")]


def test_an_organ_named_by_its_function_alone_is_no_mention() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert _mentions("وقال عضو اللجنة المركزية إن الوضع صعب .", tags) == []
    assert _mentions("وقالت الحكومة الانتقالية إن الوضع صعب .", tags[1:]) == []


def test_a_describing_adjective_before_a_nisba_keeps_the_unit() -> None:
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert _mentions("وقالت القوات المسلحة السعودية إنها مستعدة .", tags) == [("القوات المسلحة السعودية", "unit")]


def test_a_force_adjective_after_a_head_that_is_not_generic_keeps_the_unit() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert _mentions("وقالت الشرطة العسكرية إنها مستعدة .", tags) == [("الشرطة العسكرية", "unit")]
