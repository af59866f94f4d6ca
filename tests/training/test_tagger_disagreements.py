"""The tagger-against-train-gold listing: each kind of disagreement, grouping, and no dev or test order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.tagger_disagreements import compare, grouped, train_cases


def _m(
    start: int, end: int, text: str, typ: str, subtype: str | None = None, required: bool = True
) -> dict[str, object]:
    return {"start": start, "end": end, "text": text, "type": typ, "subtype": subtype, "required": required}


def test_each_kind_of_disagreement() -> None:
    gold = [
        _m(0, 5, "عدن", "place"),
        _m(10, 20, "وزارة الداخلية", "unit", "government"),
        _m(30, 35, "صالح", "person"),
        _m(40, 50, "الجيش", "unit", "military"),
        _m(60, 66, "اليمن", "place"),
    ]
    pred = [
        _m(0, 5, "عدن", "place"),  # agreement: nothing listed
        _m(10, 15, "وزارة", "unit", "government"),  # extent
        _m(30, 35, "صالح", "place"),  # type
        _m(40, 50, "الجيش", "unit", "security"),  # subtype
        _m(70, 75, "الحكومة", "unit", "government"),  # fp
        _m(80, 85, "1990", "misc"),  # not a Qala type: ignored
    ]  # gold 60-66 has no overlapping prediction: miss
    kinds = sorted((c.kind, c.start) for c in compare(100, gold, pred))
    assert kinds == [("extent", 10), ("fp", 70), ("miss", 60), ("subtype", 40), ("type", 30)]


def test_groups_by_normalised_surface_largest_first() -> None:
    gold: list[dict[str, object]] = []
    cases = compare(100, gold, [_m(0, 7, "الحكومة", "unit")]) + compare(101, gold, [_m(3, 10, "الحكومه", "unit")])
    cases += compare(102, gold, [_m(0, 4, "مصر", "place")])
    groups = grouped(cases)
    assert [(k, key, len(cs)) for k, key, cs in groups] == [("fp", "الحكومه unit", 2), ("fp", "مصر place", 1)]


def test_refuses_dev_and_test_orders(tmp_path: Path) -> None:
    for order in (5, 70):
        dump = tmp_path / f"d{order}.jsonl"
        dump.write_text(json.dumps({"key": f"pool:{order}", "order": order, "mentions": [], "claims": []}) + "\n")
        with pytest.raises(SystemExit, match="refused"):
            train_cases(dump)


def test_dump_runs_the_given_models_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bench.nlp_diff as nlp_diff

    seen: list[str | None] = []
    monkeypatch.setattr(nlp_diff, "_seed_rows", list)
    monkeypatch.setattr(nlp_diff, "pipeline_predictions", lambda orders, models_dir=None: seen.append(models_dir) or {})
    assert nlp_diff.dump([100], tmp_path / "d.jsonl", "build/ft") == 0
    assert seen == ["build/ft"]
