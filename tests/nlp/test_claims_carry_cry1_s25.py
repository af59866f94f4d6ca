"""Carry-over and another entity chosen, session 25 (CRY1): a speaker carried onto a claim whose own subject the rules
did not read, and a body the speaker only spoke before taken for him. Each test fails without its rule:
`continuing.relative_before` (a past copula and «قد» between the relative pronoun and its verb),
`continuing.opening_name` stepping over quotation marks (a quoted name right after the opening verb) and
`fallback.preposition_object` (a name in a preposition's phrase the zone jumped over is no speaker; «كل من» opens a
joint subject, no such phrase)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_of

SULTAT: Ent = ("السلطات المحلية", "unit", "السلطات المحلية", ())
KHALID: Ent = ("خالد الراشد", "person", "خالد الراشد", ())
JABHA: Ent = ("جبهة التحرير", "unit", "جبهة التحرير", ())
MARSAD: Ent = ("المرصد الوطني", "unit", "المرصد الوطني", ())
SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
ITTIHAD: Ent = ("الاتحاد العربي", "unit", "الاتحاد العربي", ())


def test_a_relative_pronoun_before_a_past_copula_and_qad_gives_the_verb_its_antecedent() -> None:
    """«أوقفت السلطات المحلية المدعو خالد الراشد، الذي كان قد أعلن …، وأعلن …»: the man the relative pronoun stands
    for speaks both verbs, not the body that arrested him."""
    text = (
        "أوقفت السلطات المحلية المدعو خالد الراشد، الذي كان قد أعلن عن تأسيس جمعية جديدة في المدينة، وأعلن "
        "تأييده للحركة المحظورة."
    )
    claims, _ = run(text, [SULTAT, KHALID])
    first = next(c for c in claims if "تأسيس جمعية" in c.text)
    assert first.speaker is not None and first.speaker.text == "خالد الراشد"
    assert speaker_of(text, [SULTAT, KHALID], "تأييده") == "خالد الراشد"


def test_a_quoted_name_after_the_opening_verb_is_the_subject_the_next_cue_goes_on_with() -> None:
    """«وتبنت «جبهة التحرير» أمس الهجوم، … . وأشارت إلى أن»: the body in quotation marks after the verb opening the
    sentence before speaks on, not the observatory whose claim came before."""
    text = (
        "وقال المرصد الوطني إن الهجوم أوقع عشرة قتلى. وتبنت «جبهة التحرير» أمس الهجوم على المعسكر في بيان قصير. "
        "وأشارت إلى أن عناصرها سيواصلون القتال."
    )
    assert speaker_of(text, [MARSAD, JABHA], "سيواصلون") == "جبهة التحرير"


def test_a_body_after_amam_in_the_words_jumped_over_is_not_the_speaker() -> None:
    """«وقال أمام ممثلي قادة الاتحاد العربي والنقابات: «…»»: the body he spoke before is the object of أمام; the
    speaker before (named in the sentence before) goes on."""
    text = (
        "وذكر سامي العلي في كلمته أن المشروع اكتمل. وقال أمام ممثلي قادة الاتحاد العربي والنقابات: «العمل "
        "مستمر حتى نهاية العام»."
    )
    assert speaker_of(text, [SAMI, ITTIHAD], "العمل مستمر") == "سامي العلي"


SAHIFA: Ent = ("الوطن", "unit", "الوطن", ())
FAHD: Ent = ("فهد السالم", "person", "فهد السالم", ())
NADI: Ent = ("النادي الأدبي", "unit", "النادي الأدبي", ())


def test_a_quoted_outlet_after_the_verb_opening_the_cue_s_own_sentence_does_not_take_a_later_clause() -> None:
    """«ورصدت "الوطن" ردود فعل المغردين، حيث غرد الشيخ فهد السالم عبر حسابه قائلا: "…"»: the participle is the
    person's in the clause after حيث, not the outlet's whose report the sentence opens with."""
    text = (
        'وقال سامي العلي إن الحريق متعمد. ورصدت "الوطن" ردود فعل بعض المغردين، حيث غرد الشيخ فهد السالم عبر '
        'حسابه الرسمي قائلا: "إهمال الصيانة سبب الكارثة".'
    )
    assert speaker_of(text, [SAMI, SAHIFA, FAHD], "إهمال الصيانة") == "فهد السالم"


def test_a_person_after_kull_min_in_the_words_jumped_over_still_speaks() -> None:
    """«وقال كل من فهد السالم عضو النادي الأدبي، وسامي العلي «…»»: the من of «كل من» opens a joint subject
    (data/joint_subjects.txt), so the name after it is no preposition's object and speaks."""
    text = (
        "وقال كل من فهد السالم عضو النادي الأدبي، وسامي العلي عضو مجلس الإدارة «هذه الجريمة لن تنال من وحدتنا الوطنية»."
    )
    assert speaker_of(text, [FAHD, NADI, SAMI], "هذه الجريمة") == "فهد السالم"


WRITER: Ent = ("نادر الحربي", "person", "نادر الحربي", ())


def test_a_dateline_before_a_colon_does_not_hide_the_verb_opening_the_sentence() -> None:
    """«نادر الحربي- الوطن – الرياض: طالب الخبير فهد السالم، وزير الزراعة سامي العلي؛ بسرعة …، لافتاً»: past the
    dateline's colon the verb opens the sentence and the name after it is the participle's subject, not the byline's
    writer named first."""
    text = (
        "نادر الحربي- الوطن – الرياض: طالب الخبير الزراعي فهد السالم، وزير الزراعة سامي العلي؛ بسرعة إقرار "
        "خطة الدعم، لافتاً إلى أن الدعم سيخفض أسعار الخضار في الأسواق."
    )
    claims, mentions = run(text, [WRITER, FAHD, SAMI])
    said = next(c for c in claims if "سيخفض" in c.text)
    assert said.speaker is not None and said.speaker.mention is not None
    assert mentions[said.speaker.mention].text == "فهد السالم"


IRAN: Ent = ("إيران", "place", "إيران", ())
MAHAD: Ent = ("المعهد الدولي", "unit", "المعهد الدولي", ())


def test_a_cue_joined_to_the_verb_after_lakin_shares_its_fronted_subject() -> None:
    """«قال المعهد الدولي إن إيران ربما تخفي معدات، لكن إيران نفت هذا الاتهام وقالت إن …»: the cue joined by و to
    the verb after لكن speaks for the name before that verb, not for the institute whose claim came before."""
    text = (
        "من جهته، قال المعهد الدولي الأسبوع الماضي، إن إيران ربما كانت تخفي معدات في المخزن، لكن إيران نفت هذا "
        "الاتهام وقالت إن المخزن مخصص للحبوب منذ سنوات."
    )
    assert speaker_of(text, [MAHAD, IRAN], "للحبوب") == "إيران"


def test_a_cue_joined_to_the_verb_after_lakin_past_the_last_claim_shares_its_subject_too() -> None:
    """«…. وسيطرت القوات على المدينة أمس، لكن إيران نفت ذلك وقالت إن …»: the same when the claim before ends
    earlier: the subject before the verb after لكن, a country too, not the observatory that spoke before."""
    text = (
        "وقال المرصد الوطني إن الهجوم أوقع عشرة قتلى. وسيطرت القوات على المدينة أمس، لكن إيران نفت ذلك وقالت إن "
        "قواتها ما زالت في مواقعها."
    )
    assert speaker_of(text, [MARSAD, IRAN], "قواتها") == "إيران"


def test_a_cue_joined_to_the_verb_after_illa_anna_takes_the_body_in_the_subject_before_it() -> None:
    """«…، إلا أن قيادة جبهة التحرير نفت ذلك وأكدت أن …», past the last claim: the subject before the verb is read
    whole (`fronted_subject`), the body named in it speaks, not the observatory that spoke before."""
    text = (
        "وقال المرصد الوطني إن الهجوم أوقع عشرة قتلى. وسيطرت القوات على المدينة أمس، إلا أن قيادة جبهة التحرير "
        "نفت ذلك وأكدت أن مقاتليها ما زالوا في مواقعهم."
    )
    assert speaker_of(text, [MARSAD, JABHA], "مقاتليها") == "جبهة التحرير"


ISRAEL: Ent = ("إسرائيل", "place", "إسرائيل", ())
NATAN: Ent = ("يوسف الناطور", "person", "يوسف الناطور", ())


def test_a_person_named_in_what_the_speaker_did_does_not_take_his_next_cue_in_the_sentence() -> None:
    """«حذر رئيس النقابة سامي العلي إسرائيل من …، محملا الحكومة ممثلة برئيسها يوسف الناطور المسؤولية …، كما طالب
    …، وأن يخرج …»: the person named since the claim is in what the speaker did; «كما طالب» goes on with the speaker
    named in the sentence."""
    text = (
        "وقال مسؤول في النقابة إن العمال يعانون. من جانبه، حذر رئيس النقابة سامي العلي إسرائيل من تطبيق القرار "
        "الجديد، محملا الحكومة الإسرائيلية ممثلة برئيسها يوسف الناطور المسؤولية الكاملة عن أوضاع العمال، كما طالب "
        "المجتمع الدولي بحماية حقوق العمال، وأن يخرج عن صمته إزاء ما يحدث."
    )
    assert speaker_of(text, [SAMI, NATAN, ISRAEL], "صمته") == "سامي العلي"


def test_an_honorific_of_several_words_opens_the_speaker_s_title_after_the_cue() -> None:
    """«أكد خادم الحرمين الشريفين الملك فهد السالم، أهمية التعاون …»: the honorific (data/rank_phrases.txt) opens a
    title as a rank does; the king named after it speaks, not the minister whose claim came before."""
    text = "وقال سامي العلي إن الوفد وصل أمس. أكد خادم الحرمين الشريفين الملك فهد السالم، أهمية التعاون في مجال الطاقة."
    assert speaker_of(text, [SAMI, FAHD], "أهمية التعاون") == "فهد السالم"
