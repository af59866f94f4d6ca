"""«أدان X»، «ندد بـX»: a condemnation with a noun-phrase object is a claim (session 26, CUE1; GUIDELINES 9.3:
«ندد/دان/استنكر» required:false), its quote the object after the subject.

Train-a gold heads a claim at 15 of 19 uses of «أدان/دان», 8 of 10 of «استنكر», 5 of 7 of «ندد»; the rules read none.
(«دان» alone and «انتقد» added false claims on train-b or dev, and «استنكر» as a cue breaks three continuation tests
that read its unnamed subject: branch cue1-side.) The first two tests fail on the code before; the last two guard
«استنكر» (no cue here) and the present «يدين» (also "owes").
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, said

TAIL = "\nوفي سياق متصل، عقد المجلس جلسة طارئة لبحث الأوضاع في المنطقة."
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("الوزير",))
GOVERNMENT: Ent = ("الحكومة البريطانية", "unit", "الحكومة البريطانية", ())


def test_adana_with_its_object_after_an_aside_is_a_claim() -> None:
    text = "الهجوم\nوأدان الوزير سامي العلي في كلمة متلفزة، الهجوم الذي استهدف المسجد." + TAIL
    assert ("سامي العلي", "الهجوم الذي استهدف المسجد") in said(text, [MINISTER])


def test_istankara_stays_no_cue() -> None:
    text = "الهجوم\nواستنكرت الحكومة البريطانية الهجوم الذي استهدف المسجد." + TAIL
    assert said(text, [GOVERNMENT]) == []


def test_nadada_bi_quotes_after_the_preposition() -> None:
    text = "الهجوم\nوندد الوزير سامي العلي بالهجوم الذي استهدف المسجد." + TAIL
    assert ("سامي العلي", "الهجوم الذي استهدف المسجد") in said(text, [MINISTER])


def test_yadinu_owes_is_no_cue() -> None:
    text = "الديون\nويدين الوزير سامي العلي للبنك بمبلغ كبير منذ سنوات." + TAIL
    assert said(text, [MINISTER]) == []
