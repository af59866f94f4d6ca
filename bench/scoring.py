"""Claim-matching helpers reimplemented from the official scorer (tools/check_api.py), stdlib only."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

DIAC = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(s: str) -> str:
    """Arabic normalisation exactly as the official scorer does it."""
    s = DIAC.sub("", s or "")
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return " ".join(s.split())


def toks(s: str) -> list[str]:
    """Normalised word tokens with punctuation removed."""
    return PUNCT.sub(" ", norm(s)).split()


def tok_f1(a: str, b: str) -> float:
    """Bag-of-tokens F1 between two strings."""
    ta, tb = toks(a), toks(b)
    if not ta or not tb:
        return 0.0
    common: dict[str, int] = defaultdict(int)
    for t in tb:
        common[t] += 1
    hit = 0
    for t in ta:
        if common[t] > 0:
            hit += 1
            common[t] -= 1
    if not hit:
        return 0.0
    p, r = hit / len(ta), hit / len(tb)
    return 2 * p * r / (p + r)


@dataclass(frozen=True, slots=True)
class PredClaim:
    """A predicted claim as the scorer sees it: text, kind, speaker names (entity canonical and text)."""

    text: str
    kind: str
    speaker_names: frozenset[str]


@dataclass(slots=True)
class ClaimScore:
    """Counts for one article (or the sum over articles)."""

    required: int = 0
    found: int = 0
    predicted: int = 0
    pred_ok: int = 0
    matched: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0
    right: list[int] = field(default_factory=list)  # this article's predictions matched with the right speaker

    def add(self, other: ClaimScore) -> None:
        """Accumulate another score into this one."""
        for f in ("required", "found", "predicted", "pred_ok", "matched", "speaker_ok", "kind_ok"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def line(self) -> str:
        """One-line summary: recall, precision, speaker and kind accuracy."""
        rec = self.found / self.required if self.required else 0.0
        prec = self.pred_ok / self.predicted if self.predicted else 0.0
        spk = self.speaker_ok / self.matched if self.matched else 0.0
        kind = self.kind_ok / self.matched if self.matched else 0.0
        return (
            f"recall {rec:.2f} ({self.found}/{self.required})  precision {prec:.2f} "
            f"({self.pred_ok}/{self.predicted})  speaker {spk:.2f} ({self.speaker_ok}/{self.matched})  "
            f"kind {kind:.2f} ({self.kind_ok}/{self.matched})"
        )


def match_claims(
    preds: list[PredClaim], gold_claims: list[dict[str, object]], entities: list[dict[str, object]]
) -> tuple[ClaimScore, list[tuple[int, int, float]]]:
    """Match predictions to gold claims one-to-one, best token F1 first (F1 >= 0.5), and score them."""
    ents: dict[str, set[str]] = {}
    for e in entities:
        surfaces = e.get("surfaces") or []
        assert isinstance(surfaces, list)
        ents[str(e["canonical"])] = {norm(str(s)) for s in surfaces} | {norm(str(e["canonical"]))}
    pairs = sorted(
        ((tok_f1(p.text, str(g["quote"])), i, j) for i, p in enumerate(preds) for j, g in enumerate(gold_claims)),
        reverse=True,
    )
    sc = ClaimScore()
    used_p: set[int] = set()
    used_g: set[int] = set()
    links: list[tuple[int, int, float]] = []
    for f, i, j in pairs:
        if f < 0.5:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        links.append((i, j, f))
        g, p = gold_claims[j], preds[i]
        sc.matched += 1
        want = ents.get(str(g["speaker"]), {norm(str(g["speaker"]))})
        ok = bool(set(p.speaker_names) & want)
        sc.speaker_ok += ok
        if ok:
            sc.right.append(i)
        sc.kind_ok += p.kind == g["kind"]
    sc.required = sum(1 for g in gold_claims if g.get("required", True))
    sc.found = sum(1 for j in used_g if gold_claims[j].get("required", True))
    sc.predicted = len(preds)
    sc.pred_ok = len(used_p)
    return sc, links


RELIABILITY_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def reliability(outcomes: list[tuple[float, bool]]) -> list[dict[str, float | int]]:
    """Claims binned by confidence: count, mean confidence and accuracy (right claim, right speaker) per bin."""
    rows: list[dict[str, float | int]] = []
    for lo, hi in itertools.pairwise(RELIABILITY_BINS):
        inside = [(c, ok) for c, ok in outcomes if lo <= c < hi]
        if inside:
            rows.append({"lo": lo, "hi": min(hi, 1.0), "count": len(inside),
                         "confidence": sum(c for c, _ in inside) / len(inside),
                         "accuracy": sum(ok for _, ok in inside) / len(inside)})  # fmt: skip
    return rows


def expected_calibration_error(outcomes: list[tuple[float, bool]]) -> float:
    """Count-weighted mean |accuracy - confidence| over the reliability bins."""
    n = len(outcomes)
    return sum(r["count"] * abs(r["accuracy"] - r["confidence"]) for r in reliability(outcomes)) / n if n else 0.0


def reliability_table(outcomes: list[tuple[float, bool]]) -> str:
    """The reliability table as printed by the scorers."""
    lines = ["  confidence  count  mean conf  accuracy"]
    for r in reliability(outcomes):
        lines.append(f"  {r['lo']:.1f}–{r['hi']:.1f}   {r['count']:5d}  {r['confidence']:9.2f}  {r['accuracy']:8.2f}")
    lines.append(f"  expected calibration error {expected_calibration_error(outcomes):.3f} over {len(outcomes)} claims")
    return "\n".join(lines)
