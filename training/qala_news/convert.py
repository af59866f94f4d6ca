"""Qala News gold as Stanza NER training files, tokenised by the service's own tokenizer.

The service tags tokens of `app.nlp.tokenize` (clitics attached, as in ANERCorp), so training data
must be cut the same way: a token takes a mention's label when the mention covers its letters
(a proclitic before the span, «وعدن» → B-LOC, stays inside the token). Labels: PER, LOC, and UNIT
or UNIT_<subtype> — the subtype variant is written too, so both designs can be measured.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from app.nlp.tokenize import split_sentences, tokenize
from training.ner import write_stanza_json
from training.qala_news.pool import SPLITS, load_pool
from training.qala_news.score import gold_articles

LABELS = {"person": "PER", "place": "LOC", "unit": "UNIT"}


def bio_sentences(text: str, ann: dict[str, Any], *, subtypes: bool = False) -> list[list[tuple[str, str]]]:
    """Sentences of (token, BIO tag) for one gold article."""
    ents = {e["id"]: e for e in ann["entities"]}
    spans = []
    for m in ann["gold"]["mentions"]:
        e = ents[m["entity"]]
        label = LABELS[e["type"]]
        if subtypes and e["type"] == "unit":
            label = f"UNIT_{e['subtype'].upper()}"
        spans.append((m["start"], m["end"], label))
    spans.sort()
    out = []
    for sent in split_sentences(text, tokenize(text)):
        tags, prev = [], None
        for tok in sent:
            hit = next((s for s in spans if s[0] < tok.end and tok.start < s[1]), None)
            if hit is None:
                tags.append("O")
            else:
                tags.append(("I-" if prev == hit else "B-") + hit[2])
            prev = hit
        out.append([(t.text, tag) for t, tag in zip(sent, tags, strict=True)])
    return out


NER_LABELS = {"PER": "PER", "LOC": "LOC", "UNIT": "ORG"}


def split_sentences_as_ner(split: str) -> list[list[tuple[str, str]]]:
    """A split's gold as the tagger's PER/LOC/ORG sentences (units are ORG, as the entity rules read them)."""
    pool = load_pool()
    out = []
    for ann in gold_articles(split):
        for sent in bio_sentences(pool[ann["order"]].text, ann):
            out.append([(w, t if t == "O" else f"{t[:2]}{NER_LABELS[t[2:]]}") for w, t in sent])
    return out


def gold_fingerprint(split: str) -> str:
    """sha256 over a split's gold annotations: a model trained or selected on them is stale when it changes."""
    digest = hashlib.sha256()
    for ann in gold_articles(split):
        digest.update(json.dumps([ann["order"], ann["entities"], ann["gold"]["mentions"]], sort_keys=True).encode())
    return digest.hexdigest()[:16]


def convert_all(out: Path) -> list[str]:
    """Write {split}.json (and {split}.subtypes.json, {split}.bio) for every split; one line each."""
    pool = load_pool()
    lines = []
    for split in SPLITS:
        gold = gold_articles(split)
        for subtypes in (False, True):
            sents = [s for a in gold for s in bio_sentences(pool[a["order"]].text, a, subtypes=subtypes)]
            name = f"qala_news.{split}{'.subtypes' if subtypes else ''}"
            write_stanza_json(sents, out / f"{name}.json")
            (out / f"{name}.bio").write_text(
                "\n\n".join("\n".join(f"{w}\t{t}" for w, t in s) for s in sents) + "\n", encoding="utf-8"
            )
            if not subtypes:
                n_tok = sum(len(s) for s in sents)
                ents = sum(t.startswith("B-") for s in sents for _, t in s)
                lines.append(f"{split}: {len(gold)} articles, {len(sents)} sentences, {n_tok} tokens, {ents} entities")
    return lines
