"""Anonymity clauses after an unnamed speaker, session 26 (ANN1; GUIDELINES 9.15): «طلب عدم ذكر اسمه» says only that
the speaker is not named; «ذكر» there is the verbal noun under «عدم», no speech cue, so the claim of the cue before
the speaker still stands."""

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
        ("وقال مسؤول محلي طلب عدم ذكر اسمه إن الحكومة فشلت في حماية المدنيين.", "مسؤول محلي"),
        ("وقال مسؤول محلي، طلب عدم ذكر اسمه، إن الحكومة فشلت في حماية المدنيين.", "مسؤول محلي"),
        ("وقالت مسؤولة محلية طلبت عدم ذكر اسمها إن الحكومة فشلت في حماية المدنيين.", "مسؤولة محلية"),
        ("وقال مسؤولون محليون طلبوا عدم ذكر أسمائهم إن الحكومة فشلت في حماية المدنيين.", "مسؤولون محليون"),
        ("وقال مسؤول محلي الذي طلب عدم ذكر اسمه إن الحكومة فشلت في حماية المدنيين.", "مسؤول محلي"),
        ("وقال مصدر أمني فضل عدم ذكر اسمه إن الحكومة فشلت في حماية المدنيين.", "مصدر أمني"),
    ],
)
def test_the_verbal_noun_after_adam_is_no_cue(text: str, speaker: str) -> None:
    """«طلب عدم ذكر اسمه | إن»: the only claim was «ذكر … إن» with no speaker, the «قال» claim lost; fails without
    Article.negated."""
    assert speakers(text) == [speaker]


def test_without_mentioning_reports_no_speech() -> None:
    """«دون ذكر اسمه»: "without naming him" is no speech and no part of the phrase; fails without Article.negated
    (only «ذكر … إن» read, no speaker) and extents.anonymity's negated_speech (phrase ran on to «اسمه»)."""
    for text in (
        "وقال مسؤول محلي دون ذكر اسمه إن الحكومة فشلت في حماية المدنيين.",
        "وقال مسؤول محلي بدون ذكر اسمه إن الحكومة فشلت في حماية المدنيين.",
    ):
        assert speakers(text) == ["مسؤول محلي"]


def test_the_verbal_noun_right_after_the_refusal_is_no_cue() -> None:
    """«رفض ذكر اسمه»: the saying refused is no speech; fails without Article.negated reading the anonymity verb
    before it (only «ذكر … إن» read, no speaker)."""
    assert speakers("وقال شاهد عيان رفض ذكر اسمه إن الحكومة فشلت في حماية المدنيين.") == ["شاهد عيان"]
    assert speakers("وقالت مصادر أمنية طلبت عدم ذكر اسمها إن الحكومة فشلت في حماية المدنيين.") == ["مصادر أمنية"]


def test_the_verb_itself_is_still_a_cue() -> None:
    """Guard: «ذكر» as a finite verb after its subject still opens the claim («وذكر مسؤول محلي أن»)."""
    assert speakers("وذكر مسؤول محلي أن الحكومة فشلت في حماية المدنيين.") == ["مسؤول محلي"]
