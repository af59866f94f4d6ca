"""Fit the claim-confidence table on Qala News train (checked on dev): P(claim real and speaker right) per feature cell.

`python -m training.qala_news calibrate` runs the shipped pipeline on train and dev, scores each
predicted claim (matched to a gold claim, speaker right), fits the shrunk per-cell shares on train,
prints the dev reliability of the served confidence and of the train-fitted table (out of sample),
and writes the table fitted on train and dev to `app/nlp/data/claim_confidence.json`.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from app.nlp.confidence import TABLE, cells_of
from bench.scoring import expected_calibration_error, reliability_table
from training.qala_news.score import Prediction, SplitScore, gold_articles, pipeline_predictions, score_article

SHRINK = 4.0  # pseudo-claims of the parent cell's rate each cell starts from
Row = tuple[str, bool]  # (basis, right)


def outcomes(gold: list[dict[str, Any]], preds: dict[int, Prediction]) -> dict[int, list[Row]]:
    """Per article: each predicted claim's basis and whether it was right (real claim, right speaker)."""
    out: dict[int, list[Row]] = {}
    for ann in gold:
        sc = SplitScore()
        pred = preds[ann["order"]]
        score_article(ann, pred, sc)
        out[ann["order"]] = [
            (str(c.get("basis", "")), ok) for c, (_, ok) in zip(pred["claims"], sc.outcomes, strict=True)
        ]
    return out


def fit(rows: list[Row]) -> dict[str, dict[str, float]]:
    """{cell: {p, n, right}}: each cell's share of right claims, shrunk towards its parent's."""
    n: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for basis, ok in rows:
        for cell in cells_of(basis):
            n[cell] += 1
            right[cell] += ok
    table: dict[str, dict[str, float]] = {}
    for cell in sorted(n, key=lambda c: (c.count("|"), len(c) > 0, c)):  # parents before children
        parent = table[_parent(cell)]["p"] if cell else 0.5
        table[cell] = {"p": (right[cell] + SHRINK * parent) / (n[cell] + SHRINK), "n": n[cell], "right": right[cell]}
    return table


def _parent(cell: str) -> str:
    """mode|kind|form|band → mode|kind → mode → "" (every claim)."""
    parts = cell.split("|")
    return "|".join(parts[:2]) if len(parts) > 2 else parts[0] if len(parts) == 2 else ""


def predict(table: dict[str, dict[str, float]], basis: str) -> float:
    return next(table[c]["p"] for c in cells_of(basis) if c in table)


def _rows(split: str) -> tuple[list[Row], list[tuple[float, bool]]]:
    """The split's claims as (basis, right), and as (served confidence, right)."""
    gold = gold_articles(split)
    preds = pipeline_predictions([a["order"] for a in gold])
    per_article = outcomes(gold, preds)
    rows = [r for a in gold for r in per_article[a["order"]]]
    served = [(float(c.get("confidence", 0.5)), ok) for a in gold for c, (_, ok) in
              zip(preds[a["order"]]["claims"], per_article[a["order"]], strict=True)]  # fmt: skip
    return rows, served


def _hand_set(split: str) -> list[tuple[float, bool]]:
    """The split's claims scored with the hand-set confidence (the table switched off): the baseline."""
    from app.nlp import confidence

    table = confidence.TABLE
    confidence.TABLE = table.with_name("no-table.json")
    confidence._table.cache_clear()
    try:
        return _rows(split)[1]
    finally:
        confidence.TABLE = table
        confidence._table.cache_clear()


def calibrate() -> dict[str, Any]:
    """Fit on train, check on dev, write the table fitted on train and dev; returns what was written."""
    train, _ = _rows("train")
    dev, _ = _rows("dev")
    served = _hand_set("dev")
    on_dev = [(predict(fit(train), b), ok) for b, ok in dev]
    print("hand-set confidence (no table), on dev:")
    print(reliability_table(served))
    print("table fitted on train, on dev:")
    print(reliability_table(on_dev))
    table = fit(train + dev)
    doc = {
        "fitted_on": "Qala News train and dev (python -m training.qala_news calibrate); checked: train-only fit on dev",
        "fitted_at": datetime.now(UTC).strftime("%Y-%m-%d"),
        "claims": len(train) + len(dev),
        "shrink": SHRINK,
        "dev_ece_served_before": round(expected_calibration_error(served), 4),
        "dev_ece_train_fit": round(expected_calibration_error(on_dev), 4),
        "cells": {c: {"p": round(v["p"], 4), "n": int(v["n"]), "right": int(v["right"])} for c, v in table.items()},
    }
    TABLE.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {TABLE} ({len(table)} cells over {doc['claims']} claims)")
    return doc
