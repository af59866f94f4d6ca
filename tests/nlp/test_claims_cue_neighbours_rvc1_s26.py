"""Constructions next to session 26's new cues (review RVC1 of CUE1) that read no claim: a cue's spelling after a
preposition is its verbal noun («في وصف الحادث»), «أبدى» with a deed and no stance («أبدى الجيش مقاومة»), and a court's
verdict or a prosecutor's charge («أدانت المحكمة»، «اتهمت النيابة»: GUIDELINES 9.34.16a, a legal act, no claim).

The first four tests fail on the code before; the last two guard the claims the new cues read.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, said

TAIL = "\nوفي سياق متصل، عقد المجلس جلسة طارئة لبحث الأوضاع في المنطقة."
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("الوزير",))
GOVERNMENT: Ent = ("الحكومة البريطانية", "unit", "الحكومة البريطانية", ())
PROSECUTION: Ent = ("النيابة العامة", "unit", "النيابة العامة", ())


def test_wasf_after_a_preposition_is_the_noun() -> None:
    text = "الحادث\nوفي وصف الحادث بأنه مروع، تحدث الشهود عن انفجار قوي." + TAIL
    assert said(text, []) == []


def test_abda_with_a_deed_is_no_claim() -> None:
    text = "المعركة\nوأبدى الجيش مقاومة شرسة في المدينة." + TAIL
    assert said(text, []) == []


def test_a_court_s_verdict_is_no_claim() -> None:
    text = "المحاكمة\nوأدانت المحكمة الوزير سامي العلي بالتهم الموجهة إليه." + TAIL
    assert said(text, [MINISTER]) == []


def test_a_prosecutor_s_charge_is_no_claim() -> None:
    text = "المحاكمة\nواتهمت النيابة العامة الوزير سامي العلي بتلقي رشاوى." + TAIL
    assert said(text, [MINISTER, PROSECUTION]) == []


def test_abda_with_a_stance_stays_a_claim() -> None:
    text = "المعركة\nوأبدى الوزير سامي العلي قلقه من تصاعد المعارك في المدينة." + TAIL
    assert ("سامي العلي", "قلقه من تصاعد المعارك في المدينة") in said(text, [MINISTER])


def test_a_government_s_accusation_stays_a_claim() -> None:
    text = "العلاقات\nواتهمت الحكومة البريطانية المعارضة بأنها تعرقل الإصلاحات." + TAIL
    assert ("الحكومة البريطانية", "تعرقل الإصلاحات") in said(text, [GOVERNMENT])
