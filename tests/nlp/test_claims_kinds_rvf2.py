"""Unnamed speakers' kind after the review of session 19 (RVF2; RV2 findings 1-5, GUIDELINES 9.5, 9.18, 9.19): a vague
word, an affair or a generic place places no one, a count stays a count past its adjectives, an adjective's construct
is no body, a state or a capital named as a mention leaves the source anonymous, and a people noun names no one."""

from __future__ import annotations

from tests.nlp.test_claims import run

Mention = tuple[str, str, str, tuple[str, ...]]


def place(name: str) -> Mention:
    """A place mention given to run(), as tests.nlp.test_claims expects it."""
    return (name, "place", name, ())


def speaker_kind(text: str, mentions: list[Mention] | None = None) -> str:
    """The kind of the first claim's speaker."""
    claims, _ = run(text, mentions or [])
    assert claims and claims[0].speaker is not None
    return claims[0].speaker.kind


def test_an_affair_or_a_generic_place_places_no_one() -> None:
    """«مراقبون في الساحة اليمنية»، «مسؤولون من الجانبين»، «مصادر في المنطقة»: anonymous (9.5's vague plurals, train-a
    226); fails without data/unplaced_nouns.txt and extents.placing's generic-place test."""
    assert speaker_kind("وقال مراقبون في الساحة اليمنية إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال مسؤولون من الجانبين إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مصادر في المنطقة إن الهدنة انهارت.") == "anonymous"


def test_a_source_close_to_a_body_and_a_named_region_stay_descriptive() -> None:
    """Guards: «مصدر قريب من الحكومة» (GUIDELINES «مصدر قريب من X»: descriptive; close to an investigation it is
    anonymous since 9.31.10, tests/nlp/test_claims_unnamed_s21.py), «مصادر داخل المقاومة»."""
    assert speaker_kind("وقال مصدر قريب من الحكومة إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقالت مصادر داخل المقاومة إن الهدنة انهارت.") == "descriptive"


def test_a_count_with_its_adjective_is_still_a_count() -> None:
    """«عدد كبير من المواطنين»، «عدد قليل من»، «العشرات من»: the people counted, anonymous (9.5); fails without
    extents.counted looking past the adjective and العشرات/قليل in data/source_quantities.txt."""
    assert speaker_kind("وقال عدد كبير من المواطنين إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال عدد قليل من المواطنين إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال العشرات من المواطنين إن الهدنة انهارت.") == "anonymous"


def test_an_adjective_in_construct_is_no_body() -> None:
    """«مصادر واسعة الاطلاع»، «مصادر وثيقة الصلة بالملف»: vague, as «مصادر مطلعة» (9.5); fails without the
    vague-qualifier skip in extents.body_genitive."""
    assert speaker_kind("وقالت مصادر واسعة الاطلاع إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مصادر وثيقة الصلة بالملف إن الهدنة انهارت.") == "anonymous"


def test_a_state_or_its_capital_named_as_a_mention_places_no_one() -> None:
    """«مصادر في نيجيريا» (train-a 172)، «مسؤولون في واشنطن» (537)، «مصادر في الولايات المتحدة», the places given as
    mentions: anonymous (9.19); «مصادر في لحج» stays descriptive (guard). Fails without extents.qualifying_mention in
    speaker.described and data/state_places.txt."""
    assert speaker_kind("وقالت مصادر في نيجيريا إن الهدنة انهارت.", [place("نيجيريا")]) == "anonymous"
    assert speaker_kind("وقال مسؤولون في واشنطن إن الهدنة انهارت.", [place("واشنطن")]) == "anonymous"
    us = "الولايات المتحدة"
    assert speaker_kind(f"وقالت مصادر في {us} إن الهدنة انهارت.", [place(us)]) == "anonymous"
    assert speaker_kind("وقالت مصادر في لحج إن الهدنة انهارت.", [place("لحج")]) == "descriptive"


def test_a_fronted_subject_in_a_state_places_no_one() -> None:
    """«وكان مسؤولون في واشنطن أكدوا أن» (continuing.words_ref): read as the phrase after a verb (9.19)."""
    assert speaker_kind("وكان مسؤولون في واشنطن أكدوا أن الهدنة انهارت.", [place("واشنطن")]) == "anonymous"
    assert speaker_kind("وكان مسؤولون في لحج أكدوا أن الهدنة انهارت.", [place("لحج")]) == "descriptive"


def test_a_people_noun_names_no_one_a_field_head_does() -> None:
    """«دبلوماسي أميركي»، «دبلوماسيون»: anonymous (9.18); «عسكريون»، «أمنيون» descriptive (9.18: «أمنيون» 321, train-a
    321 «عسكريون»). Fails without data/people_nouns.txt in speaker.field_group (it took any plural head)."""
    assert speaker_kind("وقال دبلوماسي أميركي إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال دبلوماسي صيني كبير إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال دبلوماسيون إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال عسكريون إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال أمنيون إن الهدنة انهارت.") == "descriptive"


def test_every_reading_of_an_unnamed_phrase_agrees() -> None:
    """«وقال أمنيون» and «وكان أمنيون أكدوا» (continuing.words_ref, which skipped the head's field word) are both
    descriptive; «دبلوماسي صيني كبير» anonymous either way (RV2 finding 6: one extents.qualifies)."""
    assert speaker_kind("وكان أمنيون أكدوا أن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وكان دبلوماسي صيني كبير أكد أن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال دبلوماسي صيني كبير إن الهدنة انهارت.") == "anonymous"


def test_what_the_phrase_gains_past_the_rules_can_place_it() -> None:
    """«دول مجاورة | في منطقة شرق افريقيا» (train-a 179): the rules stop before the place, extents.whole_phrase gains it
    and reads the kind again (9.19: a place below the state); fails if whole_phrase keeps the rules' kind (RV2 7)."""
    text = "وقالت دول مجاورة في منطقة شرق افريقيا إن الهدنة انهارت."
    assert speaker_kind(text, [place("شرق افريقيا")]) == "descriptive"
