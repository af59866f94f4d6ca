"""Unnamed speakers' phrase extents, session 22 (SPK14; issue 13): an occasion or a topic after an unnamed speaker's
phrase ends it. The test fails without its word list (named in it)."""

from __future__ import annotations

from tests.nlp.test_claims import run


def speaker(text: str) -> str:
    """The first claim's speaker phrase."""
    claims, _ = run(text, [])
    assert claims and claims[0].speaker is not None
    return claims[0].speaker.text


def test_an_occasion_or_a_topic_after_the_phrase_is_left_out() -> None:
    """«مصدر أمني | عقب الاجتماع»، «مسؤول | بشأن الحادث»: when, on what or in reply to what he spoke ends the phrase
    (data/phrase_enders.txt: أثناء، عقب، إثر، بعد، حول، بشأن، تعليقا، ردا; train-b 3470 → 3471)."""
    assert speaker("وقال مصدر أمني عقب الاجتماع إن الهجوم فشل.") == "مصدر أمني"
    assert speaker("وقال مسؤول حكومي بشأن الحادث إن التحقيق بدأ.") == "مسؤول حكومي"
