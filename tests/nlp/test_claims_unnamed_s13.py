"""Unnamed subjects read by their grammar right after the cue (session 13, issue 13, SP-I). The body test fails
without `zones._unnamed_subject`; the others are guards (they pass either way)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, speakers

CHANNEL: Ent = ("RT", "unit", "RT", ())
TOWN: Ent = ("حي النور", "place", "حي النور", ())
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ())


def test_an_unlisted_noun_before_fi_and_the_complement_is_the_subject() -> None:
    assert speakers("وقال أطباء في حي النور إن عدد المصابين ارتفع.", [TOWN]) == ["أطباء في حي النور"]


def test_an_unlisted_noun_before_the_body_it_is_of_is_the_subject() -> None:
    assert speakers("وقال مراسل RT في بغداد إن القوات تقدمت.", [CHANNEL])[0].startswith("مراسل RT")


def test_an_adverbial_opener_is_no_subject() -> None:
    text = "قال سامي العلي إن الوضع خطير. وقال أمام ممثلي قادة الأحزاب إن الحوار مستمر."
    assert speakers(text, [MINISTER]) == ["سامي العلي", "سامي العلي"]


def test_a_title_before_a_name_is_left_to_the_name() -> None:
    text = "وقال إمام وخطيب المسجد سامي العلي إن الاعتداء مدان."
    assert speakers(text, [MINISTER]) == ["سامي العلي"]
