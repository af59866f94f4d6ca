"""Tokenise Arabic news text the way ANERCorp does, keeping exact code-point offsets.

ANERCorp (our NER training data) splits on white space and punctuation but keeps clitics
attached (والعراق is one token), so a regex tokenizer reproduces its convention exactly and
runs far faster than a neural one; the offsets index the untouched input string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.nlp.quotes import CLOSE_BRACKETS, CLOSING_QUOTES

# Letters, digits and combining marks (Arabic diacritics are category Mn, which \w misses).
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_WORD = rf"[^\W_][\w{_MARKS}]*"
# Numbers keep their decimal/thousands separators, a percent sign and a proclitic: 1,000 / 3.5 / 30% / و3.5.
_NUMBER = r"[وفبلك]?\d+(?:[.,\u066b\u066c]\d+)*[%\u066a]?"
_TOKEN_RE = re.compile(rf"{_NUMBER}|{_WORD}|\S")
_SENTENCE_END = frozenset({".", "!", "?", "\u061f", "\u2026", "\u06d4"})
_CLOSERS = CLOSING_QUOTES | CLOSE_BRACKETS  # brackets, no quotation marks, close a sentence like one
MAX_SENTENCE_TOKENS = 150
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LETTERS_ONLY = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+")


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its text and its [start, end) code-point span in the source string."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split text into tokens; text[t.start:t.end] == t.text for every token."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def split_sentences(text: str, tokens: list[Token] | None = None) -> list[list[Token]]:
    """Group tokens into sentences: at end punctuation (plus closing quotes) or a line break."""
    toks = tokenize(text) if tokens is None else tokens
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        current.append(tok)
        if nxt is None:
            break
        gap = text[tok.end : nxt.start]
        ends = "\n" in gap or len(current) >= MAX_SENTENCE_TOKENS
        if _is_abbreviation_dot(current, gap, nxt):
            continue
        if tok.text in _SENTENCE_END or (tok.text in _CLOSERS and _ends_sentence(current[:-1])):
            ends = ends or (nxt.text not in _CLOSERS and nxt.text not in _SENTENCE_END)
        if ends:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def _ends_sentence(prefix: list[Token]) -> bool:
    """True when the tokens before a closing quote end with sentence-final punctuation."""
    return bool(prefix) and prefix[-1].text in _SENTENCE_END


def _is_abbreviation_dot(current: list[Token], gap: str, nxt: Token) -> bool:
    """A dot that abbreviates: د.ب.أ، إن.بي.سي (short letters both sides, no space), or «د. محمد» (one letter)."""
    if len(current) < 2 or current[-1].text != "." or "\n" in gap:
        return False
    before = current[-2].text
    if gap == "":
        return _letters(before) == 1 or (0 < _letters(before) <= 3 and 0 < _letters(nxt.text) <= 3)
    return _letters(before) == 1 and gap == " " and _ARABIC_LETTER.match(before) is not None and nxt.text[0].isalpha()


def _letters(word: str) -> int:
    """The letters of a word made of letters and marks only (0 for anything else: digits, punctuation)."""
    return sum(c.isalpha() for c in word) if _LETTERS_ONLY.fullmatch(word) else 0
