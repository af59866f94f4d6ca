"""Score the entity rules of build_mentions on NER corpora, token for token, against the tagger alone.

Each corpus document is rebuilt from its own tokens (one space between tokens, one line per
sentence), so every corpus token keeps exact offsets and gold alignment needs no retokenising.
The tagger's tags go through app.nlp.entities.build_mentions (the service's rules) and the
mentions come back as token BIO tags: person→PER, place→LOC, unit→ORG, misc→MISC; a mention
covers every token its [start, end) span overlaps, so a mention that starts after a proclitic
inside a token (والعراق → العراق) still covers that token.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.nlp.entities import build_mentions
from app.nlp.tokenize import Token
from app.nlp.types import EntityType, Mention
from bench.conlleval import Score, Span, chunks, evaluate

MENTION_TAGS: dict[EntityType, str] = {"person": "PER", "place": "LOC", "unit": "ORG", "misc": "MISC"}
# Configurations compared: the tagger's own tags, then build_mentions without and with the unit rules.
CONFIGS: dict[str, str] = {
    "tagger": "tagger only",
    "rules": "rules, unit_rules=False",
    "rules+units": "rules, unit_rules=True",
}
RULES_HEADER = """\
Entity rules (build_mentions) vs the tagger alone, scored on corpus tokens (conlleval, F1 in %).
  'rules' = tagger spans + rank persons (اللواء X), place filters (nisba, generic words), document-level
  name propagation, titles/punctuation trimmed; 'rules+units' adds unit rules (head nouns قوات/وزارة/قيادة…,
  KNOWN_UNITS/KNOWN_PLACES gazetteers, place cues محافظة X). ANERCorp tags armies/forces as O, so the unit
  rules are expected to cost ORG precision there; PER and LOC are the fair check of the person/place rules.
  'vs tagger' lines count exact entities: +tp right ones gained, -tp right ones lost, +fp wrong ones added,
  -fp wrong ones removed; --verbose shows examples as token/gold>pred, the entity in [ ]."""


def build_document(sentences: Sequence[Sequence[str]]) -> tuple[str, list[list[Token]]]:
    """Text of corpus sentences (tokens joined by one space, sentences by a newline) and their Tokens."""
    parts: list[str] = []
    out: list[list[Token]] = []
    pos = 0
    for k, words in enumerate(sentences):
        if k:
            parts.append("\n")
            pos += 1
        row: list[Token] = []
        for n, word in enumerate(words):
            if n:
                parts.append(" ")
                pos += 1
            row.append(Token(word, pos, pos + len(word)))
            parts.append(word)
            pos += len(word)
        out.append(row)
    return "".join(parts), out


def mentions_to_bio(sentences: Sequence[Sequence[Token]], mentions: Iterable[Mention]) -> list[list[str]]:
    """Token BIO tags of mentions: a mention covers the tokens its [start, end) span overlaps.

    A token already covered by an earlier mention (by start offset) stays with that mention.
    """
    flat = [(s, k) for s, sent in enumerate(sentences) for k in range(len(sent))]
    starts = [sentences[s][k].start for s, k in flat]
    tags = [["O"] * len(sent) for sent in sentences]
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        label = MENTION_TAGS[m.type]
        first = True
        for n in range(max(bisect_right(starts, m.start) - 1, 0), len(flat)):
            s, k = flat[n]
            tok = sentences[s][k]
            if tok.start >= m.end:
                break
            if tok.end <= m.start or tags[s][k] != "O":
                continue
            tags[s][k] = f"{'B' if first else 'I'}-{label}"
            first = False
    return tags


def rules_tags(
    words: Sequence[Sequence[str]],
    tagger_tags: Sequence[list[str]],
    lexicon: Mapping[str, int],
    *,
    doc_sentences: int,
    unit_rules: bool,
    without: frozenset[str] = frozenset(),
    confidence: Sequence[list[float]] | None = None,
) -> list[list[str]]:
    """BIO tags from build_mentions over documents of `doc_sentences` consecutive corpus sentences (`confidence`:
    the tags' marginals, for the span floors)."""
    out: list[list[str]] = []
    for k in range(0, len(words), doc_sentences):
        text, sentences = build_document(words[k : k + doc_sentences])
        conf = list(confidence[k : k + doc_sentences]) if confidence is not None else None
        mentions = build_mentions(
            text,
            sentences,
            list(tagger_tags[k : k + doc_sentences]),
            lexicon,
            unit_rules=unit_rules,
            without=without,
            confidence=conf,
        )
        out += mentions_to_bio(sentences, mentions)
    return out


@dataclass
class Change:
    """What a configuration changes against the tagger alone, for one type (entity-level, exact spans)."""

    gained_tp: int = 0  # right entities the tagger missed
    lost_tp: int = 0  # right tagger entities the rules dropped, cut or retyped
    added_fp: int = 0  # wrong entities the tagger did not predict
    removed_fp: int = 0  # wrong tagger entities the rules dropped, fixed or retyped
    examples: dict[str, list[str]] = field(default_factory=lambda: {"added_fp": [], "lost_tp": []})

    def as_dict(self) -> dict[str, Any]:
        """Counts and examples, for JSON output."""
        return {
            "gained_tp": self.gained_tp,
            "lost_tp": self.lost_tp,
            "added_fp": self.added_fp,
            "removed_fp": self.removed_fp,
            "examples": self.examples,
        }


def show_span(words: Sequence[str], gold: Sequence[str], pred: Sequence[str], span: Span, context: int = 2) -> str:
    """The tokens of a span with a little context, each as token/gold>pred, the span in [ ]."""
    i, j, _ = span
    cells = []
    for k in range(max(i - context, 0), min(j + context, len(words))):
        cell = f"{words[k]}/{gold[k]}>{pred[k]}"
        cells.append(f"[{cell}" if k == i else cell)
        if k == j - 1:
            cells[-1] += "]"
    return " ".join(cells)


def changes(
    words: Sequence[Sequence[str]],
    gold: Sequence[Sequence[str]],
    base: Sequence[Sequence[str]],
    pred: Sequence[Sequence[str]],
    types: Iterable[str],
    max_examples: int = 8,
) -> dict[str, Change]:
    """Per type, entities gained/lost and false positives added/removed by `pred` against `base`."""
    out = {t: Change() for t in types}
    for w, g_tags, b_tags, p_tags in zip(words, gold, base, pred, strict=True):
        g, b, p = set(chunks(g_tags)), set(chunks(b_tags)), set(chunks(p_tags))
        for span in sorted(b ^ p):
            c = out.get(span[2])
            if c is None:
                continue
            if span in p and span in g:
                c.gained_tp += 1
            elif span in p:
                c.added_fp += 1
                if len(c.examples["added_fp"]) < max_examples:
                    c.examples["added_fp"].append(show_span(w, g_tags, p_tags, span))
            elif span in g:
                c.lost_tp += 1
                if len(c.examples["lost_tp"]) < max_examples:
                    c.examples["lost_tp"].append(show_span(w, g_tags, p_tags, span))
            else:
                c.removed_fp += 1
    return out


def rules_table(scores: Mapping[str, Score], types: Sequence[str]) -> str:
    """One row per type (and micro), P/R/F1 per configuration side by side."""
    cols = "".join(f"{CONFIGS[c]:>27}" for c in scores)
    sub = "".join(f"{'P':>9}{'R':>9}{'F1':>9}" for _ in scores)
    lines = [f"  {'':<6}{cols}", f"  {'type':<6}{sub}"]
    for t in [*types, "micro"]:
        row = f"  {t:<6}"
        for score in scores.values():
            c = score.micro if t == "micro" else score.per_type[t]
            row += f"{100 * c.precision:>9.2f}{100 * c.recall:>9.2f}{100 * c.f1:>9.2f}"
        lines.append(row)
    return "\n".join(lines)


def changes_table(name: str, ch: Mapping[str, Change], verbose: bool) -> str:
    """Entity-level changes against the tagger alone; with verbose, examples of added FPs and lost TPs."""
    lines = [
        f"  {name} vs tagger: "
        + "; ".join(f"{t} +{c.gained_tp}tp -{c.lost_tp}tp +{c.added_fp}fp -{c.removed_fp}fp" for t, c in ch.items())
    ]
    if verbose:
        for t, c in ch.items():
            for kind, examples in c.examples.items():
                lines += [f"    {t} {kind}: {e}" for e in examples]
    return "\n".join(lines)


def eval_rules(
    words: Sequence[Sequence[str]],
    gold: Sequence[Sequence[str]],
    tagger_tags: Sequence[list[str]],
    lexicon: Mapping[str, int],
    *,
    types: Sequence[str],
    doc_sentences: int,
    without: frozenset[str] = frozenset(),
    confidence: Sequence[list[float]] | None = None,
) -> tuple[dict[str, Score], dict[str, dict[str, Change]]]:
    """Scores of the three configurations, and what each rules configuration changes per type.

    `without`: the rules the service switches off for this tagger (entities.rules_off_for), so "rules"
    is what the service runs.
    """
    preds = {"tagger": list(tagger_tags)}
    for name, unit_rules in (("rules", False), ("rules+units", True)):
        preds[name] = rules_tags(
            words,
            tagger_tags,
            lexicon,
            doc_sentences=doc_sentences,
            unit_rules=unit_rules,
            without=without,
            confidence=confidence,
        )
    scores = {name: evaluate(gold, pred, types=types) for name, pred in preds.items()}
    diffs = {name: changes(words, gold, preds["tagger"], preds[name], types) for name in ("rules", "rules+units")}
    return scores, diffs
