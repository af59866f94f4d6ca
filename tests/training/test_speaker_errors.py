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
