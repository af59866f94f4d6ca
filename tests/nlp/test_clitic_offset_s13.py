"""Where a mention starts inside its first token: which first letter is a proclitic (session 13)."""

from __future__ import annotations

from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences
from tests.nlp.tagging import tags_by_text


def mention_texts(text: str, tagged: dict[str, str], lexicon: dict[str, int]) -> list[str]:
    """Mention texts of hand-tagged tokens ({'فالكه': 'PER'}), I- over runs of one label, with a frequency lexicon."""
    sentences = split_sentences(text)
    tags = tags_by_text(sentences, tagged)
    found = build_mentions(text, sentences, tags, lexicon)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [m.text for m in found]


LEXICON = {"قال": 10, "ان": 5, "يصل": 100, "فيصل": 450, "وفيصل": 15000, "لين": 300, "كلين": 5000, "ليبيا": 100}


def test_a_letter_before_an_unattested_definite_remainder_is_part_of_the_name() -> None:
    assert mention_texts("وقال فالكه إن الأمر انتهى.", {"فالكه": "PER"}, LEXICON) == ["فالكه"]
    assert mention_texts("وصلوا إلى باليرمو أمس.", {"باليرمو": "LOC"}, LEXICON) == ["باليرمو"]


def test_wa_before_a_word_the_lexicon_lacks_is_the_conjunction() -> None:
    assert mention_texts("زار الوفد قرطوم أمس وداماسين اليوم.", {"قرطوم": "LOC", "وداماسين": "LOC"}, LEXICON) == [
        "قرطوم",
        "داماسين",
    ]


def test_wa_is_kept_without_a_lexicon() -> None:
    assert mention_texts("قال وداماسين إن الأمر انتهى.", {"وداماسين": "PER"}, {}) == ["وداماسين"]


def test_kaf_is_never_cut_by_frequency_alone() -> None:
    assert mention_texts("ويعكف كلين على العمل.", {"كلين": "PER"}, LEXICON) == ["كلين"]


def test_lam_before_a_lam_word_is_cut_when_the_article_reading_is_rarer() -> None:
    assert mention_texts("قدم الدعم لليبيا أمس.", {"لليبيا": "LOC"}, LEXICON) == ["ليبيا"]
    assert mention_texts("قدم الدعم للتحالف أمس.", {"للتحالف": "ORG"}, {"التحالف": 50, "لتحالف": 9000}) == ["للتحالف"]


def test_a_second_clitic_is_cut_only_before_an_attested_remainder() -> None:
    assert mention_texts("قابل بشار وفيصل أمس.", {"وفيصل": "PER"}, LEXICON) == ["فيصل"]


def test_lam_lam_before_a_construct_is_lam_and_a_noun_before_an_adjective_the_article() -> None:
    lexicon = {"لجنه": 100, "اللجنه": 500, "للجنه": 9000}
    assert mention_texts("قدم الطلب للجنة الأمن أمس.", {"للجنة": "ORG", "الأمن": "ORG"}, lexicon) == ["لجنة الأمن"]
    tags = {"للجنة": "ORG", "الأولمبية": "ORG", "السعودية": "ORG"}  # bare «اللجنة الأولمبية» is no mention (9.24)
    assert mention_texts("قدم الطلب للجنة الأولمبية السعودية أمس.", tags, lexicon) == ["للجنة الأولمبية السعودية"]


def test_lam_lam_before_a_lam_word_reads_the_word_list_not_the_lexicon() -> None:
    """Whether a ل-initial word takes the article after لل is the list's to say (morphology.lam_noun), as in
    strip_proclitic: a stray «اللبنان» in a frequency lexicon does not keep «للبنان» whole before an adjective."""
    lexicon = {"لبنان": 100, "اللبنان": 90000}
    assert mention_texts("قدم الدعم للبنان الرسمي أمس.", {"للبنان": "LOC"}, lexicon) == ["لبنان"]


def test_a_token_that_normalises_to_nothing_does_not_crash() -> None:
    """A lone tatweel tagged as a name normalises to an empty word: no clitic to read, no IndexError, no name."""
    assert mention_texts("ـ", {"ـ": "PER"}, LEXICON) == []
