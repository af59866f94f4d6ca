"""نقل with no عن after a postposed link («…، وفق ما نقلت وكالة الأناضول») reports the clause before it (session 25,
BHS1): fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run

AGENCY: Ent = ("وكالة الأنباء الرسمية", "unit", "وكالة الأنباء الرسمية", ())
CLAUSE = "وقتل ثلاثة أشخاص في قصف على السوق"


def test_naql_without_an_after_a_postposed_link_reports_the_clause_before() -> None:
    claims, ms = run(f"{CLAUSE}، وفق ما نقلت وكالة الأنباء الرسمية.", [AGENCY])
    assert [c.text for c in claims] == [CLAUSE]
    assert claims[0].speaker is not None and claims[0].speaker.mention is not None
    assert ms[claims[0].speaker.mention].canonical == "وكالة الأنباء الرسمية"


def test_naql_without_an_and_no_link_still_needs_its_complement() -> None:
    claims, _ = run(f"{CLAUSE}، ثم نقلت وكالة الأنباء الرسمية صور القصف.", [AGENCY])
    assert claims == []
