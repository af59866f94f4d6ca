"""Session 11 review: the speaker rules' refactors keep their behaviour (the oracle scores are unchanged)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

HRW: Ent = ("هيومن رايتس ووتش", "unit", "هيومن رايتس ووتش", ())


def test_a_bare_noun_names_the_body_it_introduced_before() -> None:
    # «منظمة "هيومن رايتس ووتش"» … «وقالت المنظمة»: the body whose own name does not open with the noun
    text = 'وزار وفد من منظمة "هيومن رايتس ووتش" السجن الأسبوع الماضي. وقالت المنظمة إن السجناء يتعرضون للتعذيب.'
    claims, ms = run(text, [HRW])
    assert [speaker_name(c, ms) for c in claims] == ["هيومن رايتس ووتش"]
    assert claims[0].speaker is not None and claims[0].speaker.text == "المنظمة"
