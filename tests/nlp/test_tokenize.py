"""Tokenizer offsets and sentence splits on the awkward text real Arabic news contains."""

from __future__ import annotations

import itertools
import re

import pytest

from app.nlp.tokenize import Token, split_sentences, tokenize

TRICKY = [
    'قال: "هذا جيد" و“ذلك” أيضاً',
    "قال «الناتو».وقال، 3.5%)، لـ داعش",
    "زار Joe Biden بغداد في 2021 بنسبة 12,5% من 1,000 جندي",
    "مُحَمَّد عَلِيّ والعِراق",
    "نقلت وكالة د.ب.أ عن المصدر",
    'وقال لـ"رويترز": «نعم».',
    "قال «لا». ثم ذهب! هل؟ نعم\nسطر جديد",
    "انتهى... ثم عاد",
    "قيمة ٣٫٥ و3.5 مليار",
    "  مسافات\tو\u200fعلامات  \n",
]


def texts(tokens: list[Token]) -> list[str]:
    """The token strings."""
    return [t.text for t in tokens]


def sentence_texts(text: str) -> list[list[str]]:
    """Sentences of text as lists of token strings."""
    return [texts(s) for s in split_sentences(text, tokenize(text))]


@pytest.mark.parametrize("text", TRICKY)
def test_offsets_index_the_input(text: str) -> None:
    tokens = tokenize(text)
    assert tokens
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))


@pytest.mark.parametrize("text", TRICKY)
def test_tokens_cover_all_non_space(text: str) -> None:
    assert "".join(texts(tokenize(text))) == re.sub(r"\s", "", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('قال: "هذا جيد"', ["قال", ":", '"', "هذا", "جيد", '"']),
        ("و“ذلك” أيضاً", ["و", "“", "ذلك", "”", "أيضاً"]),
        ("«الناتو».وقال، 3.5%)، لـ داعش", ["«", "الناتو", "»", ".", "وقال", "،", "3.5%", ")", "،", "لـ", "داعش"]),
        ("لـ«الشرق الأوسط»", ["لـ", "«", "الشرق", "الأوسط", "»"]),
        ("الـ 5 بـ3 آلاف", ["الـ", "5", "بـ3", "آلاف"]),
        ("زار Joe Biden بغداد", ["زار", "Joe", "Biden", "بغداد"]),
        ("عام 2021 بنسبة 12,5% من 1,000", ["عام", "2021", "بنسبة", "12,5%", "من", "1,000"]),
        ("قيمة ٣٫٥ ألف", ["قيمة", "٣٫٥", "ألف"]),
        ("مُحَمَّد عَلِيّ والعِراق", ["مُحَمَّد", "عَلِيّ", "والعِراق"]),
        ("نقلت د.ب.أ عن", ["نقلت", "د", ".", "ب", ".", "أ", "عن"]),
        ("في 19-4-2021 الساعة 10:30", ["في", "19", "-", "4", "-", "2021", "الساعة", "10", ":", "30"]),
    ],
)
def test_token_lists(text: str, expected: list[str]) -> None:
    assert texts(tokenize(text)) == expected


def test_token_offsets_after_diacritics_and_tatweel() -> None:
    text = "لـمُحَمَّد «نعم»"
    assert [(t.text, t.start, t.end) for t in tokenize(text)] == [
        ("لـمُحَمَّد", 0, 10),
        ("«", 11, 12),
        ("نعم", 12, 15),
        ("»", 15, 16),
    ]


def test_prefixed_decimal_stays_one_token() -> None:
    assert texts(tokenize("و3.5 مليار")) == ["و3.5", "مليار"]
    assert sentence_texts("بلغ و3.5 مليار") == [["بلغ", "و3.5", "مليار"]]


def test_arabic_percent_sign_stays_on_the_number() -> None:
    assert texts(tokenize("نسبة ٣٫٥٪ و50٪")) == ["نسبة", "٣٫٥٪", "و50٪"]


def test_sentences_split_on_newlines() -> None:
    assert sentence_texts("العنوان هنا\nقال الوزير\n\nوأضاف") == [["العنوان", "هنا"], ["قال", "الوزير"], ["وأضاف"]]


def test_sentences_split_on_end_punctuation() -> None:
    assert sentence_texts("ذهب. هل عاد؟ نعم! ثم") == [["ذهب", "."], ["هل", "عاد", "؟"], ["نعم", "!"], ["ثم"]]


def test_no_space_after_full_stop_still_splits() -> None:
    assert sentence_texts("قال «الناتو».وقال آخر") == [["قال", "«", "الناتو", "»", "."], ["وقال", "آخر"]]


def test_closing_quotes_stay_in_the_sentence() -> None:
    assert sentence_texts("قال: «انتهى.» ثم عاد") == [["قال", ":", "«", "انتهى", ".", "»"], ["ثم", "عاد"]]
    assert sentence_texts('قال: "هل انتهى؟" ثم') == [["قال", ":", '"', "هل", "انتهى", "؟", '"'], ["ثم"]]
    assert sentence_texts("ما هذا؟!» قال") == [["ما", "هذا", "؟", "!", "»"], ["قال"]]


def test_runs_of_end_punctuation_end_once() -> None:
    assert sentence_texts("انتهى... ثم عاد") == [["انتهى", ".", ".", "."], ["ثم", "عاد"]]


def test_abbreviation_dots_do_not_split() -> None:
    assert sentence_texts("نقلت د.ب.أ عن المصدر") == [["نقلت", "د", ".", "ب", ".", "أ", "عن", "المصدر"]]


def test_a_title_abbreviation_before_a_name_does_not_split() -> None:
    """«د. محمد»: a lone letter and a dot before a word is a title (the cue and its أن stay one sentence)."""
    assert sentence_texts("وقال د. محمد إن") == [["وقال", "د", ".", "محمد", "إن"]]
    assert sentence_texts("وكالة (د. ب. أ) إن") == [["وكالة", "(", "د", ".", "ب", ".", "أ", ")", "إن"]]


def test_dotted_acronyms_of_short_syllables_do_not_split() -> None:
    assert sentence_texts("وقالت إن.بي.سي إن") == [["وقالت", "إن", ".", "بي", ".", "سي", "إن"]]


def test_a_long_word_before_an_unspaced_dot_still_splits() -> None:
    assert sentence_texts("في إيطاليا.وذكرت") == [["في", "إيطاليا", "."], ["وذكرت"]]


def test_a_lone_letter_before_a_line_break_still_splits() -> None:
    assert sentence_texts("الفئة ب.\nوقال") == [["الفئة", "ب", "."], ["وقال"]]


def test_decimals_do_not_split() -> None:
    assert sentence_texts("نما 3.5% في 2021.وفي") == [["نما", "3.5%", "في", "2021", "."], ["وفي"]]


def test_sentences_keep_every_token_in_order() -> None:
    text = TRICKY[6]
    tokens = tokenize(text)
    assert [t for s in split_sentences(text, tokens) for t in s] == tokens
