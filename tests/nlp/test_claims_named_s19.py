"""Named speakers a fronted-subject read used to miss, session 19 (issue 13, SPK1): each test fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

MUSTAFA: Ent = ("فلاح مصطفى", "person", "فلاح مصطفى", ("المسؤول الكردي",))
TURKEY: Ent = ("تركيا", "place", "تركيا", ())
COALITION: Ent = ("التحالف الدولي", "unit", "التحالف الدولي", ())
ISIS: Ent = ("تنظيم داعش", "unit", "تنظيم داعش", ())
USA: Ent = ("الولايات المتحدة", "place", "الولايات المتحدة", ())
SECURITY_COUNCIL: Ent = ("مجلس الأمن الدولي", "unit", "مجلس الأمن الدولي", ())


def test_a_body_named_in_a_relative_clause_before_the_verb_is_no_subject() -> None:
    """«رحب المسؤول الكردي بقرار تركيا الانضمام الى الحملة التي يشنها التحالف الدولي …، ولكنه أوضح أن»: the body
    named inside the relative clause is not the subject of أوضح; the Kurdish official goes on (train-a 408)."""
    text = (
        "وقال المسؤول الكردي فلاح مصطفى إن الإقليم يدعم الحرب على الإرهاب. "
        "ورحب المسؤول الكردي بقرار تركيا الانضمام الى الحملة الجوية التي يشنها التحالف الدولي ضد تنظيم داعش، "
        "ولكنه أوضح أن نزاع تركيا مع حزب العمال قضية مختلفة."
    )
    claims, mentions = run(text, [MUSTAFA, TURKEY, COALITION, ISIS])
    assert speaker_name(claims[-1], mentions) == "فلاح مصطفى"


def test_a_body_after_a_preposition_before_the_verb_is_no_subject() -> None:
    """«وقدمت الولايات المتحدة مشروع قرار للدول الأعضاء في مجلس الأمن الدولي يدعو إلى»: the council, a preposition's
    object, is not the subject of يدعو (train-a 305): the United States, which presented the draft, is."""
    text = (
        "وقدمت الولايات المتحدة مشروع قرار للدول الأعضاء في مجلس الأمن الدولي يدعو إلى إنشاء فريق عمل "
        "لتحديد المسؤولين عن الهجمات."
    )
    claims, mentions = run(text, [USA, SECURITY_COUNCIL])
    assert claims
    assert speaker_name(claims[-1], mentions) == "الولايات المتحدة"


NCRI: Ent = ("المجلس الوطني للمقاومة الإيرانية", "unit", "المجلس الوطني للمقاومة الإيرانية", ())
MAJLIS: Ent = ("مجلس الشورى", "unit", "مجلس الشورى", ())
SHARQ: Ent = ("شرق", "unit", "شرق", ())


def test_a_bare_body_noun_is_the_body_that_spoke_in_its_paragraph() -> None:
    """«وذكر المجلس الوطني للمقاومة الإيرانية أن المظاهرة … قرب مجلس الشورى … . وأضاف المجلس في بيان أن»: the council
    that spoke in the paragraph, not the last body named with that head (train-a 482)."""
    text = (
        "اعتقال أساتذة في طهران\n"
        "وذكر المجلس الوطني للمقاومة الإيرانية أن المظاهرة التي انطلقت الأربعاء قرب مجلس الشورى ضمت نحو ألفي "
        "أستاذ. لكن صحيفة «شرق» الإصلاحية تحدثت عن «مجموعة أساتذة». "
        "وأضاف المجلس في بيان أن قوات الأمن فرقت المظاهرة."
    )
    claims, mentions = run(text, [NCRI, MAJLIS, SHARQ])
    assert speaker_name(claims[-1], mentions) == "المجلس الوطني للمقاومة الإيرانية"
