"""Turning a found claim into output and into discourse state (shared by every kind of cue)."""

from __future__ import annotations

from app.nlp.claims.article import Article
from app.nlp.claims.state import Discourse
from app.nlp.confidence import ClaimFeatures, calibrated_confidence
from app.nlp.types import Claim, ClaimKind, SourceRef, SpeakerRef


def make(
    a: Article,
    kind: ClaimKind,
    cue: str,
    start: int,
    end: int,
    speaker: SpeakerRef | None,
    source: SourceRef | None,
    feats: ClaimFeatures,
) -> Claim:
    """Build a claim with the mentions lying inside its span as `about`, and its calibrated confidence."""
    conf = calibrated_confidence(feats)
    return Claim(kind, cue, a.text[start:end], start, end, speaker, source, a.inside(start, end), conf, feats.key)


def inherited_source(a: Article, st: Discourse, spk: SpeakerRef | None, source: SourceRef | None) -> SourceRef | None:
    """The claim's own source, else the previous claim's when the same speaker goes on."""
    if source is None and st.speaker is not None and spk is not None and a.same(spk, st.speaker):
        return st.source
    return source


def record(st: Discourse, spk: SpeakerRef | None, source: SourceRef | None, last: int) -> None:
    """The discourse after a claim: tokens covered, the current speaker and source, unnamed speakers so far."""
    st.covered = max(st.covered, last)
    st.speaker, st.source = spk, source
    st.stated = False  # set again by a speech claim whose subject is a statement
    if spk is not None and spk.kind != "named" and spk not in st.unnamed:
        st.unnamed.append(spk)
