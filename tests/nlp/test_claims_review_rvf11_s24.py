"""Session 24 RVF11's review of SUBJ1 and RVF10 (issue 13), each shown on constructed sentences: a count after an
appeal or a telling verb (دعا، طالب، حذر، أبلغ) is whom the words are addressed to, its object, not its subject
(«وطالب كل الأطراف بأن …»: `continuing.subject_after`); «النظام» with an adjective that names no state is a system
or a statute («النظام الانتخابي»، «النظام الضريبي»), no side of a stance head (`extents.side_noun`,
data/system_nouns.txt)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, speaker_of
from tests.nlp.test_claims_kinds_rvf2 import speaker_kind

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
LEAD = "وقال سامي العلي إن المفاوضات مستمرة. "


def test_a_count_after_an_appeal_verb_is_its_object() -> None:
    """«وطالب كل الأطراف بأن …»، «وحذر كل الأطراف من أن …»: those called on, the speaker the one before."""
    text = LEAD + "وطالب كل الأطراف بأن تلتزم بالهدنة."
    assert speaker_of(text, [SAMI], "بالهدنة") == "سامي العلي"
    text = LEAD + "وحذر كل الأطراف من أن التصعيد سيقوض الهدنة."
    assert speaker_of(text, [SAMI], "التصعيد") == "سامي العلي"


def test_a_count_after_a_telling_verb_is_whom_he_told() -> None:
    """«وأبلغ كل الحاضرين أن …»: told to all present, by the speaker before."""
    text = LEAD + "وأبلغ كل الحاضرين أن الاجتماع تأجل."
    assert speaker_of(text, [SAMI], "تأجل") == "سامي العلي"


def test_a_count_after_a_plain_speech_verb_still_heads_the_subject() -> None:
    """Guard (SUBJ1): «وتؤكد كل الاستطلاعات أن …» — the count is who says it."""
    text = LEAD + "وتؤكد كل الاستطلاعات أن نسبة المشاركة ستكون منخفضة."
    assert speaker_of(text, [SAMI], "المشاركة") == "كل الاستطلاعات"


def test_the_electoral_system_is_no_side() -> None:
    """«معارضو النظام الانتخابي»، «منتقدو النظام الضريبي»: a system, not the regime — anonymous (9.31.8); the
    regime, bare or with a state's nisba, is still a side (RVF10)."""
    assert speaker_kind("وقال معارضو النظام الانتخابي إن القانون يقصي الأحزاب الصغيرة.") == "anonymous"
    assert speaker_kind("وقال منتقدو النظام الضريبي إن التعديل باطل.") == "anonymous"
    assert speaker_kind("وقال معارضو النظام إن الهدنة لن تصمد.") == "descriptive"
    assert speaker_kind("وقال مؤيدو النظام السوري إن الهدنة لن تصمد.") == "descriptive"


def test_a_word_agreeing_with_a_masculine_place_is_the_places() -> None:
    """«الناشط في مخيم اليرموك | المحاصر»، «الطبيب في حي الوعر | الخاضع لسيطرة المعارضة»: the word agrees with the
    masculine place as with the definite head, and it is the place's (9.32.26: `qualifiers.place_feminine`); RVF10's
    «الناشط الإعلامي في حلب | المعارض للنظام» (a city is feminine) still keeps it."""
    camp: Ent = ("مخيم اليرموك", "place", "مخيم اليرموك", ())
    text = "وقال الناشط في مخيم اليرموك المحاصر إن الجوع يفتك بالسكان."
    assert speaker_of(text, [camp], "الجوع") == "الناشط في مخيم اليرموك"
    quarter: Ent = ("الوعر", "place", "الوعر", ())
    text = "وقال الطبيب في حي الوعر الخاضع لسيطرة المعارضة إن الجوع يفتك بالسكان."
    assert speaker_of(text, [quarter], "الجوع") == "الطبيب في حي الوعر"
    aleppo: Ent = ("حلب", "place", "حلب", ())
    text = "وقال الناشط الإعلامي في حلب المعارض للنظام إن القصف مستمر."
    assert speaker_of(text, [aleppo], "القصف") == "الناشط الإعلامي في حلب المعارض للنظام"


def test_a_plural_with_a_feminine_adjective_after_an_appeal_verb_is_its_object() -> None:
    """«ودعا البلدان العربية إلى …»: «البلدان» is the plural (countries) with its feminine adjective, not the dual
    subject (SUBJ1's data/vague_speakers.txt entry); a masculine verb does not agree with it, so the countries are
    called on and the speaker is the one before (`speech.thing_plural`); «ودعا البلدان إلى …» stays the dual's."""
    text = LEAD + "ودعا البلدان العربية إلى دعم الحكومة الشرعية."
    assert speaker_of(text, [SAMI], "الشرعية") == "سامي العلي"
    text = LEAD + "ودعا الأطراف الليبية إلى دعم الحكومة الشرعية."
    assert speaker_of(text, [SAMI], "الشرعية") == "سامي العلي"
    text = LEAD + "ودعا البلدان إلى دعم الحكومة الشرعية."
    assert speaker_of(text, [SAMI], "الشرعية") == "البلدان"
