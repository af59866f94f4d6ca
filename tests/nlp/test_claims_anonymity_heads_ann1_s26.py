"""A bare indefinite title head before an anonymity clause, session 26 (ANN1; GUIDELINES 9.15): «مسؤول | رفض الكشف عن
هويته»: the head's next word is its genitive (مسؤول ملف الإغاثة) unless it opens the clause saying he is unnamed."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import run


def speakers(text: str) -> list[str | None]:
    """Each claim's speaker phrase, in order."""
    claims, _ = run(text, [])
    return [c.speaker.text if c.speaker is not None else None for c in claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال مسؤول رفض الكشف عن هويته إن الحكومة فشلت في حماية المدنيين.", "مسؤول"),
        ("وقال مسؤول طالبا عدم الإفصاح عن هويته إن الحكومة فشلت في حماية المدنيين.", "مسؤول"),
        ("وقالت مسؤولة فضلت عدم الكشف عن هويتها إن الحكومة فشلت في حماية المدنيين.", "مسؤولة"),
    ],
)
def test_the_anonymity_verb_is_not_the_heads_genitive(text: str, speaker: str) -> None:
    """The phrase was «مسؤول رفض الكشف»، «مسؤول طالبا»، «مسؤولة فضلت»; fails without zones._after_head reading
    extents.anonymity."""
    assert speakers(text) == [speaker]


def test_the_heads_genitive_is_still_read() -> None:
    """Guard: «مسؤول ملف الإغاثة» keeps the word after the head."""
    assert speakers("وقال مسؤول ملف الإغاثة إن الحكومة فشلت في حماية المدنيين.") == ["مسؤول ملف الإغاثة"]
