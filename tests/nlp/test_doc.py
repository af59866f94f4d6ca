"""The Doc: one tokenisation and one normalisation per article, and the token → mention index built from them."""

from __future__ import annotations

import pytest

from app.nlp.doc import Doc
from app.nlp.normalize import normalize, normalize_word, search_key
from app.nlp.tokenize import split_sentences, tokenize
from app.nlp.types import EntityType, Mention

TEXT = "قال اللواء تحسين الخفاجي إن القوات تقدمت. وأكد مسؤول ذلك\nوفي العراق، قالت الوزارة إن الوضع مستقر."


def _mention(text: str, word: str, typ: EntityType = "place") -> Mention:
    """A mention of the first occurrence of `word` (typed as given; key and canonical unused here)."""
    start = text.index(word)
    return Mention(word, start, start + len(word), typ, word, normalize(word))


def test_tokens_sentences_and_forms_come_from_one_tokenisation() -> None:
    doc = Doc.of(TEXT)
    assert doc.tokens == tokenize(TEXT)
    assert doc.sentences == split_sentences(TEXT)
    assert doc.norms == [normalize(t.text) for t in doc.tokens]
    assert [len(s) for s in doc.sentence_norms] == [len(s) for s in doc.sentences]
    assert [w for s in doc.sentence_norms for w in s] == doc.norms
    assert doc.sentence_texts() == [[t.text for t in s] for s in doc.sentences]


def test_sentence_bounds_and_paragraphs_per_token() -> None:
    doc = Doc.of(TEXT)
    first_len, second_len = len(doc.sentences[0]), len(doc.sentences[1])
    assert doc.sent_offsets[:3] == [0, first_len, first_len + second_len]
    assert doc.sent_start[first_len] == first_len and doc.sent_end[first_len] == first_len + second_len
    assert doc.sent_start[first_len - 1] == 0 and doc.sent_end[0] == first_len
    line_break = next(i for i, t in enumerate(doc.tokens) if t.text == "وفي")
    assert doc.para[:line_break] == [0] * line_break
    assert set(doc.para[line_break:]) == {1}


def test_token_at_bisects_offsets() -> None:
    doc = Doc.of(TEXT)
    k = doc.token_at(TEXT.index("الخفاجي"))
    assert doc.tokens[k].text == "الخفاجي"
    assert doc.tokens[doc.token_at(TEXT.index("الخفاجي") + 1)].text == "إن"  # a mid-token offset: the next token


def test_layers_appear_as_stages_add_them() -> None:
    doc = Doc.of(TEXT)
    assert doc.has("tokens") and not doc.has("tags") and not doc.has("mentions")
    with pytest.raises(LookupError):
        _ = doc.mentions
    doc.tags = [["O"] * len(s) for s in doc.sentences]
    doc.set_mentions([])
    assert doc.has("tags") and doc.has("mentions") and not doc.has("resolved")
    doc.set_mentions([], resolved=True)
    assert doc.has("resolved") and not doc.has("claims")
    doc.claims = []
    assert doc.has("claims")


def test_mention_index_maps_a_clitic_token_and_the_first_of_overlapping_mentions() -> None:
    doc = Doc.of(TEXT)
    iraq = _mention(TEXT, "العراق")
    person = _mention(TEXT, "تحسين الخفاجي", "person")
    surname = _mention(TEXT, "الخفاجي", "person")
    doc.set_mentions([iraq, person, surname])
    k_iraq = next(i for i, t in enumerate(doc.tokens) if t.text == "العراق")
    k_first = next(i for i, t in enumerate(doc.tokens) if t.text == "تحسين")
    assert doc.tok_mention[k_iraq] == 0
    assert doc.tok_mention[k_first] == doc.tok_mention[k_first + 1] == 1  # the surname's token goes to the first
    assert doc.mention_last == [k_iraq, k_first + 1, k_first + 1]
    assert doc.mention_starts == sorted((m.start, i) for i, m in enumerate([iraq, person, surname]))
    assert doc.tok_mention.count(None) == len(doc.tokens) - 3


def test_a_mention_inside_a_token_indexes_that_token() -> None:
    text = "وصلت القوات والعراق يراقب"
    doc = Doc.of(text)
    start = text.index("العراق")
    doc.set_mentions([Mention("العراق", start, start + 6, "place", "العراق", "العراق")])
    assert doc.tok_mention == [None, None, 0, None]
    assert doc.mention_last == [2]


def test_new_mentions_rebuild_the_index() -> None:
    doc = Doc.of(TEXT)
    doc.set_mentions([_mention(TEXT, "العراق")])
    k_iraq = doc.tok_mention.index(0)
    doc.set_mentions([_mention(TEXT, "الوزارة", "unit")])
    assert doc.tok_mention[k_iraq] is None
    assert doc.tokens[doc.tok_mention.index(0)].text == "الوزارة"


def test_norms_read_presentation_forms_as_plain_letters() -> None:
    """«ﻭﻗﺎﻟﺖ» is stored as typed (offsets stay exact) but every stage reads it as وقالت."""
    doc = Doc.of("ﻭﻗﺎﻟﺖ الوزارة")
    assert doc.norms == [normalize("وقالت"), normalize("الوزارة")]
    assert doc.tokens[0].text == "ﻭﻗﺎﻟﺖ"


def test_a_name_in_presentation_forms_keys_and_searches_as_the_plain_name() -> None:
    """Entity keys and search keys fold presentation forms too: «ﺃﺣﻤﺪ» is the same entity as «أحمد»."""
    assert normalize("ﺃﺣﻤﺪ ﻣﺤﻤﺪ") == normalize("أحمد محمد") == "احمد محمد"
    assert search_key("ﻭﻗﺎﻟﺖ") == search_key("وقالت")
    assert normalize("ﻛﺘﺎﺑﹰﺎ") == "كتابا"  # a lone harakat form folds to nothing, never to a space
    assert normalize("ﻻ") == "لا"  # a lam-alef ligature is two letters


def test_a_docs_norms_come_from_the_one_memoised_word_normaliser() -> None:
    """normalize_word is normalize() of one token, memoised: a Doc's norms read it, so a repeated word is a hit."""
    normalize_word.cache_clear()
    doc = Doc.of("قالت الوزارة إن الوزارة ستعلن.")
    assert doc.norms == [normalize_word(t.text) for t in doc.tokens] == [normalize(t.text) for t in doc.tokens]
    assert normalize_word.cache_info().hits >= 1
