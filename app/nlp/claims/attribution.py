"""A claim at وفقاً لـ / بحسب + speaker: sentence-initial with its content after, or trailing the clause it closes."""

from __future__ import annotations

from app.nlp.claim_cues import COMPLEMENTISERS
from app.nlp.claims.article import Article
from app.nlp.claims.claim import carried_source, inherited_source, make, record_in_body
from app.nlp.claims.config import LIMITS
from app.nlp.claims.content import Content, content
from app.nlp.claims.continuing import introduced_group
from app.nlp.claims.documents import speaking_document
from app.nlp.claims.extents import whole_phrase
from app.nlp.claims.speaker import another, resolve
from app.nlp.claims.state import Discourse, Zone
from app.nlp.claims.vocab import ACCORDING_SAYINGS, COMMAS, LAM, THEREFORE
from app.nlp.claims.zones import read_zone
from app.nlp.confidence import claim_features
from app.nlp.morphology import lam_prefixed
from app.nlp.types import Claim

# Tokens a clause needs before a trailing cue with no comma («قتل 18 شخصا بحسب المرصد»).
MIN_BARE_CLAUSE = 3
# Tokens a trailing cue's zone may leave unread before the sentence end («، بحسب المصدر نفسه.»); swept 2-12 on train.
# Tokens after the comma where a speech cue makes the outlet a relay («وبحسب رويترز، فقد ذكر مسؤول أن …»).
RELAY_WINDOW = 2


def attribution_claim(a: Article, i: int, st: Discourse) -> Claim | None:
    """وفقاً لـ / بحسب + speaker: sentence-initial with فإن/comma content, or trailing a clause."""
    lim = a.sent_end[i]
    spec = a.cue[i]
    assert spec is not None
    j = i + 1
    if j < lim and a.nt[j] == LAM:
        j += 1
    if j + 1 < lim and a.tok_mention[j] is None and saying_word(a.nt[j]):
        j += 1  # «حسب وصف مسؤولين»، «وفقا لتصريحات مسؤولين»: the one after the saying word speaks (session 25)
    zone = read_zone(a, j, lim, spec, st.issuer, attrib=True)
    if not zone.cands and not zone.desc and not zone.statement:  # «وبحسب البيان، …»: the issuer named before
        return None
    spk, mode = resolve(a, zone, i, st)
    spk, mode = speaking_document(a, i, zone, spk, mode)  # «ووفق الدراسة»: the body behind the study
    if spk is None:
        return None
    found = _content_after(a, zone, j, lim) if _opens_clause(a, i, zone) else _clause_before(a, i, st, zone)
    if found is None:
        return None
    kind, start, end, last = found
    if mode == "vague" and spk.mention is None:
        spk = whole_phrase(a, i, spk, None, outlets=False)  # not the rules' guess at the complement
    # «ووفقا لمصدر آخر»: X's kind, as «وقال مصدر آخر» takes it; «وبحسب الطلاب»: the group described before
    spk = another(introduced_group(a, spk), st)  # (speech.choose_speaker)
    end = a.trimmed_end(start, end)
    source = inherited_source(a, st, spk, zone.source, zone.unrelayed)
    record_in_body(a, i, st, spk, carried_source(a, st, spk, source, zone), last)
    feats = claim_features(mode, kind, spec.form, spec.strength)
    return make(a, kind, a.toks[i].text, start, end, spk, source, feats)


def saying_word(n: str) -> bool:
    """A word of saying after an attribution word, bare or with ل glued (وصف، لتصريحات: data/according_sayings.txt)."""
    return n in ACCORDING_SAYINGS or lam_prefixed(n, ACCORDING_SAYINGS)


def _opens_clause(a: Article, i: int, zone: Zone) -> bool:
    """The cue opens its clause (its content after it): sentence-initial, or after a comma with فإن after the source."""
    lim = a.sent_end[i]
    if i == a.sent_start[i] or (i == a.sent_start[i] + 1 and a.nt[i - 1] == "و"):
        return True
    # «…، وحسب شهود عيان فإن …»: a clause of its own after the comma, opened by فإن; a comma may close the source
    # first («…، ووفقا لمسؤول حكومي، فإن …»). Why: the claim was lost, and the participles after it went to a body
    # named before (train-a 3342 → 3345 on gold mentions; session 24 CNT2)
    if a.nt[i - 1] not in COMMAS or zone.stop >= lim:
        return False
    if a.nt[zone.stop] in COMPLEMENTISERS:
        return True
    # after a second comma only فإن: «…، حسب شهود عيان، وأن المهاجمين فروا» is the first verb's second complement, the
    # attribution closing the clause before (session 24 RVF9)
    return zone.stop < lim - 1 and a.nt[zone.stop] in COMMAS and a.nt[zone.stop + 1] in THEREFORE


def _content_after(a: Article, zone: Zone, j: int, lim: int) -> Content | None:
    """What an opening cue's source says: the complement after it, else the clause right after the source."""
    if zone.content_tok is None and zone.content_char is None and j < zone.stop < lim - 1:
        zone.content_tok = zone.stop  # «وبحسب البيان ستتوقف …»: no comma, the clause right after the source
    if (zone.content_tok is None and zone.content_char is None) or _speech_follows(a, zone.content_tok, lim):
        return None
    return content(a, zone, lim)


def _clause_before(a: Article, i: int, st: Discourse, zone: Zone) -> Content | None:
    """What a trailing cue's source says: the clause the cue closes, when the zone reads to the sentence end."""
    lim = a.sent_end[i]
    if lim - zone.stop > LIMITS.short_tail or not _closes_clause(a, i):
        return None
    s0 = a.sent_start[i]
    if s0 <= st.covered:
        return None
    return ("indirect", a.toks[s0].start, a.toks[i].start, lim - 1)


def _closes_clause(a: Article, i: int) -> bool:
    """A trailing cue closes the clause before it: after a comma, or after a clause of its own with none."""
    return i > 0 and (a.nt[i - 1] in COMMAS or i - a.sent_start[i] >= MIN_BARE_CLAUSE)


def _speech_follows(a: Article, j: int | None, lim: int) -> bool:
    """Content that opens with a speech cue is that cue's claim: the attribution only names its relay."""
    if j is None:
        return False
    cues = (a.cue[k] for k in range(j, min(lim, j + RELAY_WINDOW)) if a.active_cue(k))
    return any(c is not None and c.form != "attrib" for c in cues)
