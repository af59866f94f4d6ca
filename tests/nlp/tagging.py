"""Hand-written tags for the span-rule tests: why, build_mentions is tested without Stanza, from tags by token text."""

from __future__ import annotations

from app.nlp.entities import build_mentions, rules_off_for
from app.nlp.tokenize import Token, split_sentences

QALA_TAGGER_OFF = rules_off_for(True)  # as in analyze() for the shipped tagger, which tags units


def tags_by_text(sentences: list[list[Token]], tagged: dict[str, str]) -> list[list[str]]:
    """BIO tags of each sentence's tokens by exact token text ({'الخفاجي': 'PER'}), I- over runs of one label."""
    tags: list[list[str]] = []
    for sent in sentences:
        row: list[str] = []
        prev = "O"
        for tok in sent:
            label = tagged.get(tok.text, "O")
            row.append("O" if label == "O" else ("I-" if prev == label else "B-") + label)
            prev = label
        tags.append(row)
    return tags


def qala_mentions(
    text: str, tags: list[str], *, without: frozenset[str] = frozenset(), lexicon: dict[str, int] | None = None
) -> list[tuple[str, str]]:
    """(text, type) of the mentions built from one sentence's tags, as for a tagger that tags units."""
    sentences = split_sentences(text)
    off = without | QALA_TAGGER_OFF
    return [
        (m.text, m.type) for m in build_mentions(text, sentences, [tags], lexicon or {}, unit_rules=False, without=off)
    ]
