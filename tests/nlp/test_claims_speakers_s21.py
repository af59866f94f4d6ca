"""Speakers, session 21 (SPK11; issue 13, GUIDELINES 9.13, 9.15, 9.20): fail without speaker.informant_before (a
bare «المصدر» after an unnamed informant of another head) and vocab.source_stem's construct plural («مصابو»)."""

from __future__ import annotations

from app.nlp.claims.vocab import source_stem
from app.nlp.morphology import strip_article
from app.nlp.normalize import normalize
from tests.nlp.test_claims import Ent, speaker_of

PORT: Ent = ("ميناء الحديدة", "place", "ميناء الحديدة", ())


def test_a_bare_source_noun_goes_back_to_the_unnamed_informant_before_it() -> None:
    """«وقال أحد العاملين في جمارك ميناء الحديدة … وتابع المصدر»: the head need not repeat (9.20, 453)."""
    text = (
        "وقال أحد العاملين في جمارك ميناء الحديدة إن السفن غيرت مسارها نحو عدن. وتابع المصدر أن الميناء خسر موردا هاما."
    )
    assert speaker_of(text, [PORT], "موردا").startswith("أحد العاملين في جمارك")


def test_a_bare_source_noun_skips_no_informant_phrase() -> None:
    """«وأفادت وسائل إعلام محلية … وتابع المصدر»: a medium names no informant; the bare noun stays as written."""
    text = "وأفادت وسائل إعلام محلية بأن السفن غيرت مسارها نحو عدن. وتابع المصدر أن الميناء خسر موردا هاما."
    assert speaker_of(text, [], "موردا") == "المصدر"


def test_a_bare_source_noun_skips_a_medium_behind_a_quantifier() -> None:
    """«إحدى وسائل الإعلام المحلية»، «بعض المواقع الإخبارية»: still media (9.21); «أحد العاملين» stays an informant."""
    for opening in ("وذكرت إحدى وسائل الإعلام المحلية", "وذكرت بعض المواقع الإخبارية"):
        text = f"{opening} أن السفن غيرت مسارها. وتابع المصدر أن الميناء خسر موردا هاما."
        assert speaker_of(text, [], "موردا") == "المصدر", opening
    text = "وقال أحد العاملين في الميناء إن السفن غيرت مسارها. وتابع المصدر أن الميناء خسر موردا هاما."
    assert speaker_of(text, [], "موردا").startswith("أحد العاملين")


def test_a_construct_plural_introduces_the_bare_plural_after_it() -> None:
    """«أكد مصابو التفجير … وأضاف المصابون»: one stem, the bare plural is the phrase that introduced it (9.15)."""
    text = (
        "ومن جانبهم، أكد مصابو التفجير الإرهابي أن ما حدث يعتبر دافعا قويا لهم. وأضاف المصابون بأن أرواحهم فداء للوطن."
    )
    assert speaker_of(text, [], "أرواحهم").startswith("مصابو التفجير")


def test_the_construct_plural_stem_drops_a_final_waw_only_from_a_listed_head() -> None:
    """RV2: «مصابو»، «مسؤولو» lose the و; a name or loan ending in و (راديو، كيودو، طوكيو، يونيو) keeps it."""
    assert source_stem(normalize("مصابو")) == source_stem(normalize("المصابون"))
    assert source_stem(normalize("مسؤولو")) == source_stem(normalize("المسؤولون"))
    for word in ("راديو", "كيودو", "طوكيو", "يونيو", "الكونغو"):
        assert source_stem(normalize(word)) == strip_article(normalize(word)), word


def test_a_headline_attribution_speaker_is_not_the_body_discourse() -> None:
    """RV2: «… بحسب أحد العاملين في المستشفى» in the headline; a bare «وأضاف المصدر» opening the body stays itself."""
    text = (
        "مقتل خمسة جنود في هجوم على معسكر بحسب أحد العاملين في المستشفى\n\n"
        "وأضاف المصدر أن الهجوم وقع ليلا وأن المهاجمين فروا.\n\nوتابع أن الوضع صعب."
    )
    assert speaker_of(text, [], "المهاجمين") == "المصدر"
