"""A document's nisba names its body, session 19 (SPK3, issue 13; GUIDELINES 9.3, 9.10, 9.28.1, 9.29.2): the test
fails without `documents.nisba_issuer`."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

GULF: Ent = ("مجلس التعاون الخليجي", "unit", "مجلس التعاون الخليجي", ())
RIYADH: Ent = ("الرياض", "place", "الرياض", ())


def test_a_document_s_nisba_names_the_body_that_holds_it() -> None:
    """«اجتمع وزراء مجلس التعاون الخليجي … وقال بيان خليجي إن»: a statement tied to no body by an issuing word is the
    body named before whose name holds its nisba (9.3, 9.10), not the words «بيان خليجي»."""
    text = "اجتمع وزراء مجلس التعاون الخليجي في الرياض أمس. وقال بيان خليجي إن الاجتماع بحث الأوضاع في المنطقة."
    claims, mentions = run(text, [GULF, RIYADH])
    assert speaker_name(claims[-1], mentions) == "مجلس التعاون الخليجي"


EMBASSY: Ent = ("السفارة الأمريكية", "unit", "السفارة الأمريكية", ())


def test_a_state_s_nisba_names_no_body() -> None:
    """«وقال بيان أمريكي»: a state's nisba names a country, not the one body of it named before (fails while
    `nisba_issuer` took السفارة الأمريكية)."""
    text = "زار وفد من السفارة الأمريكية المدينة أمس. وقال بيان أمريكي إن الزيارة ناجحة."
    claims, mentions = run(text, [EMBASSY])
    assert speaker_name(claims[-1], mentions) == "بيان أمريكي"
