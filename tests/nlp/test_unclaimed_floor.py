"""Unclaimed span floors (session 21, issue 11): an unsure unit span is kept only where a claim names its mention."""

from __future__ import annotations

import json

from app.nlp.doc import Doc
from app.nlp.entities import SPAN_CONFIDENCE, rules_off_for, unclaimed_floors
from app.nlp.pipeline import Claims, Mentions, Pipeline, Resolve, Unclaimed, keep_claimed
from app.nlp.tokenize import split_sentences
from app.nlp.types import Claim, Mention, SpeakerRef

TEXT = "وقالت حماس إن الهدنة قائمة . وزار وفد من فتح القاهرة أمس ."


def _doc(conf: dict[int, float]) -> Doc:
    """The text with حماس and فتح tagged as single-word ORG spans, at the given marginals (token -> marginal)."""
    doc = Doc(TEXT, split_sentences(TEXT))
    doc.tags = [["S-ORG" if t.text in ("حماس", "فتح") else "O" for t in s] for s in doc.sentences]
    doc.tag_confidence = [[conf.get(doc.tokens.index(t), 0.99) for t in s] for s in doc.sentences]
    return doc


def _run(doc: Doc, unclaimed: dict[str, float]) -> Doc:
    mentions = Mentions({}, unit_rules=False, without=rules_off_for(True), min_confidence={}, unclaimed=unclaimed)
    return Pipeline([mentions, Resolve(), Claims(), Unclaimed()], given=("tags",)).run(doc)


def test_an_unsure_unit_no_claim_names_is_dropped_and_a_speaker_kept() -> None:
    doc = _run(_doc({1: 0.35, 9: 0.35}), {"unit": 0.6})
    assert [m.text for m in doc.mentions if m.type == "unit"] == ["حماس"]
    assert doc.claims and doc.claims[0].speaker is not None
    spk = doc.claims[0].speaker
    assert spk.mention is not None and doc.mentions[spk.mention].text == "حماس"


def test_sure_units_and_no_unclaimed_floor_keep_every_span() -> None:
    assert [m.text for m in _run(_doc({1: 0.35, 9: 0.95}), {"unit": 0.6}).mentions] == ["حماس", "فتح"]
    assert [m.text for m in _run(_doc({1: 0.35, 9: 0.35}), {}).mentions] == ["حماس", "فتح"]


def test_keep_claimed_moves_the_claims_indexes_and_recounts_about() -> None:
    def m(text: str, start: int) -> Mention:
        return Mention(text, start, start + len(text), "unit", text, text)

    full = [m("أ", 0), m("ب", 10), m("ج ج", 20)]
    sure = [m("ج", 20), m("د", 30)]  # ب dropped, ج ج cut: the named ج ج stands for the overlapping sure ج
    claim = Claim("direct", "قال", "x", 15, 40, SpeakerRef("ج ج", 20, 23, mention=2), about=(2,))
    mentions, claims = keep_claimed(full, [claim], sure)
    assert [x.text for x in mentions] == ["ج ج", "د"]
    assert claims[0].speaker is not None and claims[0].speaker.mention == 0
    assert claims[0].about == (0, 1)


def test_the_shipped_unclaimed_floors_are_a_type_to_number_table() -> None:
    floors = unclaimed_floors()
    assert floors == json.loads(SPAN_CONFIDENCE.read_text(encoding="utf-8"))["unclaimed_min_marginal"]
    assert all(t in ("unit", "place", "person") and 0.0 <= v <= 1.0 for t, v in floors.items())
