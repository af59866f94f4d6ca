"""Review of NMD1, session 26 (RVN1; issue 13): the constructions next to `continuing.pointed_subject` and
`continuing.resumed_event`. ذلك before a subject that runs into أن or a colon is the subject's demonstrative («وأكد
ذلك المسؤول أن …»), not a pointing object: the verb keeps its claim. A pronoun after the cue agrees with its speech
noun (فيها: رسالة، فيه: بيان), and the owner after من is the phrase right after it, not a name past a preposition.
Each test fails on NMD1's merge: the claim was lost, or went to the wrong speech's owner or to a bystander."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

WIZARA: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())
SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ())
NAQABA: Ent = ("نقابة المعلمين", "unit", "نقابة المعلمين", ())
OPENING = "أعلنت وزارة الصحة إطلاق برنامج جديد لتطعيم الأطفال. "


def speaker_at(text: str, ents: list[Ent], words: str) -> str | None:
    """The speaker's entity name of the claim holding `words`; fails when no claim holds them."""
    claims, mentions = run(text, ents)
    return speaker_name(next(c for c in claims if words in c.text), mentions)


def test_dhalika_opening_a_subject_before_an_anna_clause_keeps_the_claim() -> None:
    """«وأكد ذلك المسؤول أن …»: «that official affirmed that …», the أن-clause is the verb's claim."""
    claims, _ = run(OPENING + "وأكد ذلك المسؤول أن البرنامج يشمل جميع المناطق.", [WIZARA])
    assert any("يشمل جميع المناطق" in c.text for c in claims)


def test_dhalika_before_a_named_subject_and_a_colon_keeps_the_claim() -> None:
    """«وقال ذلك الوزير أحمد نجم في مؤتمر صحفي: "…"»: the colon opens what he said, ذلك points at no sentence."""
    text = OPENING + 'وقال ذلك الوزير أحمد نجم في مؤتمر صحفي: "البرنامج يشمل جميع المناطق".'
    assert speaker_at(text, [WIZARA, NAJM], "يشمل جميع المناطق") == "أحمد نجم"


def test_a_feminine_pronoun_skips_a_masculine_speech_noun() -> None:
    """«بعث X رسالة إلى Y عقب اتصال من Z، أكد فيها»: فيها is the letter's, X's, not the call's (اتصال) of Z."""
    text = "وبعث سامي العلي رسالة إلى أحمد نجم عقب اتصال من نقابة المعلمين، أكد فيها أن الحكومة ستواصل الإصلاحات."
    assert speaker_at(text, [SAMI, NAJM, NAQABA], "ستواصل الإصلاحات") == "سامي العلي"


def test_a_name_past_a_preposition_is_no_owner_of_the_call() -> None:
    """«تلقى X اتصالا من نظيره الفرنسي بحضور Y، أكد خلاله»: Y only attended; the caller is unnamed here."""
    text = "وتلقى سامي العلي اتصالا هاتفيا من نظيره الفرنسي بحضور أحمد نجم، أكد خلاله أن الحكومة ستواصل الإصلاحات."
    assert speaker_at(text, [SAMI, NAJM], "ستواصل الإصلاحات") != "أحمد نجم"


def test_a_spokesman_of_a_body_owns_the_letter_not_the_body() -> None:
    """«رسالة من المتحدث باسم نقابة المعلمين، أكد فيها»: the spokesman speaks (descriptive), for the union."""
    text = "وتلقى سامي العلي رسالة من المتحدث باسم نقابة المعلمين، أكد فيها أن الحكومة ستواصل الإصلاحات."
    claims, _ = run(text, [SAMI, NAQABA])
    said = next(c for c in claims if "ستواصل الإصلاحات" in c.text)
    assert said.speaker is not None and said.speaker.text == "المتحدث باسم نقابة المعلمين"
    assert said.speaker.kind == "descriptive"


def test_an_unnamed_title_owns_the_letter_not_its_receiver() -> None:
    """«تلقى X رسالة من وزير الخارجية الفرنسي، أكد فيها»: the minister wrote it; X only received it."""
    text = "وتلقى سامي العلي رسالة من وزير الخارجية الفرنسي، أكد فيها أن الحكومة ستواصل الإصلاحات."
    claims, _ = run(text, [SAMI])
    said = next(c for c in claims if "ستواصل الإصلاحات" in c.text)
    assert said.speaker is not None and said.speaker.text == "وزير الخارجية الفرنسي"
