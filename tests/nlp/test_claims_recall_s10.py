"""Claim detection rules added for recall on Qala News (session 10): each test fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

DAMATI: Ent = ("ممدوح الدماطي", "person", "ممدوح الدماطي", ())


def test_a_title_abbreviation_keeps_the_cue_and_its_content_in_one_sentence() -> None:
    text = "وأشار وزير الآثار د. ممدوح الدماطي إلى أن الحملة تهدف إلى إنقاذ المباني القديمة."
    claims, ms = run(text, [DAMATI])
    assert [c.text for c in claims] == ["الحملة تهدف إلى إنقاذ المباني القديمة"]
    assert speaker_name(claims[0], ms) == "ممدوح الدماطي"
