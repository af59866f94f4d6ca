"""The conlleval-style scorer on a tiny example scored by hand."""

from __future__ import annotations

import pytest

from app.nlp.types import EntityType, Mention
from bench.conlleval import chunks, evaluate, map_types
from bench.rules_on_corpus import build_document, changes, mentions_to_bio, rules_tags

# Sentence 1: BIO gold, BIOES predictions.
#   PER (0,2) right; LOC (3,4) predicted as ORG (type error); ORG (5,8) predicted as (5,7) (boundary error).
# Sentence 2: I- starts an entity in gold (LOC) and in the prediction (PER); both right.
# Sentence 3: S-MISC missed.
# Sentence 4: two adjacent one-word PERs predicted as one two-word PER.
GOLD = [
    ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"],
    ["O", "I-LOC", "I-LOC", "O", "B-PER"],
    ["S-MISC", "O"],
    ["B-PER", "B-PER"],
]
PRED = [
    ["B-PER", "E-PER", "O", "S-ORG", "O", "B-ORG", "E-ORG", "O"],
    ["O", "B-LOC", "I-LOC", "O", "I-PER"],
    ["O", "O"],
    ["B-PER", "I-PER"],
]


def test_chunks_bio_bioes_and_stray_inside() -> None:
    assert chunks(GOLD[0]) == [(0, 2, "PER"), (3, 4, "LOC"), (5, 8, "ORG")]
    assert chunks(PRED[0]) == [(0, 2, "PER"), (3, 4, "ORG"), (5, 7, "ORG")]
    assert chunks(GOLD[1]) == [(1, 3, "LOC"), (4, 5, "PER")]
    assert chunks(["B-PER", "I-LOC", "I-LOC"]) == [(0, 1, "PER"), (1, 3, "LOC")]
    assert chunks(["S-PER", "I-PER", "E-PER", "E-PER"]) == [(0, 1, "PER"), (1, 3, "PER"), (3, 4, "PER")]
    assert chunks(["O", "O"]) == []


def test_hand_scored_example() -> None:
    score = evaluate(GOLD, PRED)
    got = {t: (c.tp, c.fp, c.fn) for t, c in score.per_type.items()}
    assert got == {"PER": (2, 1, 2), "LOC": (1, 0, 1), "ORG": (0, 2, 1), "MISC": (0, 0, 1)}
    micro = score.micro
    assert (micro.tp, micro.fp, micro.fn) == (3, 3, 5)
    assert micro.precision == pytest.approx(3 / 6)
    assert micro.recall == pytest.approx(3 / 8)
    assert micro.f1 == pytest.approx(6 / 14)
    assert score.per_type["PER"].f1 == pytest.approx(2 * 2 / (2 * 2 + 1 + 2))
    assert score.per_type["ORG"].precision == 0.0
    assert score.as_dict()["micro"]["gold"] == 8


def test_types_filter_drops_other_entities() -> None:
    score = evaluate(GOLD, PRED, types=("PER", "LOC"))
    assert set(score.per_type) == {"PER", "LOC"}
    micro = score.micro
    assert (micro.tp, micro.fp, micro.fn) == (3, 1, 3)


def test_map_types() -> None:
    assert map_types(["B-PERS", "I-PERS", "O", "B-GPE", "B-MIS2"], {"PERS": "PER", "GPE": "LOC", "MIS2": "MISC"}) == [
        "B-PER",
        "I-PER",
        "O",
        "B-LOC",
        "B-MISC",
    ]
    assert map_types(["B-MISC", "I-MISC", "S-PER"], {"MISC": "O"}) == ["O", "O", "S-PER"]


def test_length_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError):
        evaluate([["O"]], [["O", "O"]])


def _mention(text: str, start: int, end: int, typ: EntityType) -> Mention:
    return Mention(text=text[start:end], start=start, end=end, type=typ, canonical=text[start:end], key="")


def test_build_document_keeps_corpus_tokens() -> None:
    text, sentences = build_document([["قال", "اللواء", "تحسين"], ["،", "والعراق"]])
    assert text == "قال اللواء تحسين\n، والعراق"
    assert [[t.text for t in s] for s in sentences] == [["قال", "اللواء", "تحسين"], ["،", "والعراق"]]
    assert all(text[t.start : t.end] == t.text for s in sentences for t in s)


def test_mentions_to_bio_covers_overlapped_tokens() -> None:
    text, sentences = build_document([["زار", "تحسين", "الخفاجي", "والعراق"], ["وزارة", "الدفاع", "و", "أمس"]])
    iraq = text.index("العراق")  # the mention starts after the proclitic و, inside the token
    unit = text.index("وزارة")
    mentions = [
        _mention(text, iraq, iraq + len("العراق"), "place"),
        _mention(text, text.index("تحسين"), text.index("الخفاجي") + len("الخفاجي"), "person"),
        _mention(text, unit, unit + len("وزارة الدفاع"), "unit"),
    ]
    assert mentions_to_bio(sentences, mentions) == [
        ["O", "B-PER", "I-PER", "B-LOC"],
        ["B-ORG", "I-ORG", "O", "O"],
    ]
    # Adjacent mentions stay two entities; a token already covered keeps its first mention.
    two = [_mention(text, text.index("تحسين"), text.index("تحسين") + 5, "person"), _mention(text, 6, 17, "misc")]
    assert mentions_to_bio(sentences, two)[0] == ["O", "B-PER", "B-MISC", "O"]


def test_rules_tags_and_changes() -> None:
    words = [["قال", "اللواء", "تحسين", "الخفاجي", "إن", "بغداد", "آمنة"]]
    tagger = [["O", "O", "O", "O", "O", "B-LOC", "O"]]
    gold = [["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]]
    pred = rules_tags(words, tagger, {}, doc_sentences=1, unit_rules=False)
    assert pred == gold  # the rank rule finds the name after اللواء
    ch = changes(words, gold, tagger, pred, ("PER", "LOC"))
    assert (ch["PER"].gained_tp, ch["PER"].added_fp, ch["LOC"].lost_tp) == (1, 0, 0)
