"""Attribution words with an unnamed or named source (session 25, BHS1): each fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import run

CLAUSE = "وقتل ثلاثة أشخاص في قصف على السوق"


def test_tibqan_li_closes_its_clause_like_wafqan_li() -> None:
    claims, _ = run(f"{CLAUSE}، طبقا لمصادر طبية.", [])
    assert [(c.text, c.speaker.text if c.speaker else None) for c in claims] == [(CLAUSE, "مصادر طبية")]
    assert claims[0].speaker is not None and claims[0].speaker.kind == "descriptive"


def test_tibqan_li_a_law_is_no_claim() -> None:
    claims, _ = run("وصدرت الأحكام على المتهمين الثلاثة طبقا للقانون.", [])
    assert claims == []


def test_a_saying_word_after_hasab_is_stepped_over_to_its_speaker() -> None:
    claims, _ = run(f"{CLAUSE}، حسب وصف مسؤولين حكوميين.", [])
    assert [(c.text, c.speaker.text if c.speaker else None) for c in claims] == [(CLAUSE, "مسؤولين حكوميين")]


def test_a_saying_word_glued_to_lam_after_wafqan_is_stepped_over() -> None:
    claims, _ = run("ووفقا لتصريحات مسؤولين أمنيين، فإن المهاجمين فروا باتجاه الجبال.", [])
    assert [(c.text, c.speaker.text if c.speaker else None) for c in claims] == [
        ("المهاجمين فروا باتجاه الجبال", "مسؤولين أمنيين")
    ]


def test_awrada_is_a_speech_cue() -> None:
    claims, _ = run("وأوردت مصادر محلية أن المهاجمين فروا باتجاه الجبال.", [])
    assert [(c.text, c.speaker.text if c.speaker else None) for c in claims] == [
        ("المهاجمين فروا باتجاه الجبال", "مصادر محلية")
    ]


def test_awrada_after_bihasab_ma_reports_the_clause_before() -> None:
    claims, _ = run(f"{CLAUSE}، بحسب ما أوردت مصادر محلية.", [])
    assert [(c.text, c.speaker.text if c.speaker else None) for c in claims] == [(CLAUSE, "مصادر محلية")]


def test_a_same_word_after_the_attributions_source_is_stepped_over() -> None:
    text = "وقالت مصادر عسكرية إن القوات أطلقت النار. ووفقا للمصادر نفسها، فقد ردت القوات بقوة."
    claims, _ = run(text, [])
    assert [c.text for c in claims] == ["القوات أطلقت النار", "فقد ردت القوات بقوة"]
    assert [c.speaker.text if c.speaker else None for c in claims] == ["مصادر عسكرية", "مصادر عسكرية"]
