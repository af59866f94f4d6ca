"""Unnamed speakers' kind, session 26 (KDA1; GUIDELINES 9.5, 9.33.5, 9.33.8): a legislature's members are descriptive
bare or counted, and a body named only by its kind after في stays in the phrase and says who the source is."""

from __future__ import annotations

from tests.nlp.test_claims import run
from tests.nlp.test_claims_kinds_rvf2 import speaker_kind


def speaker_text(text: str) -> str:
    """The first claim's speaker phrase."""
    claims, _ = run(text, [])
    assert claims and claims[0].speaker is not None
    return claims[0].speaker.text


def test_members_of_a_legislature_are_descriptive() -> None:
    """«النواب»، «عدد من النواب»، «مشرعون أميركيون»: holders of a legislature's seat are bound to their chamber
    (9.33.8: descriptive, 7 against 2; train-a 543 c9); fails without data/seat_holders.txt (read anonymous as a bare
    people plural). Guards: «محللون»، «عدد من الخبراء» stay anonymous (9.33.8's trade plurals)."""
    assert speaker_kind("وقال النواب إن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("وقال عدد من النواب إن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("ويرى العديد من النواب والمحللون أن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("وقال مشرعون أميركيون إن الحكومة فشلت.") == "descriptive"
    assert speaker_kind("وقال محللون إن الحكومة فشلت.") == "anonymous"
    assert speaker_kind("وقال عدد من الخبراء إن الحكومة فشلت.") == "anonymous"
