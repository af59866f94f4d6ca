"""One article as every pipeline stage sees it: tokens, normalised forms, sentences and paragraphs built once.

Like spaCy's `Doc` (or Stanza's `Document`), a `Doc` is made by the tokeniser and then filled layer by
layer by the pipeline's components (app.nlp.pipeline): the tagger adds `tags`, the mention rules add
`mentions` (and with them the token → mention index, and the `unresolved` lists), name resolution replaces
them by resolved ones (same offsets), the claim rules add `claims`, and the unclaimed stage sets the final
mentions. Every stage reads a token's `normalize()` form from `norms` instead of normalising it again.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from app.nlp.normalize import normalize_word
from app.nlp.tokenize import Token, split_sentences, tokenize
from app.nlp.types import Claim, Mention

# The layers a Doc holds; "tokens" (with norms, sentences, paragraphs) exists from construction on.
Layer = Literal["tokens", "tags", "mentions", "resolved", "claims", "unresolved"]


@dataclass(frozen=True)
class Unresolved:
    """The mention stage's lists before name resolution, kept for the unclaimed stage: it merges them and resolves
    the merge once, so one entity never gets two keys (one per list)."""

    found: list[Mention]  # the mention layer as the mention stage set it
    sure: list[Mention] | None  # under the unclaimed floors too; None where no tagged span falls under one


class Doc:
    """One article: its tokens and their forms, then whatever the pipeline's stages have added so far."""

    def __init__(self, text: str, sentences: list[list[Token]]) -> None:
        """Hold `sentences` (which index `text`) and their tokens in order; every other index is built on first use."""
        self.text = text
        self.sentences = sentences
        self.tokens: list[Token] = [t for s in sentences for t in s]
        self.tags: list[list[str]] | None = None  # one tag per token, per sentence (the tagger's layer)
        self.tag_confidence: list[list[float]] | None = None  # each tag's CRF marginal, where the tagger gives one
        self.claims: list[Claim] | None = None
        self.unresolved: Unresolved | None = None  # the mention stage's lists before resolution (Unresolved)
        self.timings: dict[str, float] = {}  # seconds per stage that ran on this Doc
        self._mentions: list[Mention] | None = None
        self._resolved = False
        self._index: _MentionIndex | None = None

    @classmethod
    def of(cls, text: str) -> Doc:
        """Tokenise and sentence-split raw text: the pipeline's first stage."""
        return cls(text, split_sentences(text, tokenize(text)))

    # ----- layers --------------------------------------------------------------------------------
    def has(self, layer: Layer) -> bool:
        """Whether the stage that adds `layer` has run on this Doc."""
        if layer == "tokens":
            return True
        if layer == "tags":
            return self.tags is not None
        if layer == "mentions":
            return self._mentions is not None
        if layer == "resolved":
            return self._resolved
        if layer == "unresolved":
            return self.unresolved is not None
        return self.claims is not None

    @property
    def mentions(self) -> list[Mention]:
        """The article's mentions in offset order; an error before the mention stage has run."""
        if self._mentions is None:
            raise LookupError("no mentions yet: the mention stage has not run on this Doc")
        return self._mentions

    def set_mentions(self, mentions: list[Mention], *, resolved: bool = False) -> None:
        """Store the mention layer (resolved: names already take their fullest form); the index follows it."""
        self._mentions = mentions
        self._resolved = resolved
        self._index = None

    # ----- token indexes, each built once on first use (the tagger needs none of them) ------------
    @cached_property
    def norms(self) -> list[str]:
        """Per token: its normalize() form, the one normalisation every stage reads."""
        return [normalize_word(t.text) for t in self.tokens]

    @cached_property
    def tok_starts(self) -> list[int]:
        """Per token: its start offset, for bisecting offsets to tokens."""
        return [t.start for t in self.tokens]

    @cached_property
    def sent_offsets(self) -> list[int]:
        """Per sentence: the index of its first token."""
        offsets, base = [], 0
        for s in self.sentences:
            offsets.append(base)
            base += len(s)
        return offsets

    @cached_property
    def sent_start(self) -> list[int]:
        """Per token: the index of its sentence's first token."""
        return [b for b, s in zip(self.sent_offsets, self.sentences, strict=True) for _ in s]

    @cached_property
    def sent_end(self) -> list[int]:
        """Per token: the index just past its sentence's last token."""
        return [b + len(s) for b, s in zip(self.sent_offsets, self.sentences, strict=True) for _ in s]

    @cached_property
    def para(self) -> list[int]:
        """Per token: its paragraph number (a line break between two tokens starts a new paragraph)."""
        para: list[int] = []
        p = 0
        for i, t in enumerate(self.tokens):
            if i and "\n" in self.text[self.tokens[i - 1].end : t.start]:
                p += 1
            para.append(p)
        return para

    # ----- per-sentence views (the tagger and the mention rules work sentence by sentence) ----------
    @cached_property
    def sentence_norms(self) -> list[list[str]]:
        """The normalised forms grouped by sentence, as `sentences` groups the tokens."""
        return [self.norms[b : b + len(s)] for b, s in zip(self.sent_offsets, self.sentences, strict=True)]

    def sentence_texts(self) -> list[list[str]]:
        """The token texts grouped by sentence: what a tagger reads."""
        return [[t.text for t in s] for s in self.sentences]

    # ----- the token → mention index, built once per mention layer ---------------------------------
    @property
    def tok_mention(self) -> list[int | None]:
        """Per token: the first mention overlapping it, or None."""
        return self._mention_index().tok_mention

    @property
    def mention_last(self) -> list[int]:
        """Per mention: the index of its last token."""
        return self._mention_index().mention_last

    @property
    def mention_starts(self) -> list[tuple[int, int]]:
        """(start offset, mention index) sorted, for bisecting offsets to mentions."""
        return self._mention_index().starts

    def token_at(self, offset: int) -> int:
        """The first token starting at or after a character offset."""
        return bisect.bisect_left(self.tok_starts, offset)

    def _mention_index(self) -> _MentionIndex:
        if self._index is None:
            self._index = _MentionIndex(self.tokens, self.tok_starts, self.mentions)
        return self._index


class _MentionIndex:
    """Tokens to mentions and mentions to tokens, for one list of mentions."""

    def __init__(self, toks: list[Token], tok_starts: list[int], mentions: list[Mention]) -> None:
        """Map every token to the first mention overlapping it, and every mention to its last token."""
        self.tok_mention: list[int | None] = [None] * len(toks)
        self.mention_last: list[int] = []
        self.starts = sorted((m.start, mi) for mi, m in enumerate(mentions))
        for mi, m in enumerate(mentions):
            first = max(0, bisect.bisect_right(tok_starts, m.start) - 1)
            last = first
            for k in range(first, len(toks)):
                t = toks[k]
                if t.start >= m.end:
                    break
                if t.end > m.start:
                    last = k
                    if self.tok_mention[k] is None:
                        self.tok_mention[k] = mi
            self.mention_last.append(last)
