"""The consistency listing: a surface marked in one article and not in another is found, and ranked."""

from __future__ import annotations

from typing import Any

import pytest

from training.qala_news.compile import compile_annotation, fold
from training.qala_news.consistency import (
    boundary_rows,
    claims_consistency,
    claims_report,
    consistency,
    cut_rows,
    kind_rows,
    late_cues,
    mention_key,
    occurrences,
    phrase_head,
    qualifier_class,
    report,
    speaker_phrases,
    surface_rows,
    words_after,
)

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


# ---- --claims: unnamed speakers' phrases ----


def _claims_article(order: int, text: str, phrases: list[tuple[str, str]]) -> tuple[int, str, dict[str, Any]]:
    """An article whose gold claims have these (phrase, kind) speakers, each at its first occurrence."""
    claims = []
    for phrase, kind in phrases:
        start = text.index(phrase)
        claims.append({"speaker": {"start": start, "end": start + len(phrase), "text": phrase, "kind": kind}})
    return order, text, {"entities": [], "gold": {"mentions": [], "claims": claims}}


def test_words_after_a_phrase_stop_at_punctuation() -> None:
    text = "وقال مصدر أمني عراقي إن الهجوم وقع، وأضاف مصدر، رفض الكشف عن اسمه"
    assert words_after(text, text.index("أمني") + 4) == ("عراقي", "إن", "الهجوم", "وقع")
    assert words_after(text, text.index("مصدر،") + 4) == ()


def test_phrase_head_strips_wa_fa_only_before_the_article() -> None:
    """و/ف begin words too (وزير، وكالة): they are proclitics only before ال."""
    assert phrase_head("والمصادر الأمنية") == phrase_head("مصادر أمنية") == "مصادر"
    assert phrase_head("وزير الخارجية") == "وزير"
    assert phrase_head("وكالات التصنيف") == "وكالات"


def test_phrase_head_of_marks_alone_is_empty_and_a_glued_lam_goes_with_the_article() -> None:
    """A phrase that normalises to nothing has no head (it raised IndexError); «للمصادر» groups with «المصادر»."""
    assert phrase_head("ـ") == ""
    assert phrase_head("للمصادر المطلعة") == phrase_head("المصادر") == "مصادر"


def test_qualifier_classes() -> None:
    heads = frozenset({"سكان"})
    assert qualifier_class("في", "قيادة") == "في …"
    assert qualifier_class("في", "تصريح") == qualifier_class("في", "بيانه") == "في + occasion"
    assert qualifier_class("في", "وقت") == "في + occasion"
    assert qualifier_class("رفض") == "anonymity clause"
    assert qualifier_class("الذي") == qualifier_class("والذين") == "relative clause"
    assert qualifier_class("لوكالة") == qualifier_class("لـ") == "لـ + outlet"
    assert qualifier_class("وسكان", "", heads) == "و …" and qualifier_class("وسكان") is None
    assert qualifier_class("والطبية") == "و …"
    assert qualifier_class("من", "أن") is None and qualifier_class("بالقول") is None
    assert qualifier_class("وزارة") is None and qualifier_class("عراقي") is None


def test_a_coordinated_subject_inside_one_phrase_and_cut_in_another_is_listed() -> None:
    one = _claims_article(1, "وقالت مصادر عسكرية وسكان إن القصف استمر.", [("مصادر عسكرية وسكان", "descriptive")])
    cut = _claims_article(2, "وقالت مصادر محلية وسكان إن القصف توقف.", [("مصادر محلية", "descriptive")])
    residents = _claims_article(3, "وقال سكان إن القصف توقف.", [("سكان", "descriptive")])  # «سكان» heads a phrase
    rows = boundary_rows(speaker_phrases([one, cut, residents]))
    assert [(r.head, r.qualifier, set(r.inside), set(r.outside)) for r in rows] == [("مصادر", "و …", {1}, {2})]
    assert rows[0].outside[2] == "مصادر محلية | وسكان إن القصف توقف"


def test_a_practice_followed_everywhere_is_not_listed() -> None:
    """An occasion after the phrase is outside in both articles: no split, no row."""
    a = _claims_article(1, "وقال مصدر أمني في تصريح إن الهجوم وقع.", [("مصدر أمني", "anonymous")])
    b = _claims_article(2, "وقال مصدر طبي في بيان إن القتلى عشرة.", [("مصدر طبي", "descriptive")])
    assert boundary_rows(speaker_phrases([a, b])) == []


def test_the_same_wording_cut_shorter_is_listed() -> None:
    short = _claims_article(1, "وقال مصدر أمني عراقي إن الهجوم وقع.", [("مصدر أمني", "anonymous")])
    whole = _claims_article(2, "وقال مصدر أمني عراقي إن الطريق أغلق.", [("مصدر أمني عراقي", "anonymous")])
    rows = cut_rows(speaker_phrases([short, whole]))
    assert [(r.rest, set(r.cut), set(r.whole)) for r in rows] == [("عراقي", {1}, {2})]
    lines = claims_report(speaker_phrases([short, whole]))
    assert "  1  «مصدر امني» + «عراقي»  cut 1  whole 1" in lines


def test_one_phrase_given_two_kinds_is_listed() -> None:
    """The scorer reads the kind too: «دبلوماسي أميركي» descriptive in one article, anonymous in two, is a row."""
    arts = [
        _claims_article(1, "وقال دبلوماسي أميركي إن المحادثات مستمرة.", [("دبلوماسي أميركي", "descriptive")]),
        _claims_article(2, "وقال دبلوماسي أميركي إن الاتفاق قريب.", [("دبلوماسي أميركي", "anonymous")]),
        _claims_article(3, "وقال دبلوماسي اميركي إن الاتفاق بعيد.", [("دبلوماسي اميركي", "anonymous")]),
        _claims_article(4, "وقال مصدر أمني إن الطريق مغلق.", [("مصدر أمني", "descriptive")]),
    ]
    rows = kind_rows(speaker_phrases(arts))
    assert [(r.minority, set(r.kinds["descriptive"]), set(r.kinds["anonymous"])) for r in rows] == [(1, {1}, {2, 3})]
    assert "  1  «دبلوماسي اميركي»  anonymous 2  descriptive 1" in claims_report(speaker_phrases(arts))


def test_named_speakers_and_repeated_phrases_count_once() -> None:
    """Only descriptive and anonymous speakers are read; continuations pinned to one phrase are one phrase."""
    order, text, ann = _claims_article(1, "وقال مسؤول محلي إن … وأضاف أن …", [("مسؤول محلي", "descriptive")] * 2)
    ann["gold"]["claims"].append({"speaker": {"start": 0, "end": 4, "text": "وقال", "kind": "named"}})
    assert [p.text for p in speaker_phrases([(order, text, ann)])] == ["مسؤول محلي"]


def test_claims_listing_reads_no_test_split_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import training.qala_news.pool as pool
    import training.qala_news.score as score

    asked: list[str] = []
    monkeypatch.setattr(pool, "load_pool", dict)
    monkeypatch.setattr(score, "gold_articles", lambda split: asked.append(split) or [])
    claims_consistency(None)
    claims_consistency("all")
    assert asked == ["train+dev", "all"]


# ---- --claims: a cue resolved to the wrong occurrence ----


def _cue_article(text: str, **pin: int) -> tuple[int, str, dict[str, Any]]:
    """One claim «ورأى الوزير أن «…»» compiled as an annotator writes it (cue_at only when pinned)."""
    claim = {"kind": "direct", "cue": "ورأى", "quote": "مستقر تماما", "speaker": {"phrase": "الوزير"}, **pin}
    ann: dict[str, Any] = {"entities": [], "exclude": [], "add": [], "claims": [claim]}
    res = compile_annotation(text, ann)
    assert not res.errors
    ann["gold"] = {"mentions": res.mentions, "claims": res.claims}
    return 7, text, ann


def test_a_cue_resolved_to_the_next_sentence_is_listed_until_pinned() -> None:
    """Compile takes the nearest «ورأى»: the next sentence's, right after the quote; the listing names the claim."""
    text = "ورأى الوزير أن الوضع «مستقر تماما». ورأى الوزير أن الحل قريب."
    late = late_cues([_cue_article(text)])
    assert [(c.order, c.claim, c.cue, c.start, c.before) for c in late] == [(7, "c1", "ورأى", 36, 0)]
    assert "  7 c1  «ورأى» resolved at 36, the same word before the quote at 0" in claims_report([], late)
    assert late_cues([_cue_article(text, cue_at=0)]) == []


def test_a_trailing_cue_is_not_listed() -> None:
    """«…»، ورأى الوزير: the word stands after the quote only (an earlier sentence's same word does not count)."""
    text = "ورأى مسؤول أن الحل قريب. «مستقر تماما»، ورأى الوزير ذلك."
    assert late_cues([_cue_article(text)]) == []
