"""Fit the claim-confidence table on Qala News train and dev: P(claim real and speaker right) from the hand-set score.

`python -m training.qala_news calibrate` runs the shipped pipeline (table switched off, so each claim carries its
hand-set score) on train and dev, scores each predicted claim (matched to a gold claim, speaker right), prints the
dev reliability of the hand-set score and of the isotonic map fitted on train (out of sample), and writes the map
fitted on train and dev to `app/nlp/data/claim_confidence.json`.

`calibrate --fit-on train-a` is the held-out protocol that chose the method (writes nothing): every method fitted on
train-a, its calibration error on train-b and dev, and fitted on train, on dev (bench/README session 22 CAL1).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from app.nlp import confidence
from app.nlp.confidence import cells_of, step_value
from bench.scoring import expected_calibration_error, reliability_table
from training.qala_news.score import Prediction, SplitScore, gold_articles, pipeline_predictions, score_article
from training.qala_news.unfitted import switched_off

SHRINK = 4.0  # pseudo-claims of the parent's rate (cells) or of every claim's rate (isotonic steps) each starts from
Row = tuple[str, float, bool]  # (basis, hand-set score, right)
Fitted = Callable[[str, float], float]  # (basis, hand-set score) → fitted probability
PLATT_STEPS = 2000  # gradient-descent steps of the Platt fit (its a and c settle well before)
PLATT_RATE = 2.0  # the Platt fit's step size on the mean gradient
LOGIT_EDGE = 1e-4  # a score is kept this far from 0 and 1 before its logit is taken
CHOSEN = "isotonic map of the hand-set score (chosen)"  # the method `calibrate` writes (bench/README session 22 CAL1)
SESSION_21 = "cells mode|kind|form|band (session 21)"  # the table it replaced, shown beside it held out


def outcomes(gold: list[dict[str, Any]], preds: dict[int, Prediction]) -> list[Row]:
    """Each predicted claim's basis, confidence as predicted, and whether it was right (real claim, right speaker)."""
    out: list[Row] = []
    for ann in gold:
        sc = SplitScore()
        pred = preds[ann["order"]]
        score_article(ann, pred, sc)
        out += [
            (str(c.get("basis", "")), float(c.get("confidence", 0.5)), ok)
            for c, (_, ok) in zip(pred["claims"], sc.outcomes, strict=True)
        ]
    return out


def fit(rows: list[Row], depth: int = 4) -> dict[str, dict[str, float]]:
    """{cell: {p, n, right}}: each cell's share of right claims, shrunk towards its parent's (cells `depth` deep)."""
    n: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for basis, _, ok in rows:
        for cell in cells_of(basis):
            if _depth(cell) <= depth:
                n[cell] += 1
                right[cell] += ok
    table: dict[str, dict[str, float]] = {}
    for cell in sorted(n, key=lambda c: (c.count("|"), len(c) > 0, c)):  # parents before children
        parent = table[_parent(cell)]["p"] if cell else 0.5
        table[cell] = {"p": (right[cell] + SHRINK * parent) / (n[cell] + SHRINK), "n": n[cell], "right": right[cell]}
    return table


def _depth(cell: str) -> int:
    """The cell's level: every claim 0, mode 1, mode|kind 2, mode|kind|form|band 4."""
    return 0 if not cell else cell.count("|") + 1


def _parent(cell: str) -> str:
    """mode|kind|form|band → mode|kind → mode → "" (every claim)."""
    parts = cell.split("|")
    return "|".join(parts[:2]) if len(parts) > 2 else parts[0] if len(parts) == 2 else ""


def predict(table: dict[str, dict[str, float]], basis: str) -> float:
    """The fitted share of the most specific cell of basis the table has (an older cells table's reading, unrounded)."""
    return next(table[c]["p"] for c in cells_of(basis) if c in table)


def _pool(blocks: list[list[float]]) -> list[list[float]]:
    """Pool adjacent violators over [from, right, n] blocks in score order: shares become non-decreasing."""
    out: list[list[float]] = []
    for b in blocks:
        out.append(list(b))
        while len(out) > 1 and out[-2][1] * out[-1][2] > out[-1][1] * out[-2][2]:
            _, r, n = out.pop()
            out[-1][1] += r
            out[-1][2] += n
    return out


def fit_isotonic(rows: list[Row]) -> list[dict[str, float]]:
    """[{from, p, n, right}]: the non-decreasing share of right claims by hand-set score, each step shrunk towards the
    share over all claims (a thin step cannot reach 0 or 1), pooled again so the shrunk steps stay ordered."""
    n: Counter[float] = Counter()
    right: Counter[float] = Counter()
    for _, score, ok in rows:
        n[score] += 1
        right[score] += ok
    base = sum(right.values()) / max(1, sum(n.values()))
    raw = _pool([[s, right[s], n[s]] for s in sorted(n)])
    shrunk = _pool([[s, (r + SHRINK * base), m + SHRINK] for s, r, m in raw])
    starts = [s for s, _, _ in shrunk]
    steps = [{"from": s, "p": r / m, "n": 0.0, "right": 0.0} for s, r, m in shrunk]
    for s, r, m in raw:  # the claims each step covers (for the written table)
        step = steps[max(i for i, lo in enumerate(starts) if lo <= s)]
        step["n"] += m
        step["right"] += r
    return steps


def fit_platt(rows: list[Row]) -> tuple[float, float]:
    """(a, c) of sigmoid(a·logit(score) + c): the hand-set score rescaled by logistic regression (gradient descent)."""
    a, c = 1.0, 0.0
    xs = [(_logit(s), ok) for _, s, ok in rows]
    for _ in range(PLATT_STEPS):
        ga = gc = 0.0
        for z, ok in xs:
            q = _sigmoid(a * z + c) - ok
            ga += q * z
            gc += q
        a -= PLATT_RATE * ga / len(xs)
        c -= PLATT_RATE * gc / len(xs)
    return a, c


def _sigmoid(x: float) -> float:
    """The logistic function: the Platt fit's probability, in its fit and where it is served."""
    return 1.0 / (1.0 + math.exp(-x))


def _logit(p: float) -> float:
    """The log-odds of a score, kept off 0 and 1 (`LOGIT_EDGE`): a hand-set score may sit at either bound."""
    p = min(max(p, LOGIT_EDGE), 1 - LOGIT_EDGE)
    return math.log(p / (1 - p))


def _steps_of(steps: list[dict[str, float]]) -> list[tuple[float, float]]:
    """(from, p) of each fitted step: what `confidence.step_value` reads."""
    return [(s["from"], s["p"]) for s in steps]


def methods() -> dict[str, Callable[[list[Row]], Fitted]]:
    """The fits compared held out: name → (rows → fitted probability of a claim)."""

    def cells(depth: int) -> Callable[[list[Row]], Fitted]:
        def fitted(rows: list[Row]) -> Fitted:
            table = fit(rows, depth)
            return lambda b, _: predict(table, b)

        return fitted

    def platt(rows: list[Row]) -> Fitted:
        a, c = fit_platt(rows)
        return lambda _, s: _sigmoid(a * _logit(s) + c)

    def isotonic(rows: list[Row]) -> Fitted:
        steps = _steps_of(fit_isotonic(rows))
        return lambda _, s: step_value(steps, s)

    return {
        "hand-set score (no table)": lambda _: lambda _b, s: s,
        "every claim's share (one cell)": cells(0),
        "cells mode": cells(1),
        "cells mode|kind": cells(2),
        SESSION_21: cells(4),
        "Platt scaling of the hand-set score": platt,
        CHOSEN: isotonic,
    }


def _served(fitted: Fitted, rows: list[Row]) -> list[tuple[float, bool]]:
    """(confidence as served, rounded to `confidence.PLACES`; right) per claim."""
    return [(round(fitted(b, s), confidence.PLACES), ok) for b, s, ok in rows]


def _brier(fitted: Fitted, rows: list[Row]) -> float:
    """Mean squared error of the fitted probability: a guard that a coarse fit's low ECE has not thrown away ranking."""
    return sum((fitted(b, s) - ok) ** 2 for b, s, ok in rows) / len(rows)


def _claims(split: str) -> list[Row]:
    """The split's claims with their hand-set score (the table switched off while the pipeline runs)."""
    with switched_off(confidence, "TABLE", confidence._fitted, stand_in="no-table.json"):
        gold = gold_articles(split)
        return outcomes(gold, pipeline_predictions([a["order"] for a in gold]))


def heldout() -> dict[str, dict[str, float]]:
    """Each method fitted on train-a: ECE on train-b and dev, Brier on train-b; fitted on train: ECE on dev."""
    a, b, dev = _claims("train-a"), _claims("train-b"), _claims("dev")
    print(f"claims: train-a {len(a)}, train-b {len(b)}, dev {len(dev)}")
    print(f"  {'method':46s} ECE train-b  ECE dev   mean   dev (train fit)  Brier train-b")
    out: dict[str, dict[str, float]] = {}
    fitted_on_a: dict[str, Fitted] = {}
    for name, method in methods().items():
        on_a, on_train = method(a), method(a + b)
        fitted_on_a[name] = on_a
        r = {
            "train_b": expected_calibration_error(_served(on_a, b)),
            "dev": expected_calibration_error(_served(on_a, dev)),
            "dev_train_fit": expected_calibration_error(_served(on_train, dev)),
            "brier_train_b": _brier(on_a, b),
        }
        out[name] = r
        print(
            f"  {name:46s} {r['train_b']:10.4f} {r['dev']:8.4f} {(r['train_b'] + r['dev']) / 2:7.4f}"
            f" {r['dev_train_fit']:12.4f} {r['brier_train_b']:14.4f}"
        )
    for name in (SESSION_21, CHOSEN):
        fitted = fitted_on_a[name]
        print(f"{name}, fitted on train-a, on train-b:")
        print(reliability_table(_served(fitted, b)))
        print(f"{name}, fitted on train-a, on dev:")
        print(reliability_table(_served(fitted, dev)))
    return out


def calibrate() -> dict[str, Any]:
    """Fit on train, check on dev, write the isotonic map fitted on train and dev; returns what was written."""
    train, dev = _claims("train"), _claims("dev")
    hand = [(s, ok) for _, s, ok in dev]
    on_dev = _served(methods()[CHOSEN](train), dev)
    print("hand-set confidence (no table), on dev:")
    print(reliability_table(hand))
    print("isotonic map fitted on train, on dev:")
    print(reliability_table(on_dev))
    steps = fit_isotonic(train + dev)
    doc = {
        "fitted_on": "Qala News train and dev (python -m training.qala_news calibrate); checked: train-only fit on dev",
        "fitted_at": datetime.now(UTC).strftime("%Y-%m-%d"),
        "method": "isotonic",
        "claims": len(train) + len(dev),
        "shrink": SHRINK,
        "dev_ece_served_before": round(expected_calibration_error(hand), 4),
        "dev_ece_train_fit": round(expected_calibration_error(on_dev), 4),
        "steps": [
            {"from": s["from"], "p": round(s["p"], 4), "n": int(s["n"]), "right": int(s["right"])} for s in steps
        ],
    }
    confidence.TABLE.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    confidence._fitted.cache_clear()
    print(f"wrote {confidence.TABLE} ({len(steps)} steps over {doc['claims']} claims)")
    return doc
