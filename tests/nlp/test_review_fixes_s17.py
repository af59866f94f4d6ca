"""The reviewer's findings on session 17's source phrases (issue 13): a ل kept on its own word, raw offsets past
diacritics and tatweels, إلى after a speech, the phrase after لـ, a platform as a topic. Each fails without its fix."""

from __future__ import annotations

from app.nlp import morphology
from tests.nlp.test_claims import Ent, run
from tests.nlp.test_claims_sources_s17 import source_of

ADEL: Ent = ("سامي عادل", "person", "سامي عادل", ())


def test_a_word_opening_with_lam_keeps_it() -> None:
    """«بحسب لجنة الانتخابات»: لجنة is a word of its own, no ل glued to an outlet («جنة الانتخابات» before)."""
    text = "وقال سامي عادل، بحسب لجنة الانتخابات، إن الحكومة ستدعم المزارعين."
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) == "لجنة الانتخابات"


def test_lam_glued_to_an_outlet_is_read_apart() -> None:
    """«لوسائل الإعلام» names the media without the ل (GUIDELINES 9.25.15)."""
    text = "وقال الوزير سامي عادل في تصريح لوسائل الإعلام المحلية إن الحكومة ستدعم المزارعين."
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) == "وسائل الإعلام المحلية"


def test_a_kasra_after_lam_stays_with_it() -> None:
    """«لِوسائل»: the raw ل and its kasra both go, not one character («ِوسائل» before)."""
    text = "وقال الوزير سامي عادل في تصريح لِوسائل الإعلام المحلية إن الحكومة ستدعم المزارعين."
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) == "وسائل الإعلام المحلية"


def test_one_helper_skips_marks_after_a_letter() -> None:
    """morphology.chars_for_letters: the clitic helper entities, segments and speech share."""
    assert morphology.chars_for_letters("لـوسائل", 1) == 2
    assert morphology.chars_for_letters("بِتويتر", 1) == 2


def test_a_tatweel_after_a_glued_bi_before_a_platform() -> None:
    """«بـتويتر»: the platform without the ب and its tatweel («ـتويتر» before)."""
    text = "وكتب سامي عادل في تغريدة بـتويتر أن الحكومة ستدعم المزارعين."
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) == "تويتر"


def test_ila_after_a_speech_names_its_addressee() -> None:
    """«في كلمة إلى الشعب»: the people addressed, no outlet."""
    text = "وقال سامي عادل في كلمة إلى الشعب إن الحكومة ستدعم المزارعين."
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) is None


def test_ila_after_statements_still_names_the_outlet() -> None:
    text = 'وقال سامي عادل في تصريحات إلى "الوطن" إن الحكومة ستدعم المزارعين.'
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) == "الوطن"


def test_a_time_word_second_ends_the_phrase() -> None:
    """«لمراسلنا أمس»: the correspondent, not the day."""
    text = "وقال سامي عادل في تصريح لمراسلنا أمس إن الحكومة ستدعم المزارعين."
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) == "مراسلنا"


def test_a_relative_pronoun_ends_the_phrase() -> None:
    """«لإحدى القنوات الأرجنتينية التي»: the channel, not its relative clause."""
    text = "وقال سامي عادل في حديث لإحدى القنوات الأرجنتينية التي زارته إن الحكومة ستدعم المزارعين."
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) == "إحدى القنوات الأرجنتينية"


def test_a_platform_as_a_topic_is_no_source() -> None:
    """«… بعد حجب تويتر»: the content comes first and the platform is what was blocked, not the relay."""
    text = '"الحكومة ستدعم المزارعين"، قال سامي عادل بعد حجب تويتر في البلاد.'
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) is None


def test_a_platform_after_ala_is_the_source() -> None:
    text = '"الحكومة ستدعم المزارعين"، قال سامي عادل في تغريدة على تويتر.'
    claims, _ = run(text, [ADEL])
    assert source_of(claims[0]) == "تويتر"
