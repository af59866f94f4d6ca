"""The one morphology module, table by table: every stage relies on these exact answers."""

from __future__ import annotations

import pytest

from app.nlp.morphology import (
    in_lexicon,
    is_definite,
    is_definite_adjective,
    is_nisba,
    masculine,
    strip_article,
    strip_proclitic,
    without_conjunction,
)
from app.nlp.normalize import normalize


@pytest.mark.parametrize(
    ("word", "bare"),
    [("والعراق", "العراق"), ("للتحالف", "التحالف"), ("وبالجيش", "الجيش"), ("بالعراق", "العراق"),
     ("فلسطين", "فلسطين"), ("وليد", "وليد"), ("العراق", "العراق"), ("كالعادة", "العادة"), ("ولبنان", "ولبنان")],
)  # fmt: skip
def test_strip_proclitic_only_before_the_article(word: str, bare: str) -> None:
    assert strip_proclitic(normalize(word)) == normalize(bare)


@pytest.mark.parametrize(
    ("word", "stem"),
    [("للمتحدث", "متحدث"), ("الوزير", "وزير"), ("والحكومة", "حكومه"), ("بالقوات", "قوات"), ("ال", "ال"),
     ("الي", "الي"), ("مصدر", "مصدر")],
)  # fmt: skip
def test_strip_article(word: str, stem: str) -> None:
    assert strip_article(normalize(word)) == stem


@pytest.mark.parametrize(
    ("word", "definite"),
    [("الجيش", True), ("للجيش", True), ("والجيش", True), ("بالجيش", True), ("فالجيش", True), ("جيش", False),
     ("ال", False), ("الا", False), ("كالجيش", False)],
)  # fmt: skip
def test_is_definite(word: str, definite: bool) -> None:
    assert is_definite(normalize(word)) is definite


@pytest.mark.parametrize(
    ("word", "nisba"),
    [("عسكرية", True), ("عراقيون", True), ("محليين", True), ("أمني", True), ("وزير", False), ("علي", False)],
)
def test_is_nisba(word: str, nisba: bool) -> None:
    assert is_nisba(normalize(word)) is nisba


@pytest.mark.parametrize(("word", "masc"), [("العراقية", "العراقي"), ("العراقي", "العراقي"), ("الدولية", "الدولي")])
def test_masculine(word: str, masc: str) -> None:
    assert masculine(normalize(word)) == normalize(masc)


@pytest.mark.parametrize(
    ("word", "rest"), [("وقال", "قال"), ("فأكد", "اكد"), ("قال", None), ("وزير", "زير"), ("وقد", None), ("بقال", None)]
)
def test_without_conjunction(word: str, rest: str | None) -> None:
    assert without_conjunction(normalize(word)) == (normalize(rest) if rest else None)


def test_in_lexicon_allows_the_article_and_one_proclitic() -> None:
    lexicon = frozenset({"وزير", "متحدث"})
    assert all(in_lexicon(normalize(w), lexicon) for w in ("الوزير", "وزير", "للمتحدث", "والوزير", "بوزير", "ووزير"))
    assert not any(in_lexicon(normalize(w), lexicon) for w in ("وزراء", "الوزيرة", "مستشار"))


@pytest.mark.parametrize(
    ("word", "adjective"),
    [("العراقية", True), ("الدولي", True), ("المشتركة", True), ("الأمنيين", True), ("العراق", False),
     ("عراقية", False), ("الجي", False)],
)  # fmt: skip
def test_is_definite_adjective(word: str, adjective: bool) -> None:
    assert is_definite_adjective(normalize(word)) is adjective
