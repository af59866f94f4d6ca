"""Entity-level NER scoring with conlleval semantics, so our numbers compare with published ones.

A predicted entity counts only when its boundaries and its type both match a gold entity.
BIO (IOB2) and BIOES tags are accepted, mixed freely (conlleval.pl's chunk rules, with S- and E-
closing an entity as in its IOBES-aware ports); an I- (or E-) that does not continue an entity of
the same type starts a new one, as conlleval.pl does.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

Span = tuple[int, int, str]


def split_tag(tag: str) -> tuple[str, str]:
    """('B', 'PER') for 'B-PER'; ('O', '') for 'O' or any tag without a dash."""
    prefix, dash, typ = tag.partition("-")
    return (prefix, typ) if dash else (tag, "")


def _end_of_chunk(prev: str, prev_type: str, cur: str, cur_type: str) -> bool:
    """True when the chunk that was open at the previous token ends there (conlleval.pl endOfChunk)."""
    if prev in {"E", "S"}:
        return True
    if prev in {"B", "I"} and cur in {"B", "S", "O"}:
        return True
    return prev != "O" and prev_type != cur_type


def _start_of_chunk(prev: str, prev_type: str, cur: str, cur_type: str) -> bool:
    """True when a chunk starts at the current token (conlleval.pl startOfChunk)."""
    if cur in {"B", "S"}:
        return True
    if prev in {"E", "S", "O"} and cur in {"I", "E"}:
        return True
    return cur != "O" and prev_type != cur_type


def chunks(tags: Sequence[str]) -> list[Span]:
    """The entities of one sentence as (start, end, type) token spans, end exclusive."""
    spans: list[Span] = []
    prev, prev_type = "O", ""
    start = -1
    for k, tag in enumerate([*tags, "O"]):
        cur, cur_type = split_tag(tag)
        if start >= 0 and _end_of_chunk(prev, prev_type, cur, cur_type):
            spans.append((start, k, prev_type))
            start = -1
        if cur != "O" and _start_of_chunk(prev, prev_type, cur, cur_type):
            start = k
        prev, prev_type = cur, cur_type
    return spans


def map_types(tags: Iterable[str], mapping: dict[str, str]) -> list[str]:
    """Rename entity types in tags (B-PERS → B-PER); a type mapped to '' or 'O' becomes O."""
    out: list[str] = []
    for tag in tags:
        prefix, typ = split_tag(tag)
        if not typ:
            out.append(tag)
            continue
        new = mapping.get(typ, typ)
        out.append("O" if new in {"", "O"} else f"{prefix}-{new}")
    return out


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives for one type (or all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / predicted, 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / gold, 0 when there is no gold entity."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """All counts and rates, for JSON output."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.tp + self.fn,
            "pred": self.tp + self.fp,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(slots=True)
class Score:
    """Per-type counts plus their micro-average (sum over types)."""

    per_type: dict[str, Counts] = field(default_factory=dict)

    @property
    def micro(self) -> Counts:
        """Counts summed over all types."""
        total = Counts()
        for c in self.per_type.values():
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        return total

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """Per-type and micro numbers, for JSON output."""
        out = {t: c.as_dict() for t, c in sorted(self.per_type.items())}
        out["micro"] = self.micro.as_dict()
        return out


def evaluate(
    gold: Sequence[Sequence[str]],
    pred: Sequence[Sequence[str]],
    *,
    types: Collection[str] | None = None,
) -> Score:
    """Score predicted tag sequences against gold ones; `types` keeps only those entity types."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    keep: Callable[[Span], bool] = (lambda s: True) if types is None else (lambda s: s[2] in types)
    score = Score({t: Counts() for t in types} if types is not None else {})
    for k, (g_tags, p_tags) in enumerate(zip(gold, pred, strict=True)):
        if len(g_tags) != len(p_tags):
            raise ValueError(f"sentence {k}: {len(g_tags)} gold tags but {len(p_tags)} predicted")
        g = {s for s in chunks(g_tags) if keep(s)}
        p = {s for s in chunks(p_tags) if keep(s)}
        for s in g | p:
            c = score.per_type.setdefault(s[2], Counts())
            if s in g and s in p:
                c.tp += 1
            elif s in p:
                c.fp += 1
            else:
                c.fn += 1
    return score
