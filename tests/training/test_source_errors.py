"""The source-error listing: the scorer's outcomes over matched claims, errors only, with cue and sentence."""

from __future__ import annotations

from typing import Any

import pytest

from bench.source_errors import article_source_errors, cue_context, main, source_errors, summary

TEXT = (
    "وقال الوزير لوكالة الأنباء إن الحكومة ستدعم المزارعين هذا العام. "
    "وأضاف المتحدث أن الأسعار سترتفع قريبا في الأسواق. "
    "وأكد المدير لصحيفة محلية أن المصنع سيفتح أبوابه غدا. "
    "وذكر الخبير أن الطقس سيكون حارا طوال الأسبوع. "
    "وقال الرئيس لوكالة الأنباء إن الانتخابات ستجري في موعدها المحدد. "
    "وأوضح المسؤول أن الطريق سيغلق للصيانة."
)
QUOTES = [
    "الحكومة ستدعم المزارعين هذا العام",
    "الأسعار سترتفع قريبا في الأسواق",
    "المصنع سيفتح أبوابه غدا",
    "الطقس سيكون حارا طوال الأسبوع",
    "الانتخابات ستجري في موعدها المحدد",
    "الطريق سيغلق للصيانة",
]
CUES = ["وقال", "وأضاف", "وأكد", "وذكر", "وقال", "وأوضح"]
AGENCY = {"id": "e1", "type": "unit", "canonical": "وكالة الأنباء", "surfaces": ["وكالة الأنباء"]}


def _span(text: str, after: int = 0) -> dict[str, Any]:
    start = TEXT.index(text, after)
    return {"start": start, "end": start + len(text), "text": text}


def _ann() -> dict[str, Any]:
    sources: list[dict[str, Any] | None] = [
        _span("وكالة الأنباء") | {"entity": "e1"},  # predicted رويترز: wrong
        None,  # predicted none: none
        _span("صحيفة محلية") | {"entity": None},  # predicted none: missing
        None,  # predicted الوطن: false relay
        _span("وكالة الأنباء", TEXT.index("الرئيس")) | {"entity": "e1"},  # predicted the agency: right
        None,  # no prediction matches: not counted
    ]
    claims = []
    cue_at = 0
    for n, (quote, cue, source) in enumerate(zip(QUOTES, CUES, sources, strict=True)):
        cue_span = _span(cue, cue_at)
        cue_at = cue_span["end"]
        speaker = {"text": "المسؤول", "entity": None, "kind": "descriptive", "start": 0, "end": 1}
        claims.append(
            {"id": f"c{n + 1}", "kind": "indirect", "cue": cue_span, "quote": _span(quote), "speaker": speaker,
             "source": source, "required": True}
        )  # fmt: skip
    mentions = [_span("وكالة الأنباء") | {"entity": "e1"}]
    return {"order": 120, "entities": [AGENCY], "gold": {"mentions": mentions, "claims": claims}}


def _pred(quote: str, source: dict[str, Any] | None) -> dict[str, Any]:
    return {"kind": "indirect", "text": quote, "speaker": {"text": "المسؤول", "entity": None}, "source": source}


def test_outcomes_are_the_scorers_and_only_errors_are_listed() -> None:
    pred = {
        "mentions": [],
        "claims": [
            _pred(QUOTES[4], {"text": "الوكالة", "entity": {"name": "وكالة الأنباء"}}),  # right, by entity name
            _pred(QUOTES[0], {"text": "رويترز", "entity": None}),
            _pred(QUOTES[1], None),
            _pred(QUOTES[2], None),
            _pred(QUOTES[3], {"text": "الوطن", "entity": None}),
            _pred("كلام لا يشبه أي اقتباس في النص", {"text": "الوطن", "entity": None}),  # unmatched: not counted
        ],
    }
    counts, errors = article_source_errors(_ann(), pred, TEXT, context=30)
    assert counts == {"right": 1, "wrong": 1, "none": 1, "missing": 1, "false_relay": 1}
    shown = {(e.claim, e.outcome, e.cue, e.gold, e.pred) for e in errors}
    assert shown == {
        ("c1", "wrong", "وقال", "وكالة الأنباء [وكالة الأنباء]", "رويترز"),
        ("c3", "missing", "وأكد", "صحيفة محلية", "-"),
        ("c4", "false_relay", "وذكر", "-", "الوطن"),
    }
    missing = next(e for e in errors if e.outcome == "missing")
    assert missing.context.startswith("⟦وأكد⟧ المدير لصحيفة محلية")  # the sentence begins at the cue
    assert "وأضاف" not in missing.context and "وذكر" not in missing.context  # and stays inside it
    lines = summary(counts, errors)
    assert lines[0] == "5 matched claims, by source outcome:"
    assert any(line.split()[:2] == ["missing", "1"] and "cues: واكد 1" in line for line in lines)


def test_cue_context_cuts_a_long_sentence_around_the_cue() -> None:
    text = "كلمة " * 50 + "قال " + "شيء " * 50
    start = text.index("قال")
    ctx = cue_context(text, start, start + 3, context=12)
    assert ctx == "كلمة كلمة ⟦قال⟧ شيء شيء شيء"


def test_refuses_dev_and_test() -> None:
    for split in ("dev", "test", "train"):
        with pytest.raises(SystemExit):
            main(["--split", split])
        with pytest.raises(SystemExit):
            source_errors(split)
