"""«اتهم/تتهم X بـ…/بأن …»: an accusation is a claim (session 26, CUE1; GUIDELINES 9.3: «اتهم X بـ» required:false,
«اتهم … بأن» required), its quote after بـ, not at the accused (9.9).

Train-a gold heads a claim at 17 of 24 uses of «اتهم/يتهم» (16 nominal, 1 with «بأنها»); the rest are charges in the
passive or by courts. The first three tests fail on the code before; the last guards «المتهمين» (the accused, a noun).
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, said

TAIL = "\nوفي سياق متصل، عقد المجلس جلسة طارئة لبحث الأوضاع في المنطقة."
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("الوزير",))
GOVERNMENT: Ent = ("الحكومة الكندية", "unit", "الحكومة الكندية", ())
DENMARK: Ent = ("الدنمارك", "place", "الدنمارك", ())


def test_an_accusation_with_a_noun_phrase_is_its_accuser_s_claim() -> None:
    text = "العلاقات\nواتهمت الحكومة الكندية أمس الدنمارك بخرق مياهها الإقليمية في بحر الشمال." + TAIL
    assert ("الحكومة الكندية", "خرق مياهها الإقليمية في بحر الشمال") in said(text, [GOVERNMENT, DENMARK])


def test_an_accusation_with_bi_anna_is_a_claim() -> None:
    text = "الإصلاحات\nواتهم الوزير سامي العلي المعارضة بأنها تعرقل الإصلاحات الاقتصادية." + TAIL
    assert ("سامي العلي", "تعرقل الإصلاحات الاقتصادية") in said(text, [MINISTER])


def test_a_present_accusation_is_a_claim() -> None:
    text = "العلاقات\nوتتهم الحكومة الكندية الدنمارك بخرق مياهها الإقليمية في بحر الشمال منذ سنوات." + TAIL
    assert ("الحكومة الكندية", "خرق مياهها الإقليمية في بحر الشمال منذ سنوات") in said(text, [GOVERNMENT, DENMARK])


def test_the_accused_as_a_noun_is_no_cue() -> None:
    text = "المحاكمة\nومثل المتهمين أمام المحكمة بحضور الوزير سامي العلي في جلسة علنية." + TAIL
    assert said(text, [MINISTER]) == []
