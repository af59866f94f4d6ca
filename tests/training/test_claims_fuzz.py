"""bench.claims_fuzz: the cuts put every token at the text's edge, with mentions kept inside the text."""

from __future__ import annotations

from app.nlp.types import Mention
from bench.claims_fuzz import check, cuts, glue, glued

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


def test_clitic_mode_glues_each_chain_near_the_cue_and_grows_the_mention() -> None:
    pieces = dict(glued(TEXT, [AMN], 1))
    # The cue وقال and its neighbour مسؤول get every chain; أمني (two tokens off) and later words get none.
    assert "ووقال مسؤول أمني إن الهجوم أسفر عن مقتل اثنين." in pieces
    assert "وقال كمسؤول أمني إن الهجوم أسفر عن مقتل اثنين." in pieces
    assert not any("وأمني" in t for t in pieces)
    # A mention after the glued word shifts; one starting at it grows over the chain.
    shifted = pieces["وقال وللمسؤول أمني إن الهجوم أسفر عن مقتل اثنين."]
    assert [(m.text, m.start) for m in shifted] == [("أمني", 14)]
    text, grown = glue(TEXT, [AMN], 11, "وبال")
    assert text.startswith("وقال مسؤول وبالأمني") and [m.text for m in grown] == ["وبالأمني"]
    for text, mentions in pieces.items():
        assert all(text[m.start : m.end] == m.text for m in mentions)
        check(text, mentions)


def test_a_chain_with_the_article_replaces_the_words_own() -> None:
    text, [m] = glue("قال الخبراء", [Mention("الخبراء", 4, 11, "misc", "الخبراء", "الخبراء")], 4, "كال")
    assert text == "قال كالخبراء" and m.text == "كالخبراء"
    assert glue("قال خبراء", [], 4, "لل")[0] == "قال للخبراء"


def test_clitic_mode_makes_the_shapes_the_session_12_review_crashed_on() -> None:
    """«للمصادر المقربة … قالت»، «واستنكر وللخبراء»: the IndexErrors fixed in 1008aa0/602c8d1, from unglued text."""
    lead = "وقال أوشوا إن المدينة تحررت. "
    fronted = dict(glued(lead + "المصادر المقربة من دوائر صنع القرار قالت إن الوضع صعب.", [], 6))
    assert lead + "للمصادر المقربة من دوائر صنع القرار قالت إن الوضع صعب." in fronted
    after = dict(glued(lead + "واستنكر الخبراء الحادث، مؤكدين أن الوضع صعب.", [], 3))
    assert {lead + f"واستنكر {w} الحادث، مؤكدين أن الوضع صعب." for w in ("وللخبراء", "كالخبراء")} <= after.keys()
