"""A second complement of the same cue («أكد أن … ، وأن …»): its own claim, by the same speaker (GUIDELINES 9.2)."""

from __future__ import annotations

from app.nlp.claim_cues import COMPLEMENTISERS, CueSpec
from app.nlp.claims.article import Article
from app.nlp.claims.claim import make, record_in_body
from app.nlp.claims.content import colon_speech, content
from app.nlp.claims.state import Discourse, Zone
from app.nlp.claims.vocab import COMMAS, CONTRAST_CONNECTORS, FINAL
from app.nlp.confidence import claim_features
from app.nlp.morphology import WA
from app.nlp.types import Claim, SourceRef


def coordinated_opener(a: Article, k: int) -> bool:
    """Token k is و glued to أن/إن (وأن، وأنه، وإن): a further complement of the cue before."""
    return a.nt[k].startswith(WA) and a.nt[k] in COMPLEMENTISERS


def coordinated_claim(a: Article, i: int, st: Discourse, prev: Claim, spec: CueSpec) -> Claim | None:
    """«، وأن …»، «و«…»» or «: «…»» right after the previous claim ends: the same cue's next complement."""
    gap = i - 1 - st.covered
    after = gap == 0 or (gap == 1 and (a.nt[i - 1] in COMMAS or a.nt[i - 1] in FINAL))  # «…»، وأن / «…». وإنه
    opens = coordinated_opener(a, i) or (prev.kind == "direct" and joined_quote(a, i)) or colon_speech(a, i)
    if not opens or not after or a.para[i] != a.para[st.covered]:
        return None
    found = content(a, Zone(content_tok=i + 1), a.sent_end[i])
    if found is None:
        return None
    kind, start, end, last = found
    record_in_body(a, i, st, prev.speaker, carried_on(st, prev), last)  # a headline's complement leaves the body as is
    feats = claim_features(prev.basis.split("|")[0], kind, spec.form, spec.strength)
    return make(a, kind, prev.cue, start, end, prev.speaker, prev.source, feats)


def carried_on(st: Discourse, prev: Claim) -> SourceRef | None:
    """The source the previous claim left its speaker for his later words (`claim.carried_source`: not a document
    that holds that claim's words only, «وأضاف التقرير أن …»), kept by its further complement: its own source
    otherwise, so the complement does not hand the document on to him."""
    said = st.spoken[-1] if st.spoken else None
    return said.source if said is not None and said.speaker == prev.speaker else prev.source


def joined_quote(a: Article, i: int) -> bool:
    """«…»، و«…» / «…»، لكنه «…»: و or a contrast connector before quoted speech, after a quotation, opens the
    same cue's next quoted complement."""
    q = a.quotes.get(i + 1)
    return (a.nt[i] == WA or a.nt[i] in CONTRAST_CONNECTORS) and q is not None and a.speech_quote(q)
