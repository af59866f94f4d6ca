"""The unnamed subject after the verb, session 24 SUBJ1 (issue 13), each shown on constructed sentences: a broken
plural of a people's adjective (عرب، أجانب، أكراد: data/broken_nisbas.txt, `vocab.nisba_adjective`) describes the
noun before it as a nisba does, so the definite noun after it is the verb's object, not the subject's; «البلدان» (the
two countries, data/vague_speakers.txt as «الجانبان») right after the verb is its subject, not its complement; a
count that is a function word (كل) or no source list's (غالبية: data/source_quantities.txt) heads the subject between
the verb and its complement («وتفيد كل التقديرات بأن …»: `continuing.subject_after`); a cardinal (ثلاثة، اثنان:
data/source_quantities.txt) counts the source noun after it, read with its qualifier (`qualifiers.counted_noun`).
RVF11's review: a count after an appeal or a telling verb (طالب، حذر، أبلغ) is its object, not its subject
(`continuing.counted_subject`); a definite plural with a feminine adjective after a masculine appeal verb («ودعا البلدان
العربية إلى») is whom it calls on, not the dual «البلدان» (`speech.thing_plural`)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, speaker_of

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
LEAD = "وقال سامي العلي إن المفاوضات مستمرة. "


def test_a_broken_plural_nisba_ends_the_subject_before_the_object() -> None:
    """«وانتقد مراقبون عرب وأجانب الانتخابات الأخيرة، مؤكدين»: «عرب وأجانب» describe the observers; «الانتخابات» is
    what they criticised."""
    text = (
        "وقال سامي العلي إن النتائج نهائية. وانتقد مراقبون عرب وأجانب الانتخابات الأخيرة، مؤكدين أن الفرز شابته أخطاء."
    )
    assert speaker_of(text, [SAMI], "الفرز") == "مراقبون عرب وأجانب"
    text = "وقال سامي العلي إن النتائج نهائية. ورفض مسؤولون أكراد التعديلات المقترحة، مؤكدين أن الدستور لا يسمح بها."
    assert speaker_of(text, [SAMI], "الدستور") == "مسؤولون أكراد"


def test_the_two_countries_after_the_verb_are_its_subject() -> None:
    """«وشدد البلدان على ضرورة …»: the dual after the verb is who stresses, its على opens the complement; the speaker
    before does not take the claim."""
    text = "وقال سامي العلي إن الزيارة ناجحة. وشدد البلدان على ضرورة توسيع التبادل التجاري بينهما."
    assert speaker_of(text, [SAMI], "التبادل") == "البلدان"


def test_a_quantifier_heads_the_subject_between_the_verb_and_its_complement() -> None:
    """«وتؤكد كل الاستطلاعات أن …»، «وقالت غالبية من العائلات إن …»: the count and what it counts say it."""
    text = "وقال سامي العلي إن الحزب سيفوز. وتؤكد كل الاستطلاعات أن نسبة المشاركة ستكون منخفضة."
    assert speaker_of(text, [SAMI], "المشاركة") == "كل الاستطلاعات"
    text = "وقال سامي العلي إن المساعدات وصلت. وقالت غالبية من العائلات النازحة إن الخيام لا تكفي."
    assert speaker_of(text, [SAMI], "الخيام") == "غالبية من العائلات النازحة"


def test_a_cardinal_counts_the_source_noun_read_with_its_qualifier() -> None:
    """«وقال أربعة مسؤولين في البلدية إن …»: the count, the noun counted and where they are, not the speaker before."""
    text = "وقال سامي العلي إن المياه عادت. وقال أربعة مسؤولين في البلدية إن الشبكة تحتاج إلى صيانة."
    assert speaker_of(text, [SAMI], "الشبكة") == "أربعة مسؤولين في البلدية"
    text = "وقال سامي العلي إن المياه عادت. وأكدت خمسة مصادر في الشركة أن الشبكة تحتاج إلى صيانة."
    assert speaker_of(text, [SAMI], "الشبكة") == "خمسة مصادر في الشركة"


def test_a_broken_plural_nisba_is_the_source_noun_s_adjective_in_the_zone() -> None:
    """«وأكد مراقبون أجانب في العاصمة أن …»: «أجانب» describes the observers (`qualifiers.vague_adjective`), the
    phrase goes on to where they are; the complement is not «أجانب في العاصمة …»."""
    text = "وقال سامي العلي إن المحاكمة بدأت. وأكد مراقبون أجانب في العاصمة أن الجلسة كانت علنية."
    assert speaker_of(text, [SAMI], "الجلسة") == "مراقبون أجانب في العاصمة"


def test_a_count_after_an_appeal_verb_is_its_object() -> None:
    """«وطالب كل الأطراف بأن …»، «وحذر كل الأطراف من أن …»: those called on, the speaker the one before."""
    text = LEAD + "وطالب كل الأطراف بأن تلتزم بالهدنة."
    assert speaker_of(text, [SAMI], "بالهدنة") == "سامي العلي"
    text = LEAD + "وحذر كل الأطراف من أن التصعيد سيقوض الهدنة."
    assert speaker_of(text, [SAMI], "التصعيد") == "سامي العلي"


def test_a_count_after_a_telling_verb_is_whom_he_told() -> None:
    """«وأبلغ كل الحاضرين أن …»: told to all present, by the speaker before (a plain speech verb's count still heads
    its subject: `test_a_quantifier_heads_the_subject_between_the_verb_and_its_complement`)."""
    text = LEAD + "وأبلغ كل الحاضرين أن الاجتماع تأجل."
    assert speaker_of(text, [SAMI], "تأجل") == "سامي العلي"


def test_a_plural_with_a_feminine_adjective_after_an_appeal_verb_is_its_object() -> None:
    """«ودعا البلدان العربية إلى …»: «البلدان» is the plural (countries) with its feminine adjective, not the dual
    subject; a masculine verb does not agree with it, so the countries are called on and the speaker is the one before;
    «ودعا البلدان إلى …» stays the dual's."""
    text = LEAD + "ودعا البلدان العربية إلى دعم الحكومة الشرعية."
    assert speaker_of(text, [SAMI], "الشرعية") == "سامي العلي"
    text = LEAD + "ودعا الأطراف الليبية إلى دعم الحكومة الشرعية."
    assert speaker_of(text, [SAMI], "الشرعية") == "سامي العلي"
    text = LEAD + "ودعا البلدان إلى دعم الحكومة الشرعية."
    assert speaker_of(text, [SAMI], "الشرعية") == "البلدان"
