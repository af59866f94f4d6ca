"""Unnamed speakers' kind, session 19 (SPK2; issue 13, GUIDELINES 9.5, 9.18, 9.19): a body or a place below the state
in the phrase, a group bound to its place by itself, a field or a body in construct makes the speaker descriptive. The
first two tests fail without extents.located, the third without extents.bound_group, the fourth without the field words
of data/speaker_fields.txt, the fifth without extents.body_genitive."""

from __future__ import annotations

from tests.nlp.test_claims import run


def speaker_kind(text: str) -> str:
    """The kind of the first claim's speaker, no mentions given."""
    claims, _ = run(text, [])
    assert claims and claims[0].speaker is not None
    return claims[0].speaker.kind


def test_a_source_in_a_body_is_descriptive() -> None:
    """«مصدر في الوزارة»: the body places him (9.5 «بعض المسؤولين في وزارة التعليم»)."""
    assert speaker_kind("وقال مصدر في الوزارة إن القرار سيصدر الأسبوع المقبل.") == "descriptive"


def test_a_body_glued_to_bi_is_descriptive() -> None:
    """«مصادر بالشرطة»: ب glued to the body, as 9.5's «مسؤولون بمطار عدن»."""
    assert speaker_kind("وقالت مصادر بالشرطة إن المشتبه به اعتقل أمس.") == "descriptive"


def test_residents_are_descriptive_by_themselves() -> None:
    """«سكان» says where the speakers are (9.18: «سكان»، «أهالي X»، «شهود», all descriptive)."""
    assert speaker_kind("وقال سكان إن القصف استمر طوال الليل.") == "descriptive"


def test_a_count_and_a_state_place_no_one() -> None:
    """Guards (pass either way): «عدد من المواطنين» counts the people, «مصادر في اليمن» names only the state (9.19)."""
    assert speaker_kind("وقال عدد من المواطنين إن الأسعار ارتفعت.") == "anonymous"
    assert speaker_kind("وقالت مصادر في اليمن إن الهدنة انهارت.") == "anonymous"


def test_a_press_or_rights_field_is_descriptive() -> None:
    """«مصادر صحافية»، «مصادر ملاحية»: a field, as «مصادر عسكرية» (9.5; data/speaker_fields.txt)."""
    assert speaker_kind("وقالت مصادر صحافية إن الاتفاق وقع أمس.") == "descriptive"
    assert speaker_kind("وقالت مصادر ملاحية إن السفينة غادرت الميناء.") == "descriptive"


def test_a_body_in_construct_is_descriptive() -> None:
    """«خبراء الصندوق»: the experts belong to a body (9.5); «بعض المسؤولين» counts them and stays anonymous (guard)."""
    assert speaker_kind("وقال خبراء الصندوق إن النمو سيتباطأ هذا العام.") == "descriptive"
    assert speaker_kind("وقال بعض المسؤولين إن النمو سيتباطأ هذا العام.") == "anonymous"


def test_a_fronted_unnamed_subject_is_read_alike() -> None:
    """«وكان موظفون في الوزارة أكدوا أن»: a subject before its verb (continuing.words_ref) is placed as any phrase;
    fails without the `placed` test in words_ref."""
    assert speaker_kind("وكان موظفون في الوزارة أكدوا أن الرواتب تأخرت شهرين.") == "descriptive"
    assert speaker_kind("وكان سكان أكدوا أن القصف استمر.") == "descriptive"


def test_a_plural_head_that_is_a_field_word_names_no_one() -> None:
    """«سياسيون يمنيون»: politicians with a nationality are anonymous (9.18, «دبلوماسيون»); fails without
    speaker.field_group."""
    assert speaker_kind("وقال سياسيون يمنيون إن الحوار متوقف منذ أشهر.") == "anonymous"
