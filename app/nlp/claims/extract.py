"""The one pass over an article: headline colons at paragraph starts, then every active cue in order."""

from __future__ import annotations

from app.nlp.claims.article import Article
from app.nlp.claims.attribution import attribution_claim
from app.nlp.claims.continuing import Trace
from app.nlp.claims.headline import headline_claim
from app.nlp.claims.speech import speech_claim
from app.nlp.claims.state import Discourse
from app.nlp.tokenize import Token
from app.nlp.types import Claim, Mention


def extract_claims(
    text: str, sentences: list[list[Token]], mentions: list[Mention], *, trace: Trace | None = None
) -> list[Claim]:
    """Extract quoted and reported claims; every claim satisfies text[start:end] == claim.text.

    `trace`, when given, receives the continuation candidates of each continuation claim by (start, end).
    """
    a = Article(text, sentences, mentions)
    claims: list[Claim] = []
    seen: set[str] = set()
    st = Discourse()
    for i in range(len(a.toks)):
        made: Claim | None = None
        if i == 0 or a.para[i] != a.para[i - 1]:
            made = headline_claim(a, i)
        if made is None and i > st.covered and a.active_cue(i):
            spec = a.cue[i]
            made = (
                attribution_claim(a, i, st)
                if spec is not None and spec.form == "attrib"
                else speech_claim(a, i, st, trace)
            )
        if made is not None and made.text not in seen and made.text.strip():
            seen.add(made.text)
            claims.append(made)
    return claims
