"""Span rules of session 14 on the tagger's spans: a list's و left out of the name after a mention of its type."""

from __future__ import annotations

from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences

# The whole word as common as its remainder (neither clitic rule of _clitic_offset cuts its و).
_LEXICON = {"وقرطوبه": 40000, "قرطوبه": 50000, "وزاره": 124, "زاره": 56312}


def _mentions(text: str, tags: list[str], *, without: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(text, type) of the mentions built from one sentence's tags, as for a tagger that tags units."""
    sentences = split_sentences(text)
    return [
        (m.text, m.type) for m in build_mentions(text, sentences, [tags], _LEXICON, unit_rules=False, without=without)
    ]


def test_a_place_joined_by_wa_to_a_place_leaves_the_wa_out() -> None:
    tags = ["O", "O", "B-LOC", "B-LOC", "O", "O"]
    assert _mentions("حرر الجيش أبين وقرطوبة أمس .", tags) == [("أبين", "place"), ("قرطوبة", "place")]


def test_a_comma_may_stand_between_the_two() -> None:
    tags = ["O", "O", "B-LOC", "O", "B-LOC", "O", "O"]
    assert _mentions("حرر الجيش أبين ، وقرطوبة أمس .", tags) == [("أبين", "place"), ("قرطوبة", "place")]


def test_after_a_mention_of_another_type_the_wa_stays() -> None:
    tags = ["O", "B-LOC", "B-PER", "O", "O"]
    assert _mentions("زار أبين وقرطوبة أمس .", tags) == [("أبين", "place"), ("وقرطوبة", "person")]


def test_a_word_far_more_common_than_its_remainder_keeps_its_wa() -> None:
    tags = ["O", "B-LOC", "O", "B-ORG", "I-ORG", "O"]
    assert _mentions("زار أبين ، وزارة العمل .", tags) == [("أبين", "place"), ("وزارة العمل", "unit")]


def test_the_rule_can_be_switched_off() -> None:
    tags = ["O", "O", "B-LOC", "B-LOC", "O", "O"]
    off = frozenset({"coordinated_wa"})
    assert _mentions("حرر الجيش أبين وقرطوبة أمس .", tags, without=off) == [("أبين", "place"), ("وقرطوبة", "place")]
