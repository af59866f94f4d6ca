"""Span rules of session 17 on the tagger's spans: a unit head as a whole word keeps its first letter; 9.24's short
forms (a head and a plain adjective standing for a body named in full) are no mention."""

from __future__ import annotations

from tests.nlp.tagging import qala_mentions


def test_a_dual_unit_head_keeps_its_first_letter_though_the_rest_is_a_commoner_word() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    text = "وقدم التقرير لجنتي المالية في البرلمان ."
    lexicon = {"جنتي": 100}  # the rest (my garden) far commoner than the dual: _clitic_offset would read ل + جنتي
    assert qala_mentions(text, tags, lexicon=lexicon) == [("لجنتي المالية", "unit")]


def test_a_singular_unit_head_keeps_its_first_letter() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert qala_mentions("وقالت لجنة الانتخابات إن النتائج جاهزة .", tags, lexicon={"جنه": 100}) == [
        ("لجنة الانتخابات", "unit")
    ]


def test_a_proclitic_before_a_unit_head_is_still_cut() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    text = "وقال مصدر ولجنة الانتخابات تعمل الآن ."
    assert qala_mentions(text, tags, lexicon={"لجنه": 100}) == [("لجنة الانتخابات", "unit")]


def test_a_short_form_of_9_24_is_no_mention() -> None:
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    text = "وقعت إيران مع الوكالة الدولية خريطة طريق ."
    assert qala_mentions(text, tags, lexicon={}) == []
    assert (
        qala_mentions(
            "وقالت والهيئة الهندسية إن العمل انتهى .", ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"], lexicon={}
        )
        == []
    )


def test_a_short_form_with_more_of_the_name_stays() -> None:
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    text = "وقعت إيران مع الوكالة الدولية للطاقة الذرية خريطة ."
    assert qala_mentions(text, tags, lexicon={}) == [("الوكالة الدولية للطاقة الذرية", "unit")]
