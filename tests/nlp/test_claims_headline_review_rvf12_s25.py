"""Review of the session-25 headline colon claims (RVF12 on HDL1): headlines that are no speech stay without a claim.

Each test fails on the code before it (HDL1, e1477f3) except the guards named *_stays_*: constructed lines, news
never tuned on (GUIDELINES §6 headline colon, 9.20 topic colons).
"""

from __future__ import annotations

from app.nlp.types import Claim
from tests.nlp.test_claims import Ent, run, speaker_name

BODY = "\nوقال مسؤول محلي إن الأوضاع هادئة منذ أيام في المنطقة كلها."
PRINCE: Ent = ("كريم الحسن", "person", "كريم الحسن", ("الأمير",))
PLAIN: Ent = ("كريم الحسن", "person", "كريم الحسن", ())
STATE: Ent = ("الكويت", "place", "الكويت", ())


def headline(text: str, ents: list[Ent]) -> tuple[Claim | None, str | None]:
    """The headline's claim and its speaker's name (None, None when there is none)."""
    claims, mentions = run(text, ents)
    head = [c for c in claims if c.start < text.index("\n")]
    return (head[0], speaker_name(head[0], mentions)) if head else (None, None)


def test_news_of_a_titled_person_is_no_claim_by_him() -> None:
    assert headline("رحيل الأمير كريم الحسن: مسيرة حافلة بالعطاء والخدمة" + BODY, [PRINCE]) == (None, None)
    assert headline("وداعا الأمير كريم الحسن: مسيرة حافلة بالعطاء والخدمة" + BODY, [PRINCE]) == (None, None)


def test_a_titled_person_alone_before_the_colon_stays_the_speaker() -> None:
    claim, name = headline("الأمير كريم الحسن: سندعم الجيران بكل الإمكانيات المتاحة" + BODY, [PRINCE])
    assert claim is not None and name == "كريم الحسن"


def test_a_profile_count_or_death_after_the_name_is_a_topic() -> None:
    assert headline("الكويت في سطور: دولة صغيرة غنية بالنفط على الخليج" + BODY, [STATE]) == (None, None)
    assert headline("الكويت من الداخل: أحياء فقيرة خلف الأبراج العالية" + BODY, [STATE]) == (None, None)
    assert headline("الأمير كريم الحسن في ذمة الله: رحيل رجل كبير" + BODY, [PRINCE]) == (None, None)


def test_a_word_that_only_opens_with_lam_tells_no_one() -> None:
    assert headline("كريم الحسن لاعب العام: أهداف كثيرة وبطولتان في موسم واحد" + BODY, [PLAIN]) == (None, None)
    assert headline("الكويت لماذا الآن: أسئلة حول توقيت قرار الحكومة الأخير" + BODY, [STATE]) == (None, None)


def test_lam_before_a_hamza_word_stays_whom_he_told() -> None:
    claim, name = headline("كريم الحسن لأهالي الحي: سنعيد بناء المدرسة قبل نهاية العام" + BODY, [PLAIN])
    assert claim is not None and name == "كريم الحسن"


def test_a_source_noun_in_construct_is_a_topic() -> None:
    assert headline("مصادر الطاقة المتجددة: الشمس والرياح والمياه في المنطقة" + BODY, []) == (None, None)
    assert headline("مصادر التمويل: قروض ومنح وودائع من دول الجوار" + BODY, []) == (None, None)


def test_a_qualified_source_noun_stays_the_speaker() -> None:
    claim, name = headline("مصادر أمنية: الهدوء في المنطقة حذر ولن يدوم طويلا" + BODY, [])
    assert claim is not None and name == "مصادر أمنية"


def test_a_place_before_a_death_an_injury_or_a_blast_is_a_topic() -> None:
    assert headline("الكويت: مصرع ثلاثة أشخاص في حريق بمنزل قديم" + BODY, [STATE]) == (None, None)
    assert headline("الكويت: إصابة عشرة أشخاص في حادث سير على الطريق" + BODY, [STATE]) == (None, None)
    assert headline("الكويت: انفجار في مصفاة نفط وحريق في المخازن" + BODY, [STATE]) == (None, None)


def test_the_body_restating_a_whole_headline_line_is_one_claim() -> None:
    text = "كريم الحسن: الاقتصاد ينمو بسرعة كبيرة هذا العام\nوقال كريم الحسن إن الاقتصاد ينمو بسرعة كبيرة هذا العام."
    claims, _ = run(text, [PLAIN])
    assert [c.cue for c in claims] == [":"]


def test_the_body_stays_with_its_own_claim_of_a_headline_s_quoted_part() -> None:
    text = "الكويت: الخلاف مع الجيران “فني” ولا علاقة له بالسياسة\nوقال كريم الحسن إن الخلاف “فني” ولا علاقة له."
    claims, mentions = run(text, [STATE, PLAIN])
    assert [(c.text, speaker_name(c, mentions)) for c in claims] == [("فني", "الكويت"), ("فني", "كريم الحسن")]
