"""Turning a found claim into output and into discourse state (shared by every kind of cue)."""

from __future__ import annotations

from app.nlp.claims.article import Article
from app.nlp.claims.state import Discourse, Spoken, Zone
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


def inherited_source(
    a: Article,
    st: Discourse,
    spk: SpeakerRef | None,
    source: SourceRef | None,
    unrelayed: bool = False,
    said_at: int | None = None,
) -> SourceRef | None:
    """The claim's own source, else the last one this speaker had: a named speaker's also across other speakers
    (GUIDELINES 9.6), an unnamed one's («مصادر محلية») only as he goes on, since the same words may be other people —
    or when the claim's speaker is the phrase written before its sentence (`said_at`, its cue's offset): a bare
    «وأضاف المسؤول» read as that phrase (9.15) is the same person; none when the claim names a setting of its own with
    no outlet («في تصريحات للصحافيين»)."""
    if source is not None or spk is None or unrelayed:
        return source
    pointed = said_at is not None and a.sentence_before(spk.start, said_at)
    for n, (who, so, _) in enumerate(reversed(st.spoken)):
        if a.same(spk, who) and (n == 0 or spk.kind == "named" or pointed):
            return so
    return None


def carried_source(
    a: Article,
    st: Discourse,
    spk: SpeakerRef | None,
    source: SourceRef | None,
    zone: Zone,
    said_at: int | None = None,
) -> SourceRef | None:
    """The source a claim leaves its speaker for his later words: its own, or — when its document holds this claim's
    words only (`Zone.own_only`) — the one he had before, so a document interrupting him keeps his relay (9.6)."""
    return inherited_source(a, st, spk, None, zone.unrelayed, said_at) if zone.own_only else source


def record_in_body(
    a: Article,
    i: int,
    st: Discourse,
    spk: SpeakerRef | None,
    source: SourceRef | None,
    last: int,
    gender: str | None = None,
) -> bool:
    """`record` the claim whose cue is token i, unless it is in the headline: the body's discourse does not go on from
    the headline's speaker («البلديات تشدد على …»، «… بحسب أحد العاملين»); then only the tokens covered. Whether it
    was recorded."""
    if a.in_headline(i):
        st.covered = max(st.covered, last)
        return False
    record(st, spk, source, last, gender)
    return True


def record(
    st: Discourse, spk: SpeakerRef | None, source: SourceRef | None, last: int, gender: str | None = None
) -> None:
    """The discourse after a claim: tokens covered, the current speaker, each claim's speaker, source and cue gender
    (`gender`), unnamed speakers so far."""
    st.covered = max(st.covered, last)
    st.speaker = spk
    if spk is not None:
        st.spoken.append(Spoken(spk, source, gender))
    st.stated = False  # set again by a speech claim whose subject is a statement
    if spk is not None and spk.kind != "named" and spk not in st.unnamed:
        st.unnamed.append(spk)
