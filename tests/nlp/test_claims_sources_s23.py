"""Claim sources, session 23 (SRC4; issue 13, GUIDELINES §6 source, 9.6, 9.13): fail without speech.told_between, a
medium given the words — glued to ل (segments.told_medium: «، بشأن الهجرة لهيئة الإذاعة البريطانية،») or after a lone
لـ — between the cue and its complement, past where the zone stopped reading, is the claim's source; a body that is no
medium there stays an addressee."""

from __future__ import annotations

from dataclasses import replace

from app.nlp.claims import extract_claims
from app.nlp.tokenize import split_sentences
from app.nlp.types import Claim, Mention
from tests.nlp.test_claims import NAJM, NAJM_SHORT, Ent, mentions_for

BBC: Ent = ("هيئة الإذاعة البريطانية", "unit", "هيئة الإذاعة البريطانية", ())
COUNCIL: Ent = ("مجلس الأمن", "unit", "مجلس الأمن", ())


def _run(text: str, ents: list[Ent], media: str) -> tuple[list[Claim], list[Mention]]:
    """Claims over mentions whose unit `media` has the subtype the tagger gives an outlet."""
    mentions = [replace(m, subtype="media") if m.text == media else m for m in mentions_for(text, ents)]
    return extract_claims(text, split_sentences(text), mentions), mentions


def test_a_medium_glued_to_lam_in_a_segment_after_the_speaker_is_the_source() -> None:
    """«قال أحمد نجم، مبعوث الأمم المتحدة، بشأن الهجرة لهيئة الإذاعة البريطانية، إن …»: the BBC is the outlet, as
    right after the speaker (zones._lam_outlet), and the speaker's next claim keeps it (9.6)."""
    text = (
        "من جانبه، قال أحمد نجم، مبعوث الأمين العام، بشأن الهجرة الدولية لهيئة الإذاعة البريطانية، إن المزاعم "
        "مبالغ فيها. وأضاف نجم أن الحل قريب."
    )
    claims, mentions = _run(text, [NAJM, NAJM_SHORT, BBC], "هيئة الإذاعة البريطانية")
    said = next(c for c in claims if "المزاعم" in c.text)
    later = next(c for c in claims if "قريب" in c.text)
    assert said.source is not None and said.source.mention is not None
    assert mentions[said.source.mention].text == "هيئة الإذاعة البريطانية"
    assert later.source is not None and later.source.text == "هيئة الإذاعة البريطانية"


def test_a_body_that_is_no_medium_glued_to_lam_in_a_segment_is_no_source() -> None:
    """«، في كلمته لمجلس الأمن،»-like segments: a body glued to ل that is no medium is whom he addressed, no outlet."""
    text = "وقال أحمد نجم، بشأن الهجرة الدولية لمجلس الأمن، إن المزاعم مبالغ فيها."
    claims, _ = _run(text, [NAJM, COUNCIL], "")
    said = next(c for c in claims if "المزاعم" in c.text)
    assert said.source is None


REUTERS: Ent = ("رويترز", "unit", "رويترز", ())


def test_a_medium_after_lam_past_where_the_zone_stopped_is_the_source() -> None:
    """«وقال أحمد نجم، وهو ممثل للمؤتمر الوطني العام لـ "رويترز"، إن …»: the zone stops at the comma before the «وهو»
    clause; the medium after لـ before the complement is still whom he told (speech.told_between)."""
    text = 'وقال أحمد نجم، وهو ممثل للمؤتمر الوطني العام في المغرب لـ "رويترز"، إن الأطراف مازالت تتحاور.'
    claims, _ = _run(text, [NAJM, REUTERS], "رويترز")
    said = next(c for c in claims if "تتحاور" in c.text)
    assert said.source is not None and said.source.text == "رويترز"


def test_a_body_after_lam_past_the_zone_that_is_no_medium_is_no_source() -> None:
    """«، وهو ممثل لـ مجلس الأمن،»: a body that is no medium after لـ is whom he represents, never an outlet."""
    text = "وقال أحمد نجم، وهو ممثل دائم لـ مجلس الأمن في المغرب، إن الأطراف مازالت تتحاور."
    claims, _ = _run(text, [NAJM, COUNCIL], "")
    said = next(c for c in claims if "تتحاور" in c.text)
    assert said.source is None


CHANNEL: Ent = ("الإخبارية", "unit", "الإخبارية", ())


def test_a_medium_after_ma_or_ila_past_where_the_zone_stopped_is_the_source() -> None:
    """«، المسؤول السابق … الذي كان يتحدث مع الإخبارية،»: the medium after مع (as after لـ) before the complement."""
    text = "وقال أحمد نجم، المسؤول السابق في الوزارة الذي كان يتحدث مع الإخبارية، إن الأطراف مازالت تتحاور."
    claims, _ = _run(text, [NAJM, CHANNEL], "الإخبارية")
    said = next(c for c in claims if "تتحاور" in c.text)
    assert said.source is not None and said.source.text == "الإخبارية"


def test_a_medium_after_a_postposed_cue_is_the_source() -> None:
    """««…»، قال أحمد نجم، وهو مسؤول سابق في الوزارة، لـ«الإخبارية».»: the content came first, so the medium is read
    from the cue to the sentence end."""
    text = "«الأطراف مازالت تتحاور»، قال أحمد نجم، وهو مسؤول سابق في الوزارة، لـ«الإخبارية»."
    claims, _ = _run(text, [NAJM, CHANNEL], "الإخبارية")
    said = next(c for c in claims if "تتحاور" in c.text)
    assert said.source is not None and said.source.text == "الإخبارية"
