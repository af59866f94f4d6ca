"""Session 26 (ABL1): `bench.rule_ablation` scores what the service ships, so its "shipped rules" row is analyze()'s
(the unclaimed floors included), and switching "resolve_names" off leaves partial names as found."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from app.nlp.analyze import analyze
from app.nlp.doc import Doc
from app.nlp.entities import rules_off_for
from app.nlp.ner import scored_tags
from bench.rule_ablation import _prediction
from training.qala_news.score import prediction_of

TEXT = "وقال المتحدث باسم الوزارة أحمد الخفاجي إن الوضع مستقر . وأضاف الخفاجي أن القوات جاهزة ."
TAGGED = {"أحمد": "PER", "الخفاجي": "PER", "الوزارة": "ORG"}


class _Tagger:
    """Tags by token text, a unit tagger like the shipped one (so the same rules are off for it)."""

    tags_units: ClassVar[bool] = True

    def __init__(self) -> None:
        self.version = "fake"
        self.lexicon: Mapping[str, int] = {}

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        out = []
        for sent in sentences:
            row: list[str] = []
            prev = "O"
            for word in sent:
                label = TAGGED.get(word, "O")
                row.append("O" if label == "O" else ("I-" if prev == label else "B-") + label)
                prev = label
            out.append(row)
        return out


def _ablated(without: frozenset[str]) -> dict[str, Any]:
    doc = Doc.of(TEXT)
    return _prediction(doc, scored_tags(_Tagger(), doc.sentence_texts()), {}, unit_rules=False, without=without)


def test_the_shipped_row_is_what_analyze_returns() -> None:
    assert _ablated(rules_off_for(True)) == prediction_of(analyze(TEXT, tagger=_Tagger()))


def test_resolve_names_off_leaves_the_partial_name_as_found() -> None:
    def speakers(pred: dict[str, Any]) -> list[str]:
        claims = pred["claims"]
        return [c["speaker"]["entity"]["name"] for c in claims if c["speaker"] and c["speaker"]["entity"]]

    assert speakers(_ablated(rules_off_for(True))) == ["أحمد الخفاجي", "أحمد الخفاجي"]
    assert speakers(_ablated(rules_off_for(True) | {"resolve_names"})) == ["أحمد الخفاجي", "الخفاجي"]
