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


def test_the_event_people_took_part_in_stays_in_the_phrase() -> None:
    """«مسؤولون شاركوا في المفاوضات»، «مسؤولون مشاركون في الاجتماع»: after a word of taking part, «في» brings the
    event that ties the people (9.33.8: offices tied to the event by a clause are descriptive); fails without
    extents.event_taken_part_in (the «في» read as an occasion, the phrase cut to «مسؤولون شاركوا», anonymous). Guards:
    a time or a statement after it still ends the phrase («شاركوا في وقت سابق»، «مشاركة في بيان»)."""
    assert speaker_text("وقال مسؤولون شاركوا في المفاوضات إن الاتفاق قريب.") == "مسؤولون شاركوا في المفاوضات"
    assert speaker_kind("وقال مسؤولون شاركوا في المفاوضات إن الاتفاق قريب.") == "descriptive"
    assert speaker_kind("وقال مسؤولون مشاركون في الاجتماع إن الاتفاق قريب.") == "descriptive"
    assert speaker_text("وقال مسؤولون شاركوا في وقت سابق إن الاتفاق قريب.") == "مسؤولون شاركوا"
    assert speaker_text("وقالت مصادر مشاركة في بيان إن الاتفاق قريب.") == "مصادر مشاركة"


def test_what_an_informed_source_knows_of_is_no_body() -> None:
    """«مصدر مطلع على تفاصيل الاتفاق»، «مصادر مطلعة على سير المفاوضات»: the object of «مطلع على» is a matter, as «مطلع
    على القضية» is (9.31.10: a file or an investigation is no body); fails without extents.informed_object (the
    construct «تفاصيل الاتفاق» read as the body the source is of, descriptive). Guard: «مصدر مطلع في الوزارة» stays
    descriptive."""
    assert speaker_kind("وقال مصدر مطلع على تفاصيل الاتفاق إن الحكومة فشلت.") == "anonymous"
    assert speaker_kind("وقالت مصادر مطلعة على سير المفاوضات إن الحكومة فشلت.") == "anonymous"
    assert speaker_kind("وقال مصدر مطلع على القضية إن الحكومة فشلت.") == "anonymous"
    assert speaker_kind("وقال مصدر مطلع في الوزارة إن الحكومة فشلت.") == "descriptive"
