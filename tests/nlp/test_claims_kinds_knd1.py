"""Unnamed speakers' kind, session 22 (KND1; GUIDELINES 9.19, 9.31.2, 9.32.8, 9.32.23): a bare plural naming people by
trade, allegiance or nation is anonymous however it was read."""

from __future__ import annotations

from tests.nlp.test_claims_kinds_rvf2 import speaker_kind


def test_a_bare_trade_allegiance_or_nation_plural_is_anonymous() -> None:
    """«ويقول التجار» (train-a 478)، «قال الجمهوريون» (537)، «ويقول اليمنيون» (213): a lone definite word jumped over
    as the subject names no one (9.32.8, 9.19); fails without speaker.bare_people. Guards: «الأمنيون» (a field
    plural) and «سكان» stay descriptive."""
    assert speaker_kind("ويقول التجار إن الأسعار ارتفعت.") == "anonymous"
    assert speaker_kind("وقال الجمهوريون إن الاتفاق سيئ.") == "anonymous"
    assert speaker_kind("ويقول اليمنيون إن الحرب طالت.") == "anonymous"
    assert speaker_kind("وقال الأمنيون إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال سكان إن الهدنة انهارت.") == "descriptive"
