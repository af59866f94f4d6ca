"""Claim sources, session 19 (SPK2; issue 13, GUIDELINES 9.10, 9.19): fails without documents.in_construct."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

MINISTRY: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())


def test_a_statement_in_construct_with_its_body_is_the_source() -> None:
    """«وأكد بيان وزارة الصحة أن …»: the ministry speaks, the statement («بيان», as «بيان صادر عن X») is the source."""
    text = "وأكد بيان وزارة الصحة أن عدد المصابين ارتفع إلى عشرين شخصا."
    claims, mentions = run(text, [MINISTRY])
    assert speaker_name(claims[0], mentions) == "وزارة الصحة"
    assert claims[0].source is not None and claims[0].source.text == "بيان"
