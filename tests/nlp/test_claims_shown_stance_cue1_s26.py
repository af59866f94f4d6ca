"""«أبدى/تبدي X + a stance noun»: showing concern, readiness or reservations is a claim with a noun-phrase object
(session 26, CUE1; GUIDELINES 9.3: «أبدى» required:false; 9.25 «أبدى + noun» a noun-phrase claim). Train-a gold heads
a claim at 14 of 22 uses; the rules read none. Both tests fail on the code before.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, said

TAIL = "\nوفي سياق متصل، عقد المجلس جلسة طارئة لبحث الأوضاع في المنطقة."
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("الوزير",))
GOVERNMENT: Ent = ("الحكومة البريطانية", "unit", "الحكومة البريطانية", ())


def test_abda_with_a_stance_noun_is_a_claim() -> None:
    text = "المفاوضات\nوأبدى الوزير سامي العلي تفاؤله بنجاح المفاوضات الجارية بين الطرفين." + TAIL
    assert ("سامي العلي", "تفاؤله بنجاح المفاوضات الجارية بين الطرفين") in said(text, [MINISTER])


def test_a_body_s_present_tubdi_is_its_claim() -> None:
    text = "المفاوضات\nوتبدي الحكومة البريطانية تحفظات على مسودة الاتفاق النهائي." + TAIL
    assert ("الحكومة البريطانية", "تحفظات على مسودة الاتفاق النهائي") in said(text, [GOVERNMENT])
