"""bench.claims_fuzz: the cuts put every token at the text's edge, with mentions kept inside the text."""

from __future__ import annotations

from app.nlp.types import Mention
from bench.claims_fuzz import check, cuts

TEXT = "وقال مسؤول أمني إن الهجوم أسفر عن مقتل اثنين."
AMN = Mention("أمني", 11, 15, "unit", "أمني", "امني")


def test_every_cut_keeps_mentions_inside_and_claims_check() -> None:
    for mode in ("prefix", "suffix", "clip"):
        pieces = list(cuts(TEXT, [AMN], mode))
        assert pieces
        for text, mentions in pieces:
            assert all(text[m.start : m.end] == m.text for m in mentions)
            check(text, mentions)


def test_prefix_ends_before_and_after_each_token_and_clip_inside_one() -> None:
    assert "وقال " in [t for t, _ in cuts(TEXT, [], "prefix")]
    clipped = dict(cuts(TEXT, [AMN], "clip"))
    assert [m.text for m in clipped["وقال مسؤول أ"]] == ["أ"]
