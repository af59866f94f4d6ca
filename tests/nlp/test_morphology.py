"""The one morphology module, table by table: every stage relies on these exact answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.nlp.morphology import (
    WA,
    after_article,
    after_glued_bi,
    in_lexicon,
    is_definite,
    is_definite_adjective,
    is_nisba,
    lam_article,
    lam_clitic,
    lam_glued,
    lam_prefixed,
    masculine,
    opens_with_bi,
    opens_with_lam,
    starts_with_article,
    strip_article,
    strip_proclitic,
    wa_definite,
    wa_joined,
    with_proclitic,
    without_conjunction,
)
from app.nlp.normalize import normalize


@pytest.mark.parametrize(
    ("word", "bare"),
    [("والعراق", "العراق"), ("للتحالف", "التحالف"), ("وبالجيش", "الجيش"), ("بالعراق", "العراق"),
     ("فلسطين", "فلسطين"), ("وليد", "وليد"), ("العراق", "العراق"), ("كالعادة", "العادة"), ("ولبنان", "ولبنان"),
     ("للجنة", "اللجنة"), ("وللجنة", "اللجنة"), ("للواء", "اللواء")],
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


@pytest.mark.parametrize(("word", "rest"), [("وقال", "قال"), ("فأكد", None), ("وقد", None), ("قال", None)])
def test_without_conjunction_narrowed_to_wa(word: str, rest: str | None) -> None:
    assert without_conjunction(normalize(word), WA) == (normalize(rest) if rest else None)


@pytest.mark.parametrize(
    ("word", "glued"),
    [("ومصدر", True), ("لمصدر", True), ("بمصدر", True), ("فمصدر", True), ("كمصدر", False), ("مصدر", False),
     ("والمصدر", False), ("و", False), ("", False)],
)  # fmt: skip
def test_with_proclitic_one_letter_on_a_lexicon_word(word: str, glued: bool) -> None:
    assert with_proclitic(normalize(word), frozenset({"مصدر"})) is glued


@pytest.mark.parametrize(("word", "outlet"), [("لصحيفة", True), ("وصحيفة", False), ("صحيفة", False), ("لجريدة", False)])
def test_lam_prefixed(word: str, outlet: bool) -> None:
    assert lam_prefixed(normalize(word), frozenset({normalize("صحيفة")})) is outlet


@pytest.mark.parametrize(
    ("word", "glued"), [("لمصادر", True), ("للمصادر", False), ("لها", False), ("مصادر", False), ("لكن", False)]
)
def test_lam_glued_is_not_the_article(word: str, glued: bool) -> None:
    assert lam_glued(normalize(word)) is glued


@pytest.mark.parametrize(
    ("predicate", "word", "opens"),
    [(opens_with_lam, "ل", True), (opens_with_lam, "لوكالة", True), (opens_with_lam, "الوكالة", False),
     (opens_with_bi, "ب", True), (opens_with_bi, "بوزارة", True), (opens_with_bi, "وبوزارة", False),
     (wa_joined, "و", True), (wa_joined, "وعلي", True), (wa_joined, "فعلي", False),
     (starts_with_article, "ال", True), (starts_with_article, "القوات", True),
     (starts_with_article, "والقوات", False)],
)  # fmt: skip
def test_first_letter_predicates_have_no_length_guard(predicate: Callable[[str], bool], word: str, opens: bool) -> None:
    assert predicate(normalize(word)) is opens


@pytest.mark.parametrize(
    ("word", "definite"), [("والدفاع", True), ("والي", False), ("الدفاع", False), ("ودفاع", False)]
)
def test_wa_definite(word: str, definite: bool) -> None:
    assert wa_definite(normalize(word)) is definite


@pytest.mark.parametrize(("word", "rest"), [("بالشرطة", "الشرطه"), ("بال", "ال"), ("الشرطة", None), ("بشرطة", None)])
def test_after_glued_bi(word: str, rest: str | None) -> None:
    assert after_glued_bi(normalize(word)) == rest


@pytest.mark.parametrize(("word", "rest"), [("القوات", "قوات"), ("ال", ""), ("الي", "ي"), ("والقوات", None)])
def test_after_article_has_no_length_guard(word: str, rest: str | None) -> None:
    assert after_article(normalize(word)) == rest


@pytest.mark.parametrize(("word", "fused"), [("للمتحدث", True), ("لل", True), ("لمتحدث", False), ("المتحدث", False)])
def test_lam_article(word: str, fused: bool) -> None:
    assert lam_article(normalize(word)) is fused


@pytest.mark.parametrize(
    ("glued", "lam"), [("ل", True), ("ول", True), ("فل", True), ("بل", False), ("", False), ("لل", False)]
)
def test_lam_clitic_is_the_preposition_alone_or_after_a_conjunction(glued: str, lam: bool) -> None:
    assert lam_clitic(glued) is lam
