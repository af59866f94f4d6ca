"""Source phrases kept whole, session 9 (issue 13): each row fails without its rule."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run

DALEA: Ent = ("الضالع", "place", "الضالع", ())
SANAA: Ent = ("صنعاء", "place", "صنعاء", ())
MINISTRY: Ent = ("وزارة الشؤون الاجتماعية", "unit", "وزارة الشؤون الاجتماعية", ())
HOUSING: Ent = ("إدارة الإسكان", "unit", "إدارة الإسكان", ())


@pytest.mark.parametrize(
    ("text", "ents", "phrase"),
    [
        # a second qualifier chained after the first: a place glued to ب, a body after في
        ("وقال مصدر في المقاومة بالضالع إن الحوثيين قصفوا المدينة.", [DALEA], "مصدر في المقاومة بالضالع"),
        (
            "وقال موظف في إدارة الإسكان في وزارة الشؤون الاجتماعية إن عشرين شخصا قتلوا.",
            [HOUSING, MINISTRY],
            "موظف في إدارة الإسكان في وزارة الشؤون الاجتماعية",
        ),
        # a definite kind word, then the place it names
        ("وقال سكان في العاصمة صنعاء إن الطائرات قصفت المطار.", [SANAA], "سكان في العاصمة صنعاء"),
    ],
)
def test_chained_qualifiers_join_the_source(text: str, ents: list[Ent], phrase: str) -> None:
    claims, _ = run(text, ents)
    sp = claims[0].speaker
    assert sp is not None and sp.text == phrase and sp.mention is None
