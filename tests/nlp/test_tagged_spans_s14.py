"""Span rules of session 14 on the tagger's spans: a list's و left out of the name after a mention of its type."""

from __future__ import annotations

from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences
from tests.nlp.tagging import QALA_TAGGER_OFF, qala_mentions

# The whole word as common as its remainder (neither clitic rule of _clitic_offset cuts its و).
_LEXICON = {
    "وقرطوبه": 40000,
    "قرطوبه": 50000,
    "وزاره": 124,
    "زاره": 56312,
    "وادي": 2366,
    "ادي": 789,
    "بابل": 30000,
    "ابل": 2000,
}


def _mentions(text: str, tags: list[str], *, without: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """`qala_mentions` with the lexicon that peels a proclitic off a name seen bare."""
    return qala_mentions(text, tags, without=without, lexicon=_LEXICON)


def test_a_place_joined_by_wa_to_a_place_leaves_the_wa_out() -> None:
    tags = ["O", "O", "B-LOC", "B-LOC", "O", "O"]
    assert _mentions("حرر الجيش أبين وقرطوبة أمس .", tags) == [("أبين", "place"), ("قرطوبة", "place")]


def test_a_comma_may_stand_between_the_two() -> None:
    tags = ["O", "O", "B-LOC", "O", "B-LOC", "O", "O"]
    assert _mentions("حرر الجيش أبين ، وقرطوبة أمس .", tags) == [("أبين", "place"), ("قرطوبة", "place")]


def test_after_a_mention_of_another_type_the_wa_stays() -> None:
    tags = ["O", "B-LOC", "B-PER", "O", "O"]
    assert _mentions("زار أبين وقرطوبة أمس .", tags) == [("أبين", "place"), ("وقرطوبة", "person")]


def test_a_word_far_more_common_than_its_remainder_keeps_its_wa() -> None:
    tags = ["O", "B-LOC", "O", "B-ORG", "I-ORG", "O"]
    assert _mentions("زار أبين ، وزارة العمل .", tags) == [("أبين", "place"), ("وزارة العمل", "unit")]


def test_the_rule_can_be_switched_off() -> None:
    tags = ["O", "O", "B-LOC", "B-LOC", "O", "O"]
    off = frozenset({"coordinated_wa"})
    assert _mentions("حرر الجيش أبين وقرطوبة أمس .", tags, without=off) == [("أبين", "place"), ("وقرطوبة", "place")]


def _persons(text: str, tagged: list[list[str]], *, without: frozenset[str] = frozenset()) -> list[str]:
    """Person mention texts, the tagger's person spans given as runs of tokens (each run B-PER then I-PER)."""
    sentences = split_sentences(text)
    tokens = [t.text for t in sentences[0]]
    tags = ["O"] * len(tokens)
    for run in tagged:
        k = next(i for i in range(len(tokens)) if tokens[i : i + len(run)] == run and tags[i] == "O")
        tags[k : k + len(run)] = ["B-PER"] + ["I-PER"] * (len(run) - 1)
    return [
        m.text for m in build_mentions(text, sentences, [tags], unit_rules=False, without=without | QALA_TAGGER_OFF)
    ]


def test_a_title_alone_before_a_name_is_no_person() -> None:
    text = "أكد إمام المسجد الشيخ الدكتور عبدالرحمن السديس أن الأمر جلل ."
    runs = [["الشيخ"], ["عبدالرحمن", "السديس"]]
    assert _persons(text, runs) == ["عبدالرحمن السديس"]
    assert _persons(text, runs, without=frozenset({"title_alone"})) == ["الشيخ", "عبدالرحمن السديس"]


def test_a_title_alone_that_is_nobody_s_surname_is_no_person() -> None:
    assert _persons("وحدد القاضي قيمة الكفالة أمس .", [["القاضي"]]) == []


def test_a_title_word_that_is_a_surname_of_the_article_stays() -> None:
    text = "قال حسين الحاج أمس ، وقال « الحاج » : نحن هنا ."
    assert _persons(text, [["حسين", "الحاج"], ["الحاج"]]) == ["حسين الحاج", "الحاج"]


def test_a_surname_spread_by_the_article_is_no_person_before_a_name() -> None:
    text = "قال عبدالعزيز آل الشيخ إن الشيخ عبدالرحمن السديس خطب ."
    runs = [["عبدالعزيز", "آل", "الشيخ"], ["عبدالرحمن", "السديس"]]
    assert _persons(text, runs) == ["عبدالعزيز آل الشيخ", "عبدالرحمن السديس"]
    off = frozenset({"title_alone"})
    assert _persons(text, runs, without=off) == ["عبدالعزيز آل الشيخ", "الشيخ", "عبدالرحمن السديس"]


def test_a_mark_opened_inside_a_name_closes_it() -> None:
    tags = ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O"]
    assert _mentions('زار الوزير سجن " نفحة " أمس .', tags) == [('سجن " نفحة "', "place")]
    assert _mentions("زار الوزير قصر « المعاشيق » أمس .", tags) == [("قصر « المعاشيق »", "place")]
    assert _mentions("زار الوزير معسكر ( رويك ) أمس .", tags) == [("معسكر ( رويك )", "place")]
    with_mark = ["O", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O"]  # the tagger took the closing mark
    assert _mentions('زار الوزير سجن " نفحة " أمس .', with_mark) == [('سجن " نفحة "', "place")]


def test_a_mark_opened_before_the_name_stays_outside() -> None:
    tags = ["O", "O", "O", "B-LOC", "O", "O", "O"]
    assert _mentions("زار الوزير « المعاشيق » أمس .", tags) == [("المعاشيق", "place")]
    assert _mentions('زار الوزير " نفحة " أمس .', tags) == [("نفحة", "place")]


def test_the_closing_mark_rule_can_be_switched_off() -> None:
    tags = ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O"]
    off = frozenset({"closing_mark"})
    assert _mentions("زار الوزير قصر « المعاشيق » أمس .", tags, without=off) == [("قصر « المعاشيق", "place")]


def _titles(text: str, name: list[str]) -> list[str]:
    """The titles peeled around the one person mention whose tokens are `name`."""
    sentences = split_sentences(text)
    tokens = [t.text for t in sentences[0]]
    k = next(i for i in range(len(tokens)) if tokens[i : i + len(name)] == name)
    tags = ["O"] * len(tokens)
    tags[k : k + len(name)] = ["B-PER"] + ["I-PER"] * (len(name) - 1)
    mentions = build_mentions(text, sentences, [tags], unit_rules=False, without=QALA_TAGGER_OFF)
    return [t for m in mentions if m.type == "person" for t in m.titles]


def test_a_long_role_title_before_a_rank_and_name_is_read_whole() -> None:
    text = "أكد قائد حرس الحدود في قطاع سقام بمنطقة نجران العقيد صالح القحطاني أن الوضع آمن ."
    assert _titles(text, ["صالح", "القحطاني"]) == ["العقيد", "قائد حرس الحدود في قطاع سقام بمنطقة نجران"]


def test_a_role_title_may_open_with_a_definite_head() -> None:
    text = "كشف الرئيس العام لرعاية الشباب الأمير عبدالله بن مساعد أن الهواة انتهوا ."
    assert _titles(text, ["عبدالله", "بن", "مساعد"]) == ["الأمير", "الرئيس العام لرعاية الشباب"]


def test_a_role_with_adjectives_tagged_as_a_unit_is_no_mention() -> None:
    tags = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O", "O"]
    text = "وقالت الممثلة الأمريكية ديمي مور إنها حزينة ."
    assert _mentions(text, tags) == [("ديمي مور", "person")]
    off = frozenset({"title_of_next"})  # before a name `_title_of_next` reads it (RVF4)
    assert _mentions(text, tags, without=off) == [("الممثلة الأمريكية", "unit"), ("ديمي مور", "person")]


def test_a_unit_named_after_its_head_and_adjectives_stays() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert _mentions("وقالت الحكومة اليمنية إنها مستعدة .", tags) == [("الحكومة اليمنية", "unit")]
    assert _mentions("وقال المجلس الأعلى إنه مستعد .", tags) == [("المجلس الأعلى", "unit")]


def test_a_role_title_after_the_name_may_open_with_a_definite_head() -> None:
    text = "وقال محمد العمري المدير العام للعلاقات الخارجية إن الحوار مهم ."
    assert _titles(text, ["محمد", "العمري"]) == ["المدير العام للعلاقات الخارجية"]


def _titles_by_person(text: str, runs: list[list[str]]) -> dict[str, list[str]]:
    """Each person mention's titles, the tagger's person spans given as runs of tokens."""
    sentences = split_sentences(text)
    tokens = [t.text for t in sentences[0]]
    tags = ["O"] * len(tokens)
    for run in runs:
        k = next(i for i in range(len(tokens)) if tokens[i : i + len(run)] == run)
        tags[k : k + len(run)] = ["B-PER"] + ["I-PER"] * (len(run) - 1)
    mentions = build_mentions(text, sentences, [tags], unit_rules=False, without=QALA_TAGGER_OFF)
    return {m.text: list(m.titles) for m in mentions if m.type == "person"}


def test_a_role_after_one_name_is_not_the_next_name_s() -> None:
    text = "ويضم المجلس حسن روحاني رئيس الجمهورية ، وعلي لاريجاني رئيس البرلمان ."
    titles = _titles_by_person(text, [["حسن", "روحاني"], ["وعلي", "لاريجاني"]])
    assert titles == {"حسن روحاني": ["رئيس الجمهورية"], "وعلي لاريجاني": ["رئيس البرلمان"]}  # no lexicon: و stays


def test_a_role_before_a_name_never_reaches_into_another_name() -> None:
    text = "التقى وزير الخارجية الأميركي جون كيري ونظيره السعودي عادل الجبير أمس ."
    titles = _titles_by_person(text, [["جون", "كيري"], ["عادل", "الجبير"]])
    # session 23 (TTL1): «نظيره» opens a title (gold 548), so his is «نظيره السعودي», still nothing of Kerry's
    assert titles == {"جون كيري": ["وزير الخارجية الأميركي"], "عادل الجبير": ["نظيره السعودي"]}


def test_a_nisba_surname_after_a_definite_noun_is_its_adjective() -> None:
    text = "قاد محمود الأحوازي الجبهة ، وأيد الشعب الأحوازي قراره ، وقال الأحوازي إنه مستمر ."
    assert _persons(text, [["محمود", "الأحوازي"]]) == ["محمود الأحوازي", "الأحوازي"]
    off = frozenset({"nisba_surname"})
    assert _persons(text, [["محمود", "الأحوازي"]], without=off) == ["محمود الأحوازي", "الأحوازي", "الأحوازي"]


def test_the_bare_central_bank_is_no_mention_but_with_a_nisba_it_is() -> None:
    assert _mentions("وقال البنك المركزي إن الاحتياطي كاف .", ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"]) == []
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"]
    assert _mentions("وقال البنك المركزي اليمني إن الاحتياطي كاف .", tags) == [("البنك المركزي اليمني", "unit")]


def test_a_place_name_prefix_keeps_its_first_letter() -> None:
    tags = ["O", "B-LOC", "I-LOC", "O", "O", "O"]  # ادي (أدى) is the more frequent word: the rule alone keeps و
    assert _mentions("ويقع وادي حضرموت شرق البلاد .", tags) == [("وادي حضرموت", "place")]


def test_a_name_seen_after_a_preposition_keeps_its_first_letter_everywhere() -> None:
    tags = ["O", "O", "B-LOC", "O", "O", "O", "O", "O", "B-LOC", "O", "O"]
    text = "زار الوفد بابل أمس ، وقال إن في بابل آثارا ."
    assert _mentions(text, tags) == [("بابل", "place"), ("بابل", "place")]
    tags = ["O", "O", "B-LOC", "O", "O", "O", "O", "O", "B-LOC", "O", "O"]  # a glued ب is still cut elsewhere
    text = "وصل الوفد ببغداد أمس ، وقال إن في بغداد آثارا ."
    assert _mentions(text, tags) == [("بغداد", "place"), ("بغداد", "place")]


def test_a_name_after_a_place_trigger_keeps_its_first_letter() -> None:
    tags = ["O", "O", "B-LOC", "O", "O"]
    assert _mentions("وتشهد محافظة بابل احتجاجات .", tags) == [("بابل", "place")]
