"""Fit the unit subtype table from Qala News train: `python -m training.qala_news fit-subtypes`.

Why: the word-list rules give a unit a subtype only by its head noun (UNIT_HEADS) or a known name,
and call every other unit `other` (dev: 0.564 of exact-span units right). The gold subtypes of
train's unit mentions, counted per key (app.nlp.entities.subtype_keys: head + next word, head +
last word, head), give each key's majority subtype; app.nlp reads the table first and falls back to
the rules for unseen keys. Chosen on dev (bench/README.md, "Unit subtypes, session 9").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.nlp.entities import subtype_keys
from training.paths import REPO
from training.qala_news.score import gold_articles

MIN_COUNT = 1  # dev 333/351 right at 1, 332 at 2, 329 at 3; train 5-fold 0.934, 0.923, 0.911 (bench.unit_subtypes)
OUT = REPO / "app" / "nlp" / "data" / "unit_subtypes.txt"
HEADER = """# Unit subtypes by name key (head + next or last word, or head alone: app.nlp.entities.subtype_keys),
# the majority gold subtype of Qala News train unit mentions, fitted by
# `python -m training.qala_news fit-subtypes` (do not edit by hand).
# Format: entry | label
"""


def subtype_counts(anns: Iterable[dict[str, Any]], *, heads_only: bool = False) -> dict[str, Counter[str]]:
    """Per key, the gold subtypes of the unit mentions of these gold files (each mention counted once per key)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for ann in anns:
        ents = {e["id"]: e for e in ann["entities"]}
        for m in ann["gold"]["mentions"]:
            e = ents[m["entity"]]
            if e["type"] != "unit" or not e.get("subtype"):
                continue
            keys = subtype_keys(m["text"])
            for key in keys[-1:] if heads_only else keys:
                counts[key][e["subtype"]] += 1
    return counts


def subtype_table(counts: dict[str, Counter[str]], min_count: int = MIN_COUNT) -> dict[str, str]:
    """Each key's majority subtype, where at least min_count mentions carry it (ties: alphabetical)."""
    table = {}
    for key, c in counts.items():
        label, n = min(c.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= min_count:
            table[key] = label
    return table


def fit(out: Path = OUT, *, min_count: int = MIN_COUNT, heads_only: bool = False) -> int:
    """Write the table; returns how many keys it holds."""
    table = subtype_table(subtype_counts(gold_articles("train"), heads_only=heads_only), min_count)
    out.write_text(HEADER + "".join(f"{k} | {v}\n" for k, v in sorted(table.items())), encoding="utf-8")
    return len(table)
