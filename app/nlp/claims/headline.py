"""A short line «Name: statement» is a claim by that name (headlines and interview captions)."""

from __future__ import annotations

from app.nlp.claims.article import Article
from app.nlp.claims.claim import make
from app.nlp.claims.config import LIMITS
from app.nlp.claims.named_later import definite_title, described_head
from app.nlp.claims.segments import source_ref, told_outlet
from app.nlp.claims.speaker import SPEAKER_TYPES, desc_ref, title_holder
from app.nlp.claims.vocab import COMMAS, LAM
from app.nlp.confidence import claim_features
from app.nlp.types import Claim, ClaimKind, SourceRef, SpeakerRef


def headline_claim(a: Article, i: int) -> Claim | None:
    """A short line "Name: statement" starting at token i is a claim by that name; the headline's «خبير أمني: …»
    by that description (GUIDELINES 9.20: `named_later` gives it to the person the article names)."""
    m = a.tok_mention[i]
    if m is None or a.mentions[m].type not in SPEAKER_TYPES:
        return described_headline(a, i)
    after = a.mention_last[m] + 1
    colon, source = headline_relay(a, i, after)
    if colon >= len(a.toks) or a.nt[colon] != ":" or a.para[colon] != a.para[i]:
        return None
    return colon_claim(a, i, colon, a.ref(m), source)


def headline_relay(a: Article, i: int, k: int) -> tuple[int, SourceRef | None]:
    """«باتيس لـ " الوطن " : …»، «أمنيون لـ اليوم : …»: the outlet told, between the speaker ending before token k
    and the line's colon, is the claim's source (GUIDELINES 9.25.19); returns the colon's token (k when no relay)."""
    if k >= len(a.toks) or not (a.nt[k] == LAM or told_outlet(a.nt[k])):
        return k, None
    reach = range(k + 1, min(len(a.toks), k + 1 + LIMITS.headline_relay_words))
    colon = next((t for t in reach if a.nt[t] == ":" or a.para[t] != a.para[i] or a.cue[t] is not None), None)
    if colon is None or a.nt[colon] != ":" or a.para[colon] != a.para[i]:
        return k, None
    source = source_ref(a, k + 1 if a.nt[k] == LAM else k, colon)
    return (colon, source) if source is not None else (k, None)


def described_headline(a: Article, i: int) -> Claim | None:
    """The headline opened by an indefinite description of one person and a colon («خبير أمني: …»، «مسؤول بـ
    «المركزي الأمريكي»: …»): a claim by that description, descriptive, tied to a body named inside it."""
    if i != 0 or not a.in_headline(i) or not described_head(a.nt[i]):
        return None
    colon = next(
        (k for k in range(i + 1, min(len(a.toks), i + LIMITS.headline_description_words + 1)) if a.nt[k] == ":"), None
    )
    if colon is None or any(a.cue[k] is not None or a.nt[k] in COMMAS for k in range(i, colon)):
        return None
    told, source = colon, None
    for k in range(i + 1, colon):  # «أمنيون لـ اليوم :»
        end, found = headline_relay(a, i, k)
        if end == colon:
            told, source = k, found
            break
    start, end = a.toks[i].start, a.toks[told - 1].end
    if definite_title(a.nt[i:told]):  # «وزير العدل: …»: a definite title is its holder's, named in the body (9.4)
        holder = title_holder(a, list(range(i, told)), told)
        words = list(range(i, told))
        return None if holder is None else colon_claim(a, i, colon, desc_ref(a, words, holder), source)
    units = [mi for mi in a.inside(start, end) if a.mentions[mi].type == "unit"]
    ref = SpeakerRef(a.text[start:end], start, end, None, "descriptive", units[0] if units else None)
    return colon_claim(a, i, colon, ref, source)


def colon_claim(a: Article, i: int, colon: int, ref: SpeakerRef, source: SourceRef | None = None) -> Claim | None:
    """The statement after the colon, to the line's end, as a claim by `ref` (told `source`)."""
    line = [k for k in range(colon + 1, len(a.toks)) if a.para[k] == a.para[i]]
    if len(line) < LIMITS.headline_min_words or len(line) > LIMITS.headline_max_words:
        return None
    start, end = a.toks[line[0]].start, a.toks[line[-1]].end
    end = a.trimmed_end(start, end)
    first = a.nt[line[0]]
    # A first word in نا/ن (قررنا، نرفض) speaks in the first person: the speaker's own words.
    kind: ClaimKind = "direct" if first.endswith("نا") or first.startswith("ن") else "indirect"
    feats = claim_features("colon", kind, "colon", LIMITS.colon_strength)
    return make(a, kind, ":", start, end, ref, source, feats)
