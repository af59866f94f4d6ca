"""The start breakdown's buckets and skipped words (training/qala_news/start_breakdown.py) on a constructed sentence."""

from __future__ import annotations

from app.nlp.normalize import normalize_word
from app.nlp.tokenize import tokenize
from training.qala_news.start_breakdown import bucket_of, first_word, skipped, word_class

TEXT = "وقال ثلاثة مصادر أمنية في وزارة الداخلية إن الهجوم فشل، وأكد مسؤول آخر ذلك."
GOLD = (TEXT.index("ثلاثة"), TEXT.index(" إن"))


def speaker(word: str, end_word: str, kind: str = "descriptive") -> dict[str, object]:
    start = TEXT.index(word)
    return {"start": start, "end": TEXT.index(end_word) + len(end_word), "kind": kind}


def test_buckets_of_each_shape() -> None:
    assert bucket_of(GOLD, speaker("ثلاثة", "الداخلية")) == "right_start"
    assert bucket_of(GOLD, speaker("ثلاثة", "أمنية")) == "right_start"  # the start only: a short end still counts
    assert bucket_of(GOLD, speaker("مصادر", "الداخلية")) == "later"
    assert bucket_of(GOLD, speaker("وقال", "أمنية")) == "earlier"
    assert bucket_of(GOLD, speaker("وزارة", "الداخلية", "named")) == "named_inside"
    assert bucket_of(GOLD, speaker("الهجوم", "الهجوم", "named")) == "named_outside"
    assert bucket_of(GOLD, speaker("مسؤول", "آخر")) == "other_phrase"
    assert bucket_of(GOLD, None) == "none"


def test_skipped_front_words_and_their_class() -> None:
    tokens = tokenize(TEXT)
    left = skipped(tokens, GOLD[0], TEXT.index("مصادر"))
    assert left == ["ثلاثة"]
    assert word_class(left[0]) == "count"
    assert first_word(tokens, GOLD[0]) == normalize_word("ثلاثة")
    assert [word_class(w) for w in ("بعض", "و", "في", "،", "مصدر")] == [
        "count",
        "conjunction",
        "preposition",
        "punctuation",
        "other",
    ]
