"""A class noun the tagger takes into a unit name gold marks alone, session 25 (NSP1; GUIDELINES 9.30.18).

Constructed sentences; the rules the Qala tagger learned are off, as analyze() runs them for it. Each test but the
guards fails without heads_outside_names.txt and entities._without_class_head.
"""

from __future__ import annotations

from app.nlp.tokenize import split_sentences
from tests.nlp.tagging import qala_mentions, tags_by_text


def _units(text: str, tagged: list[str]) -> list[str]:
    tags = tags_by_text(split_sentences(text), dict.fromkeys(tagged, "ORG"))
    return [t for t, kind in qala_mentions(text, tags[0]) if kind == "unit"]


def test_munazzama_before_the_red_cross_is_outside_its_span() -> None:
    text = "وحذرت منظمة الصليب الأحمر في بيان من تدهور الوضع الإنساني."
    assert _units(text, ["منظمة", "الصليب", "الأحمر"]) == ["الصليب الأحمر"]


def test_patrols_before_the_coast_guard_are_outside_its_span() -> None:
    text = "وتمكنت دوريات خفر السواحل من إنقاذ عشرات المهاجرين."
    assert _units(text, ["دوريات", "خفر", "السواحل"]) == ["خفر السواحل"]


def test_a_body_named_with_its_own_head_keeps_it() -> None:
    # guards: a national society and a country's coast guard are their own bodies, whole
    text = "وقالت جمعية الصليب الأحمر البورمية إن الوضع صعب."
    assert _units(text, ["جمعية", "الصليب", "الأحمر", "البورمية"]) == ["جمعية الصليب الأحمر البورمية"]
    text = "وأعلنت قوات خفر السواحل الإيطالية إنقاذ المهاجرين."
    assert _units(text, ["قوات", "خفر", "السواحل", "الإيطالية"]) == ["قوات خفر السواحل الإيطالية"]
