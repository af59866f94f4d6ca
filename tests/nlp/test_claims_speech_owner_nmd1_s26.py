"""A cue in a relative clause on a speech noun, session 26 (NMD1; issue 13): «اتصالا هاتفيا من X، أعرب خلاله»،
«بتصريحات لـX التي قال فيها». The pronoun after the cue (فيه، فيها، خلاله، خلالها) points back at the speech noun
(كلمة، بيان، رسالة، اتصال: data/speech_event_nouns), whose owner after من/لـ speaks (`continuing.resumed_event`).
The first two tests fail without the rule: the name before the noun, the sentence's subject, took the claim."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ())
NAQABA: Ent = ("نقابة المعلمين", "unit", "نقابة المعلمين", ())


def speaker_at(text: str, ents: list[Ent], words: str) -> str | None:
    """The speaker's entity name of the claim holding `words`."""
    claims, mentions = run(text, ents)
    return speaker_name(next(c for c in claims if words in c.text), mentions)


def test_a_call_from_a_person_is_his_claim() -> None:
    """«تلقى X اتصالا هاتفيا من Y، أعرب خلاله عن …»: the caller Y speaks in the call, not X who received it."""
    text = "وتلقى سامي العلي أمس اتصالا هاتفيا من أحمد نجم، أعرب خلاله عن تضامنه الكامل مع الحكومة."
    assert speaker_at(text, [SAMI, NAJM], "تضامنه الكامل") == "أحمد نجم"


def test_statements_of_a_person_in_a_relative_clause_are_his() -> None:
    """«ودعم التقرير موقف X بتصريحات لـY التي قال فيها إن …»: Y, whose statements they are, speaks."""
    text = "ودعم التقرير موقف سامي العلي بتصريحات للوزير أحمد نجم التي قال فيها إن الحكومة ستواصل الإصلاحات."
    assert speaker_at(text, [SAMI, NAJM], "ستواصل الإصلاحات") == "أحمد نجم"


def test_a_lam_after_a_verb_is_the_addressee_not_the_owner() -> None:
    """«قدمت النقابة مذكرة رفعتها لـX طالبت فيها …»: ل after the verb رفعتها names who received the memo."""
    text = "وقدمت نقابة المعلمين أمس مذكرة رفعتها لسامي العلي طالبت فيها بزيادة رواتب المعلمين."
    assert speaker_at(text, [SAMI, NAQABA], "زيادة رواتب") == "نقابة المعلمين"
