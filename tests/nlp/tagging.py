"""Hand-written tags for the span-rule tests: why, build_mentions is tested without Stanza, from tags by token text."""

from __future__ import annotations

from app.nlp.tokenize import Token


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
