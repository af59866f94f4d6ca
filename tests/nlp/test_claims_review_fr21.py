"""Final review, session 21 (FR21): each test fails without its fix (named in it)."""

from __future__ import annotations

from tests.nlp.test_claims import NAJM, Ent, run


def test_a_headline_complement_does_not_carry_its_speaker_into_the_body() -> None:
    """«مصدر طبي يؤكد أن … . وأن …» as the headline: the second complement is the same speaker's, but the body's
    discourse does not go on from the headline's speaker, so the body's bare «وأضاف» is not his; fails without
    coordinated_claim recording through claim.record_in_body (the headline guard speech and attribution use)."""
    text = "مصدر طبي يؤكد أن الوضع مستقر. وأن المستشفيات جاهزة\n\nوأضاف أن الأدوية متوفرة في كل المدن."
    claims, _ = run(text)
    ready = next(c for c in claims if "المستشفيات" in c.text)
    added = next(c for c in claims if "الأدوية" in c.text)
    assert ready.speaker is not None and ready.speaker.text == "مصدر طبي"
    assert added.speaker is None


def test_a_trailing_statement_of_a_named_body_has_the_body_as_source() -> None:
    """«…، بحسب بيان لجبهة النصرة»: a named body's statement relaying the speaker makes the body, its mention, the
    source (GUIDELINES 9.32.14), not the noun «بيان» alone; a generic issuer keeps the whole phrase (RVF2's test);
    fails without segments.document_ref's named-issuer branch."""
    front: Ent = ("جبهة النصرة", "unit", "جبهة النصرة", ())
    text = "وقال أحمد نجم إن الهجوم وقع أمس، بحسب بيان لجبهة النصرة."
    claims, mentions = run(text, [NAJM, front])
    said = next(c for c in claims if "الهجوم" in c.text)
    assert said.source is not None and said.source.text == "جبهة النصرة"
    assert said.source.mention is not None and mentions[said.source.mention].canonical == "جبهة النصرة"
