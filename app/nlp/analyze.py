"""The whole NLP pass over one article: tokenise, tag, type entities, extract claims."""

from __future__ import annotations

import time

from app.core.settings import get_settings
from app.nlp.claims import extract_claims
from app.nlp.entities import build_mentions
from app.nlp.ner import Tagger, get_tagger
from app.nlp.tokenize import split_sentences, tokenize
from app.nlp.types import Analysis


def default_tagger() -> Tagger:
    """The process-wide Stanza tagger configured by settings (loaded once)."""
    nlp = get_settings().nlp
    return get_tagger(models_dir=nlp.models_dir, stanza_dir=nlp.stanza_dir, threads=nlp.threads)


def analyze(text: str, *, tagger: Tagger | None = None, unit_rules: bool | None = None) -> Analysis:
    """Analyse raw article text; every offset in the result indexes `text` itself.

    The unit rules run only for a tagger that does not tag units itself (ANERCorp leaves armies
    untagged); a tagger trained on Qala News does, and the rules then cost dev F1 (model card).
    """
    tagger = tagger or default_tagger()
    if unit_rules is None:
        unit_rules = not getattr(tagger, "tags_units", False)
    t0 = time.perf_counter()
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    t1 = time.perf_counter()
    tags = tagger.tag([[t.text for t in s] for s in sentences])
    t2 = time.perf_counter()
    mentions = build_mentions(text, sentences, tags, tagger.lexicon, unit_rules=unit_rules)
    claims = extract_claims(text, sentences, mentions)
    timings = {"tokenise": t1 - t0, "tag": t2 - t1, "rules": time.perf_counter() - t2}
    return Analysis(
        mentions=mentions, claims=claims, model_version=tagger.version, token_count=len(tokens), timings=timings
    )
