"""Person-name boundaries the tagger gets wrong and the title rules now fix, session 19 (issues 11 and 13).

The rules the Qala tagger learned (entities.LEARNED_BY_QALA_TAGGER) are off here, as analyze() runs them for it.
Each test fails without its change, except the guard test_a_wa_after_another_names_apposition_is_the_lists, which
passes before the change and fails on its first version (any title before the name).
"""

from __future__ import annotations

from app.nlp.entities import build_mentions, rules_off_for
from app.nlp.normalize import normalize
from app.nlp.tokenize import split_sentences
from app.nlp.types import Mention
from tests.nlp.tagging import tags_by_text


def _persons(text: str, tagged: dict[str, str], lexicon: dict[str, int] | None = None) -> dict[str, Mention]:
    """The person mentions by text, tokens tagged by exact text ({'علي': 'PER'}), B/I over runs."""
    sentences = split_sentences(text)
    tags = tags_by_text(sentences, tagged)
    found = build_mentions(text, sentences, tags, lexicon, without=rules_off_for(True))
    return {m.text: m for m in found if m.type == "person"}


def test_a_wa_between_a_title_and_its_name_is_the_names() -> None:
    # يلي is a common word, so و + يلي read as a conjunction; no و joins a title to its own name
    text = "وأعلن المتحدث باسم الرئاسة في بوروندي ويلي نياميتوي أمس أن الوضع هادئ."
    tags = {"بوروندي": "LOC", "ويلي": "PER", "نياميتوي": "PER"}
    ms = _persons(text, tags, {normalize("يلي"): 100, normalize("ويلي"): 90000})
    assert "ويلي نياميتوي" in ms


def test_a_wa_after_another_names_apposition_is_the_lists() -> None:
    # guard: «مسؤول الشرطة المحلية» is بير اغرين's title, so the و before إيفا joins a list
    text = "وكشف بير اغرين مسؤول الشرطة المحلية وإيفا مورين نائب المدعية العامة التفاصيل."
    tags = {w: "PER" for w in ("بير", "اغرين", "وإيفا", "مورين")}
    ms = _persons(text, tags, {normalize("إيفا"): 100, normalize("وإيفا"): 90000})
    assert "إيفا مورين" in ms


def test_a_fa_between_a_title_and_its_name_is_the_names() -> None:
    # راس is a common word, so ف + راس read as a conjunction; no ف joins a title to its own name either
    text = "وقال المتحدث باسم الشرطة فراس الحسيني إن الوضع هادئ."
    tags = {"فراس": "PER", "الحسيني": "PER"}
    ms = _persons(text, tags, {normalize("راس"): 100, normalize("فراس"): 90000})
    assert "فراس الحسيني" in ms
