"""Unnamed speakers' kind, session 25 (KND1; GUIDELINES 9.18, 9.35.6e): a witness alone is bound by itself."""

from __future__ import annotations

from tests.nlp.test_claims_kinds_rvf2 import speaker_kind


def test_a_single_witness_is_bound_like_witnesses() -> None:
    """«وقال شاهد»، «شاهدة أخرى»: a witness is a place's or an event's like «شهود» (9.18; 9.35.6e: «شاهدة أخرى»
    descriptive); fails without «شاهد/شاهدة» in data/bound_groups.txt. Guard: «شهود عيان» stays descriptive."""
    assert speaker_kind("وقال شاهد إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقالت شاهدة إن الهدنة انهارت.") == "descriptive"
    assert speaker_kind("وقال شهود عيان إن الهدنة انهارت.") == "descriptive"
