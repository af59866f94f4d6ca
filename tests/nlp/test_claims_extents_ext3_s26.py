"""Unnamed speakers' extents, session 26 (EXT3; GUIDELINES 9.33): a description chaining several «في + place, body,
field or event» is read whole, each «في» with what it opens counted as one word of the gain."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run

CAIRO: Ent = ("القاهرة", "place", "القاهرة", ())
KUWAIT: Ent = ("الكويت", "place", "الكويت", ())
GENEVA: Ent = ("جنيف", "place", "جنيف", ())
MINISTRY: Ent = ("وزارة الخارجية", "unit", "وزارة الخارجية", ())


def speaker_text(text: str, ents: list[Ent]) -> str:
    """The first claim's speaker phrase."""
    claims, _ = run(text, ents)
    assert claims and claims[0].speaker is not None
    return claims[0].speaker.text


def test_a_place_after_the_field_stays_in_the_phrase() -> None:
    """«باحث مصري في شؤون الحركات المتشددة | في القاهرة»: the place after his field is still his description; fails
    without extents.read_units (the gain counted word by word ran past MAX_GAINED, cut before «في القاهرة»)."""
    text = "وقال باحث مصري في شؤون الحركات المتشددة في القاهرة إن الهجوم فشل."
    assert speaker_text(text, [CAIRO]) == "باحث مصري في شؤون الحركات المتشددة في القاهرة"


def test_a_place_after_the_event_taken_part_in_stays_in_the_phrase() -> None:
    """«معتقلون في خلية شاركت في التفجيرات السابقة | في الكويت»: body, event and place chained; fails without
    extents.read_units (cut before «السابقة»)."""
    text = "وقال معتقلون في خلية شاركت في التفجيرات السابقة في الكويت إن الهجوم فشل."
    assert speaker_text(text, [KUWAIT]) == "معتقلون في خلية شاركت في التفجيرات السابقة في الكويت"


def test_a_clause_after_the_description_still_ends_it() -> None:
    """Guards: a relative clause with a place in it is still a clause past MAX_GAINED («شاركوا في المفاوضات | التي
    جرت في جنيف»), and a statement after «في» is no place («مسؤول في وزارة الخارجية | في تصريح»)."""
    text = "وقال مسؤولون شاركوا في المفاوضات التي جرت في جنيف الأسبوع الماضي إن الاتفاق قريب."
    assert speaker_text(text, [GENEVA]) == "مسؤولون شاركوا في المفاوضات"
    text = "وقال مسؤول في وزارة الخارجية في تصريح لوكالة الأنباء إن الهجوم فشل."
    assert speaker_text(text, [MINISTRY]) == "مسؤول في وزارة الخارجية"


def test_a_body_after_the_event_stays_in_the_phrase() -> None:
    """«مسؤولون شاركوا في المفاوضات | في الحكومة»: «في + body» is always in (9.33.5), after the event too; fails without
    extents.read_units (the gain past MAX_GAINED fell back to the event's end). Guard: more words between the units
    still run past the limit («المفاوضات الطويلة والصعبة | في الحكومة»: falls back as before)."""
    assert speaker_text("وقال مسؤولون شاركوا في المفاوضات في الحكومة إن الاتفاق قريب.", []) == (
        "مسؤولون شاركوا في المفاوضات في الحكومة"
    )
    text = "وقال مسؤولون شاركوا في المفاوضات الطويلة والصعبة في الحكومة إن الاتفاق قريب."
    assert speaker_text(text, []) == "مسؤولون شاركوا في المفاوضات"


def test_a_named_place_after_a_construct_head_before_a_nominal_object() -> None:
    """«يؤكد أهالي | محافظة الرمادي | إغلاق الطريق»: with no أن, the nominal object was read from the place's kind word
    and the phrase cut to «أهالي»; fails without fallback.past_named_place. Guards: a bare name was already read
    («سكان حلب»); a sound plural's ن closes the phrase («مسؤولون | مدينة حلب محاصرة»)."""
    ramadi: Ent = ("الرمادي", "place", "الرمادي", ())
    aleppo: Ent = ("حلب", "place", "حلب", ())
    assert speaker_text("ويؤكد أهالي محافظة الرمادي إغلاق الطريق منذ أيام.", [ramadi]) == "أهالي محافظة الرمادي"
    assert speaker_text("ويؤكد سكان مدينة حلب إغلاق الطريق منذ أيام.", [aleppo]) == "سكان مدينة حلب"
    assert speaker_text("ويؤكد سكان حلب إغلاق الطريق منذ أيام.", [aleppo]) == "سكان حلب"
    assert speaker_text("ويؤكد مسؤولون مدينة حلب محاصرة منذ أيام.", [aleppo]) == "مسؤولون"


def test_a_relative_clause_after_the_subject_is_no_nominal_object() -> None:
    """«أكد مصابو الانفجار | الذي وقع في مقر الشرطة الاتحادية | أن …»: a nominal cue read its object from «الذي»
    and the phrase stopped at «مصابو الانفجار»; a relative word right after the speaker's phrase is his clause
    (9.29.3), the أن after it the complement. Fails without the relative test in fallback_content."""
    police: Ent = ("الشرطة الاتحادية", "unit", "الشرطة الاتحادية", ())
    text = "وأكد مصابو الانفجار الذي وقع في مقر الشرطة الاتحادية أن الحادث زادهم إصرارا على العمل."
    assert speaker_text(text, [police]) == "مصابو الانفجار الذي وقع في مقر الشرطة الاتحادية"
    claims, _ = run(text, [police])
    assert claims[0].text.startswith("الحادث")
