"""A first letter that looks like a preposition right after a speech verb is the name's (session 13, tg2)."""

from __future__ import annotations

from tests.nlp.test_clitic_offset_s13 import mention_texts

# امير is far more frequent than بامير: by frequency alone ب would be cut.
LEXICON = {"قال": 10, "امير": 40, "بامير": 9000}


def test_ba_after_a_speech_verb_stays_in_the_name() -> None:
    assert mention_texts("وقال بامير إن الأمر انتهى.", {"بامير": "PER"}, LEXICON) == ["بامير"]
    assert mention_texts("وأكد «بامير» أن الأمر انتهى.", {"بامير": "PER"}, LEXICON) == ["بامير"]


def test_ba_is_still_cut_elsewhere_and_after_a_verb_taking_ba() -> None:
    assert mention_texts("التقى الوفد بامير أمس.", {"بامير": "PER"}, LEXICON) == ["امير"]
    assert mention_texts("وأشاد بامير أمس.", {"بامير": "PER"}, LEXICON) == ["امير"]


def test_a_letter_after_a_preposition_is_the_names_even_when_its_remainder_is_in_the_article() -> None:
    text = "قالت الوكالة نقلا عن بامير إن الأمر انتهى. ثم امير آخر."
    assert mention_texts(text, {"بامير": "PER"}, LEXICON) == ["بامير"]


def test_lam_after_a_speech_verb_is_still_the_addressee() -> None:
    lexicon = {"قال": 10, "وكاله": 40, "لوكاله": 9000}
    assert mention_texts("وقال لوكالة الأنباء إن الأمر انتهى.", {"لوكالة": "ORG", "الأنباء": "ORG"}, lexicon) == [
        "وكالة الأنباء"
    ]
