"""The validator CI runs over every Qala News file: a gold that does not check out is no gold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from training.qala_news.compile import (
    CLAIM_KINDS,
    ENTITY_TYPES,
    SPEAKER_KINDS,
    UNIT_SUBTYPES,
    compile_annotation,
)
from training.qala_news.pool import PoolItem, load_pool, split_of

STATUSES = ("draft", "gold", "skipped")


def _entity_problems(ann: dict[str, Any]) -> list[str]:
    out: list[str] = []
    ids = [e.get("id") for e in ann.get("entities", [])]
    if len(ids) != len(set(ids)):
        out.append("duplicate entity ids")
    canon: dict[tuple[str, str], str] = {}
    for e in ann.get("entities", []):
        eid = e.get("id")
        if e.get("type") not in ENTITY_TYPES:
            out.append(f"entity {eid}: type {e.get('type')!r} is not one of {ENTITY_TYPES}")
        if e.get("type") == "unit" and e.get("subtype") not in UNIT_SUBTYPES:
            out.append(f"entity {eid}: unit subtype {e.get('subtype')!r} is not one of {UNIT_SUBTYPES}")
        if e.get("type") != "unit" and e.get("subtype") is not None:
            out.append(f"entity {eid}: only units have a subtype")
        if not (e.get("canonical") or "").strip():
            out.append(f"entity {eid}: no canonical name")
        key = (e.get("type", ""), e.get("canonical", ""))
        if key in canon:
            out.append(f"entities {canon[key]} and {eid} are the same {key[0]} «{key[1]}»: merge them")
        canon[key] = eid
        if not isinstance(e.get("titles", []), list) or not isinstance(e.get("required", True), bool):
            out.append(f"entity {eid}: titles must be a list and required a boolean")
    return out


def _duplicate_claims(text: str, claims: list[dict[str, Any]]) -> list[str]:
    """One quote twice is one claim twice, unless two speakers' cues point back at it («نفته X، لكن Y أكدته»)."""
    out: list[str] = []
    for i, c in enumerate(claims):
        for d in claims[:i]:
            if (c["quote"]["start"], c["quote"]["end"]) != (d["quote"]["start"], d["quote"]["end"]):
                continue
            cues = sorted((c["cue"]["start"], d["cue"]["start"]))
            two_cues = (c["cue"]["start"], c["cue"]["end"]) != (d["cue"]["start"], d["cue"]["end"])
            two_speakers = _speaker_key(c["speaker"]) != _speaker_key(d["speaker"])
            points_back = c["quote"]["end"] <= cues[0] and "\n" not in text[c["quote"]["end"] : cues[1]]
            if not (two_cues and two_speakers and points_back):
                out.append(
                    f"claim {c['id']}: the same quote as claim {d['id']} (a duplicate is a claim no one can find twice;"
                    " only another speaker's cue that points back at it in its paragraph, «نفته X، لكن Y أكدته», may)"
                )
                break
    return out


def _speaker_key(speaker: dict[str, Any]) -> str:
    """Who speaks: the entity for a named speaker, else the phrase (two mentions of one entity are one speaker)."""
    return str(speaker.get("entity") or speaker["text"])


def _gold_problems(text: str, gold: dict[str, Any], entity_ids: set[str]) -> list[str]:
    out: list[str] = []
    mention_ids = {m["id"] for m in gold.get("mentions", [])}
    last_end = -1
    for m in sorted(gold.get("mentions", []), key=lambda m: m["start"]):
        if text[m["start"] : m["end"]] != m["text"]:
            out.append(f"mention {m['id']}: text[{m['start']}:{m['end']}] != «{m['text']}»")
        if m["start"] < last_end:
            out.append(f"mention {m['id']} overlaps the one before it")
        if m["entity"] not in entity_ids:
            out.append(f"mention {m['id']}: unknown entity {m['entity']}")
        last_end = max(last_end, m["end"])
    out += _duplicate_claims(text, gold.get("claims", []))
    for c in gold.get("claims", []):
        cid = c["id"]
        if c.get("kind") not in CLAIM_KINDS:
            out.append(f"claim {cid}: kind {c.get('kind')!r} is not one of {CLAIM_KINDS}")
        for part in ("cue", "quote"):
            span = c[part]
            if text[span["start"] : span["end"]] != span["text"] or not span["text"]:
                out.append(f"claim {cid}: {part} does not slice the text")
        sp = c["speaker"]
        if text[sp["start"] : sp["end"]] != sp["text"]:
            out.append(f"claim {cid}: speaker does not slice the text")
        if sp.get("mention") is not None and sp["mention"] not in mention_ids:
            out.append(f"claim {cid}: speaker mention {sp['mention']} unknown")
        if sp.get("kind") not in SPEAKER_KINDS:
            out.append(f"claim {cid}: speaker kind {sp.get('kind')!r} is not one of {SPEAKER_KINDS}")
        if sp.get("kind") == "named" and sp.get("entity") is None:
            out.append(f"claim {cid}: a named speaker needs its entity")
        for ref in (sp.get("entity"), sp.get("affiliation"), (c.get("source") or {}).get("entity")):
            if ref is not None and ref not in entity_ids:
                out.append(f"claim {cid}: unknown entity {ref}")
        q = c["quote"]
        if q["start"] < sp["end"] and sp["start"] < q["end"]:
            out.append(f"claim {cid}: the speaker lies inside the quote")
        src = c.get("source")
        if src is not None and text[src["start"] : src["end"]] != src["text"]:
            out.append(f"claim {cid}: source does not slice the text")
    return out


def validate_file(path: Path, ann: dict[str, Any], pool: dict[int, PoolItem] | None = None) -> list[str]:
    """Every problem with one annotation file (empty: it checks out)."""
    pool = pool or load_pool()
    order = ann.get("order")
    if not isinstance(order, int) or order not in pool:
        return [f"order {order!r} is not in the pool"]
    item = pool[order]
    out: list[str] = []
    if ann.get("pool_id") != item.id or ann.get("sha256") != item.sha256:
        out.append("pool_id/sha256 do not match the pool item (the text changed?)")
    if path.name != f"{order:04d}_{item.id}.json":
        out.append(f"file name should be {order:04d}_{item.id}.json")
    if ann.get("split") != split_of(order):
        out.append(f"split is {ann.get('split')!r}, fixed as {split_of(order)!r}")
    if ann.get("status") not in STATUSES:
        out.append(f"status {ann.get('status')!r} is not one of {STATUSES}")
    if ann.get("status") == "skipped":
        gold = ann.get("gold") or {}
        if any(ann.get(k) for k in ("entities", "exclude", "add", "claims")) or any(gold.values()):
            out.append("a skipped item holds no annotation (entities, exclude, add, claims, gold)")
        return out if (ann.get("skip_reason") or "").strip() else [*out, "a skipped item needs its skip_reason"]
    if "text" in ann:
        out.append("the article text must not be stored (it stays in ../shared)")
    if ann.get("status") == "draft":
        return out  # a pipeline's or an unfinished draft: never read as gold, checked once it is
    out += _entity_problems(ann)
    compiled = compile_annotation(item.text, ann)
    out += compiled.errors
    gold = ann.get("gold")
    if not isinstance(gold, dict):
        return [*out, "no compiled gold: run `python -m training.qala_news compile`"]
    if gold.get("mentions") != compiled.mentions or gold.get("claims") != compiled.claims:
        out.append("stored gold differs from what the annotation compiles to: recompile")
    out += _gold_problems(item.text, gold, {e["id"] for e in ann.get("entities", [])})
    return out
