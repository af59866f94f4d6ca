"""Attribution cues (بحسب / وفقا لـ / حسب) added for recall on Qala News (session 9): each fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run

MARSAD: Ent = ("المرصد", "unit", "المرصد السوري", ())


def test_a_trailing_attribution_without_a_comma_closes_its_clause() -> None:
    text = "وقتل 18 شخصا في قصف على وسط المدينة بحسب المرصد."
    claims, ms = run(text, [MARSAD])
    assert [(c.kind, c.text) for c in claims] == [("indirect", "وقتل 18 شخصا في قصف على وسط المدينة")]
    assert claims[0].speaker is not None and claims[0].speaker.mention is not None
    assert ms[claims[0].speaker.mention].canonical == "المرصد السوري"


def test_a_bare_attribution_word_after_a_short_phrase_is_no_claim() -> None:
    text = "وذلك بحسب المرصد."
    claims, _ = run(text, [MARSAD])
    assert claims == []
