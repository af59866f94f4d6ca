"""Unclaimed span floors (session 21, issue 11): an unsure unit span is kept only where a claim names its mention."""

from __future__ import annotations

import pytest

from app.nlp.doc import Doc
from app.nlp.entities import rules_off_for, span_floors, surer_floors, unclaimed_floors
from app.nlp.pipeline import Claims, Mentions, Pipeline, Resolve, Unclaimed, keep_claimed
from app.nlp.tokenize import split_sentences
from app.nlp.types import Claim, Mention, SourceRef, SpeakerRef

TEXT = "وقالت حماس إن الهدنة قائمة . وزار وفد من فتح القاهرة أمس ."


def _doc(conf: dict[int, float], text: str = TEXT) -> Doc:
    """The text with حماس and فتح tagged as single-word ORG spans, at the given marginals (token -> marginal)."""
    doc = Doc(text, split_sentences(text))
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


def test_one_entity_keeps_one_key_when_the_unclaimed_floor_cuts_its_full_name() -> None:
    # the full name's first three words are unsure: the surer list has «حماس» alone, while the speaker (claimed)
    # keeps the full list's mention; both lists once took keys apart, so the speaker's «حماس» was another entity
    text = "أعلنت حركة المقاومة الإسلامية حماس رفضها . وقالت حماس إن الهدنة قائمة . وزار وفد من حماس القاهرة أمس ."
    doc = Doc(text, split_sentences(text))
    unsure = {"حركة", "المقاومة", "الإسلامية"}
    names = {"حركة": "B-ORG", "المقاومة": "I-ORG", "الإسلامية": "I-ORG"}
    doc.tags = [[names.get(t.text, "S-ORG" if t.text == "حماس" else "O") for t in s] for s in doc.sentences]
    doc.tags[0][4] = "E-ORG"  # the first حماس ends the full name
    doc.tag_confidence = [[0.35 if t.text in unsure else 0.99 for t in s] for s in doc.sentences]
    doc = _run(doc, {"unit": 0.6})
    hamas = [m for m in doc.mentions if m.text == "حماس"]
    assert len(hamas) == 3 and len({m.key for m in hamas}) == 1
    assert doc.claims and doc.claims[0].speaker is not None and doc.claims[0].speaker.mention == 1


def _m(text: str, start: int, end: int | None = None) -> Mention:
    return Mention(text, start, start + len(text) if end is None else end, "unit", text, text)


def test_keep_claimed_moves_speaker_affiliation_and_source_and_a_reference_named_twice() -> None:
    full = [_m("أ", 0), _m("ب", 10), _m("ج", 20), _m("د", 30), _m("ه", 40), _m("و", 50)]
    sure = [_m("س", 5), _m("ش", 25), _m("ص", 45)]  # the named د lands between the surer ش and ص
    said = Claim("direct", "قال", "x", 0, 60, SpeakerRef("د", 30, 31, mention=3, affiliation=1), SourceRef("و", 5))
    again = Claim("direct", "قال", "x", 24, 36, SpeakerRef("د", 30, 31, mention=3))
    mentions, (c1, c2) = keep_claimed(full, [said, again], sure)
    assert [x.text for x in mentions] == ["س", "ب", "ش", "د", "ص", "و"]
    assert c1.speaker is not None and c1.source is not None and c2.speaker is not None
    assert (c1.speaker.mention, c1.speaker.affiliation, c1.source.mention) == (3, 1, 5)
    assert c2.speaker.mention == 3 and c2.speaker.affiliation is None and c2.source is None
    assert c1.about == (0, 1, 2, 3, 4, 5) and c2.about == (2, 3)


def test_keep_claimed_drops_each_surer_mention_overlapping_a_named_one_and_keeps_those_touching() -> None:
    # a long named span around a short one: a surer mention inside the long one only is still dropped
    full = [_m("طويل", 0, 50), _m("ق", 5, 8), _m("ك", 60, 62)]
    claim = Claim("direct", "قال", "x", 0, 80, SpeakerRef("ق", 5, 8, mention=1, affiliation=0), SourceRef("ك", 2))
    sure = [_m("ا", 20, 25), _m("ب", 50, 55), _m("ت", 61, 70), _m("ث", 62, 64), _m("ج", 40, 61)]
    mentions, _ = keep_claimed(full, [claim], sure)
    assert [(x.start, x.end) for x in mentions] == [(0, 50), (5, 8), (50, 55), (60, 62), (62, 64)]


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


def test_the_shipped_unclaimed_floor_is_the_unit_one_and_raises_the_span_floors() -> None:
    assert unclaimed_floors() == {"unit": 0.6}
    assert surer_floors(None, {"unit": 0.6}) == {**span_floors(), "unit": 0.6}
    assert surer_floors({"unit": 0.7, "place": 0.5}, {"unit": 0.6}) == {"unit": 0.7, "place": 0.5}


def test_the_unclaimed_stage_needs_the_mention_stage_unresolved_lists() -> None:
    assert "unresolved" in Mentions.provides and "mentions" in Unclaimed.provides
    with pytest.raises(ValueError, match="unresolved"):
        Pipeline([Unclaimed()], given=("tags", "mentions", "resolved", "claims"))


def test_the_unclaimed_stage_uses_up_the_unresolved_lists_so_a_rerun_is_refused() -> None:
    text = "وزار وفد من فتح القاهرة أمس . وقالت حماس إن الهدنة قائمة ."
    doc = _doc({3: 0.35, 8: 0.35}, text)  # فتح and حماس
    _run(doc, {"unit": 0.6})
    assert doc.claims is not None and doc.unresolved is None
    speaker = doc.claims[0].speaker
    assert speaker is not None and speaker.mention is not None and doc.mentions[speaker.mention].text == "حماس"
    again = Pipeline([Unclaimed()], given=("tags", "mentions", "resolved", "claims", "unresolved"))
    with pytest.raises(ValueError, match="unresolved"):
        again.run(doc)
