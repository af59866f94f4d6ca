"""Session 22 RVF4 (the RV3 review's corrections): each test fails without its fix."""

from __future__ import annotations

from tests.nlp.test_claims import NAJM, Ent, run

MINISTRY: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())


def test_a_headline_statement_as_subject_gives_the_body_no_issuer() -> None:
    """«أكد بيان وزارة الصحة أن …» in the headline: `speaker.statement_issuer` names the ministry there, yet the
    body's «بحسب البيان» is not that statement, so the body's claim has no source (finding 1)."""
    text = "أكد بيان وزارة الصحة أن الوباء انحسر\n\nوقال أحمد نجم، بحسب البيان، إن القوات دخلت المدينة فجرا."
    claims, _ = run(text, [MINISTRY, NAJM])
    said = next(c for c in claims if "فجرا" in c.text)
    assert said.speaker is not None and said.speaker.text == "أحمد نجم"
    assert said.source is None
