"""Shortened back-references to an unnamed speaker (session 25, BKR1; ruling S25-1, GUIDELINES 9.13, 9.15).

A later definite people or source noun whose qualifiers only repeat words of an earlier unnamed speaker's phrase is
that speaker («المصادر الطبية» after «مصادر طبية في مستشفى …»). Each test fails without speaker.repeated_part, but
the two guards: a whole repeat and a word of its own leave the phrase as written (9.33.10). RVF14 added 9.36.2's
final wording (speaker.may_replace): a plural after one person, another kind of head, or a head matching another
phrase stays as written; those tests fail without it.
"""

from __future__ import annotations

from app.nlp.types import Claim
from tests.nlp.test_claims import Ent, run

HOSPITAL: Ent = ("مستشفى الشفاء", "unit", "مستشفى الشفاء", ())


def claim_with(text: str, ents: list[Ent], words: str) -> Claim:
    """The claim holding `words` (its speaker set)."""
    claims, _ = run(text, ents)
    said = next(c for c in claims if words in c.text)
    assert said.speaker is not None
    return said


def test_a_repeated_qualifier_goes_back_to_the_phrase_that_introduced_the_speaker() -> None:
    text = (
        "وقالت مصادر طبية في مستشفى الشفاء إن ثلاثة جرحى وصلوا مساء أمس. "
        "وفي سياق آخر، أعلن الجيش إغلاق الطريق الرئيسي. "
        "وقالت المصادر الطبية إن أحد الجرحى توفي صباح اليوم."
    )
    said = claim_with(text, [HOSPITAL], "توفي")
    assert said.speaker is not None and said.speaker.text == "مصادر طبية في مستشفى الشفاء"
    assert said.speaker.start == text.index("مصادر طبية")
    text = text.replace("وقالت المصادر الطبية", "وقالت هذه المصادر الطبية")  # a demonstrative added: still a repeat
    said = claim_with(text, [HOSPITAL], "توفي")
    assert said.speaker is not None and said.speaker.text == "مصادر طبية في مستشفى الشفاء"


def test_the_nisba_and_the_head_need_not_repeat_exactly() -> None:
    """«المسؤولون الأمريكيون» after «مسؤولين في الإدارة الأمريكية»; «المسؤول التركي» after «مسؤول في الحكومة
    التركية»; «المصادر الصحافية» after «تقارير صحافية …»."""
    text = (
        "وقال مسؤولون في الإدارة الأمريكية إن المحادثات ستبدأ قريبا. "
        "وفي سياق آخر، أعلن الجيش إغلاق الطريق الرئيسي. "
        "وأضاف المسؤولون الأمريكيون أن الوفد سيصل غدا."
    )
    said = claim_with(text, [], "الوفد")
    assert said.speaker is not None and said.speaker.text == "مسؤولون في الإدارة الأمريكية"
    text = text.replace("مسؤولون في الإدارة الأمريكية", "مسؤول في الحكومة التركية")
    said = claim_with(text.replace("المسؤولون الأمريكيون", "المسؤول التركي"), [], "الوفد")
    assert said.speaker is not None and said.speaker.text == "مسؤول في الحكومة التركية"
    text = (
        "وذكرت تقارير صحافية في ألمانيا أن الحكومة ستستقيل قريبا. "
        "وفي سياق آخر، أعلن الجيش إغلاق الطريق الرئيسي. "
        "وأوضحت المصادر الصحافية أن القرار نهائي."
    )
    said = claim_with(text, [], "القرار")
    assert said.speaker is not None and said.speaker.text == "تقارير صحافية في ألمانيا"
    assert said.speaker.kind == "anonymous"


def test_the_latest_introducing_phrase_with_those_words_is_taken() -> None:
    text = (
        "وقالت مصادر أمنية وطبية إن الحريق أوقع إصابات. "
        "وقالت مصادر أمنية مصرية إن خزان وقود انفجر قرب الميناء. "
        "وأضافت المصادر الأمنية أن فرق الإطفاء طوقت المكان."
    )
    said = claim_with(text, [], "طوقت")
    assert said.speaker is not None and said.speaker.text == "مصادر أمنية مصرية"


def test_a_whole_repeat_or_a_word_of_its_own_stays_as_written() -> None:
    """Guards: «المصادر الطبية» after «مصادر طبية» repeats it all; «المصادر الأمنية» adds a word «مصادر طبية» lacks."""
    text = (
        "وقالت مصادر طبية إن ثلاثة جرحى وصلوا مساء أمس. "
        "وفي سياق آخر، أعلن الجيش إغلاق الطريق الرئيسي. "
        "وقالت المصادر الطبية إن أحد الجرحى توفي صباح اليوم."
    )
    said = claim_with(text, [], "توفي")
    assert said.speaker is not None and said.speaker.start == text.index("المصادر الطبية")
    text = text.replace("وقالت المصادر الطبية", "وقالت المصادر الأمنية")
    said = claim_with(text, [], "توفي")
    assert said.speaker is not None and said.speaker.text == "المصادر الأمنية"


def test_a_reworded_body_after_the_role_stays_as_written() -> None:
    """Guard: «المتحدث باسم الاتحاد الليبي لكرة القدم» after «المتحدث باسم اتحاد ليبيا لكرة القدم» rewords the body
    its words close on (a name, not in the zone's description words): written as it stands (9.33.10)."""
    union: Ent = ("اتحاد ليبيا لكرة القدم", "unit", "اتحاد ليبيا لكرة القدم", ())
    union_b: Ent = ("الاتحاد الليبي لكرة القدم", "unit", "اتحاد ليبيا لكرة القدم", ())
    text = (
        "وقال المتحدث باسم اتحاد ليبيا لكرة القدم إن المباراة ستقام في موعدها. "
        "وفي سياق آخر، أعلن الجيش إغلاق الطريق الرئيسي. "
        "وأفاد المتحدث باسم الاتحاد الليبي لكرة القدم أن الملعب جاهز."
    )
    said = claim_with(text, [union, union_b], "الملعب")
    assert said.speaker is not None and said.speaker.start == text.index("المتحدث باسم الاتحاد الليبي")


def _later(first: str, later: str, between: str = "وفي سياق آخر، أعلن الجيش إغلاق الطريق الرئيسي.") -> str:
    """The speaker of «الوفد سيصل غدا», said by `later` a sentence (`between`) after `first` spoke."""
    text = f"وقال {first} إن المفاوضات ستستأنف قريبا. {between} وأضاف {later} أن الوفد سيصل غدا."
    said = claim_with(text, [], "الوفد")
    assert said.speaker is not None
    return said.speaker.text


def test_a_plural_after_one_person_names_a_wider_group() -> None:
    """GUIDELINES 9.36.2 (556 c9): a definite plural with a qualifier after a singular introducer stays as written."""
    assert _later("مسؤول كبير في الإدارة الأمريكية", "المسؤولون الأمريكيون") == "المسؤولون الأمريكيون"
    assert _later("مصدر أمني في وزارة الداخلية", "المصادر الأمنية") == "المصادر الأمنية"


def test_another_kind_of_source_as_head_stays_as_written() -> None:
    """GUIDELINES 9.36.2: only a general source word («المصدر/المصادر/المسؤول») or the same head goes back; «الخبراء»
    or «السكان» after «مصادر …» name other people («الصحف الإيرانية» after «مصادر إيرانية» 411 likewise)."""
    assert _later("مصادر محلية في المدينة", "السكان المحليون") == "السكان المحليون"
    assert _later("مصادر أمنية في وزارة الداخلية", "الخبراء الأمنيون") == "الخبراء الأمنيون"
    assert _later("مصدر أمني في وزارة الداخلية", "المسؤول الأمني") == "مصدر أمني في وزارة الداخلية"


def test_a_head_that_matches_another_earlier_phrase_stays_as_written() -> None:
    """GUIDELINES 9.36.2 (923 c6): the qualifier matches one earlier phrase («مصادر أمنية في المدينة»), the head another
    («مسؤول في الحكومة»): written as it stands."""
    between = "وقالت مصادر أمنية في المدينة إن المعارك توقفت."
    assert _later("مسؤول في الحكومة", "المسؤول الأمني", between) == "المسؤول الأمني"
    between = "وقال مسؤول في الحكومة إن المعارك توقفت."  # the head's phrase after the qualifier's
    assert _later("مصادر أمنية في المدينة", "المسؤول الأمني", between) == "المسؤول الأمني"


def test_a_synonym_of_the_head_goes_back() -> None:
    """«المتحدث الأوروبي» after «ناطق باسم الاتحاد الأوروبي في بروكسل»: «ناطق» and «متحدث» name the same post."""
    assert _later("ناطق باسم الاتحاد الأوروبي في بروكسل", "المتحدث الأوروبي").startswith("ناطق باسم الاتحاد")
