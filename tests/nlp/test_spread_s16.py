"""Spreading rules of session 16: a unit name's untagged copies are no mentions where they read as no name."""

from __future__ import annotations

from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences
from tests.nlp.tagging import QALA_TAGGER_OFF, qala_mentions


def _mentions(text: str, tagged: set[int], *, without: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(text, type) of the mentions of a one-sentence text whose tokens at `tagged` are tagged ORG, one word each."""
    tags = ["B-ORG" if k in tagged else "O" for k in range(len(split_sentences(text)[0]))]
    return qala_mentions(text, tags, without=without)


def test_a_name_untagged_more_often_than_found_does_not_spread() -> None:
    text = "أعلنت بوينغ أرباحها ، وعثر على جناح طائرة بوينغ 777 وجزء من طائرة بوينغ آخر ."
    assert _mentions(text, {1}) == [("بوينغ", "unit")]
    off = frozenset({"spread_majority"})
    assert _mentions(text, {1}, without=off) == [("بوينغ", "unit")] * 3


def test_a_name_found_at_most_places_spreads() -> None:
    text = "قالت حماس إن الهدنة قائمة ، وأكدت حماس ذلك ، ودعت حماس الوسطاء ."
    assert _mentions(text, {1, 7}) == [("حماس", "unit")] * 3


def test_a_spread_nisba_after_a_definite_noun_is_an_adjective() -> None:
    text = 'وقالت " الاقتصادية " إن الأوضاع الاقتصادية تدهورت .'
    assert _mentions(text, {2}) == [("الاقتصادية", "unit")]
    off = frozenset({"spread_reading"})
    assert _mentions(text, {2}, without=off) == [("الاقتصادية", "unit")] * 2


def test_a_spread_name_an_agreeing_adjective_follows_is_a_common_noun() -> None:
    text = 'ونقلت " الوطن " أن دول الوطن العربي اجتمعت أمس .'
    assert _mentions(text, {2}) == [("الوطن", "unit")]
    off = frozenset({"spread_reading"})
    assert _mentions(text, {2}, without=off) == [("الوطن", "unit")] * 2


def test_a_nisba_of_another_gender_after_an_outlet_keeps_the_copy() -> None:
    text = 'ونقلت " الوطن " أن الحكومة قالت لـ الوطن السعودية ذلك .'
    assert _mentions(text, {2}) == [("الوطن", "unit")] * 2


def test_a_place_name_untagged_more_often_than_found_does_not_spread() -> None:
    text = "وصل الوفد إلى الاستقبال أمس ، وبدأ الاستقبال من نقطة التجمع ، وتكاليف النقل و الاستقبال كبيرة ."
    sentences = split_sentences(text)
    tags = [["B-LOC" if k == 3 else "O" for k in range(len(sentences[0]))]]
    found = build_mentions(text, sentences, tags, {}, unit_rules=False, without=QALA_TAGGER_OFF)
    assert [(m.text, m.type) for m in found] == [("الاستقبال", "place")]
    off = QALA_TAGGER_OFF | {"spread_majority"}
    found = build_mentions(text, sentences, tags, {}, unit_rules=False, without=off)
    assert [(m.text, m.type) for m in found] == [("الاستقبال", "place")] * 3


def test_a_person_name_found_once_spreads_however_often_it_recurs() -> None:
    text = "وحصلت نور على درجة ولأخيها واثق درجة ، وشقيقها واثق مسجل ، وقال واثق إنه راض ."
    sentences = split_sentences(text)
    tags = [["B-PER" if k in (1, 5) else "O" for k in range(len(sentences[0]))]]
    found = build_mentions(text, sentences, tags, {}, unit_rules=False, without=QALA_TAGGER_OFF)
    assert [m.text for m in found if m.type == "person"] == ["نور", "واثق", "واثق", "واثق"]
