"""Unnamed speakers, session 21 (SPK8; issue 13, GUIDELINES 9.29.4, 9.31.10): a locator after a speaker's place stays
out of the phrase, and a source close to a file or an investigation is anonymous. Each test fails without its rule
(named in it)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, first_speaker


def test_a_locator_after_the_place_is_left_out() -> None:
    """«أطباء في حي التضامن | جنوب دمشق»، «مصادر في جمهورية الشيشان | في شمال القوقاز»: a direction after the
    speaker's place locates the place and is no part of the phrase (9.29.4, with or without a preposition); fails
    without qualifiers.locator (in extents.whole_phrase and qualifiers.source_qualifier)."""
    places: list[Ent] = [("التضامن", "place", "التضامن", ()), ("دمشق", "place", "دمشق", ())]
    text = "وقال أطباء في حي التضامن جنوب دمشق إن عدد المصابين سيتجاوز الخمسين."
    assert first_speaker(text, places)[0] == "أطباء في حي التضامن"
    chechnya: list[Ent] = [("الشيشان", "place", "الشيشان", ()), ("القوقاز", "place", "القوقاز", ())]
    text = "وقالت مصادر محلية في جمهورية الشيشان في شمال القوقاز إن الاشتباكات توقفت."
    assert first_speaker(text, chechnya)[0] == "مصادر محلية في جمهورية الشيشان"
    abyan: list[Ent] = [("ابين", "place", "ابين", ()), ("اليمن", "place", "اليمن", ())]
    text = "وقالت مصادر محلية في محافظة «ابين» بجنوب اليمن، إن طيران التحالف قصف مواقع."
    assert first_speaker(text, abyan)[0] == "مصادر محلية في محافظة «ابين»"


def test_a_place_after_a_direction_word_stays_a_place() -> None:
    """Guard: «في شمال القوقاز» right after the source noun is its place (no place before it to locate)."""
    caucasus: list[Ent] = [("القوقاز", "place", "القوقاز", ())]
    text = "وقالت مصادر في شمال القوقاز إن الاشتباكات توقفت."
    assert first_speaker(text, caucasus)[0] == "مصادر في شمال القوقاز"


def test_a_source_close_to_a_file_or_an_investigation_is_anonymous() -> None:
    """«مصدر مقرب من الملف»، «مصدر قريب من التحقيقات»: a file or an investigation is no body, the source stays
    anonymous (9.31.10); close to a body or a person it is descriptive; fails without extents.located's `close` asking
    for a name (and تحقيق، تحقيقات in data/unplaced_nouns.txt)."""
    assert first_speaker("وقال مصدر مقرب من الملف إن المفاوضات توقفت.") == ("مصدر مقرب من الملف", "anonymous")
    assert first_speaker("وقال مصدر قريب من التحقيقات إن المتهم اعترف.")[1] == "anonymous"
    assert first_speaker("وقال مصدر مقرب من الحكومة إن المفاوضات توقفت.")[1] == "descriptive"  # guard: a body
    hadi: list[Ent] = [("هادي", "person", "عبد ربه منصور هادي", ())]
    assert first_speaker("وقال مصدر مقرب من هادي إن المفاوضات توقفت.", hadi)[1] == "descriptive"  # guard: a person
