"""Who said what: rule-based extraction of direct and reported claims from tokenised Arabic news.

Pure function over text, sentences and entity mentions (no model, no I/O): speech cues (verbs,
participles, نقل … عن … قوله, وفقاً لـ, headline colons) open a speaker zone (`zones`, an ordered list
of named rules) and a complement (أن/إن/عن/إلى/ب, a quotation, or a bare noun phrase: `content`);
speakers resolve to mentions, titles, statements (بيان) or the previous speaker (`speaker`,
`continuing`); quotations are paired by app.nlp.quotes; thresholds live in `config.LIMITS`.
"""

from __future__ import annotations

from app.nlp.claims import ranker
from app.nlp.claims.config import LIMITS, Limits
from app.nlp.claims.extract import claims_of, extract_claims
from app.nlp.claims.state import Mode, Role

__all__ = ["LIMITS", "Limits", "Mode", "Role", "claims_of", "extract_claims", "ranker"]
