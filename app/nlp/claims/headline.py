"""A short line «Name: statement» is a claim by that name (headlines and interview captions)."""

from __future__ import annotations

from app.nlp.claims.article import Article
from app.nlp.claims.claim import make
from app.nlp.claims.config import LIMITS
from app.nlp.claims.speaker import SPEAKER_TYPES
from app.nlp.claims.vocab import TRIM_PUNCT
from app.nlp.confidence import claim_features
from app.nlp.types import Claim, ClaimKind


def headline_claim(a: Article, i: int) -> Claim | None:
    """A short line "Name: statement" starting at token i is a claim by that name."""
    m = a.tok_mention[i]
    if m is None or a.mentions[m].type not in SPEAKER_TYPES:
        return None
    colon = a.mention_last[m] + 1
    if colon >= len(a.toks) or a.nt[colon] != ":" or a.para[colon] != a.para[i]:
        return None
    line = [k for k in range(colon + 1, len(a.toks)) if a.para[k] == a.para[i]]
    if len(line) < LIMITS.headline_min_words or len(line) > LIMITS.headline_max_words:
        return None
    start, end = a.toks[line[0]].start, a.toks[line[-1]].end
    while end > start and a.text[end - 1] in TRIM_PUNCT:
        end -= 1
    first = a.nt[line[0]]
    # A first word in نا/ن (قررنا، نرفض) speaks in the first person: the speaker's own words.
    kind: ClaimKind = "direct" if first.endswith("نا") or first.startswith("ن") else "indirect"
    feats = claim_features("colon", kind, "colon", LIMITS.colon_strength)
    return make(a, kind, ":", start, end, a.ref(m), None, feats)
