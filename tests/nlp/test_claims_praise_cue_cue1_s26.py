"""«أثنى على X»: praise is a claim with a noun-phrase object after على (session 26, CUE1; GUIDELINES 9.3: «أثنى على»
required:false). Train-a gold heads a claim at 4 of 5 uses; the rules read none. A strict cue (strict_cues.txt): its
past «اثني» is also the number in «اثني عشر». The first test fails on the code before; the second guards the number.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, said

TAIL = "\nوفي سياق متصل، عقد المجلس جلسة طارئة لبحث الأوضاع في المنطقة."
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("الوزير",))


def test_athna_ala_is_a_claim() -> None:
    text = "الجهود\nوأثنى الوزير سامي العلي على جهود رجال الأمن في حماية المنشآت." + TAIL
    assert ("سامي العلي", "جهود رجال الأمن في حماية المنشآت") in said(text, [MINISTER])


def test_the_number_ithnay_ashar_is_no_cue() -> None:
    text = "الهجوم\nوقال الوزير سامي العلي إن الوضع مستقر. وقتل اثني عشر شخصا في الهجوم على القرية." + TAIL
    assert [w for _, w in said(text, [MINISTER])] == ["الوضع مستقر"]
