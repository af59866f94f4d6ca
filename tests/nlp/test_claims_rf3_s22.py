"""Session 22 RF3 (the mend list of session 21's final read): the headline guard for a statement's issuer."""

from __future__ import annotations

from tests.nlp.test_claims import NAJM, Ent, run


def test_a_headline_statements_issuer_is_not_the_bodys() -> None:
    """«الجيش يؤكد في بيان أن …» in the headline; «بحسب البيان» in the body is no statement of the headline's speaker
    (the body's discourse does not go on from the headline), so it gives him as no source."""
    army: Ent = ("الجيش العراقي", "unit", "الجيش العراقي", ())
    text = (
        "الجيش العراقي يؤكد في بيان أن القوات حررت المدينة\n\n"
        "وقال أحمد نجم، بحسب البيان، إن القوات دخلت المدينة فجرا.\n\nوتابع أن الوضع هادئ."
    )
    claims, _ = run(text, [army, NAJM])
    said = next(c for c in claims if "فجرا" in c.text)
    assert said.source is None
