"""Claim confidence that means something: P(the claim is real and its speaker right), by how it was found.

The table (`data/claim_confidence.json`) is fitted on Qala News train and dev by `python -m training.qala_news
calibrate`. Its `steps` (method "isotonic") map the hand-set score to the share of right claims: a non-decreasing
step function (pool adjacent violators), each step shrunk towards the share over all claims; chosen because it held
best on unseen news (fit on train-a, checked on train-b and dev; bench/README session 22 CAL1). An older table of
`cells` (the share per feature cell, speaker mode|kind|cue form|cue band → mode|kind → mode → all) is still read.
Without a table the hand-set score is used.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "claim_confidence.json"
PLACES = 2  # decimal places a served confidence is rounded to (the calibration fit reads it as served)
STRONG_CUE = 0.75  # cue strengths at or above this (قال، أكد، أوضح، أضاف …) form the "strong" band
_MODE_SHIFT = {"named": 0.05, "desc": -0.05, "cont": -0.05, "vague": -0.35, "none": -0.4}


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """How a claim was found: the speaker's resolution mode, the kind, the cue's form and strength."""

    mode: str
    kind: str
    form: str
    strength: float

    @property
    def key(self) -> str:
        """The most specific calibration cell (what a claim's `basis` records)."""
        band = "strong" if self.strength >= STRONG_CUE else "weak"
        return f"{self.mode}|{self.kind}|{self.form}|{band}"

    @property
    def cells(self) -> tuple[str, ...]:
        """The claim's cell and its ancestors (`cells_of`): what an older cells table is read by."""
        return cells_of(self.key)


def cells_of(key: str) -> tuple[str, ...]:
    """A cell and its ancestors, most specific first ("" is every claim): mode|kind|form|band → mode|kind → mode."""
    parts = key.split("|")
    return ("|".join(parts), "|".join(parts[:2]), parts[0], "")


def claim_features(mode: str, kind: str, form: str, strength: float) -> ClaimFeatures:
    """The features a claim's confidence is read from."""
    return ClaimFeatures(mode, kind, form, strength)


def heuristic_confidence(f: ClaimFeatures) -> float:
    """The hand-set score (cue strength, quotation, speaker mode): what the isotonic steps map, served as is only when
    no table is fitted."""
    c = f.strength + (0.05 if f.kind == "direct" else 0.0) + _MODE_SHIFT.get(f.mode, 0.0)
    return round(min(0.99, max(0.05, c)), PLACES)


Step = tuple[float, float]  # (lowest hand-set score of the step, fitted probability)


@lru_cache(maxsize=1)
def _fitted() -> tuple[tuple[Step, ...], dict[str, float]]:
    """The table's isotonic steps (or none) and its cells (or none)."""
    if not TABLE.exists():
        return (), {}
    doc = json.loads(TABLE.read_text(encoding="utf-8"))
    steps = tuple((float(s["from"]), float(s["p"])) for s in doc.get("steps", ()))
    return steps, {k: float(v["p"]) for k, v in doc.get("cells", {}).items()}


def step_value(steps: Sequence[Step], score: float) -> float:
    """The probability of the last step starting at or below the score (the first step below them all): conservative."""
    p = steps[0][1]
    for lo, q in steps:
        if lo > score:
            break
        p = q
    return p


def calibrated_confidence(f: ClaimFeatures) -> float:
    """The isotonic map of the hand-set score, else the most specific fitted cell, else the hand-set score."""
    steps, table = _fitted()
    if steps:
        return round(step_value(steps, heuristic_confidence(f)), PLACES)
    for cell in f.cells:
        if cell in table:
            return round(table[cell], PLACES)
    return heuristic_confidence(f)
