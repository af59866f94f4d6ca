"""The word lists under app/nlp/data: every entry can match normalised, tokenised news text."""

from __future__ import annotations

import pytest

from app.nlp.normalize import normalize
from app.nlp.tokenize import tokenize
from app.nlp.wordlists import DATA_DIR, labelled, list_names, raw_entries, words

UNIT_SUBTYPES = {"military", "security", "government", "armed_group", "alliance", "media", "political", "other"}
LABELLED = {"unit_heads", "known_units", "unit_subtypes"}


@pytest.mark.parametrize("name", list_names())
def test_every_entry_can_match_a_normalised_token_sequence(name: str) -> None:
    """An entry the tokenizer would cut differently (د.) or that normalize() would change never matches."""
    dead = []
    for entry in raw_entries(name):
        as_tokens = " ".join(normalize(t.text) for t in tokenize(entry))
        if as_tokens != normalize(entry) or not as_tokens:
            dead.append(entry)
    assert dead == []


@pytest.mark.parametrize("name", list_names())
def test_no_entry_is_listed_twice(name: str) -> None:
    """Two spellings of one entry mean the list drifted from the normaliser."""
    normalised = [normalize(e) for e in raw_entries(name)]
    assert sorted({n for n in normalised if normalised.count(n) > 1}) == []


@pytest.mark.parametrize("name", list_names())
def test_each_list_says_what_it_is_for(name: str) -> None:
    assert (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize("name", sorted(LABELLED))
def test_unit_labels_are_subtypes(name: str) -> None:
    assert set(labelled(name).values()) <= UNIT_SUBTYPES


def test_hamza_entries_match_text_as_written() -> None:
    """Entries with hamza letters (رئيس، ائتلاف، إسرائيل) are loaded in the form normalize() gives the text."""
    assert normalize("رئيس") in words("role_heads")
    assert normalize("ائتلاف") in labelled("unit_heads")
    assert normalize("إسرائيل") in words("known_places")
    assert "رئيس" not in words("role_heads")


def test_a_tokenizer_split_entry_is_caught() -> None:
    """The check above fails for an entry the tokenizer splits (a rank written د.)."""
    entry = "د."
    assert " ".join(normalize(t.text) for t in tokenize(entry)) != normalize(entry)
