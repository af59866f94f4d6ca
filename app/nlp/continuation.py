"""Who speaks a continuation cue (وأضاف، مشيراً، وتابع) that names no one: a scored choice, fitted on data.

Why: continuations were the largest source of wrong speakers on Qala News train (660 of ~1,180 with
gold entities). Where the hand rule guesses (no subject, no person named since the last claim:
it takes the previous speaker), its pick is one candidate among several here — the speakers before,
the nearest person or unit, the last unnamed source — and a logistic model over binary features of each candidate
and its context, fitted on train by `python -m training.qala_news fit-continuation` and kept only
if dev agrees (see bench/README.md), picks one. Without the weights file the hand rule decides.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from app.nlp.morphology import SOUND_PLURAL_ENDINGS, without_conjunction
from app.nlp.types import SpeakerRef

WEIGHTS = Path(__file__).parent / "data" / "continuation_weights.json"


@dataclass(slots=True)
class Candidate:
    """One possible speaker and the names of the features it fires."""

    ref: SpeakerRef
    features: set[str] = field(default_factory=set)


@cache
def weights() -> dict[str, float] | None:
    """The fitted weights (feature → weight), or None when none are shipped."""
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}


def score(cand: Candidate, w: dict[str, float]) -> float:
    """The candidate's score under weights w (a softmax over a claim's candidates ranks by it)."""
    return sum(w.get(f, 0.0) for f in cand.features)


def choose(cands: list[Candidate], rule: SpeakerRef | None) -> SpeakerRef | None:
    """The best-scored candidate; the hand rule's pick when no weights are shipped or on a tie."""
    w = weights()
    if w is None or not cands:
        return rule
    best = max(cands, key=lambda c: (score(c, w), "pick" in c.features))
    return best.ref


def bucket(chars: int) -> str:
    """A coarse distance (in characters) between a candidate and the cue."""
    for limit in (60, 200, 600, 2000):
        if chars < limit:
            return f"d<{limit}"
    return "d>=2000"


def cue_ending(cue: str, form: str) -> str:
    """The cue's agreement ending, a surface class the model pairs with the candidate's (no hand gender rule).

    t: past feminine (قالت); h: participle feminine (مشيره); pl: plural (قالوا، مؤكدين، يقولون);
    a: a final alif (the dual قالا, the accusative مشيرا); ta: present with ت (تقول); base: the rest.
    """
    w = without_conjunction(cue) or cue
    if w.endswith(("وا", *SOUND_PLURAL_ENDINGS)):
        return "pl"
    if w.endswith("ا"):
        return "a"
    if form == "participle" and w.endswith("ه"):
        return "h"
    if form == "present" and w.startswith("ت"):
        return "ta"
    return "t" if form == "past" and w.endswith("ت") else "base"


def name_ending(head: str, kind: str) -> str:
    """The candidate's agreement class: person, or its first word's ending (ه، ات، ون/ين) for units and sources."""
    if kind == "person":
        return "person"
    if head.endswith(SOUND_PLURAL_ENDINGS):
        return "pl"
    if head.endswith("ات"):
        return "at"
    return "h" if head.endswith("ه") else "base"
