"""One loader for the word lists under app/nlp/data: every entry through normalize(), as the text is.

Why: entries typed by hand drift from the normaliser (رئيس kept its hamza, so it never matched a
normalised token); loading them through the same normalize() as the article makes that impossible.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.nlp.normalize import normalize

DATA_DIR = Path(__file__).resolve().parent / "data"
LABEL_SEP = " | "


def _entries(name: str) -> list[tuple[str, str]]:
    """(raw entry, raw rest) pairs of one list file, comments and blank lines left out."""
    rows = []
    for line in (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entry, _, label = line.partition(LABEL_SEP)
            rows.append((entry.strip(), label.strip()))
    return rows


@cache
def words(name: str) -> frozenset[str]:
    """The normalised entries of data/<name>.txt."""
    return frozenset(normalize(entry) for entry, _ in _entries(name))


@cache
def labelled(name: str) -> dict[str, str]:
    """The normalised entries of data/<name>.txt with their label (`entry | label`)."""
    out: dict[str, str] = {}
    for entry, label in _entries(name):
        if not label:
            raise ValueError(f"{name}.txt: {entry!r} has no label")
        out[normalize(entry)] = label
    return out


def raw_entries(name: str) -> list[str]:
    """The entries of data/<name>.txt as written (for checks of the lists themselves)."""
    return [entry for entry, _ in _entries(name)]


def list_names() -> list[str]:
    """Every word list shipped under app/nlp/data."""
    return sorted(p.stem for p in DATA_DIR.glob("*.txt"))
