"""Review of KDA1 (session 26 RVK1; GUIDELINES 9.33.5, 9.33.8): a body in construct after «في» is not cut at its head,
a clause past the event or body people are of leaves what was read, and a legislature's members and the words of taking
part are read in their feminine and dual forms."""

from __future__ import annotations

from tests.nlp.test_claims_kinds_kda1_s26 import speaker_text
from tests.nlp.test_claims_kinds_rvf2 import speaker_kind


def test_a_body_in_construct_after_an_informed_sources_object_is_read_whole() -> None:
    """«مصادر مطلعة على المحادثات في وزارة الخارجية» (the ministry untagged): `kind_body_end` took «وزارة» alone as a
    body named by its kind, the genitive «الخارجية» counted as one more word and the gain ran over, so the phrase fell
    back to «مصادر مطلعة», anonymous; before KDA1 `field_after` read the construct whole, descriptive (9.33.5: «في +
    body» always in). Guards: a kind alone and with its nisba still read («مسؤول في شركة نفطية»)."""
    text = "وقالت مصادر مطلعة على المحادثات في وزارة الخارجية إن الحكومة فشلت."
    assert speaker_text(text) == "مصادر مطلعة على المحادثات في وزارة الخارجية"
    assert speaker_kind(text) == "descriptive"
    assert speaker_text("وقال مسؤول في شركة نفطية إن الهجوم فشل.") == "مسؤول في شركة نفطية"
    assert speaker_text("وقال مسؤول في شركة النفط الوطنية إن الهجوم فشل.") == "مسؤول في شركة النفط الوطنية"


def test_a_clause_past_the_event_keeps_the_event() -> None:
    """«مسؤولون مشاركون في المفاوضات | التي جرت في الدوحة»، «… | مع الحكومة»: the words past the event ran the gain
    over MAX_GAINED and the whole gain was dropped — «مسؤولون», anonymous, shorter than before KDA1. What was read as
    the event, body, place or field the people are of stays (9.33.5, 9.33.8). Guard: an event with nothing after it
    reads as before."""
    relative = "وقال مسؤولون مشاركون في المفاوضات التي جرت في الدوحة إن الاتفاق قريب."
    assert speaker_text(relative) == "مسؤولون مشاركون في المفاوضات"
    assert speaker_kind(relative) == "descriptive"
    verb = "وقال مسؤولون شاركوا في المفاوضات التي جرت في الدوحة إن الاتفاق قريب."
    assert speaker_text(verb) == "مسؤولون شاركوا في المفاوضات"
    with_whom = "وقال مسؤولون مشاركون في المفاوضات مع الحكومة إن الاتفاق قريب."
    assert speaker_text(with_whom) == "مسؤولون مشاركون في المفاوضات"
    assert speaker_text("وقال مسؤولون شاركوا في المفاوضات إن الاتفاق قريب.") == "مسؤولون شاركوا في المفاوضات"


def test_a_legislatures_members_in_the_dual_and_feminine_are_descriptive() -> None:
    """«نائبان»، «نائبات»، «مشرعات»، «مشرعتان»، «برلمانيات»: the same seat holders as «نواب»، «مشرعون» (9.33.8), read
    anonymous while data/seat_holders.txt listed only the masculine plurals."""
    for head in ("نائبان", "نائبات", "مشرعان", "مشرعات", "مشرعتان", "برلمانيات"):
        assert speaker_kind(f"وقال {head} إن الحكومة فشلت.") == "descriptive", head


def test_a_feminine_word_of_taking_part_brings_the_event() -> None:
    """A non-human plural takes a feminine singular: «مصادر منخرطة/ساهمت/تشارك في المفاوضات» — the event ties them as
    «مشاركة في» does (9.33.8); data/taking_part.txt lacked those forms and the phrase was cut before «في», anonymous."""
    for word in ("منخرطة", "ساهمت", "تشارك"):
        text = f"وقالت مصادر {word} في المفاوضات إن الاتفاق قريب."
        assert speaker_text(text) == f"مصادر {word} في المفاوضات", word
        assert speaker_kind(text) == "descriptive", word


def test_close_to_the_course_of_an_investigation_is_anonymous() -> None:
    """«مصدر قريب من مجريات التحقيق»، «مقربة من تفاصيل المفاوضات»: what the source is close to is the matter (9.31.10,
    as «قريب من التحقيق»); KDA1's `informed_object` named this case but stopped only at على/في/عن, and «مجريات» placed
    him — descriptive. Guards: close to a body or a person stays descriptive («قريب من قيادة الجيش»، «قريب من فريق
    التحقيق»، «مقرب من رئيس الحكومة»)."""
    assert speaker_kind("وقال مصدر قريب من مجريات التحقيق إن الحكومة فشلت.") == "anonymous"
    assert speaker_kind("وقالت مصادر مقربة من تفاصيل المفاوضات إن الحكومة فشلت.") == "anonymous"
    assert speaker_kind("وقال مصدر قريب من قيادة الجيش إن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("وقال مصدر قريب من فريق التحقيق إن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("وقال مصدر مقرب من رئيس الحكومة إن الحكومة فشلت.") == "descriptive"


def test_a_definite_body_past_an_informed_sources_object_is_his() -> None:
    """«مصدر مطلع على الملف | في الوزارة»: the ministry (untagged, a generic body) is where the source is (9.33.5: «في
    + body» always in); no rule read a definite body past the object, «في» ended the phrase and it read anonymous
    (`kind_body_end` now takes a generic body too). Guards: a gain past the limit falls back to the last point where
    the phrase may end — before «في» («مصدر مطلع على ملف المفاوضات | في الحكومة», as before) or after the event
    («مسؤولون شاركوا في المفاوضات | مع وفد الحكومة في الدوحة»: an object past the event; session 26 EXT3 reads the
    chain «شاركوا في المفاوضات في الحكومة» whole, 9.33.5's «في + body» always in)."""
    text = "وقال مصدر مطلع على الملف في الوزارة إن الحكومة فشلت."
    assert speaker_text(text) == "مصدر مطلع على الملف في الوزارة"
    assert speaker_kind(text) == "descriptive"
    assert speaker_text("وقال مصدر مطلع على ملف المفاوضات في الحكومة إن الحكومة فشلت.") == "مصدر مطلع على ملف المفاوضات"
    event = "وقال مسؤولون شاركوا في المفاوضات مع وفد الحكومة في الدوحة إن الاتفاق قريب."
    assert speaker_text(event) == "مسؤولون شاركوا في المفاوضات"
