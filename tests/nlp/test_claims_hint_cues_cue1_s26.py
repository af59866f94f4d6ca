"""«لمّح/ألمح (إلى) أن»: hinting is a speech cue with an أن-clause (session 26, CUE1; GUIDELINES §6, 9.3).

Train-a gold heads a claim at all six of «لمح/ألمح»'s uses (five required, with «إلى أن»/«بأن»); the rules read none.
The first three tests fail on the code before; the last guards that a bare hint with no complement is no claim.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, said

TAIL = "\nوفي سياق متصل، عقد المجلس جلسة طارئة لبحث الأوضاع في المنطقة."
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("الوزير",))
AGENCY: Ent = ("وكالة التصنيف الدولية", "unit", "وكالة التصنيف الدولية", ())


def test_a_past_hint_with_ila_anna_is_a_claim() -> None:
    text = "الميزانية الجديدة\nولمح الوزير سامي العلي أمس إلى أن الحكومة ستخفض الضرائب العام المقبل." + TAIL
    assert ("سامي العلي", "الحكومة ستخفض الضرائب العام المقبل") in said(text, [MINISTER])


def test_a_feminine_hint_of_a_body_is_its_claim() -> None:
    text = "الديون\nوألمحت وكالة التصنيف الدولية إلى أن الدولة لن تتمكن من سداد ديونها في موعدها." + TAIL
    assert ("وكالة التصنيف الدولية", "الدولة لن تتمكن من سداد ديونها في موعدها") in said(text, [AGENCY])


def test_a_hint_with_bi_anna_is_a_claim() -> None:
    text = "الانتخابات\nوقد ألمح الوزير سامي العلي بأن الانتخابات ستؤجل إلى الربيع." + TAIL
    assert ("سامي العلي", "الانتخابات ستؤجل إلى الربيع") in said(text, [MINISTER])


def test_a_glimpse_with_no_complement_is_no_claim() -> None:
    text = "الزيارة\nولمح الوزير سامي العلي سيارة الوفد عند وصولها إلى المطار." + TAIL
    assert said(text, [MINISTER]) == []
