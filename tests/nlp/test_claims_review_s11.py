"""Session 11 review: the speaker rules' refactors keep their behaviour (the oracle scores are unchanged)."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

HRW: Ent = ("هيومن رايتس ووتش", "unit", "هيومن رايتس ووتش", ())


def test_a_bare_noun_names_the_body_it_introduced_before() -> None:
    # «منظمة "هيومن رايتس ووتش"» … «وقالت المنظمة»: the body whose own name does not open with the noun
    text = 'وزار وفد من منظمة "هيومن رايتس ووتش" السجن الأسبوع الماضي. وقالت المنظمة إن السجناء يتعرضون للتعذيب.'
    claims, ms = run(text, [HRW])
    assert [speaker_name(c, ms) for c in claims] == ["هيومن رايتس ووتش"]
    assert claims[0].speaker is not None and claims[0].speaker.text == "المنظمة"


@pytest.mark.parametrize("told", ["للوكالة", "للمجلة", "للموقع", "للشبكة", "للصحافيين"])
def test_an_outlet_told_with_lam_and_article_is_outside_the_phrase(told: str) -> None:
    # «مصادر أمنية ليبية للمجلة»: any outlet word after لل is who was told, as after a bare ل (لوكالة)
    claims, _ = run(f"وقالت مصادر أمنية ليبية {told} إن الهجوم أسفر عن مقتل اثنين.", [])
    assert [c.speaker.text if c.speaker else None for c in claims] == ["مصادر أمنية ليبية"]
