"""Claim sources, session 23 (RVF7; issue 13, GUIDELINES §6 source, 9.6): RV7's review of speech.told_between — a medium
between the cue and its content is the claim's source only when the speaker gave it the words: not past the next
claim's cue, not his employer, not a topic or a party after مع/إلى, not the speaker himself."""

from __future__ import annotations

from app.nlp.types import Claim
from tests.nlp.test_claims import NAJM, Ent
from tests.nlp.test_claims_sources_s23 import _run

REUTERS: Ent = ("رويترز", "unit", "رويترز", ())
BBC: Ent = ("هيئة الإذاعة البريطانية", "unit", "هيئة الإذاعة البريطانية", ())
JAZEERA: Ent = ("الجزيرة", "unit", "الجزيرة", ())
HALL: Ent = ("توني هول", "person", "توني هول", ())
HALL_SHORT: Ent = ("هول", "person", "توني هول", ())
CHANNEL: Ent = ("الإخبارية", "unit", "الإخبارية", ())


def _said(text: str, ents: list[Ent], media: str, key: str) -> Claim:
    claims, _ = _run(text, ents, media)
    return next(c for c in claims if key in c.text)


def test_a_postposed_cue_stops_at_the_next_claims_cue() -> None:
    """««…»، قال أحمد نجم، بينما قال المتحدث باسم الجيش لـ"رويترز" إن …»: Reuters is the second claim's outlet."""
    text = '«الوضع مستقر في المدينة كلها»، قال أحمد نجم، بينما قال المتحدث باسم الجيش لـ"رويترز" إن المعارك مستمرة.'
    claims, _ = _run(text, [NAJM, REUTERS], "رويترز")
    first = next(c for c in claims if "مستقر" in c.text)
    second = next(c for c in claims if "مستمرة" in c.text)
    assert first.source is None
    assert second.source is not None and second.source.text == "رويترز"


def test_the_speakers_employer_in_a_wahuwa_clause_is_no_source() -> None:
    """«وقال توني هول، وهو المدير العام لهيئة الإذاعة البريطانية، إن …»: the BBC employs him; no source, none
    inherited by his next claim."""
    text = "وقال توني هول، وهو المدير العام لهيئة الإذاعة البريطانية، إن الميزانية كافية. وأضاف هول أن الخطة جاهزة."
    ents = [HALL, HALL_SHORT, BBC]
    assert _said(text, ents, "هيئة الإذاعة البريطانية", "كافية").source is None
    assert _said(text, ents, "هيئة الإذاعة البريطانية", "جاهزة").source is None


def test_the_speakers_employer_after_a_word_of_work_is_no_source() -> None:
    """«، الذي يعمل مراسلا لهيئة الإذاعة البريطانية،»: where he works, not whom he told."""
    text = "وقال أحمد نجم، الذي يعمل مراسلا لهيئة الإذاعة البريطانية، إن الميزانية كافية."
    assert _said(text, [NAJM, BBC], "هيئة الإذاعة البريطانية", "كافية").source is None


def test_a_medium_after_ma_or_ila_without_a_talk_word_is_no_source() -> None:
    """«في إشارة إلى "الجزيرة"»، «في خلافه المستمر مع "الجزيرة"»، «بعد لقائه مع "الجزيرة"»: a topic or a party."""
    for phrase in ('في إشارة إلى "الجزيرة"', 'في خلافه المستمر مع "الجزيرة"', 'بعد لقائه مع "الجزيرة" ومسؤولين آخرين'):
        text = f"وقال أحمد نجم، {phrase}، إن القناة منحازة."
        assert _said(text, [NAJM, JAZEERA], "الجزيرة", "منحازة").source is None, phrase


def test_a_medium_after_ila_with_a_talk_word_is_the_source() -> None:
    """«، في تصريحات أدلى بها إلى رويترز،» past where the zone stopped: Reuters was given the words."""
    text = "وقال أحمد نجم، المسؤول السابق، في تصريحات أدلى بها إلى رويترز، إن الأطراف مازالت تتحاور."
    said = _said(text, [NAJM, REUTERS], "رويترز", "تتحاور")
    assert said.source is not None and said.source.text == "رويترز"


def test_a_medium_after_an_unquoted_lone_lam_is_the_source() -> None:
    """«، وهو مسؤول سابق في الوزارة، لـ رويترز،»: لـ written apart, the name unquoted."""
    text = "وقال أحمد نجم، وهو مسؤول سابق في الوزارة، لـ رويترز، إن الأطراف مازالت تتحاور."
    said = _said(text, [NAJM, REUTERS], "رويترز", "تتحاور")
    assert said.source is not None and said.source.text == "رويترز"


def test_the_speaker_is_never_his_own_source() -> None:
    """«وقالت رويترز، في تعليق لاحق لـ رويترز، إن …»: the medium is the speaker, as `told_object` skips him."""
    text = "وقالت رويترز، في تعليق لاحق لـ رويترز، إن القناة منحازة."
    said = _said(text, [REUTERS], "رويترز", "منحازة")
    assert said.speaker is not None and said.speaker.text == "رويترز"
    assert said.source is None


def test_a_medium_after_ma_and_an_outlet_word_is_the_source() -> None:
    """«، وهو مسؤول سابق تحدث مع قناة الإخبارية،»: the class noun قناة outside the mention is stepped over."""
    text = "وقال أحمد نجم، وهو مسؤول سابق تحدث مع قناة الإخبارية، إن الأطراف مازالت تتحاور."
    said = _said(text, [NAJM, CHANNEL], "الإخبارية", "تتحاور")
    assert said.source is not None and said.source.text == "الإخبارية"
