"""A place in construct after an event noun is part of the event's name, no mention (GUIDELINES 9.7; session 13)."""

from __future__ import annotations

from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences


def _places(text: str, tagged: set[str], *, without: frozenset[str] = frozenset()) -> list[str]:
    """Place mention texts, each token in `tagged` a one-token LOC, B-/I- over runs."""
    sentences = split_sentences(text)
    tags = []
    for sent in sentences:
        row, prev = [], False
        for t in sent:
            inside = t.text in tagged
            row.append(("I-LOC" if prev else "B-LOC") if inside else "O")
            prev = inside
        tags.append(row)
    return [m.text for m in build_mentions(text, sentences, tags, without=without) if m.type == "place"]


def test_a_place_after_an_event_noun_is_no_mention_but_after_a_preposition_it_is() -> None:
    assert _places("انطلق مهرجان قرطوم أمس في قرطوم.", {"قرطوم"}) == ["قرطوم"]
    assert _places("وحضر «قمة قرطوم» الوزير.", {"قرطوم"}) == []
    assert _places("وحضر ومؤتمر قرطوم الوزير.", {"قرطوم"}) == []


def test_a_facility_after_an_event_noun_is_the_place_it_happened_at() -> None:
    assert _places("ندد بتفجير مسجد النور أمس.", {"مسجد", "النور"}) == ["مسجد النور"]


def test_the_rule_can_be_switched_off() -> None:
    assert _places("انطلق مهرجان قرطوم أمس.", {"قرطوم"}, without=frozenset({"event_names"})) == ["قرطوم"]
