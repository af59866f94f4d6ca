"""The speaker-error buckets: gold kind first, then what the rules gave instead."""

from __future__ import annotations

import pytest

from bench.speaker_errors import _bucket, speaker_errors

GOLD_PHRASE = {"kind": "descriptive", "start": 10, "end": 20, "text": "مصدر عسكري"}


def test_buckets_by_gold_kind_and_prediction() -> None:
    assert _bucket({"kind": "named", "start": 0, "end": 5}, None, "") == "named/none"
    assert _bucket({"kind": "named", "start": 0, "end": 5}, {"text": "x", "entity": {"name": "y"}}, "") == (
        "named/other-entity"
    )
    assert _bucket(GOLD_PHRASE, {"text": "x", "entity": {"name": "y"}}, "") == "descriptive/entity"
    assert _bucket(GOLD_PHRASE, {"text": "مصدر", "start": 10, "end": 14, "entity": None}, "") == "descriptive/boundary"
    assert _bucket(GOLD_PHRASE, {"text": "مصدر", "start": 30, "end": 34, "entity": None}, "") == (
        "descriptive/elsewhere"
    )


def test_refuses_the_test_split() -> None:
    with pytest.raises(SystemExit):
        speaker_errors("test")


def test_ner_caused_refuses_the_test_split_too() -> None:
    with pytest.raises(SystemExit):
        speaker_errors("test", ner_caused=True)


def test_right_gold_counts_only_right_speakers() -> None:
    """Gold seen as a prediction has every speaker right; its speakers shifted by one claim lose some."""
    import copy

    from bench.speaker_errors import _right_gold
    from training.qala_news.score import as_prediction, gold_articles

    ann = next(a for a in gold_articles("train-a") if len({c["speaker"]["text"] for c in a["gold"]["claims"]}) > 2)
    pred = as_prediction(ann)
    everything = _right_gold(ann, pred)
    assert len(everything) >= len(ann["gold"]["claims"]) - 1
    shifted = copy.deepcopy(pred)
    speakers = [c["speaker"] for c in shifted["claims"]]
    for c, sp in zip(shifted["claims"], speakers[1:] + speakers[:1], strict=True):
        c["speaker"] = sp
    assert _right_gold(ann, shifted) < everything


def test_by_kind_refuses_the_test_split() -> None:
    from bench.speaker_errors import speaker_by_kind

    with pytest.raises(SystemExit):
        speaker_by_kind("test")


def test_by_kind_line_counts_unnamed_together() -> None:
    from collections import Counter

    from bench.speaker_errors import by_kind_line

    matched = Counter({"named": 10, "descriptive": 3, "anonymous": 1})
    right = Counter({"named": 9, "descriptive": 2, "anonymous": 1})
    assert by_kind_line(matched, right) == (
        "speaker by gold kind: named 9/10, descriptive 2/3, anonymous 1/1; unnamed 3/4 = 0.750"
    )


def test_kind_line_counts_agreeing_kinds() -> None:
    from collections import Counter

    from bench.speaker_errors import kind_line

    kinds = Counter({("descriptive", "descriptive"): 3, ("descriptive", "anonymous"): 1})
    assert kind_line(kinds) == (
        "unnamed speaker kind (right speakers): descriptive→anonymous 1, descriptive→descriptive 3; "
        "right-speaker kind agreement 3/4 = 0.750"
    )


def test_examples_only_on_train_a_and_dev() -> None:
    """Train-b (alone or inside "train") is counted, never read: its error texts are not printed."""
    from bench.speaker_errors import examples_allowed

    assert examples_allowed("train-a") and examples_allowed("dev")
    assert not examples_allowed("train-b") and not examples_allowed("train")
