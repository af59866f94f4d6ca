"""The blind speaker comparison (training/qala_news/blind_speakers.py) on constructed gold and answers."""

from __future__ import annotations

from typing import Any

from training.qala_news.blind_speakers import draw, judge
from training.qala_news.score import gold_articles

TEXT = "وقال مصدر أمني في وزارة الداخلية إن الهجوم فشل، وأكد الوزير أحمد سالم ذلك."
ANN: dict[str, Any] = {
    "gold": {
        "mentions": [
            {"text": "وزارة الداخلية", "entity": "e1"},
            {"text": "أحمد سالم", "entity": "e2"},
            {"text": "سالم", "entity": "e2"},
        ]
    }
}


def span(words: str, kind: str, **more: Any) -> dict[str, Any]:
    start = TEXT.index(words)
    return {"text": words, "start": start, "end": start + len(words), "kind": kind, **more}


SOURCE = span("مصدر أمني في وزارة الداخلية", "descriptive", affiliation="e1", entity=None)
MINISTER = span("أحمد سالم", "named", entity="e2", affiliation=None)


def answer(words: str, kind: str, affiliation: str | None = None) -> dict[str, Any]:
    s = span(words, kind)
    return {"kind": kind, "speaker": {k: s[k] for k in ("text", "start", "end")}, "affiliation": affiliation}


def test_the_same_unnamed_phrase_agrees_on_every_row() -> None:
    got = judge(ANN, SOURCE, answer("مصدر أمني في وزارة الداخلية", "descriptive", "وزارة الداخلية"))
    assert got == {
        "named_vs_unnamed": True,
        "unnamed_span": True,
        "unnamed_head": True,
        "unnamed_kind": True,
        "unnamed_affiliation": True,
    }


def test_a_short_phrase_keeps_its_head_and_loses_its_span_kind_and_affiliation() -> None:
    got = judge(ANN, SOURCE, answer("مصدر أمني", "anonymous"))
    assert got["unnamed_head"] and got["named_vs_unnamed"]
    assert not got["unnamed_span"] and not got["unnamed_kind"] and not got["unnamed_affiliation"]


def test_a_named_answer_agrees_by_any_mention_of_the_gold_entity() -> None:
    assert judge(ANN, MINISTER, answer("سالم", "named"))["named_entity"]
    wrong = judge(ANN, MINISTER, answer("وزارة الداخلية", "named"))
    assert not wrong["named_entity"] and wrong["named_vs_unnamed"]
    assert not judge(ANN, SOURCE, answer("وزارة الداخلية", "named"))["named_vs_unnamed"]


def test_draw_is_fixed_by_its_seed_and_takes_every_unnamed_claim() -> None:
    first = draw("dev", seed=7, named=5)
    assert first == draw("dev", seed=7, named=5)
    assert first != draw("dev", seed=8, named=5)
    assert len(first) == len(set(first))
    unnamed = sum(c["speaker"]["kind"] != "named" for a in gold_articles("dev") for c in a["gold"]["claims"])
    assert len(first) == unnamed + 5
