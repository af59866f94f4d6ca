"""Unnamed speakers' kind, session 22 (KND1; GUIDELINES 9.19, 9.31.2, 9.32.8, 9.32.23): a bare plural naming people by
trade, allegiance or nation is anonymous however it was read."""

from __future__ import annotations

from tests.nlp.test_claims import names
from tests.nlp.test_claims_kinds_rvf2 import speaker_kind
from tests.nlp.test_claims_named_later_s14 import PLAIN


def test_a_bare_trade_allegiance_or_nation_plural_is_anonymous() -> None:
    """«ويقول التجار» (train-a 478)، «قال الجمهوريون» (537)، «ويقول اليمنيون» (213): a lone definite word jumped over
    as the subject names no one (9.32.8, 9.19); fails without speaker.bare_people. Guards: «الأمنيون» (a field
    plural) and «سكان» stay descriptive."""
    assert speaker_kind("ويقول التجار إن الأسعار ارتفعت.") == "anonymous"
    assert speaker_kind("وقال الجمهوريون إن الاتفاق سيئ.") == "anonymous"
    assert speaker_kind("ويقول اليمنيون إن الحرب طالت.") == "anonymous"
    assert speaker_kind("وقال الأمنيون إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال سكان إن الهدنة انهارت.") == "descriptive"


def test_an_official_with_only_a_rank_or_nationality_is_anonymous() -> None:
    """«مسؤول»، «مسؤول كبير»، «مسؤول سوري»: read as a title they named no one and were descriptive; «مسؤول (رفيع) +
    nisba» is anonymous (9.9, 9.31.2). Fails without vocab.vague_role in speaker.described. Guards: a field or a field
    in construct («مسؤول أمني»، «مسؤول دفاع أميركي بارز», train-a 541) stays descriptive."""
    assert speaker_kind("وقال مسؤول إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال مسؤول كبير إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال مسؤول سوري إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال مسؤول رفيع المستوى إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال مسؤول أمني إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال مسؤول دفاع أميركي بارز إن الهدنة انهارت.") == "descriptive"


def test_an_anonymous_official_restated_by_a_named_person_is_still_that_person() -> None:
    """«قال مسؤول كبير … وقال نائب المدير كريم الحسن»: the anonymous official is still read for 9.20's restatement
    (named_later.open_description lets a vague role through). It passes at KND1's base too (the official was
    descriptive then, so read anyway): it guards the combination of vocab.vague_role in speaker.described with that
    change, not either alone. Guards for RV4's findings 1-3 are in test_claims_kinds_rvf5.py."""
    text = "وقال مسؤول كبير إن عدد المصابين ارتفع إلى مئة. وقال نائب المدير كريم الحسن إن الحوار جاد."
    assert names(text, [PLAIN])[0] == "كريم الحسن"


def test_local_media_are_anonymous() -> None:
    """«وذكرت وسائل إعلام محلية» (train-a 230): the press, anonymous however local (9.32.4); fails without
    extents.media_means (the field word «محلية» made it descriptive). Guard: «مصادر محلية» stays descriptive."""
    assert speaker_kind("وذكرت وسائل إعلام محلية أن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وذكرت وسائل الإعلام المحلية أن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مصادر محلية إن الهدنة انهارت.") == "descriptive"


def test_witnesses_joined_by_wa_bind_the_coordination() -> None:
    """«مسؤولون وشهود»: a vague noun coordinated with a bound group is descriptive (9.32.21, 875 c4); fails without
    extents.conjoined in bound_group (the و hid «شهود»). Guard: «مسؤولون» alone stays anonymous."""
    assert speaker_kind("وقال مسؤولون وشهود إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال مسؤولون وسكان إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال مسؤولون إن الهدنة انهارت.") == "anonymous"


def test_a_sides_fighters_are_descriptive_counted_or_not() -> None:
    """«بعض المتمردين»، «أحد المسلحين»: a part of a side is descriptive (9.32.9; 840 c10); fails without
    data/side_fighters.txt in extents.bound_group (the count left them anonymous)."""
    assert speaker_kind("وقال بعض المتمردين إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال عدد من المسلحين إن الهدنة انهارت.") == "descriptive"


def test_the_investigators_are_the_investigations() -> None:
    """«وقال المحققون» (train-a 288): a bare definite occupation plural tied to the event described is descriptive
    (9.32.31); fails without data/event_bound_definites.txt in extents.bound_group. Guard: «محققون» indefinite stays
    anonymous (9.32.8)."""
    assert speaker_kind("وقال المحققون إن الطائرة سقطت.") == "descriptive"
    assert speaker_kind("وقال محققون إن الطائرة سقطت.") == "anonymous"
