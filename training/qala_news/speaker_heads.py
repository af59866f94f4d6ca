"""Fit the speaker-group heads list from Qala News train: `python -m training.qala_news fit-speaker-heads`.

Why: a new unnamed speaker («وقال شاهد عيان», «أكد عدد من سكان القرى», «وذكر مسعفون») was read as a
continuation of the previous speaker whenever its head noun was in no word list. The heads of the
descriptive and anonymous speaker phrases annotators wrote on train, that no other list knows and
that occur at least MIN_COUNT times, become `app/nlp/data/speaker_groups.txt` (the claims extractor
treats them as vague speakers). Chosen on dev with --oracle-entities (see bench/README.md).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from app.nlp.claim_cues import VAGUE_SPEAKERS
from app.nlp.lexicon import FORCE_HEADS, GENERIC_HEADS, RANKS, ROLE_HEADS
from app.nlp.morphology import in_lexicon, strip_proclitic
from app.nlp.normalize import normalize
from app.nlp.wordlists import words
from training.paths import REPO
from training.qala_news.score import gold_articles

MIN_COUNT = 2  # dev (oracle entities): 2 → 265/284 right speakers, 3 → 264, none → 263
OUT = REPO / "app" / "nlp" / "data" / "speaker_groups.txt"
HEADER = """# Heads of descriptive and anonymous speaker phrases no other list knows (عدد، أحد، بعض، أهالي، مسعفون …),
# mined from Qala News train gold by `python -m training.qala_news fit-speaker-heads` (do not edit by hand).
# One entry a line; the loader runs each through app.nlp.normalize.normalize.
"""


def speaker_heads(min_count: int = MIN_COUNT) -> list[str]:
    """The fitted heads, sorted."""
    own = VAGUE_SPEAKERS - words("speaker_groups")  # the hand list only, so a refit does not feed on itself
    known = ROLE_HEADS | RANKS | own | GENERIC_HEADS | FORCE_HEADS | words("unit_heads")
    counts: Counter[str] = Counter()
    for ann in gold_articles("train"):
        for claim in ann.get("claims", []):
            phrase = (claim.get("speaker") or {}).get("phrase")
            first = normalize(phrase).split()[:1] if phrase else []
            if first and not in_lexicon(head := strip_proclitic(first[0]), known):
                counts[head] += 1
    return sorted(h for h, n in counts.items() if n >= min_count and len(h) > 2)


def fit(out: Path = OUT) -> int:
    """Write the list; returns how many heads it holds."""
    heads = speaker_heads()
    out.write_text(HEADER + "\n".join(heads) + "\n", encoding="utf-8")
    return len(heads)
