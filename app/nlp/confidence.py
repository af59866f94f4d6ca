"""Claim confidence that means something: P(the claim is real and its speaker right), by how it was found.

The table (`data/claim_confidence.json`) is fitted on Qala News train and dev by `python -m training.qala_news
calibrate`: the share of right claims per feature cell, each cell shrunk towards its parent cell
(speaker mode|kind|cue form|cue band → mode|kind → mode → all), so thin cells borrow from broad ones.
Without a table the old hand-set score is used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "claim_confidence.json"
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
        return cells_of(self.key)


def cells_of(key: str) -> tuple[str, ...]:
    """A cell and its ancestors, most specific first ("" is every claim): mode|kind|form|band → mode|kind → mode."""
    parts = key.split("|")
    return ("|".join(parts), "|".join(parts[:2]), parts[0], "")


def claim_features(mode: str, kind: str, form: str, strength: float) -> ClaimFeatures:
    """The features a claim's confidence is read from."""
    return ClaimFeatures(mode, kind, form, strength)


def heuristic_confidence(f: ClaimFeatures) -> float:
    """The hand-set score (cue strength, quotation, speaker mode): used only when no table is fitted."""
    c = f.strength + (0.05 if f.kind == "direct" else 0.0) + _MODE_SHIFT.get(f.mode, 0.0)
    return round(min(0.99, max(0.05, c)), 2)


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    if not TABLE.exists():
        return {}
    cells: dict[str, dict[str, float]] = json.loads(TABLE.read_text(encoding="utf-8"))["cells"]
    return {k: float(v["p"]) for k, v in cells.items()}


def calibrated_confidence(f: ClaimFeatures) -> float:
    """The fitted probability of the most specific cell the table has, else the hand-set score."""
    table = _table()
    for cell in f.cells:
        if cell in table:
            return round(table[cell], 2)
    return heuristic_confidence(f)
