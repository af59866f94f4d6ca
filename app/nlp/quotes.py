"""Quotation-mark pairing by the shape of the marks, kept apart from the claim rules that read the pairs."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.nlp.tokenize import Token

_SYM_QUOTES = frozenset({'"', "\u201c", "\u201d", "\u201e"})
_OPEN_G, _CLOSE_G = "\u00ab", "\u00bb"


@dataclass(slots=True)
class Quote:
    """A pair of quotation marks: token index of the opener and of the closer (or the cut end)."""

    open_i: int
    end_i: int
    closed: bool


def pair_quotes(text: str, toks: Sequence[Token], para: Sequence[int], cut_at: Callable[[int], bool]) -> list[Quote]:
    """Pair « » and " “ ” „ marks per paragraph; an unclosed quote runs to the first `cut_at` token or paragraph end."""
    quotes: list[Quote] = []
    stacks: dict[str, list[int]] = {"g": [], "s": []}
    unclosed: list[tuple[int, int]] = []

    def flush(end: int) -> None:
        """Close the paragraph: remaining openers become unclosed quotes ending at `end`."""
        for st in stacks.values():
            unclosed.extend((o, end) for o in st)
            st.clear()

    for i, t in enumerate(toks):
        if i and para[i] != para[i - 1]:
            flush(i)
        ch = t.text
        if ch == _OPEN_G:
            stacks["g"].append(i)
        elif ch == _CLOSE_G:
            if stacks["g"]:
                o = stacks["g"].pop()
                quotes.append(Quote(o, i, True))
        elif ch in _SYM_QUOTES:
            opener = _symmetric_quote(text, t, i, stacks["s"])
            if opener is not None:
                quotes.append(Quote(opener, i, True))
    flush(len(toks))
    for o, end in unclosed:
        quotes.append(Quote(o, _cut_unclosed(o, end, cut_at), False))
    return quotes


def _is_word_char(c: str) -> bool:
    """True for letters, digits, tatweel and combining marks (parts of a word)."""
    return c.isalnum() or c == "\u0640" or unicodedata.category(c) == "Mn"


def _symmetric_quote(text: str, t: Token, i: int, stack: list[int]) -> int | None:
    """Decide from the characters around a " “ ” mark (token i) whether it opens; returns the opener it closes."""
    prev = text[t.start - 1] if t.start > 0 else " "
    nxt = text[t.end] if t.end < len(text) else " "
    opener = (_is_word_char(nxt) or nxt in "(«") and (not _is_word_char(prev) or prev == "\u0640")
    closer = (_is_word_char(prev) or prev in ".!?؟)…»") and not _is_word_char(nxt)
    if opener and not closer:
        stack.append(i)
    elif (closer and not opener) or stack:
        if stack:
            return stack.pop()
    elif _is_word_char(nxt) or (nxt.isspace() and _is_word_char(text[t.end : t.end + 4].lstrip()[:1] or " ")):
        stack.append(i)  # a mark standing apart (قال " يجب …") opens when a word follows
    return None


def _cut_unclosed(o: int, end: int, cut_at: Callable[[int], bool]) -> int:
    """An unclosed quotation opened at o stops where `cut_at` first holds after its first word, else at `end`."""
    for k in range(o + 2, end):
        if cut_at(k):
            return k
    return end
