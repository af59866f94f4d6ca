"""Review of CRY1's carried speakers, session 25 (RVF15): sentences where its rules must not fire. Each test fails
without its fix: `fallback.preposition_object` stops at a time phrase or a demonstrative that closes the
preposition's phrase (the name after it is the verb's subject), and `continuing.opened_subject` gives a masculine cue
no subject of a feminine verb after لكن (the و-joined verb has a subject of its own)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_of

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
FAHD: Ent = ("فهد السالم", "person", "فهد السالم", ())
MARSAD: Ent = ("المرصد الوطني", "unit", "المرصد الوطني", ())
JABHA: Ent = ("جبهة التحرير", "unit", "جبهة التحرير", ())
IRAN: Ent = ("إيران", "place", "إيران", ())


def test_a_name_after_a_time_phrase_opened_by_fi_speaks() -> None:
    """«وقالت في وقت لاحق جبهة التحرير إن …»: «في وقت لاحق» is a time phrase, whole before the name; the name is the
    verb's subject, no object of في, and speaks rather than the body whose claim came before."""
    text = "وذكر المرصد الوطني أن الوضع مستقر. وقالت في وقت لاحق جبهة التحرير إن مقاتليها انسحبوا من المدينة."
    assert speaker_of(text, [MARSAD, JABHA], "مقاتليها") == "جبهة التحرير"


def test_a_name_after_a_meeting_and_a_time_word_speaks() -> None:
    """«وقال خلال اجتماع أمس فهد السالم إن …»: أمس closes the phrase خلال opens; the name after it speaks."""
    text = "وذكر سامي العلي أن الوضع مستقر. وقال خلال اجتماع أمس فهد السالم إن الحكومة ستواصل دعم المزارعين."
    assert speaker_of(text, [SAMI, FAHD], "المزارعين") == "فهد السالم"


def test_a_name_after_maa_dhalik_speaks_as_the_name() -> None:
    """«وأكد بالتزامن مع ذلك فهد السالم أن …»: ذلك is the object of مع, not a noun governing the name; the person
    named after it speaks, his mention, not the words before it."""
    text = "وذكر المرصد الوطني أن الوضع مستقر. وأكد بالتزامن مع ذلك فهد السالم أن الحكومة ستواصل الدعم."
    claims, mentions = run(text, [MARSAD, FAHD])
    said = next(c for c in claims if "ستواصل" in c.text)
    assert said.speaker is not None and said.speaker.mention is not None
    assert mentions[said.speaker.mention].text == "فهد السالم"


def test_a_name_in_the_phrase_after_khilal_is_still_no_speaker() -> None:
    """«وقال خلال لقائه فهد السالم إن …»: the person he met, named in the phrase خلال opens, does not speak (CRY1's
    rule, kept)."""
    text = "وذكر سامي العلي أن الوضع مستقر. وقال خلال لقائه فهد السالم إن الحكومة ستواصل دعم المزارعين."
    assert speaker_of(text, [SAMI, FAHD], "المزارعين") == "سامي العلي"


def test_a_masculine_cue_after_lakin_and_a_feminine_verb_is_not_that_verb_s_subject() -> None:
    """«…، لكن إيران نفت ذلك وقال إن …»: نفت agrees with إيران, قال does not, so the و-joined cue has another
    subject: the observatory that spoke before, not the country."""
    text = (
        "وقال المرصد الوطني إن الهجوم أوقع قتلى. وسيطرت القوات على المدينة أمس، لكن إيران نفت ذلك وقال إن "
        "القوات ما زالت في مواقعها."
    )
    assert speaker_of(text, [MARSAD, IRAN], "مواقعها") == "المرصد الوطني"


def test_a_masculine_cue_after_lakin_inside_the_claim_before_is_not_the_feminine_verb_s() -> None:
    """«قال سامي العلي إن الهجوم فشل، لكن إيران نفت ذلك وقال إن …»: the same when the claim before runs over the
    clause (the name read after the particle)."""
    text = "وقال سامي العلي إن الهجوم فشل، لكن إيران نفت ذلك وقال إن القوات انسحبت من المدينة."
    assert speaker_of(text, [SAMI, IRAN], "انسحبت") == "سامي العلي"


ITTIHAD: Ent = ("الاتحاد العربي", "unit", "الاتحاد العربي", ())


def test_a_quoted_body_after_a_feminine_verb_is_its_object_when_a_feminine_body_spoke_before() -> None:
    """«وقالت جبهة التحرير إن …. واتهمت «المرصد الوطني» بالكذب. وأشارت إلى أن …»: the front, feminine, is the
    hidden subject of اتهمت; the body in quotation marks is what it accused, and does not take وأشارت."""
    text = "وقالت جبهة التحرير إن الهجوم فشل. واتهمت «المرصد الوطني» بالكذب. وأشارت إلى أن عناصرها سيواصلون القتال."
    assert speaker_of(text, [JABHA, MARSAD], "سيواصلون") == "جبهة التحرير"


def test_a_quoted_body_after_a_feminine_verb_still_speaks_on_after_a_masculine_body() -> None:
    """«وقال الاتحاد العربي إن …. وتبنت «جبهة التحرير» الهجوم. وأشارت …»: the union before cannot be the subject of
    تبنت, so the quoted front is, and speaks on (CRY1's rule, kept)."""
    text = (
        "وقال الاتحاد العربي إن الهجوم أوقع عشرة قتلى. وتبنت «جبهة التحرير» أمس الهجوم على المعسكر. "
        "وأشارت إلى أن عناصرها سيواصلون القتال."
    )
    assert speaker_of(text, [ITTIHAD, JABHA], "سيواصلون") == "جبهة التحرير"


NADIR: Ent = ("نادر الحربي", "person", "نادر الحربي", ())


def test_a_clock_time_in_a_dateline_does_not_hide_the_dateline_s_colon() -> None:
    """«نادر الحربي- الوطن – الرياض 12:30: طالب الخبير فهد السالم …، لافتاً»: the colon of 12:30 is no dateline's;
    past the dateline's own colon the verb opens the sentence and the name after it speaks, not the byline's writer."""
    text = (
        "نادر الحربي- الوطن – الرياض 12:30: طالب الخبير الزراعي فهد السالم، وزير الزراعة سامي العلي؛ بسرعة إقرار "
        "خطة الدعم، لافتاً إلى أن الدعم سيخفض أسعار الخضار في الأسواق."
    )
    claims, mentions = run(text, [NADIR, FAHD, SAMI])
    said = next(c for c in claims if "سيخفض" in c.text)
    assert said.speaker is not None and said.speaker.mention is not None
    assert mentions[said.speaker.mention].text == "فهد السالم"
