"""A first letter that looks like a preposition right after a speech verb is the name's (session 13, tg2)."""

from __future__ import annotations

from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences


def _texts(text: str, tagged: dict[str, str], lexicon: dict[str, int]) -> list[str]:
    """Mention texts of hand-tagged tokens ({'بامير': 'PER'}), with a frequency lexicon."""
    sentences = split_sentences(text)
    tags = []
    for sent in sentences:
        row, prev = [], ""
        for t in sent:
            label = tagged.get(t.text, "")
            row.append(("I-" if label and label == prev else "B-") + label if label else "O")
            prev = label
        tags.append(row)
    found = build_mentions(text, sentences, tags, lexicon)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [m.text for m in found]


# امير is far more frequent than بامير: by frequency alone ب would be cut.
LEXICON = {"قال": 10, "امير": 40, "بامير": 9000}


def test_ba_after_a_speech_verb_stays_in_the_name() -> None:
    assert _texts("وقال بامير إن الأمر انتهى.", {"بامير": "PER"}, LEXICON) == ["بامير"]
    assert _texts("وأكد «بامير» أن الأمر انتهى.", {"بامير": "PER"}, LEXICON) == ["بامير"]


def test_ba_is_still_cut_elsewhere_and_after_a_verb_taking_ba() -> None:
    assert _texts("التقى الوفد بامير أمس.", {"بامير": "PER"}, LEXICON) == ["امير"]
    assert _texts("وأشاد بامير أمس.", {"بامير": "PER"}, LEXICON) == ["امير"]


def test_a_letter_after_a_preposition_is_the_names_even_when_its_remainder_is_in_the_article() -> None:
    text = "قالت الوكالة نقلا عن بامير إن الأمر انتهى. ثم امير آخر."
    assert _texts(text, {"بامير": "PER"}, LEXICON) == ["بامير"]


def test_lam_after_a_speech_verb_is_still_the_addressee() -> None:
    lexicon = {"قال": 10, "وكاله": 40, "لوكاله": 9000}
    assert _texts("وقال لوكالة الأنباء إن الأمر انتهى.", {"لوكالة": "ORG", "الأنباء": "ORG"}, lexicon) == [
        "وكالة الأنباء"
    ]
