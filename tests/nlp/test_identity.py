"""Entity identity: one rule set for names within an article and across articles (app/nlp/identity.py)."""

from __future__ import annotations

import pytest

from app.nlp.identity import best_stored, entity_key, resolve_names, stored_match_keys
from app.nlp.types import EntityType, Mention

FORCES, COMMAND = "القوات العراقية", "قيادة القوات العراقية المشتركة"


def _m(text: str, type_: EntityType = "person", start: int = 0) -> Mention:
    return Mention(text=text, start=start, end=start + len(text), type=type_, canonical=text, key=entity_key(text))


@pytest.mark.parametrize(
    ("names", "type_", "expected"),
    [
        # a surname takes the fullest same-type name that contains it
        (["تحسين الخفاجي", "الخفاجي"], "person", ["تحسين الخفاجي", "تحسين الخفاجي"]),
        # of two fuller names, the longer; a proclitic on the fuller surface is dropped from the canonical
        (["الجيش", "والجيش العراقي"], "unit", ["الجيش العراقي", "الجيش العراقي"]),
        # a generic head around another unit's name is that unit, not a fuller name
        (["التحالف الدولي", "قوات التحالف الدولي"], "unit", ["التحالف الدولي", "التحالف الدولي"]),
        # but a ministry's complement is its own short name: «وزارة X» is the fuller name of «X»
        (
            ["الداخلية التونسية", "وزارة الداخلية التونسية"],
            "unit",
            ["وزارة الداخلية التونسية", "وزارة الداخلية التونسية"],
        ),
        # a force head never grows into another head's name
        (
            ["القوات العراقية", "قيادة القوات العراقية المشتركة"],
            "unit",
            ["القوات العراقية", "قيادة القوات العراقية المشتركة"],
        ),
        # a name no other name contains stays as written
        (["صالح"], "person", ["صالح"]),
    ],
)
def test_within_an_article(names: list[str], type_: EntityType, expected: list[str]) -> None:
    mentions = [_m(n, type_, start=100 * i) for i, n in enumerate(names)]
    assert [m.canonical for m in resolve_names(mentions)] == expected


def test_other_types_never_resolve_into_each_other() -> None:
    out = resolve_names([_m("عدن", "place"), _m("مطار عدن الدولي", "person", 50)])
    assert out[0].canonical == "عدن"


@pytest.mark.parametrize(
    ("type_", "key", "aliases", "expected"),
    [
        ("person", "حسين", {"حسين"}, None),  # a bare surname never merges across articles
        ("person", "علي حسين", {"حسين", "علي حسين"}, frozenset({"علي حسين"})),  # nor does a one-word alias
        ("unit", "الجيش", {"الجيش", "الجيش العراقي"}, frozenset({"الجيش", "الجيش العراقي"})),
    ],
)
def test_across_articles(type_: str, key: str, aliases: set[str], expected: frozenset[str] | None) -> None:
    assert stored_match_keys(type_=type_, key=key, alias_keys=aliases) == expected


def test_ties_go_to_the_most_mentioned_then_the_oldest() -> None:
    assert best_stored([(7, 3), (5, 9), (2, 9)]) == 2
    assert best_stored([]) is None


def test_keys_fold_spelling_and_the_first_proclitic() -> None:
    assert entity_key("والحكومة اليمنية") == entity_key("الحكومه اليمنيه") == "الحكومه اليمنيه"
