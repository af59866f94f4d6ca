"""The claim's content: the span a cue's complement covers, and whether it is quoted (direct) or reported."""

from __future__ import annotations

from app.nlp.claim_cues import COMPLEMENTISERS, CONNECTORS, cue_of
from app.nlp.claims.article import Article
from app.nlp.claims.config import LIMITS
from app.nlp.claims.extents import CLAUSE_PREPS
from app.nlp.claims.state import Discourse, Zone
from app.nlp.claims.vocab import (
    COMMAS,
    NARRATOR_LINKS,
    NARRATOR_PARTICIPLES,
    NARRATOR_VERBS,
    NOT_PARTICIPLES,
    PRONOUN_SUFFIXES,
    RELATIVE_WORDS,
    RESUMPTIVE_IN,
    TRIM_PUNCT,
)
from app.nlp.morphology import WA, circumstantial_participle, lam_glued, with_proclitic
from app.nlp.types import ClaimKind

# Claim kind, character start and end, and the last token the claim covers.
Content = tuple[ClaimKind, int, int, int]
PRESENT_PREFIXES = "يت"  # a present verb's prefix after ل (ليرد، لتؤكد)


def content(a: Article, z: Zone, lim: int) -> Content | None:
    """Claim kind, character span and last covered token of the complement opened in the zone."""
    k = z.content_tok
    assert k is not None
    if k >= len(a.toks):
        return None
    q = a.quotes.get(k)
    if q is not None and a.speech_quote(q):
        s, e = a.quote_interior(q)
        return ("direct", s, e, q.end_i if q.closed else q.end_i - 1) if e > s else None
    start = z.content_char if z.content_char is not None else a.toks[k].start
    end_tok = k
    limit = lim
    t = k
    while t < limit:
        if t > k and a.active_cue(t) and a.narrator_position(t) and a.opens_clause(t):
            if a.existential_subject(t):  # «، فيما هناك من يرى أن»: the next clause opens at «هناك»
                end_tok = max(k, t - 3)
            break
        if (
            t > k
            and a.nt[t - 1] in COMMAS
            and (narrator_participle(a, t) or narrator_link(a, t) or purpose_clause(a, t))
        ):
            break
        if t > k + LIMITS.colon_clause and colon_speech(a, t):  # «أن X: «…»»: the quotation is a claim of its own
            break
        if t > k and resumed_clause(a, t, k):
            break
        qt = a.quotes.get(t)
        if qt is not None and qt.closed and qt.end_i >= limit:
            limit = min(len(a.toks), a.sent_end[qt.end_i])
        end_tok = t
        t += 1
    last = end_tok
    while end_tok > k and (a.nt[end_tok] in CONNECTORS or (a.toks[end_tok].text in TRIM_PUNCT + "()")):
        end_tok -= 1
    end = a.toks[end_tok].end
    end = a.trimmed_end(start, end)
    words = _words(a, k, end_tok + 1)
    if end <= start or words < min_words(a, k, z):
        return None
    direct = partial_quote(a, k, end_tok)
    if direct is not None:
        return "direct", direct[0], direct[1], last
    return "indirect", start, end, last


def min_words(a: Article, k: int, z: Zone) -> int:
    """Words the complement needs: one after أن/إن with a pronoun subject («إنه سلمي» is a whole clause)."""
    if z.nominal:
        return LIMITS.min_words_nominal
    before = a.nt[k - 1] if k > 0 else ""
    return 1 if before in COMPLEMENTISERS and before.endswith(PRONOUN_SUFFIXES) else LIMITS.min_words


def colon_speech(a: Article, t: int) -> bool:
    """Token t is a colon with quoted speech right after it."""
    q = a.quotes.get(t + 1)
    return a.nt[t] == ":" and not a.in_quote[t] and q is not None and a.speech_quote(q)


def narrator_participle(a: Article, t: int) -> bool:
    """«، مثمنا …»، «، متوقعا …»: a participle after a comma is the narrator's, and ends the reported clause."""
    n = a.nt[t]
    if n in NARRATOR_PARTICIPLES:
        return True
    return a.cue[t] is None and a.tok_mention[t] is None and circumstantial_participle(n) and n not in NOT_PARTICIPLES


def narrator_link(a: Article, t: int) -> bool:
    """«…، الأمر الذي …»، «…، وهو ما …»، «…، وأدان …»: words at t that open the narrator's clause."""
    n = a.nt[t]
    if with_proclitic(n, NARRATOR_VERBS, WA):
        return True
    return any(" ".join(a.nt[t : t + n]) in NARRATOR_LINKS for n in (1, 2, 3))


def purpose_clause(a: Article, t: int) -> bool:
    """«…، ليرد عليه المالكي قائلا»، «…، ليعلن الوزير X»: ل glued to a present verb after a comma, a name right after
    it (a pronoun's preposition between allowed), opens the narrator's next event, its subject a new actor, when that
    verb or the word after the name is speech («ليؤكد X»، «ليرد X قائلا/بأن»). Why: the claim before ran over it and
    the participle after went to the speaker before (train-a 158); «، ليتمكن X من …» is the claim's own purpose."""
    n = a.nt[t]
    if not (lam_glued(n) and n[1:2] in PRESENT_PREFIXES) or a.tok_mention[t] is not None:
        return False
    k = t + 2 if t + 1 < len(a.nt) and a.nt[t + 1] in CLAUSE_PREPS else t + 1
    m = a.tok_mention[k] if k < len(a.nt) else None
    if m is None or a.mentions[m].type != "person" or a.token_at(a.mentions[m].start) != k:
        return False
    e = a.token_at(a.mentions[m].end)  # «ليتمكن X من الترشح»: a purpose in the claim, X says nothing
    return cue_of(n[1:]) is not None or (e < len(a.nt) and (a.cue[e] is not None or a.nt[e] in COMPLEMENTISERS))


def resumed_clause(a: Article, t: int, k: int) -> bool:
    """Token t opens a relative clause whose cue speaks in the noun before it («وأشاد X بتصريحات للوزير Y | التي أكد
    فيها أن …»): that clause is a claim of its own, of the speech's owner. Why: the praise's object ran over it and X
    took Y's words (review RVN1, LEF1). In a reported clause (content from k after إن/أن) the pronoun must go back to a
    speech noun: «وقال X إن المدينة التي قال فيها الرئيس …» is X's claim, not cut at التي (review RVL1)."""
    if a.nt[t] not in RELATIVE_WORDS or t + 2 >= len(a.nt) or not a.active_cue(t + 1):
        return False
    if k > 0 and a.nt[k - 1] in COMPLEMENTISERS:
        return a.spoken_in(t + 1) is not None
    return a.nt[t + 2] in RESUMPTIVE_IN


def _words(a: Article, lo: int, hi: int) -> int:
    """Tokens in [lo, hi) that are not punctuation."""
    return sum(1 for t in range(lo, hi) if a.toks[t].text not in TRIM_PUNCT)


def partial_quote(a: Article, k: int, end_tok: int) -> tuple[int, int] | None:
    """When quoted speech makes up most of the reported content, the claim is the quoted part (the longest, 9.2)."""
    total = _words(a, k, end_tok + 1)
    best: tuple[int, int, int, int] | None = None  # (words, words before, start, end)
    for t in range(k, end_tok + 1):
        q = a.quotes.get(t)
        if q is None or not a.quoted_wording(q, 1):
            continue
        s, e = a.quote_interior(q)
        qlen = _words(a, q.open_i + 1, q.end_i)
        if e > s and (best is None or qlen > best[0]):
            best = (qlen, _words(a, k, t), s, e)
    if best is None:
        return None
    qlen, pre, s, e = best
    if pre <= LIMITS.near_quote_prefix or qlen >= LIMITS.quote_share * total or qlen >= LIMITS.quote_words:
        return s, e
    return None


def postposed_quote(a: Article, i: int, st: Discourse) -> int | None:
    """A quotation right before the cue ("…"، قال الوزير) is its content; returns its opener."""
    k = i - 1
    if k >= 0 and a.nt[k] in COMMAS:
        k -= 1
    q = next((q for q in a.quotes.values() if q.closed and q.end_i == k), None)
    if q is None or q.open_i <= st.covered or not a.speech_quote(q):
        return None
    return q.open_i


def postposed_clause(a: Article, i: int, st: Discourse) -> Content | None:
    """«قتل 18 شخصا، بحسب ما ذكر المرصد»: the clause before كما/حسبما/بحسب ما is the claim of the cue after them."""
    k = a.postposed_link(i)
    if k is None:
        return None
    end_tok = k - 1
    while end_tok >= 0 and a.nt[end_tok] in COMMAS:
        end_tok -= 1
    s0 = a.sent_start[i]
    if s0 <= st.covered or end_tok < s0 or _words(a, s0, end_tok + 1) < LIMITS.min_words_nominal:
        return None
    start, end = a.toks[s0].start, a.toks[end_tok].end
    end = a.trimmed_end(start, end)
    direct = partial_quote(a, s0, end_tok)
    if direct is not None:
        return "direct", direct[0], direct[1], i
    return "indirect", start, end, i
