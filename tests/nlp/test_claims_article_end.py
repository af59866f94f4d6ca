"""Cues whose zone runs into the end of the article (no full stop after it) read no token past it."""

from __future__ import annotations

from tests.nlp.test_claims import run


def test_an_attribution_cue_ending_the_article_without_a_full_stop_is_no_crash() -> None:
    claims, _ = run("وقتل 18 شخصا في قصف على المدينة، بحسب المرصد", [("المرصد", "unit", "المرصد", ())])
    assert [c.cue for c in claims] == ["بحسب"]
    assert claims[0].text == "وقتل 18 شخصا في قصف على المدينة"


def test_an_outlet_word_ending_the_article_is_no_crash() -> None:
    claims, _ = run("وقال أحد السياسيين لصحيفة")
    assert claims == []
