"""Our normalize() against the nearest pyarabic composition, on raw news tokens: agreement and speed.

    pip install pyarabic && python -m bench.normalize_choice --tokens 300000

Why: issue 12 asks to use a maintained library for Arabic normalisation where it fits, measured.
pyarabic's pieces (strip_tashkeel, strip_tatweel, normalize_alef, normalize_teh) cover part of the
folding; its normalize_hamza writes every hamza as ء, a different key scheme from the one stored
keys use (ئ→ي, ؤ→و), so the composition below keeps those out and the disagreements show what it lacks.
"""

from __future__ import annotations

import argparse
import gzip
import os
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from app.core.settings import REPO_ROOT
from app.nlp.normalize import normalize
from app.nlp.tokenize import tokenize

NEWS = (
    Path(os.environ.get("QALA_SHARED_DIR", REPO_ROOT.parent / "shared"))
    / "data/saudinewsnet/saudinewsnet_paragraphs.txt.gz"
)


def news_tokens(n: int) -> list[str]:
    """The first n tokens of SaudiNewsNet, as the service tokenises them."""
    out: list[str] = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for line in fh:
            out.extend(t.text for t in tokenize(line))
            if len(out) >= n:
                return out[:n]
    return out


def pyarabic_fold() -> Callable[[str], str]:
    """The nearest pyarabic composition: diacritics, tatweel, alef forms, taa marbuta, then case and spacing."""
    import pyarabic.araby as araby

    def fold(text: str) -> str:
        folded = araby.normalize_teh(araby.normalize_alef(araby.strip_tatweel(araby.strip_tashkeel(text))))
        return " ".join(folded.casefold().split())

    return fold


def main() -> None:
    """Command line: agreement with normalize(), the commonest disagreements, and both speeds."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tokens", type=int, default=300_000)
    args = p.parse_args()
    tokens = news_tokens(args.tokens)
    fold = pyarabic_fold()
    ours, theirs = [normalize(t) for t in tokens], [fold(t) for t in tokens]
    differ = Counter((t, a, b) for t, a, b in zip(tokens, ours, theirs, strict=True) if a != b)
    same = len(tokens) - sum(differ.values())
    print(f"{len(tokens)} tokens; the same key for {same} ({same / len(tokens):.4f})")
    print("commonest disagreements (token, normalize, pyarabic, count):")
    for (t, a, b), n in differ.most_common(12):
        print(f"  {t}\t{a}\t{b}\t{n}")
    for name, fn in (("normalize", normalize), ("pyarabic", fold)):
        start = time.perf_counter()
        for t in tokens:
            fn(t)
        print(f"{name}: {len(tokens) / (time.perf_counter() - start):,.0f} tokens/s")


if __name__ == "__main__":
    main()
