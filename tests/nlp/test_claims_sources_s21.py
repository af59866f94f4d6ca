"""Claim sources, session 21 (SRC2; issue 13, GUIDELINES 9.6, 9.13, 9.30.8): fail without segments.issuer_end (a
generic issuer's whole phrase), the carrier read first and past the issuer (segments.published_by, issuer_past),
documents.speaking_document for a person and document_source's adjectives of a definite document, and
speech.trailing_relay's bare «…، بحسب X.» and its document."""

from __future__ import annotations

from dataclasses import replace

from app.nlp.claims import extract_claims
from app.nlp.tokenize import split_sentences
from app.nlp.types import Claim, Mention
from tests.nlp.test_claims import NAJM, NAJM_SHORT, Ent, mentions_for, run, speaker_name

PARTY: Ent = ("الحزب الشيوعي", "unit", "الحزب الشيوعي", ())
TODAY: Ent = ("اليوم", "unit", "اليوم", ())
BOARD: Ent = ("للجنة التنسيقية للائتلاف", "unit", "اللجنة التنسيقية للائتلاف", ())


def test_a_generic_issuer_keeps_its_whole_phrase_in_the_source() -> None:
    """«في بيان للجنة المركزية للحزب»: the issuer has no mention, so the whole phrase is the source (9.30.8), not its
    first word («بيان للجنة»)."""
    text = "أعلن الحزب الشيوعي، في بيان للجنة المركزية للحزب، أن الانتخابات ستجرى في موعدها."
    claims, _ = run(text, [PARTY])
    said = next(c for c in claims if "الانتخابات" in c.text)
    assert said.source is not None and said.source.text == "بيان للجنة المركزية للحزب"


def test_a_generic_issuer_stops_before_a_time_word() -> None:
    """«في بيان للوزارة أمس»: the issuer's phrase ends at its last definite word; «أمس» is no part of it."""
    text = "وقال الحزب الشيوعي في بيان للوزارة الاتحادية أمس إن الانتخابات ستجرى في موعدها."
    claims, _ = run(text, [PARTY])
    said = next(c for c in claims if "الانتخابات" in c.text)
    assert said.source is not None and said.source.text == "بيان للوزارة الاتحادية"


def test_the_carrier_of_an_issued_statement_comes_first() -> None:
    """«في بيان لوزارة الداخلية نشرته "اليوم"»: the outlet that carried the statement is the source (9.6, 9.13), read
    past the issuer glued to ل, not the statement alone."""
    ministry: Ent = ("وزارة الداخلية", "unit", "وزارة الداخلية", ())
    text = "وأعلن الحزب الشيوعي في بيان لوزارة الداخلية نشرته «اليوم» أن الانتخابات ستجرى في موعدها."
    claims, _ = run(text, [PARTY, ministry, TODAY])
    said = next(c for c in claims if "الانتخابات" in c.text)
    assert said.source is not None and said.source.text == "اليوم"


def test_a_speaking_statement_carried_by_an_outlet_past_its_issuer() -> None:
    """«وأشار بيان للجنة التنسيقية للائتلاف تلقت «اليوم» نسخة منه إلى أن …»: the carrier after the issuer's phrase."""
    text = "وأشار بيان للجنة التنسيقية للائتلاف تلقت «اليوم» نسخة منه إلى أن القيادة بدأت بممارسة مهامها."
    claims, mentions = run(text, [BOARD, TODAY])
    said = next(c for c in claims if "القيادة" in c.text)
    assert speaker_name(said, mentions) == "اللجنة التنسيقية للائتلاف"
    assert said.source is not None and said.source.text == "اليوم"


def test_a_speaking_document_read_as_a_persons_words_is_their_source_only() -> None:
    """«وأضاف التقرير أن …» after a person's words, read as his: the report is the claim's source whoever the speaker
    (9.3, 9.10), and is not carried on to his own later words («وأكد نجم …»)."""
    text = (
        "نشرت الصحيفة تقريرا عن الطوابع. وقال أحمد نجم إن الطابع يحمل صورة سفينتين. "
        "وأضاف التقرير أن الطابع سيطرح للبيع غدا. وأكد نجم أن السعر مناسب."
    )
    claims, _ = run(text, [NAJM, NAJM_SHORT])
    added = next(c for c in claims if "للبيع" in c.text)
    stressed = next(c for c in claims if "السعر" in c.text)
    assert added.source is not None and added.source.text == "التقرير"
    assert stressed.source is None


def test_a_definite_documents_own_adjective_is_in_the_source() -> None:
    """«وقال البيان الفرنسي …»: the definite document's definite nisba is its own adjective, in the phrase (9.3)."""
    text = "أصدرت الرئاسة الفرنسية بيانا عن الرهينة. وقال البيان الفرنسي إن الرهينة أطلق سراحها أمس."
    claims, _ = run(text, [("الرئاسة الفرنسية", "unit", "الرئاسة الفرنسية", ())])
    said = next(c for c in claims if "سراحها" in c.text)
    assert said.source is not None and said.source.text == "البيان الفرنسي"


def test_a_definite_document_stops_before_its_issuing_word() -> None:
    """«وقال التقرير الصادر عن …»: «الصادر» ties the report to its body, no adjective of it."""
    text = "وقال التقرير الصادر عن الرئاسة الفرنسية إن الرهينة أطلق سراحها أمس."
    claims, _ = run(text, [("الرئاسة الفرنسية", "unit", "الرئاسة الفرنسية", ())])
    said = next(c for c in claims if "سراحها" in c.text)
    assert said.source is not None and said.source.text == "التقرير"


def test_a_joint_report_keeps_its_adjective() -> None:
    """«وقال تقرير مشترك أصدرته …»: «مشترك» is the report's own adjective, in the source phrase (9.3)."""
    text = "وقال تقرير مشترك أصدرته منظمة الأغذية والزراعة اليوم إن محصول القمح تراجع هذا العام."
    claims, _ = run(text, [("منظمة الأغذية والزراعة", "unit", "منظمة الأغذية والزراعة", ())])
    said = next(c for c in claims if "القمح" in c.text)
    assert said.source is not None and said.source.text == "تقرير مشترك"


def _media(text: str, ents: list[Ent]) -> tuple[list[Claim], list[Mention]]:
    """`run`, with the outlet «رويترز» typed as media, as the tagger types it."""
    mentions = [replace(m, subtype="media") if m.canonical == "رويترز" else m for m in mentions_for(text, ents)]
    return extract_claims(text, split_sentences(text), mentions), mentions


REUTERS: Ent = ("رويترز", "unit", "رويترز", ())


def test_a_trailing_according_to_an_outlet_is_the_source() -> None:
    """«…، بحسب رويترز.»، «…، وفقا لـ"رويترز".»: بحسب/وفقا is a cue of its own, which hid the trailing relay (9.13)."""
    for text in (
        "وأشار أحمد نجم إلى أن الهجوم وقع أمس، بحسب رويترز.",
        'وأشار أحمد نجم إلى أن الهجوم وقع أمس، وفقا لـ"رويترز".',
    ):
        claims, _ = _media(text, [NAJM, REUTERS])
        said = next(c for c in claims if "الهجوم" in c.text)
        assert said.source is not None and said.source.text == "رويترز"


def test_a_trailing_according_to_an_outlet_with_more_after_it_is_no_source() -> None:
    """«…، بحسب رويترز التي نشرت صور الموقع.»: the outlet does not close the sentence; no relay is read."""
    text = "وأشار أحمد نجم إلى أن الهجوم وقع أمس، بحسب رويترز التي نشرت صور الموقع."
    claims, _ = _media(text, [NAJM, REUTERS])
    said = next(c for c in claims if "الهجوم" in c.text)
    assert said.source is None


def test_a_trailing_according_to_a_document_has_the_document_as_source() -> None:
    """«…، حسب تقرير نشر في صحيفة «رويترز».»: the report holds the words, the source (9.3, 9.10), not its carrier."""
    text = "وقال أحمد نجم إن الهجوم وقع أمس، حسب تقرير نشر في صحيفة «رويترز»."
    claims, _ = _media(text, [NAJM, REUTERS])
    said = next(c for c in claims if "الهجوم" in c.text)
    assert said.source is not None and said.source.text == "تقرير"
