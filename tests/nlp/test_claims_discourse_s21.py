"""Named speakers the discourse gave wrong, session 21 (issue 13, SPK9): each test fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

ISBIR: Ent = ("نسرين اسبر", "person", "نسرين اسبر", ())
AWSAT: Ent = ("الشرق الأوسط", "unit", "الشرق الأوسط", ())


def test_an_outlet_after_a_lam_written_apart_is_not_the_subject() -> None:
    """«وفي حديث مع نسرين اسبر لـ«الشرق الأوسط»، فقد أكدت»: the outlet after «لـ» and a quotation mark is the
    interview's addressee, no subject; the person interviewed speaks."""
    text = (
        "وزار الوفد عددا من المناطق اللبنانية.\nوفي حديث مع نسرين اسبر لـ«الشرق الأوسط»، فقد أكدت أن هذا النوع "
        "من الزيارات سبق وحصل في سنوات ماضية."
    )
    claims, mentions = run(text, [ISBIR, AWSAT])
    assert speaker_name(claims[-1], mentions) == "نسرين اسبر"
