"""A continuation's cue agrees with its speaker's gender, session 19 (issue 13): the first test fails without it."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

EVA: Ent = ("إيفا مورين", "person", "إيفا مورين", ())
PER: Ent = ("بير اغرين", "person", "بير اغرين", ())


def test_a_feminine_cue_does_not_go_on_with_a_man() -> None:
    """«قالت المدعية إيفا مورين … وقال بير اغرين … وأضافت»: the man spoke only masculine cues, so the feminine one
    goes to the woman who spoke before him, not to the last speaker."""
    text = (
        "قالت المدعية إيفا مورين إن المشتبه بهما إريتريان. وقال مسؤول الشرطة بير اغرين إن التحقيق مستمر. "
        "وأضافت أن الدوافع غير معروفة حتى الآن."
    )
    claims, mentions = run(text, [EVA, PER])
    assert speaker_name(claims[-1], mentions) == "إيفا مورين"


def test_a_masculine_verb_ending_in_ta_is_no_feminine_cue() -> None:
    """«ولفت» is a masculine past whose root ends in ت (t_final_verbs.txt): the man goes on, not the woman who spoke
    before him (fails when «لفت» is read as a feminine past)."""
    text = (
        "قالت المدعية إيفا مورين إن المشتبه بهما إريتريان. وقال مسؤول الشرطة بير اغرين إن التحقيق مستمر. "
        "ولفت إلى أن الدوافع غير معروفة حتى الآن."
    )
    claims, mentions = run(text, [EVA, PER])
    assert speaker_name(claims[-1], mentions) == "بير اغرين"


def test_a_woman_goes_on_with_her_feminine_cue() -> None:
    """«قالت إيفا مورين … وأضافت»: no clash, the speaker goes on (guard)."""
    text = "قالت المدعية إيفا مورين إن المشتبه بهما إريتريان. وأضافت أن الدوافع غير معروفة حتى الآن."
    claims, mentions = run(text, [EVA, PER])
    assert speaker_name(claims[-1], mentions) == "إيفا مورين"


EVA_MINISTER: Ent = ("إيفا مورين", "person", "إيفا مورين", ("الوزيرة",))
POLICE: Ent = ("الشرطة السويدية", "unit", "الشرطة السويدية", ())


def test_a_feminine_title_keeps_a_woman_given_a_masculine_cue() -> None:
    """«وأوضح إيفا مورين …» with her title «الوزيرة»: the feminine title outweighs the masculine cue, so «وأضافت» goes
    on with her, not with the body named before (fails without `titled_gender`)."""
    text = (
        "وقال بير اغرين إن الشرطة السويدية تحقق في الحادث. وأوضح إيفا مورين أن المشتبه بهما إريتريان. "
        "وأضافت أن الدوافع غير معروفة حتى الآن."
    )
    claims, mentions = run(text, [EVA_MINISTER, PER, POLICE])
    assert speaker_name(claims[-1], mentions) == "إيفا مورين"


def test_a_dual_cue_gives_no_gender() -> None:
    """«وأكدا إيفا مورين وبير اغرين … وأضافت»: a dual past (أكدا) is no masculine cue, so the woman who spoke it with
    the man goes on (fails while `cue_gender` reads the dual's final alif as a masculine accusative participle)."""
    text = "وأكدا إيفا مورين وبير اغرين أن التحقيق مستمر. وأضافت أن الدوافع غير معروفة حتى الآن."
    claims, mentions = run(text, [EVA, PER])
    assert speaker_name(claims[-1], mentions) == "إيفا مورين"


@pytest.mark.parametrize("title", ["الدكتورة", "السيدة", "معالي الوزيرة"])
def test_a_rank_listed_with_its_article_or_after_an_honorific_is_a_feminine_title(title: str) -> None:
    """«الدكتورة»، «السيدة» (ranks.txt lists them with their article) and «معالي الوزيرة» (an honorific first) are
    feminine titles, so «وأضافت» goes on with the woman given a masculine cue (fails while `titled_gender` compared the
    word without its article to the ranks with it and read «معالي» as masculine)."""
    text = (
        "وقال بير اغرين إن الشرطة السويدية تحقق في الحادث. وأوضح إيفا مورين أن المشتبه بهما إريتريان. "
        "وأضافت أن الدوافع غير معروفة حتى الآن."
    )
    claims, mentions = run(text, [("إيفا مورين", "person", "إيفا مورين", (title,)), PER, POLICE])
    assert speaker_name(claims[-1], mentions) == "إيفا مورين"


@pytest.mark.parametrize(
    ("cue", "gender"),
    [
        ("وأضافت", "f"),
        ("قال", "m"),
        ("يقول", "m"),
        ("مشيرا", "m"),
        ("ولفت", "m"),
        ("مشيرة", "f?"),
        ("تقول", "f?"),
        ("قالا", None),
        ("قالوا", None),
        ("بحسب", None),
    ],
)
def test_one_reading_of_a_cues_gender(cue: str, gender: str | None) -> None:
    """`cue_gender` is the one reading of a cue's gender (session 20): «f?» is a feminine ending that tells no
    person's gender, and a masculine past ending in ت (لفت) is masculine for agreement too (`genders_differ`)."""
    from app.nlp.claim_cues import cue_of, norm
    from app.nlp.claims.continuing import cue_gender
    from app.nlp.claims.named_before import genders_differ

    n = norm(cue)
    assert cue_gender(n, cue_of(n)) == gender
    if gender in ("f", "m"):
        assert genders_differ(cue, "وأضافت") == (gender == "m")
