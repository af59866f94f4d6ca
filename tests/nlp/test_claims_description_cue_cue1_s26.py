"""«وصف X بأنه/بـ Y»: describing something as Y is a claim, its quote after بـ/بأنه (session 26, CUE1; GUIDELINES 9.3:
«وصف X بـ/بأنه» required:false, 9.9 the quote after بـ). Train-a gold heads a claim at 23 of 37 uses of «وصف/يصف»
(the rest mostly the noun «وصف», description); the rules read none. The first two tests fail on the code before; the
last guards a «وصف» with no بـ-complement.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, said

TAIL = "\nوفي سياق متصل، عقد المجلس جلسة طارئة لبحث الأوضاع في المنطقة."
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("الوزير",))
GOVERNMENT: Ent = ("الحكومة البريطانية", "unit", "الحكومة البريطانية", ())


def test_wasafa_bi_annahu_quotes_after_the_complementiser() -> None:
    text = "الهجوم\nووصف الوزير سامي العلي الهجوم بأنه عمل إرهابي جبان." + TAIL
    assert ("سامي العلي", "عمل إرهابي جبان") in said(text, [MINISTER])


def test_a_body_s_description_is_its_claim() -> None:
    text = "الاتفاق\nووصفت الحكومة البريطانية الاتفاق الجديد بأنه خطوة مهمة نحو تسوية دائمة." + TAIL
    assert ("الحكومة البريطانية", "خطوة مهمة نحو تسوية دائمة") in said(text, [GOVERNMENT])


def test_a_prescription_with_no_bi_complement_is_no_claim() -> None:
    text = "العلاج\nوقال الوزير سامي العلي إن الوضع مستقر. وصف الطبيب الدواء للمريض بعد الفحص." + TAIL
    assert [w for _, w in said(text, [MINISTER])] == ["الوضع مستقر"]
