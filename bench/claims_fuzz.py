"""Crash fuzz of claim extraction on gold mentions: every cut of Qala News articles, or a proclitic glued in.

    python -m bench.claims_fuzz --split train --articles 40 --mode prefix

Why: a rule reading one token past the article's start or end (a cue as its last word, a phrase at offset 0)
raises on a valid article, and the corpus rarely ends or starts there; cutting every article at every token
boundary puts each rule at both edges. A run fails on an exception, a claim or speaker whose offsets do not give
its text, or an empty one. `prefix` cuts before and after each token (a text ending in a space or right after a
cue), `clip` after each token and one letter into each longer one, mentions that cross the cut clipped to it.
`clitic` keeps the text whole and glues one proclitic chain (data/glued_proclitics.txt: و، لل، وبال …) to one
token within `--window` tokens of a speech cue, its mentions grown over the chain as the tagger gives them: the
shapes (للمصادر المقربة … قالت، كالخبراء) a cut never makes; 8 tokens reach a fronted source phrase's head (3 do
not: the review's «للمصادر» crash at 1008aa0^ is found with 8, missed with 3). Never the test split.
"""

from __future__ import annotations

import argparse
import dataclasses
import traceback
from collections.abc import Iterator

from app.nlp.claim_cues import cue_of
from app.nlp.claims import extract_claims
from app.nlp.morphology import ARTICLE, LAM, starts_with_article
from app.nlp.normalize import normalize
from app.nlp.tokenize import split_sentences, tokenize
from app.nlp.types import Mention
from app.nlp.wordlists import words
from training.qala_news.pool import load_pool
from training.qala_news.score import gold_articles, oracle_mentions


def cuts(text: str, mentions: list[Mention], mode: str) -> Iterator[tuple[str, list[Mention]]]:
    """The truncated texts of one article with the mentions that lie (clipped, in `clip` mode) inside each."""
    for t in tokenize(text):
        if mode == "suffix":
            s = t.start
            yield text[s:], [dataclasses.replace(m, start=m.start - s, end=m.end - s) for m in mentions if m.start >= s]
            continue
        if mode == "prefix":
            ends = [t.start, t.end] if t.start else [t.end]  # the cut before a token leaves a space at the end
        else:
            ends = [t.start + 1, t.end] if t.end - t.start > 2 else [t.end]
        for e in ends:
            kept = [m for m in mentions if m.end <= e]
            if mode == "clip":
                kept += [dataclasses.replace(m, end=e, text=text[m.start : e]) for m in mentions if m.start < e < m.end]
            yield text[:e], kept


def near_cues(text: str, window: int) -> list[int]:
    """Start offsets of the word tokens within `window` tokens of a speech cue: where speaker rules read words."""
    toks = tokenize(text)
    cues = [i for i, t in enumerate(toks) if cue_of(normalize(t.text)) is not None]
    near = {j for i in cues for j in range(i - window, i + window + 1) if 0 <= j < len(toks)}
    return [toks[j].start for j in sorted(near) if toks[j].text[0].isalpha()]


def glue(text: str, mentions: list[Mention], at: int, chain: str) -> tuple[str, list[Mention]]:
    """The text with `chain` glued to the word at `at` (its article replaced by a chain ending in one), mentions moved.

    A mention starting at the word grows over the chain, one covering it grows by it, later ones shift.
    """
    dropped = len(ARTICLE) if chain.endswith((ARTICLE, LAM + LAM)) else 0  # وال، بال، لل، ولل، فلل
    dropped = dropped if starts_with_article(text[at:]) else 0
    new = text[:at] + chain + text[at + dropped :]
    delta = len(chain) - dropped

    def moved(o: int) -> int:
        """An old offset in the new text: after the word's start it moves by the chain (never into it)."""
        return o if o <= at else max(o + delta, at + len(chain))

    out = []
    for m in mentions:
        s, e = (m.start, moved(m.end)) if m.start == at else (moved(m.start), moved(m.end))
        if new[s:e].strip():
            out.append(dataclasses.replace(m, start=s, end=e, text=new[s:e]))
    return new, out


def glued(text: str, mentions: list[Mention], window: int) -> Iterator[tuple[str, list[Mention]]]:
    """The article with each proclitic chain glued, one at a time, to each word near a speech cue."""
    for at in near_cues(text, window):
        for chain in sorted(words("glued_proclitics"), key=lambda c: (len(c), c)):
            yield glue(text, mentions, at, chain)


def check(text: str, mentions: list[Mention]) -> None:
    """Extract the claims of one text; raise when one's offsets or text are wrong."""
    for c in extract_claims(text, split_sentences(text, tokenize(text)), mentions):
        assert c.text.strip() and text[c.start : c.end] == c.text, f"claim {c.start}:{c.end} {c.text!r}"
        sp = c.speaker
        if sp is not None:
            assert sp.text.strip() and text[sp.start : sp.end] == sp.text, f"speaker {sp.start}:{sp.end} {sp.text!r}"


def main() -> None:
    """Command line: the number of runs and each distinct failure (exception type and place) once."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["train", "dev"], default="train")
    ap.add_argument("--articles", type=int, default=40, help="the first N gold articles of the split")
    ap.add_argument("--mode", choices=["prefix", "suffix", "clip", "clitic"], default="prefix")
    ap.add_argument("--window", type=int, default=8, help="clitic mode: tokens either side of a speech cue")
    args = ap.parse_args()
    pool = load_pool()
    runs, failures = 0, dict[tuple[str, str, int], str]()
    for ann in gold_articles(args.split)[: args.articles]:
        article, gold = pool[ann["order"]].text, oracle_mentions(ann)
        pieces = glued(article, gold, args.window) if args.mode == "clitic" else cuts(article, gold, args.mode)
        for text, mentions in pieces:
            runs += 1
            try:
                check(text, mentions)
            except Exception as e:  # every failure is reported, none stops the run
                where = traceback.extract_tb(e.__traceback__)[-1]
                key = (type(e).__name__, where.filename, where.lineno or 0)
                failures.setdefault(key, f"order {ann['order']}, {len(text)} chars\n{traceback.format_exc()}")
    print(f"{args.split} {args.mode}: {runs} runs over {args.articles} articles, {len(failures)} distinct failures")
    for (name, path, line), shown in failures.items():
        print(f"== {name} at {path}:{line}, {shown}")


if __name__ == "__main__":
    main()
