"""Cues inside reported content (session 13, issue 13, SP-K). The nested-verb test fails without the
`CONTENT_SUBJECTS` check in `speech.speech_claim`; the guard passes either way."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run

FORCE: Ent = ("قوات الحرس", "unit", "قوات الحرس", ())
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ())


def cues(text: str, ents: list[Ent]) -> list[tuple[str, str | None]]:
    """Each claim's content opening and speaker phrase."""
    claims, _ = run(text, ents)
    return [(text[c.start : c.end], c.speaker.text if c.speaker else None) for c in claims]


def test_a_present_verb_after_anna_with_a_pronoun_is_no_cue() -> None:
    text = (
        "أجمع علماء وأئمة مساجد على فداحة الهجوم الذي استهدف مقر قوات الحرس في المدينة، واصفين أنه فعل جبان، "
        "وأنه يؤكد ضلال المنهج الذي تقوم عليه هذه الفئة وتماديها في الانحراف. وأكدوا أن من قاموا بالهجوم منحرفون."
    )
    found = cues(text, [FORCE])
    assert all(not body.startswith("ضلال") for body, _ in found)
    assert found[-1][1] is not None and found[-1][1].startswith("علماء")


def test_a_speaker_own_present_cue_still_speaks() -> None:
    text = "قال سامي العلي إن الوضع خطير. ويؤكد سامي العلي أن الحوار مستمر."
    assert [s for _, s in cues(text, [MINISTER])] == ["سامي العلي", "سامي العلي"]
