"""A TagReading shared by the Mentions stage's two passes gives what a fresh one does (RV3 finding 8): the second pass
at the surer floors reads the same words and tagged spans, so sharing it changes no mention."""

from __future__ import annotations

import pytest

from app.nlp.doc import Doc
from app.nlp.entities import TagReading, find_mentions, spans_under, surer_floors
from app.nlp.tokenize import split_sentences
from tests.nlp.tagging import tags_by_text

TEXT = "وقال رئيس مجلس النواب سليم الجبوري إن التحالف مع الحكومة صعب . وزار الوفد مدينة الموصل ."
TAGGED = {"مجلس": "ORG", "النواب": "ORG", "سليم": "PER", "الجبوري": "PER", "التحالف": "ORG"}
UNCLAIMED = {"unit": 0.5, "person": 0.5, "place": 0.5}


def tagged_doc() -> Doc:
    """TEXT tagged by hand, every tagged token at 0.4, under the unclaimed floors, and «الموصل» sure."""
    sentences = split_sentences(TEXT)
    doc = Doc(TEXT, sentences)
    doc.tags = tags_by_text(sentences, TAGGED | {"الموصل": "LOC"})
    doc.tag_confidence = [[0.4 if t.text in TAGGED else 0.99 for t in s] for s in sentences]
    return doc


def test_a_shared_reading_gives_the_mentions_a_fresh_one_does_at_both_floors() -> None:
    doc = tagged_doc()
    shared = TagReading(doc)
    surer = surer_floors(None, UNCLAIMED)
    assert find_mentions(doc, reading=shared) == find_mentions(doc)
    assert find_mentions(doc, min_confidence=surer, reading=shared) == find_mentions(doc, min_confidence=surer)
    assert find_mentions(doc, min_confidence=surer) != find_mentions(doc)  # the floors matter here
    assert spans_under(doc, UNCLAIMED, shared) is spans_under(doc, UNCLAIMED) is True


def test_a_reading_serves_only_its_own_tagged_doc() -> None:
    """RV3 finding 9: a TagReading of another Doc, or of this one before tagging, is refused, not read silently."""
    doc = tagged_doc()
    with pytest.raises(ValueError, match="only the Doc"):
        find_mentions(doc, reading=TagReading(tagged_doc()))
    untagged = Doc(TEXT, split_sentences(TEXT))
    early = TagReading(untagged)
    untagged.tags, untagged.tag_confidence = tagged_doc().tags, tagged_doc().tag_confidence
    with pytest.raises(ValueError, match="before the Doc was tagged"):
        spans_under(untagged, UNCLAIMED, early)
