"""The surface false-positive listing: what score_article counts wrong, bucketed as type, extent or none."""

from __future__ import annotations

from typing import Any

import pytest

from bench.surface_errors import false_surfaces, main


def _ann() -> dict[str, Any]:
    entities = [
        {"id": "e1", "type": "unit", "canonical": "وزارة الداخلية", "surfaces": ["وزارة الداخلية"]},
        {"id": "e2", "type": "place", "canonical": "دبي", "surfaces": ["دبي"]},
    ]
    mentions = [
        {"start": 0, "end": 14, "text": "وزارة الداخلية", "entity": "e1"},
        {"start": 30, "end": 33, "text": "دبي", "entity": "e2"},
    ]
    return {"order": 120, "entities": entities, "gold": {"mentions": mentions, "claims": []}}


def _m(start: int, end: int, text: str, typ: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text, "type": typ}


def test_each_bucket_once_per_distinct_surface() -> None:
    pred = {
        "mentions": [
            _m(0, 14, "وزارة الداخلية", "unit"),  # right: not listed
            _m(0, 5, "وزارة", "unit"),  # extent
            _m(30, 33, "دبي", "unit"),  # type: a gold place
            _m(50, 57, "الحكومة", "unit"),  # none
            _m(70, 77, "الحكومه", "unit"),  # the same normalised surface: counted once, as the scorer does
            _m(80, 85, "الشرطة", "place"),  # another type: not listed for unit
        ],
        "claims": [],
    }
    found = {(c.text, c.bucket, c.gold) for c in false_surfaces(_ann(), pred, "unit")}
    assert found == {("وزاره", "extent", "«وزارة الداخلية» unit"), ("دبي", "type", "place"), ("الحكومه", "none", "-")}


def test_refuses_dev_and_test() -> None:
    for split in ("dev", "test"):
        with pytest.raises(SystemExit):
            main(["--split", split])
