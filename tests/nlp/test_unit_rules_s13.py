"""Unit rules of session 13 (helper tg3): a council with no place (GUIDELINES 9.13) and phrases never a mention."""

from __future__ import annotations

from tests.nlp.test_place_rules_s13 import typed_mentions


def _units(text: str, tagged: set[str], *, without: frozenset[str] = frozenset()) -> list[str]:
    """Unit mention texts of the tokens in `tagged`."""
    return typed_mentions(text, tagged, "ORG", "unit", without=without)


COUNCIL = {"المجلس", "البلدي", "والمجلس"}


def test_a_council_with_no_place_is_no_mention() -> None:
    assert _units("وأكد أن المجلس البلدي أصدر قرارات.", COUNCIL) == []
    assert _units("خلال فترة المجلس البلدي الحالي انتهى العمل.", COUNCIL) == []
    assert _units("وقال إن والمجلس البلدي أصدر قرارا.", COUNCIL) == []


def test_a_council_before_a_place_stays() -> None:
    assert _units("أصدر المجلس البلدي في قرطوم قرارا.", COUNCIL) == ["المجلس البلدي"]
    assert _units("أصدر المجلس البلدي بقرطوم قرارا.", COUNCIL) == ["المجلس البلدي"]
    assert _units("أصدر المجلس البلدي لمدينة قرطوم قرارا.", COUNCIL) == ["المجلس البلدي"]


def test_a_phrase_the_guidelines_call_no_mention_is_dropped() -> None:
    gov = {"الحكومة", "المركزية", "الانتقالية"}
    assert _units("رفعت الحكومة المركزية، أمس، النسبة.", gov) == []
    assert _units("شكلت الحكومة الانتقالية لجنة أمس.", gov) == []


def test_the_rules_can_be_switched_off() -> None:
    off = frozenset({"placeless_council", "not_mentions", "descriptive_only"})
    assert _units("وأكد أن المجلس البلدي أصدر قرارات.", COUNCIL, without=off) == ["المجلس البلدي"]
    assert _units("رفعت الحكومة المركزية، أمس، النسبة.", {"الحكومة", "المركزية"}, without=off) == ["الحكومة المركزية"]
