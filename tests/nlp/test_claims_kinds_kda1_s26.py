"""Unnamed speakers' kind, session 26 (KDA1; GUIDELINES 9.5, 9.33.5, 9.33.8): a legislature's members are descriptive
bare or counted, and a body named only by its kind after في stays in the phrase and says who the source is."""

from __future__ import annotations

from tests.nlp.test_claims import run
from tests.nlp.test_claims_kinds_rvf2 import speaker_kind


def speaker_text(text: str) -> str:
    """The first claim's speaker phrase."""
    claims, _ = run(text, [])
    assert claims and claims[0].speaker is not None
    return claims[0].speaker.text


def test_members_of_a_legislature_are_descriptive() -> None:
    """«النواب»، «عدد من النواب»، «مشرعون أميركيون»: holders of a legislature's seat are bound to their chamber
    (9.33.8: descriptive, 7 against 2; train-a 543 c9); fails without data/seat_holders.txt (read anonymous as a bare
    people plural). Guards: «محللون»، «عدد من الخبراء» stay anonymous (9.33.8's trade plurals)."""
    assert speaker_kind("وقال النواب إن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("وقال عدد من النواب إن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("ويرى العديد من النواب والمحللون أن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("وقال مشرعون أميركيون إن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("وقال محللون إن الحكومة فشلت.") == "anonymous"
    assert speaker_kind("وقال عدد من الخبراء إن الحكومة فشلت.") == "anonymous"


def test_a_body_named_by_its_kind_after_fi_stays_in_the_phrase() -> None:
    """«موقوفون في خلية»، «مسؤول في شركة نفطية»، «عاملون في منظمات دولية»: «في + body» is always in the phrase
    (9.33.5) and a body says who the source is (9.5); fails without qualifiers.kind_body_end (the phrase cut before
    «في», read anonymous, train-a 542). Guards: an occasion or a time after «في» stays out («مصدر في تصريح»، «مسؤول في
    وقت سابق»), and a body's kind before its name is still read with the name («مصدر في مستشفى المدينة»)."""
    assert speaker_text("وقال موقوفون في خلية إرهابية إن الهجوم فشل.") == "موقوفون في خلية إرهابية"
    assert speaker_kind("وقال موقوفون في خلية إرهابية إن الهجوم فشل.") == "descriptive"
    assert speaker_text("وقال مسؤول في شركة نفطية إن الهجوم فشل.") == "مسؤول في شركة نفطية"
    assert speaker_kind("وقال مسؤول في شركة نفطية إن الهجوم فشل.") == "descriptive"
    assert speaker_kind("وقال عاملون في منظمات دولية إن الهجوم فشل.") == "descriptive"
    assert speaker_text("وقال مصدر في تصريح إن الهجوم فشل.") == "مصدر"
    assert speaker_text("وقال مسؤول في وقت سابق إن الهجوم فشل.") == "مسؤول"
    assert speaker_text("وقال مصدر في مستشفى المدينة إن الهجوم فشل.") == "مصدر في مستشفى المدينة"
