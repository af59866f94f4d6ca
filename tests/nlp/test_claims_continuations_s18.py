"""Speakers a continuation used to take, session 18 (issue 13, SPC): each test fails without its rule."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

UN: Ent = ("الأمم المتحدة", "unit", "الأمم المتحدة", ())
SALEH: Ent = ("عقيلة صالح", "person", "عقيلة صالح", ("رئيس البرلمان",))
GNA: Ent = ("حكومة الوفاق", "unit", "حكومة الوفاق", ())
TRIPOLI: Ent = ("طرابلس", "place", "طرابلس", ())


def test_a_definite_subject_after_kana_speaks() -> None:
    """«كانت الحكومة قالت العام الماضي إن»: after كان (as after لكن، إلا أن) a definite noun before the verb is its
    subject, not the speaker before going on (train-a 478, 547)."""
    text = (
        "تراجع إنتاج القمح في سوريا\n"
        "وقال تقرير مشترك أصدرته وكالتا الأمم المتحدة اليوم إن إنتاج القمح تراجع هذا العام بنسبة 40 بالمئة. "
        "كانت الحكومة قالت العام الماضي إن إنتاج القمح بلغ 1.8 مليون طن."
    )
    claims, mentions = run(text, [UN])
    assert speaker_name(claims[-1], mentions) == "الحكومة"


@pytest.mark.parametrize("opening", ["ورفضت", "وقد رفضت"])
def test_a_definite_noun_after_the_opening_verb_is_the_body_it_heads(opening: str) -> None:
    """«ورفضت الحكومة أمس التدخل …، مؤكدة أن»: the definite noun after the verb opening the participle's sentence
    heads a body named before (حكومة الوفاق): that body speaks, not the person of the claim before (train-a 226).
    «وقد رفضت»: قد before the verb is stepped over (train-b gained one, train-a none)."""
    text = (
        "حكومة الوفاق تتسلم مهامها في طرابلس\n"
        "تسلمت حكومة الوفاق مهامها في طرابلس الشهر الماضي.\n"
        "وقال رئيس البرلمان عقيلة صالح إن المجلس سيعقد جلسة الأسبوع المقبل لمناقشة الميزانية. "
        f"{opening} الحكومة أمس التدخل في عمل البرلمان، مؤكدة أن «القرار بيد الليبيين وحدهم»."
    )
    claims, mentions = run(text, [SALEH, GNA, TRIPOLI])
    assert speaker_name(claims[-1], mentions) == "حكومة الوفاق"
