"""Comma segments and source phrases between a cue and its complement: where they end, what outlet they name."""

from __future__ import annotations

from app.nlp.claim_cues import (
    OUTLET_WORDS,
    PRONOUN_PREPS,
    SOURCE_ADJECTIVES,
    SOURCE_HEADS,
    SOURCE_INTRO,
    STATEMENT_WORDS,
    TIME_WORDS,
    CueSpec,
)
from app.nlp.claims.article import Article
from app.nlp.claims.config import LIMITS
from app.nlp.claims.state import Zone
from app.nlp.claims.vocab import (
    ACCORDING_TO,
    COMMAS,
    FINAL,
    LAM,
    RELAYED_PRONOUNS,
    SEGMENT_STARTERS,
    STATEMENT_ADJECTIVES,
)
from app.nlp.lexicon import RANKS, ROLE_HEADS
from app.nlp.morphology import in_lexicon, lam_prefixed, opens_with_lam, strip_article
from app.nlp.quotes import CLOSE_BRACKET, OPEN_BRACKET
from app.nlp.types import SourceRef, SpeakerRef

OUTLET_SKIP = (LAM, "مع", OPEN_BRACKET, CLOSE_BRACKET)


def segment_start(a: Article, k: int) -> bool:
    """True when token k can open a comma-delimited adverbial or appositive segment."""
    n = a.nt[k]
    return (
        a.tok_mention[k] is not None
        or n in SEGMENT_STARTERS
        or n in TIME_WORDS
        or in_lexicon(n, RANKS)
        or in_lexicon(n, ROLE_HEADS)
        or in_lexicon(n, SOURCE_HEADS)
        or n in SOURCE_INTRO
        or n in PRONOUN_PREPS
    )


def relayed_pronoun(a: Article, k: int) -> bool:
    """Token k is عنه/عنها right after a relay cue («ونقلت عنه وكالة الصحافة الفرنسية قوله»): the one named before
    speaks, and a body named after it only relays his words."""
    spec = a.cue[k - 1] if 0 < k < len(a.nt) else None
    return spec is not None and spec.form == "relay" and a.nt[k] in RELAYED_PRONOUNS


def segment_end(a: Article, at: int, lim: int, spec: CueSpec) -> int | None:
    """End of the segment opened at `at`: the next comma or complement opener, if it is a real segment."""
    if at >= lim:
        return None
    k = at
    while k < min(lim, at + LIMITS.max_segment):
        n = a.nt[k]
        q = a.quotes.get(k)
        if q is not None and not (k > at and a.speech_quote(q)):
            k = q.end_i + 1
            continue
        if n in FINAL:
            return None
        if k > at and (n in COMMAS or a.opening(k, spec)):
            return k if (segment_start(a, at) or k - at <= LIMITS.short_segment) else None
        k += 1
    return None


def scan_segment(a: Article, z: Zone, start: int, e: int, issuer: SpeakerRef | None, appositive: bool = True) -> None:
    """Collect a source (في تصريح لـ X، بحسب البيان، لـ«X») and an appositive speaker from a segment."""
    for k in range(start, e):
        n = a.nt[k]
        if n in ACCORDING_TO and k + 1 < e:
            if a.nt[k + 1] in STATEMENT_WORDS:
                if issuer is not None:
                    z.source = z.source or SourceRef(issuer.text, issuer.mention)
            else:
                z.source = z.source or source_ref(a, k + 1, e)
            return
        if in_lexicon(n, SOURCE_HEADS):
            r = k + 1
            while r < e and a.nt[r] in STATEMENT_ADJECTIVES:
                r += 1
            if r < e and (a.nt[r] in (LAM, "مع") or opens_with_lam(a.nt[r])):
                z.source = z.source or source_ref(a, r, e)
            elif strip_article(n) == "بيان":
                z.in_statement = True
            return
        if n == LAM and k + 1 < e and a.quotes.get(k + 1) is not None:
            z.source = z.source or source_ref(a, k + 1, e)
            return
    if not appositive:
        return
    k = start
    while k < e and (in_lexicon(a.nt[k], RANKS) or in_lexicon(a.nt[k], ROLE_HEADS)):
        k += 1
    if k < e and a.tok_mention[k] is not None:
        m = a.tok_mention[k]
        assert m is not None
        z.cands.append((m, "appos"))


def source_phrase_end(a: Article, j: int, lim: int, spec: CueSpec) -> int:
    """End of في تصريح لـ X / في بيان مشترك / خلال مقابلة مع X, with or without a closing comma."""
    e = segment_end(a, j, lim, spec)
    if e is not None:
        return e
    k = j + (2 if a.nt[j] in SOURCE_INTRO else 1)
    while k < lim:
        n = a.nt[k]
        q = a.quotes.get(k)
        if q is not None and q.closed and not a.speech_quote(q):
            k = q.end_i + 1
        elif a.tok_mention[k] is not None:
            k = a.mention_last[a.tok_mention[k] or 0] + 1
        elif n in SOURCE_ADJECTIVES or n == LAM or lam_prefixed(n, OUTLET_WORDS):
            k += 1
        else:
            break
    return k


def outlet_named(a: Article, at: int) -> bool:
    """Token `at` names an outlet or a body (a non-person mention, or صحيفة/وكالة … before one)."""
    k = at + 1 if a.nt[at] in OUTLET_WORDS and at + 1 < len(a.nt) else at
    m = a.tok_mention[k]
    return m is not None and a.mentions[m].type != "person"


def outlet_end(a: Article, at: int, lim: int, spec: CueSpec) -> int:
    """End of an outlet named after لـ: a quoted name, a name in parentheses (لـ(عكاظ)), a mention, or words up to a
    comma."""
    q = a.quotes.get(at)
    if q is not None and q.closed:
        return q.end_i + 1
    close = a.parenthesis_close(at, lim) if a.nt[at] == OPEN_BRACKET else None
    if close is not None:
        return close + 1
    m = a.tok_mention[at]
    if m is not None:
        return a.mention_last[m] + 1
    return segment_end(a, at, lim, spec) or at + 1


def source_ref(a: Article, start: int, e: int) -> SourceRef | None:
    """The outlet named in tokens [start, e): a mention, else a quoted name, else the words themselves."""
    for k in range(start, e):
        m = a.tok_mention[k]
        if m is not None and a.mentions[m].type != "person":
            return SourceRef(a.mentions[m].text, m)
    for k in range(start, e):
        q = a.quotes.get(k)
        if q is not None and q.end_i <= e:
            s, t = a.quote_interior(q)
            if t > s:
                return SourceRef(a.text[s:t], None)
    words = [k for k in range(start, e) if a.nt[k] not in OUTLET_SKIP and a.nt[k].isalnum()]
    if not words:
        return None
    return SourceRef(a.text[a.toks[words[0]].start : a.toks[words[-1]].end], None)
