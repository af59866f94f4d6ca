"""Continuations, session 22 (SPK15; issue 13): fail without continuing.across_paragraph (a cue opening its paragraph
goes to the person standing first in the previous paragraph's last sentence, not to the speaker of the claim
before)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, speaker_of

SUBAIE: Ent = ("عبدالعزيز السبيعي", "person", "عبدالعزيز السبيعي", ("ممثل المؤسسة الخيرية",))
SUBAIE_SHORT: Ent = ("السبيعي", "person", "عبدالعزيز السبيعي", ())
FAJE: Ent = ("فهد عبدالله فاجع", "person", "فهد عبدالله فاجع", ("المستثمر",))
FAJE_SHORT: Ent = ("فاجع", "person", "فهد عبدالله فاجع", ("المستثمر",))
LEAD = (
    "ويرى عبدالعزيز السبيعي ممثل المؤسسة الخيرية مالكة المشروع أن الفندق قائم على تحد كبير، مضيفا أن المشروع "
    "يتبع لمؤسسة خيرية.\nوقال السبيعي إن المشروع يعد تجربة أولى في مجال الاستثمارات بالنزل الريفية.\n"
)


def test_a_cue_opening_its_paragraph_goes_to_the_subject_of_the_paragraph_before() -> None:
    """474: «وفي المدينة المنورة أنشأ فهد عبدالله فاجع … .¶وقال بأنه بادر»: the investor, not السبيعي."""
    text = (
        LEAD + "وفي المدينة المنورة أنشأ فهد عبدالله فاجع ثاني موتيل مرخص في المملكة على طريق المدينة المنورة القصيم "
        "السريع، وحظي المستثمر فاجع بتسليم الترخيص لمنشأته في اجتماع مجلس التنمية السياحية.\n"
        "وقال بأنه بادر منذ إنشائه الفندق بالتنسيق مع فرع هيئة السياحة بالمدينة المنورة."
    )
    assert speaker_of(text, [SUBAIE, SUBAIE_SHORT, FAJE, FAJE_SHORT], "بادر") == "فهد عبدالله فاجع"


def test_a_name_past_the_first_words_of_the_sentence_before_does_not_take_the_paragraphs_cue() -> None:
    """A guard: the investor named past the sentence's first words (in passing, a noun's complement) is no subject."""
    text = (
        LEAD + "وشهد اجتماع مجلس التنمية السياحية في المدينة المنورة أمس تسليم الترخيص للفندق الذي أنشأه المستثمر "
        "فهد عبدالله فاجع على طريق المدينة المنورة القصيم السريع.\n"
        "وقال بأنه بادر منذ إنشائه الفندق بالتنسيق مع فرع هيئة السياحة بالمدينة المنورة."
    )
    assert speaker_of(text, [SUBAIE, SUBAIE_SHORT, FAJE, FAJE_SHORT], "بادر") == "السبيعي"


HASAN: Ent = ("كريم الحسن", "person", "كريم الحسن", ())
NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ())


def test_the_headlines_subject_does_not_take_the_first_paragraphs_cue() -> None:
    """A guard (RV3 finding 8): the paragraph before the cue is the headline; its subject does not take the body's bare
    «وقال» (as `claim.record_in_body`), the person named last does."""
    text = "كريم الحسن يلتقي أحمد نجم في بغداد\nوقال إن اللقاء مثمر."
    assert speaker_of(text, [HASAN, NAJM], "مثمر") == "أحمد نجم"


def test_a_prepositions_object_in_the_paragraph_before_is_no_subject() -> None:
    """A guard (RV3 finding 8): «وفي لقاء مع كريم الحسن بحث أحمد نجم …¶وقال»: the person after مع is no subject."""
    text = LEAD + "وفي لقاء مع كريم الحسن بحث أحمد نجم سبل التعاون.\nوقال إن اللقاء مثمر."
    assert speaker_of(text, [SUBAIE, SUBAIE_SHORT, HASAN, NAJM], "مثمر") == "أحمد نجم"
