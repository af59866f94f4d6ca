"""The whole NLP pass over one article: tokenise, tag, type entities, extract claims."""

from __future__ import annotations

from app.core.settings import get_settings
from app.nlp.entities import rules_off_for
from app.nlp.ner import Tagger, get_tagger
from app.nlp.pipeline import TOKENISE, standard_pipeline
from app.nlp.types import Analysis

# The stages reported in Analysis.timings (metric labels): the rule stages are summed as "rules".
_RULE_STAGES = ("mentions", "resolve", "claims", "unclaimed")


def default_tagger() -> Tagger:
    """The process-wide Stanza tagger configured by settings (loaded once)."""
    nlp = get_settings().nlp
    return get_tagger(models_dir=nlp.models_dir, stanza_dir=nlp.stanza_dir, threads=nlp.threads)


def analyze(text: str, *, tagger: Tagger | None = None, unit_rules: bool | None = None) -> Analysis:
    """Analyse raw article text; every offset in the result indexes `text` itself.

    The unit rules run only for a tagger that does not tag units itself (ANERCorp leaves armies
    untagged); a tagger trained on Qala News does, and the rules then cost dev F1 (model card). Such a
    tagger also does what three span rules do (entities.LEARNED_BY_QALA_TAGGER): those are off for it.
    """
    tagger = tagger or default_tagger()
    tags_units = bool(getattr(tagger, "tags_units", False))
    if unit_rules is None:
        unit_rules = not tags_units
    doc = standard_pipeline(tagger, unit_rules=unit_rules, without=rules_off_for(tags_units))(text)
    t = doc.timings
    timings = {"tokenise": t[TOKENISE], "tag": t["tag"], "rules": sum(t[s] for s in _RULE_STAGES)}
    return Analysis(
        mentions=doc.mentions,
        claims=doc.claims or [],
        model_version=tagger.version,
        token_count=len(doc.tokens),
        timings=timings,
    )
