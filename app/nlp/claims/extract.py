"""The one pass over an article: headline colons at paragraph starts, every active cue in order, further complements."""

from __future__ import annotations

from app.nlp.claim_cues import CueSpec
from app.nlp.claims.article import Article
from app.nlp.claims.attribution import attribution_claim
from app.nlp.claims.continuing import Trace
from app.nlp.claims.coordinated import coordinated_claim
from app.nlp.claims.headline import headline_claim, named_subject, own_restatement, quoted_part
from app.nlp.claims.named_before import named_before
from app.nlp.claims.named_later import named_later
from app.nlp.claims.speech import speech_claim
from app.nlp.claims.state import Discourse, Spoken
from app.nlp.doc import Doc
from app.nlp.tokenize import Token
from app.nlp.types import Claim, Mention


def extract_claims(
    text: str,
    sentences: list[list[Token]],
    mentions: list[Mention],
    *,
    trace: Trace | None = None,
    ranked: Trace | None = None,
) -> list[Claim]:
    """Extract quoted and reported claims; every claim satisfies text[start:end] == claim.text.

    For callers holding sentences and mentions but no Doc (benches, oracle mentions); the pipeline calls
    `claims_of`. `trace`, when given, receives the continuation candidates of each continuation claim by (start, end),
    `ranked` the speaker ranker's candidates of each speech claim.
    """
    doc = Doc(text, sentences)
    doc.set_mentions(mentions)
    return claims_of(doc, trace=trace, ranked=ranked)


def claims_of(doc: Doc, *, trace: Trace | None = None, ranked: Trace | None = None) -> list[Claim]:
    """The claims of a Doc whose mention layer is set, in text order (see `extract_claims`)."""
    a = Article(doc)
    claims: list[Claim] = []
    seen: dict[str, list[int]] = {}  # the kept claims' words: the tokens that made them (`told_again`)
    headed: set[str] = set()  # a headline's quoted part (`quoted_part`): the body keeps its own claim of those words
    named: dict[str, Claim] = {}  # the headline's claims by a mention, by their words (`own_restatement`)
    st = Discourse()
    last: tuple[Claim, CueSpec] | None = None  # the latest cue claim and its cue, for a further complement
    for i in range(len(a.toks)):
        made: Claim | None = None
        if i == 0 or a.para[i] != a.para[i - 1]:
            made = headline_claim(a, i)
            if made is not None and made.source is not None and made.speaker is not None:
                st.spoken.append(Spoken(made.speaker, made.source))  # its relay goes on in the body (9.25.19)
        spec = a.cue[i]
        if made is None and i > st.covered and spec is not None and a.active_cue(i):
            made = attribution_claim(a, i, st) if spec.form == "attrib" else speech_claim(a, i, st, trace, ranked)
            last = (made, spec) if made is not None else last
        elif made is None and i > st.covered and last is not None:
            made = coordinated_claim(a, i, st, *last)
        fresh = made is not None and (
            made.text not in seen or own_restatement(a, named.get(made.text), made) or told_again(a, seen[made.text], i)
        )
        if made is not None and fresh and made.text.strip():
            if made.cue == ":" and made.text in headed:
                continue
            # the headline's «…: “فني”» leaves the body its own «فني»; a repeated headline line stays one claim
            partial = made.cue == ":" and a.para[i] == a.para[0] and quoted_part(a, made)
            if partial:
                headed.add(made.text)
            else:
                seen.setdefault(made.text, []).append(i)
            if a.in_headline(i) and named_subject(a, made):
                named.setdefault(made.text, made)
            claims.append(made)
    return named_before(a, named_later(a, claims))


def told_again(a: Article, kept: list[int], i: int) -> bool:
    """A body claim of words kept only from other body paragraphs (a paragraph printed twice, a quote told again
    later) is a claim of its own: gold keeps every occurrence (train-a 445, 317); a headline's words told again (the
    lead, a link line, 9.25.4) or the same words twice in one paragraph stay one claim."""
    return not a.in_headline(i) and all(not a.in_headline(k) and a.para[k] != a.para[i] for k in kept)
