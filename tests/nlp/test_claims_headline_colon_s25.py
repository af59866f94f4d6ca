"""Headline colon claims «X: …» the headline reader missed (session 25, HDL1; GUIDELINES §6 headline colon, 9.20).

Each test fails on the code before it, except three guards of what the new readings must not do:
test_a_quoted_figure_leaves_the_headline_indirect, test_a_repeated_headline_line_stays_one_claim and
test_a_topic_noun_leaves_a_unit_speaker. The headline «مصدر أمني: …» is now a claim by that phrase: session 14's guard
test_a_headline_source_noun_is_its_own_unnamed_speaker now checks that its speaker stays unnamed.
"""

from __future__ import annotations

from app.nlp.types import Claim
from tests.nlp.test_claims import Ent, run, speaker_name

BODY = "\nوقال مسؤول محلي إن الأوضاع هادئة منذ أيام في المنطقة كلها."
OFFICER: Ent = ("سامي العلي", "person", "سامي العلي", ("العميد الركن",))
PRINCE: Ent = ("كريم الحسن", "person", "كريم الحسن", ("الأمير",))
PLAIN: Ent = ("كريم الحسن", "person", "كريم الحسن", ())
MINISTRY: Ent = ("الصحة", "unit", "وزارة الصحة", ())
STATE: Ent = ("الكويت", "place", "الكويت", ())
STATE_B: Ent = ("ليبيا", "place", "ليبيا", ())
UN: Ent = ("الأمم المتحدة", "unit", "الأمم المتحدة", ())


def headline(text: str, ents: list[Ent]) -> tuple[Claim | None, str | None]:
    """The headline's colon claim and its speaker's name (None, None when there is none)."""
    claims, mentions = run(text, ents)
    head = [c for c in claims if c.cue == ":" and c.start < text.index("\n")]
    return (head[0], speaker_name(head[0], mentions)) if head else (None, None)


def test_a_person_after_his_titles_speaks_the_headline() -> None:
    claim, name = headline("العميد الركن سامي العلي: لدينا خطة محكمة لتحرير المدينة" + BODY, [OFFICER])
    assert claim is not None and name == "سامي العلي"
    assert claim.text == "لدينا خطة محكمة لتحرير المدينة"


def test_a_short_phrase_between_the_speaker_and_the_colon_leaves_him_the_speaker() -> None:
    claim, name = headline("الأمير كريم الحسن في القمة الخليجية: سندعم الجيران بكل الإمكانيات" + BODY, [PRINCE])
    assert claim is not None and name == "كريم الحسن"
    claim, name = headline("كريم الحسن لرؤساء تحرير الصحف: دعمنا للجيران لم يتراجع أبدا" + BODY, [PLAIN])
    assert claim is not None and name == "كريم الحسن" and claim.source is None


def test_a_quoted_name_speaks_the_headline() -> None:
    claim, name = headline("«الصحة»: إنهاء الطلبات القديمة أهم من الجديدة" + BODY, [MINISTRY])
    assert claim is not None and name == "وزارة الصحة"


def test_a_group_noun_speaks_the_headline_in_its_own_words() -> None:
    claim, _ = headline("خبراء نفطيون: الطلب على الخام سيتراجع في الشتاء" + BODY, [])
    assert claim is not None and claim.speaker is not None
    assert (claim.speaker.text, claim.speaker.kind) == ("خبراء نفطيون", "descriptive")
    claim, _ = headline("سياسيون: المعارضة فقدت ثقة الشارع منذ شهور" + BODY, [])
    assert claim is not None and claim.speaker is not None
    assert (claim.speaker.text, claim.speaker.kind) == ("سياسيون", "anonymous")


def test_a_partly_quoted_headline_is_direct_and_quotes_the_quoted_words() -> None:
    text = "الكويت: النزاع مع الجيران حول الحدود البحرية “إداري”" + BODY
    claim, name = headline(text, [STATE])
    assert claim is not None and name == "الكويت"
    assert (claim.kind, claim.text) == ("direct", "إداري")


def test_a_quoted_figure_leaves_the_headline_indirect() -> None:
    claim, _ = headline("الأمم المتحدة: مقتل وإصابة «3440» شخصا خلال الشهر" + BODY, [UN])
    assert claim is not None and claim.kind == "indirect" and claim.text.startswith("مقتل")


def test_the_body_keeps_its_own_claim_of_the_headline_s_quoted_words() -> None:
    text = "الكويت: النزاع مع الجيران حول الحدود البحرية “إداري”\nوقال كريم الحسن إن النزاع “إداري”"
    claims, mentions = run(text, [STATE, PLAIN])
    assert [(c.text, speaker_name(c, mentions)) for c in claims] == [("إداري", "الكويت"), ("إداري", "كريم الحسن")]


def test_a_repeated_headline_line_stays_one_claim() -> None:
    line = "الكويت: النزاع مع الجيران حول الحدود البحرية إداري بحت"
    claims, _ = run(line + "\n" + line + BODY, [STATE])
    assert len([c for c in claims if c.cue == ":"]) == 1


def test_a_place_before_news_of_a_killing_is_a_topic() -> None:
    claim, _ = headline("ليبيا: مقتل ثلاثة أشخاص في اشتباكات بالعاصمة" + BODY, [STATE_B])
    assert claim is None


def test_a_topic_noun_leaves_a_unit_speaker() -> None:
    claim, name = headline("الأمم المتحدة: مقتل ثلاثة أشخاص في اشتباكات بالعاصمة" + BODY, [UN])
    assert claim is not None and name == "الأمم المتحدة"
