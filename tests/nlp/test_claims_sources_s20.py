"""Claim sources, session 20 (SRC; issue 13, GUIDELINES 9.10, 9.30.8): fail without documents.subjectless_in,
documents.generic_issuer, documents.pointed_document and the new «في بيان» setting in segments.scan_segment."""

from __future__ import annotations

from tests.nlp.test_claims import NAJM, NAJM_SHORT, Ent, run, speaker_name

FRONT: Ent = ("جبهة النصرة", "unit", "جبهة النصرة", ())
ARMY: Ent = ("الجيش التركي", "unit", "الجيش التركي", ())


def test_came_in_a_statement_issued_by_the_speaker_has_the_statement_as_source() -> None:
    """«وجاء في بيان صادر عن الجبهة أن …»: the document after «جاء في» holds the words whoever speaks (9.30.8)."""
    text = "أعلنت جبهة النصرة انسحابها من المنطقة. وجاء في بيان صادر عن الجبهة أن المقاتلين غادروا مواقعهم أمس."
    claims, _ = run(text, [FRONT])
    came = next(c for c in claims if "المقاتلين" in c.text)
    assert came.source is not None and came.source.text == "بيان"


def test_came_in_a_statement_of_a_generic_body_keeps_the_body_in_the_source() -> None:
    """«وجاء في بيان الجيش …»: a bare definite issuer with no mention of its own stays in the phrase (9.30.8)."""
    text = "قتل ثلاثة جنود في هجوم شنه الجيش التركي أمس. وجاء في بيان الجيش أن الهجوم وقع قرب الحدود الشرقية."
    claims, _ = run(text, [ARMY])
    came = next(c for c in claims if "الحدود" in c.text)
    assert came.source is not None and came.source.text == "بيان الجيش"


def test_a_speaker_in_the_statement_named_before_has_it_as_source() -> None:
    """«وقال نجم في البيان إن …»: «في البيان» points to the statement the article named; it holds his words."""
    text = (
        "أصدرت الهيئة بيانا عن الطابع الجديد. وقال أحمد نجم في البيان إن الطابع يحمل صورة سفينتين. "
        "وأضاف نجم أن الطابع سيطرح للبيع غدا."
    )
    claims, _ = run(text, [NAJM, NAJM_SHORT])
    said = next(c for c in claims if "سفينتين" in c.text)
    added = next(c for c in claims if "للبيع" in c.text)
    assert said.source is not None and said.source.text == "البيان"
    assert added.source is not None and added.source.text == "البيان"  # his continuation inherits it (9.6)


def test_a_new_statement_does_not_inherit_the_last_relay() -> None:
    """«كما حذرت الجبهة في بيان …» after «وجاء في بيان صادر عن الجبهة»: a new statement, its own setting, so the
    earlier claim's source is not carried to it."""
    text = (
        "وجاء في بيان صادر عن جبهة النصرة أن المقاتلين غادروا مواقعهم أمس. "
        "كما حذرت جبهة النصرة في بيان أي شخص من المشاركة في المشروع."
    )
    claims, mentions = run(text, [FRONT])
    warned = next(c for c in claims if "المشاركة" in c.text)
    assert speaker_name(warned, mentions) == "جبهة النصرة"
    assert warned.source is None


def test_a_statement_that_came_from_the_speaker_is_the_source() -> None:
    """«أعلن بيان صدر عن مكتب الحاكم أن …»: «صدر عن» ties the statement to its body as «صادر عن» does; the office
    speaks, «بيان» is the source (9.30.8)."""
    office: Ent = ("مكتب الحاكم", "unit", "مكتب الحاكم", ())
    text = "أعلن بيان صدر عن مكتب الحاكم أمس أن اثنين من أفراد الأمن قتلا في تفجير."
    claims, mentions = run(text, [office])
    assert speaker_name(claims[0], mentions) == "مكتب الحاكم"
    assert claims[0].source is not None and claims[0].source.text == "بيان"
