"""Speakers chosen at the cue, session 12 (issue 13): each test fails without its change."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

SOMA: Ent = ("سوما", "unit", "سوما", ())
GAS: Ent = ("شركة الغاز الأهلية", "unit", "شركة الغاز الأهلية", ())


def test_a_bare_body_noun_stands_for_the_body_it_last_introduced() -> None:
    # «شركة سوما» is later than «شركة الغاز الأهلية»: «الشركة» is Soma, though only the gas company's own name
    # opens with شركة
    text = (
        "ارتفعت أرباح شركة الغاز الأهلية هذا العام. وفي لندن أعلنت شركة سوما نتائجها. وقالت الشركة إن أرباحها"
        " ارتفعت بنسبة عشرة في المائة."
    )
    claims, ms = run(text, [SOMA, GAS])
    assert speaker_name(claims[-1], ms) == "سوما"
