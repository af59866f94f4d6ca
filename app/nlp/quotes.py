"""The quotation-mark characters and their pairing by shape, kept apart from the claim rules that read the pairs.

Why: one owner for the marks, so tokenize, the mention rules and the claim rules step over the same characters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # tokenize reads CLOSING_QUOTES from here: a runtime import would be a cycle
    from app.nlp.tokenize import Token

GUILLEMET_OPEN: Final[str] = "\u00ab"  # « opens an Arabic quotation and never closes one: paired by a stack
GUILLEMET_CLOSE: Final[str] = "\u00bb"  # » closes the last « still open
STRAIGHT_QUOTE: Final[str] = '"'  # " opens and closes alike: the characters around it tell which
CURLY_OPEN: Final[str] = "\u201c"  # “ the English opener, typed as a closer too in right-to-left text: read like "
CURLY_CLOSE: Final[str] = "\u201d"  # ” the English closer, typed as an opener too in right-to-left text: read like "
LOW_QUOTE: Final[str] = "\u201e"  # „ a low opener (German keyboards): read like "
APOSTROPHE: Final[str] = "'"  # ' single-quotes a name ('داعش') but is an apostrophe too: never paired
RIGHT_SINGLE_QUOTE: Final[str] = "\u2019"  # ’ closes a single-quoted name but is an apostrophe too: never paired

# Marks that open or close by the characters around them, not by their shape.
SYMMETRIC_QUOTES: Final[frozenset[str]] = frozenset({STRAIGHT_QUOTE, CURLY_OPEN, CURLY_CLOSE, LOW_QUOTE})
# Marks that may open a quoted name: what a rule steps over to reach the word before it.
OPENING_QUOTES: Final[frozenset[str]] = SYMMETRIC_QUOTES | {GUILLEMET_OPEN, APOSTROPHE}
# Every mark at either end of a quoted name: what a rule steps over between a word and a name.
QUOTE_MARKS: Final[frozenset[str]] = OPENING_QUOTES | {GUILLEMET_CLOSE}
# Marks that may close a quotation: a sentence ends after them when its end punctuation stands before.
CLOSING_QUOTES: Final[frozenset[str]] = frozenset(
    {GUILLEMET_CLOSE, STRAIGHT_QUOTE, CURLY_CLOSE, APOSTROPHE, RIGHT_SINGLE_QUOTE}
)
# The opener of each closing mark: a phrase keeps a closer only with its opener inside.
OPENER_OF: Final[Mapping[str, str]] = MappingProxyType(
    {GUILLEMET_CLOSE: GUILLEMET_OPEN, CURLY_CLOSE: CURLY_OPEN, STRAIGHT_QUOTE: STRAIGHT_QUOTE}
)
OPEN_BRACKET: Final[str] = "("  # brackets, no quotation marks: a name in brackets is stepped over like a quoted one
CLOSE_BRACKET: Final[str] = ")"
CLOSE_SQUARE_BRACKET: Final[str] = "]"
# Brackets that close a sentence like a closing quote.
CLOSE_BRACKETS: Final[frozenset[str]] = frozenset({CLOSE_BRACKET, CLOSE_SQUARE_BRACKET})
# The opener of each closing mark or bracket: a phrase or name keeps a closer only with its opener inside.
MARK_OPENERS: Final[Mapping[str, str]] = MappingProxyType({**OPENER_OF, CLOSE_BRACKET: OPEN_BRACKET})
# Marks that open a quoted or bracketed name: what a rule steps over to reach the word before it.
OPENING_MARKS: Final[frozenset[str]] = OPENING_QUOTES | {OPEN_BRACKET}
# Marks that open a pair `closes_opened` can close: the apostrophe, never paired, is left out.
PAIRED_OPENERS: Final[frozenset[str]] = SYMMETRIC_QUOTES | {GUILLEMET_OPEN, OPEN_BRACKET}
_OPENS_BEFORE = OPEN_BRACKET + GUILLEMET_OPEN  # a symmetric mark right before these opens
_CLOSES_AFTER = ".!?\u061f\u2026" + CLOSE_BRACKET + GUILLEMET_CLOSE  # a symmetric mark right after these closes


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
        if ch == GUILLEMET_OPEN:
            stacks["g"].append(i)
        elif ch == GUILLEMET_CLOSE:
            if stacks["g"]:
                o = stacks["g"].pop()
                quotes.append(Quote(o, i, True))
        elif ch in SYMMETRIC_QUOTES:
            opener = _symmetric_quote(text, t, i, stacks["s"])
            if opener is not None:
                quotes.append(Quote(opener, i, True))
    flush(len(toks))
    for o, end in unclosed:
        quotes.append(Quote(o, _cut_unclosed(o, end, cut_at), False))
    return quotes


def closes_opened(mark: str, before: Sequence[str]) -> bool:
    """The mark closes a quotation or bracket opened among the tokens `before` it: a " “ ” „ when an odd count of
    them stands before (they open and close alike, as pair_quotes reads them: ”ابين” is one pair), any other closer
    when more of its openers than of itself do."""
    if mark in SYMMETRIC_QUOTES:
        return sum(t in SYMMETRIC_QUOTES for t in before) % 2 == 1
    opened = MARK_OPENERS.get(mark)
    return opened is not None and before.count(opened) > before.count(mark)


def _is_word_char(c: str) -> bool:
    """True for letters, digits, tatweel and combining marks (parts of a word)."""
    return c.isalnum() or c == "\u0640" or unicodedata.category(c) == "Mn"


def _symmetric_quote(text: str, t: Token, i: int, stack: list[int]) -> int | None:
    """Decide from the characters around a " “ ” mark (token i) whether it opens; returns the opener it closes."""
    prev = text[t.start - 1] if t.start > 0 else " "
    nxt = text[t.end] if t.end < len(text) else " "
    opener = (_is_word_char(nxt) or nxt in _OPENS_BEFORE) and (not _is_word_char(prev) or prev == "\u0640")
    closer = (_is_word_char(prev) or prev in _CLOSES_AFTER) and not _is_word_char(nxt)
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
