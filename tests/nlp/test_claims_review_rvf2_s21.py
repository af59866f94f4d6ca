"""Review fixes, session 21 (RVF2; issue 13, GUIDELINES 9.6, 9.13, 9.29.4, 9.30.8): fail without claim.carried_source
(a document read as a person's keeps his relay), segments.issuer_end stopping at relative and function words,
qualifiers.locator reading a direction only past a place's name, and speech.trailing_relay's document read through
segments.document_ref."""

from __future__ import annotations

from tests.nlp.test_claims import NAJM, NAJM_SHORT, Ent, run, speaker_of

REUTERS: Ent = ("رويترز", "unit", "رويترز", ())
PARTY: Ent = ("الحزب الشيوعي", "unit", "الحزب الشيوعي", ())


def test_a_document_read_as_a_persons_words_keeps_his_relay() -> None:
    """«وقال أحمد نجم لرويترز …. وأضاف التقرير أن …. وأكد نجم أن …»: the report is the second claim's source only;
    his later words keep the relay he had (9.6), not none."""
    text = (
        "وقال أحمد نجم لرويترز إن الطابع يحمل صورة سفينتين. وأضاف التقرير أن الطابع سيطرح للبيع غدا. "
        "وأكد نجم أن السعر مناسب."
    )
    claims, _ = run(text, [NAJM, NAJM_SHORT, REUTERS])
    added = next(c for c in claims if "للبيع" in c.text)
    stressed = next(c for c in claims if "السعر" in c.text)
    assert added.source is not None and added.source.text == "التقرير"
    assert stressed.source is not None and stressed.source.text == "رويترز"


def test_a_generic_issuer_stops_at_a_relative_word_and_a_time() -> None:
    """«في بيان للجنة المركزية التي اجتمعت»، «… الذي وزع»، «… الليلة الماضية»: a relative word is definite in form
    but opens a clause, and «الليلة» is a time; neither is in the issuer's phrase (9.30.8)."""
    for tail in ("التي اجتمعت أمس", "الذي وزع أمس", "الليلة الماضية"):
        text = f"وقال الحزب الشيوعي في بيان للجنة المركزية {tail} إن الانتخابات ستجرى في موعدها."
        claims, _ = run(text, [PARTY])
        said = next(c for c in claims if "الانتخابات" in c.text)
        assert said.source is not None and said.source.text == "بيان للجنة المركزية", tail


def test_a_direction_inside_a_place_name_is_no_locator() -> None:
    """«خبراء في منظمة الصحة العالمية جنوب شرق آسيا»: «شرق» is a word of the place «جنوب شرق آسيا», not a direction
    after a place's name (9.29.4); the speaker's phrase is not cut inside the name."""
    text = "وقال خبراء في منظمة الصحة العالمية جنوب شرق آسيا إن الوباء انتشر."
    who: Ent = ("منظمة الصحة العالمية", "unit", "منظمة الصحة العالمية", ())
    asia: Ent = ("جنوب شرق آسيا", "place", "جنوب شرق آسيا", ())
    assert not speaker_of(text, [who, asia], "الوباء").endswith("جنوب")


def test_a_trailing_document_is_read_as_a_segments_statement() -> None:
    """«…، بحسب بيان للجيش» keeps its generic issuer as «في بيان للجيش» does (9.30.8); «…، بحسب تقرير نشرته «رويترز»»
    names its carrier first (9.13); «…، وفقا للتقرير» gives no source with ل glued to it."""
    cases = (
        ("بحسب بيان للجيش", "بيان للجيش"),
        ("بحسب تقرير نشرته «رويترز»", "رويترز"),
        ("وفقا للتقرير", None),
    )
    for tail, want in cases:
        text = f"وقال أحمد نجم إن الهجوم وقع أمس، {tail}."
        claims, _ = run(text, [NAJM, REUTERS])
        said = next(c for c in claims if "الهجوم" in c.text)
        assert (said.source.text if said.source is not None else None) == want, tail


def test_a_trailing_document_with_ل_glued_reads_on_to_the_outlet() -> None:
    """«…، وفقا لتقرير لصحيفة «الوطن»»: the document with ل glued names no source of its own; the outlet after it is
    read as before (9.13)."""
    paper: Ent = ("الوطن", "unit", "الوطن", ())
    text = "وقال أحمد نجم إن الهجوم وقع أمس، وفقا لتقرير لصحيفة «الوطن»."
    claims, _ = run(text, [NAJM, paper])
    said = next(c for c in claims if "الهجوم" in c.text)
    assert said.source is not None and said.source.text == "الوطن"
