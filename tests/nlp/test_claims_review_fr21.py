"""Final review, session 21 (FR21): each test fails without its fix (named in it)."""

from __future__ import annotations

from tests.nlp.test_claims import run


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
