"""نقل with عن straight after it («ونقل عن مسؤول أمني قوله …»، «وكانت صحيفة "الأيام" نقلت عن مصادر عسكرية أن …»): the
one after عن speaks, a body named right before the verb relays (session 25, BHS1): each fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run

PAPER: Ent = ("الأيام", "unit", "صحيفة الأيام", ())


def test_passive_naql_an_takes_the_speaker_after_an() -> None:
    claims, _ = run("ونقل عن مسؤول أمني قوله إن ثلاثة أشخاص قتلوا في القصف.", [])
    assert [(c.text, c.speaker.text if c.speaker else None) for c in claims] == [
        ("ثلاثة أشخاص قتلوا في القصف", "مسؤول أمني")
    ]


def test_a_body_before_naqalat_an_is_the_source_not_the_speaker() -> None:
    claims, ms = run('وكانت صحيفة "الأيام" نقلت عن مصادر عسكرية أن ثلاثة أشخاص قتلوا في القصف.', [PAPER])
    assert [(c.text, c.speaker.text if c.speaker else None) for c in claims] == [
        ("ثلاثة أشخاص قتلوا في القصف", "مصادر عسكرية")
    ]
    assert claims[0].source is not None and claims[0].source.mention is not None
    assert ms[claims[0].source.mention].canonical == "صحيفة الأيام"
