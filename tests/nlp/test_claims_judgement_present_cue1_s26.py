"""«يعتبر/تعتبر … أن»: the present of اعتبر is a cue only with its complement straight after it (session 26, CUE1;
GUIDELINES 9.27.3: the present «يعتبر» follows its speaker). In train-a it is mostly «is considered» (46 of 53 uses head
no claim), so it was no cue at all; all four of its uses with an أن-clause head a claim. The first two tests fail on
the code before; the last two guard the passive readings.
"""

from __future__ import annotations

import pytest

from app.nlp.claim_cues import cue_of, norm
from tests.nlp.test_claims import Ent, said

TAIL = "\nوفي سياق متصل، عقد المجلس جلسة طارئة لبحث الأوضاع في المنطقة."
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("الوزير",))
GOVERNMENT: Ent = ("الحكومة البريطانية", "unit", "الحكومة البريطانية", ())


@pytest.mark.parametrize("word", ["يعتبر", "وتعتبر"])
def test_the_present_is_a_strict_cue(word: str) -> None:
    spec = cue_of(norm(word))
    assert spec is not None and spec.form == "present" and spec.strict


def test_a_body_s_present_judgement_with_anna_is_its_claim() -> None:
    text = "الاتفاق\nوتعتبر الحكومة البريطانية أن الاتفاق سيسمح بتوسيع التجارة بين البلدين." + TAIL
    assert ("الحكومة البريطانية", "الاتفاق سيسمح بتوسيع التجارة بين البلدين") in said(text, [GOVERNMENT])


def test_is_considered_with_a_noun_phrase_is_no_claim() -> None:
    text = "الطريق\nوقال الوزير سامي العلي إن العمل مستمر. ويعتبر الطريق من أهم الطرق التجارية في المنطقة." + TAIL
    assert [w for _, w in said(text, [MINISTER])] == ["العمل مستمر"]


def test_a_relative_is_considered_is_no_claim() -> None:
    text = "القناة\nوتمر السفن عبر القناة التي تعتبر ممرا رئيسيا يربط البحرين." + TAIL
    assert said(text, [MINISTER]) == []
