"""Session 22 RF3 (the mend list of session 21's final read): the headline guard for a statement's issuer; a further
complement keeps the source its speaker carries on."""

from __future__ import annotations

from tests.nlp.test_claims import NAJM, NAJM_SHORT, Ent, run


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


def test_a_further_complement_does_not_hand_a_documents_source_on() -> None:
    """«وأضاف التقرير أن …. وأن …» read as the person's: the report is the source of both complements, yet not of his
    own later words («وأكد نجم …»), as without the further complement (9.6)."""
    text = (
        "نشرت الصحيفة تقريرا عن الطوابع. وقال أحمد نجم إن الطابع يحمل صورة سفينتين. "
        "وأضاف التقرير أن الطابع سيطرح للبيع غدا. وأن ثمنه دولار واحد. وأكد نجم أن السعر مناسب."
    )
    claims, _ = run(text, [NAJM, NAJM_SHORT])
    price = next(c for c in claims if "ثمنه" in c.text)
    stressed = next(c for c in claims if "السعر" in c.text)
    assert price.source is not None and price.source.text == "التقرير"
    assert stressed.source is None
