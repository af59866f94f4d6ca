"""The consistency listing: a surface marked in one article and not in another is found, and ranked."""

from __future__ import annotations

from typing import Any

import pytest

from training.qala_news.compile import compile_annotation, fold
from training.qala_news.consistency import consistency, mention_key, occurrences, report, surface_rows

A1 = "قالت وزارة الداخلية السعودية إن الحكومة اليمنية تدعم الجيش. وأكدت وزارة الداخلية السعودية ذلك."
A2 = "ونقلت وكالة عن وزارة الداخلية السعودية أن الحكومة ستعود وأن للحكومة اليمنية خطة."
A3 = "وأعلنت وزارة الداخلية السعودية أن الحكومة اليمنية ستعود إلى عدن."


def _unit(eid: str, surfaces: list[str], **over: Any) -> dict[str, Any]:
    return {"id": eid, "canonical": surfaces[0], "type": "unit", "subtype": "government", "surfaces": surfaces} | over


def _article(order: int, text: str, entities: list[dict[str, Any]]) -> tuple[int, str, dict[str, Any]]:
    ann: dict[str, Any] = {"entities": entities, "exclude": [], "add": [], "claims": []}
    ann["gold"] = {"mentions": compile_annotation(text, ann).mentions, "claims": []}
    return order, text, ann


ARTICLES = [
    _article(1, A1, [_unit("e1", ["وزارة الداخلية السعودية"]), _unit("e2", ["الحكومة اليمنية"])]),
    # the ministry left unmarked; «الحكومة اليمنية» found after لل
    _article(2, A2, [_unit("e1", ["الحكومة اليمنية"])]),
    # a shorter extent, and the government typed as a place
    _article(3, A3, [_unit("e1", ["وزارة الداخلية"]), _unit("e2", ["الحكومة اليمنية"], type="place", subtype=None)]),
]


def test_marked_unmarked_cut_and_types_per_article() -> None:
    rows = {r.key: r for r in surface_rows(ARTICLES, not_mentions=frozenset())}
    ministry = rows["وزاره الداخليه السعوديه"]
    assert (ministry.marked, ministry.unmarked, ministry.cut) == ({1}, {2}, {3})
    assert ministry.cut_by == {"وزارة الداخلية": 1}
    gov = rows["الحكومه اليمنيه"]
    assert (gov.marked, gov.unmarked) == ({1, 2, 3}, set())
    assert gov.types == {"unit/government": 2, "place": 1}
    assert gov.minority == 1 and ministry.minority == 1


def test_guideline_non_mentions_are_not_counted_as_unmarked() -> None:
    """Bare «الحكومة» (§3) unmarked is right, so it is set apart; without the list it counts as unmarked."""
    extra = _article(4, "قالت الحكومة إن الحكومة ستعود.", [_unit("e1", ["الحكومة"])])
    listed = {r.key: r for r in surface_rows([*ARTICLES, extra], not_mentions=frozenset({"الحكومه"}))}
    assert listed["الحكومه"].unmarked == set() and listed["الحكومه"].not_mention == 1  # A2's bare الحكومة
    unlisted = {r.key: r for r in surface_rows([*ARTICLES, extra], not_mentions=frozenset())}
    assert unlisted["الحكومه"].unmarked == {2}


def test_lil_mention_is_keyed_as_its_al_surface() -> None:
    assert mention_key({"text": "للحكومة اليمنية", "clitic": True}, ["الحكومة اليمنية"]) == "الحكومه اليمنيه"
    assert mention_key({"text": "للجنة الأولمبية", "clitic": True}, ["اللجنة الأولمبية"]) == "اللجنه الاولمبيه"


def test_report_ranks_split_practice_and_filters_by_type() -> None:
    lines = report(surface_rows(ARTICLES, not_mentions=frozenset()), type_prefix="place")
    assert lines[0].startswith("  1  «الحكومة اليمنية»  marked 3  unmarked 0  cut 0")
    assert all("وزارة" not in line for line in lines)


def test_a_bare_name_is_found_after_the_article_too() -> None:
    """The brief's proclitics include ال: «الواتساب» is an unmarked occurrence of the surface «واتساب»."""
    text = "نشر على واتساب ثم على الواتساب وللواتساب، لا في الواتسابي."
    assert [text[s:e] for s, e in occurrences(text, fold(text), "واتساب")] == ["واتساب", "الواتساب", "للواتساب"]
    marked = _article(1, "نشر على واتساب.", [{**_unit("e1", ["واتساب"]), "subtype": "media"}])
    other = _article(2, text.replace("واتساب ثم", "تويتر ثم"), [])
    row = {r.key: r for r in surface_rows([marked, other], not_mentions=frozenset())}["واتساب"]
    assert (row.marked, row.unmarked) == ({1}, {2})


def test_the_article_is_not_added_to_a_phrase_or_doubled_after_lam() -> None:
    """«رئيس الحكومة حيدر العبادي» holds no «حكومة حيدر العبادي»; «للجنة» is ل + «لجنة» once, not also «اللجنة»."""
    text = "قال رئيس الحكومة حيدر العبادي إن للجنة دورا."
    assert occurrences(text, fold(text), "حكومة حيدر العبادي") == []
    assert [text[s:e] for s, e in occurrences(text, fold(text), "لجنة")] == ["لجنة"]


def test_listing_reads_no_test_split_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --split the listing covers train+dev: the test split's gold is printed only when named."""
    import training.qala_news.pool as pool
    import training.qala_news.score as score

    asked: list[str] = []
    monkeypatch.setattr(pool, "load_pool", dict)
    monkeypatch.setattr(score, "gold_articles", lambda split: asked.append(split) or [])
    consistency(None, None)
    consistency("all", None)
    assert asked == ["train+dev", "all"]
