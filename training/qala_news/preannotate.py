"""A draft annotation from today's pipeline: something for an annotator to correct, never gold."""

from __future__ import annotations

from typing import Any

from app.nlp.analyze import analyze
from app.nlp.normalize import normalize
from app.nlp.types import Analysis
from training.qala_news.pool import PoolItem, blank


def draft_from_analysis(item: PoolItem, analysis: Analysis) -> dict[str, Any]:
    """Group the pipeline's mentions into entities with surfaces; claims by quote, cue and speaker."""
    ids: dict[tuple[str, str], str] = {}
    entities: list[dict[str, Any]] = []
    mention_entity: list[str | None] = []
    for m in analysis.mentions:
        if m.type == "misc":
            mention_entity.append(None)
            continue
        key = (m.type, normalize(m.canonical))
        if key not in ids:
            ids[key] = f"e{len(ids) + 1}"
            subtype = (m.subtype or "other") if m.type == "unit" else None
            entities.append(
                {
                    "id": ids[key],
                    "canonical": m.canonical,
                    "type": m.type,
                    "subtype": subtype,
                    "titles": [],
                    "surfaces": [],
                    "required": True,
                }
            )
        ent = entities[int(ids[key][1:]) - 1]
        if m.text not in ent["surfaces"]:
            ent["surfaces"].append(m.text)
        ent["titles"] += [t for t in m.titles if t not in ent["titles"]]
        mention_entity.append(ids[key])
    claims: list[dict[str, Any]] = []
    for c in analysis.claims:
        speaker: dict[str, Any] = {"phrase": "?", "kind": "anonymous"}
        if c.speaker is not None:
            ent_id = mention_entity[c.speaker.mention] if c.speaker.mention is not None else None
            speaker = {"entity": ent_id} if ent_id else {"phrase": c.speaker.text, "at": c.speaker.start}
            if not ent_id:
                speaker["kind"] = "descriptive"
        source: dict[str, Any] | None = None
        if c.source is not None:
            src_id = mention_entity[c.source.mention] if c.source.mention is not None else None
            source = {"entity": src_id} if src_id else {"phrase": c.source.text}
        claims.append(
            {
                "kind": c.kind,
                "cue": c.cue,
                "quote": c.text,
                "quote_at": c.start,
                "speaker": speaker,
                "source": source,
                "required": True,
            }
        )
    return blank(item) | {"annotator": "pipeline", "entities": entities, "claims": claims}


def preannotate(item: PoolItem) -> dict[str, Any]:
    """Run the shipped pipeline over one pool item."""
    return draft_from_analysis(item, analyze(item.text))
