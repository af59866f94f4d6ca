"""Speaker errors the tagger causes (issue 13, session 21 SPK12): a title the article calls a person by before it
names him. Fails without `named_before.earlier_same`; the guard passes on the code before it."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, names

PLAIN: Ent = ("كريم الحسن", "person", "كريم الحسن", ())


def test_a_title_used_before_the_name_is_the_person_it_is_given_to_later() -> None:
    text = (
        "وقال وزير الطاقة البريطاني إن انخفاض التكلفة جعل الحكومة تراجع خطتها. "
        "لكن كريم الحسن قال إن العروض الحالية جيدة. وقال وزير الطاقة البريطاني إنه سعيد بتراجع التكلفة."
    )
    assert names(text, [PLAIN]) == ["كريم الحسن", "كريم الحسن", "كريم الحسن"]


def test_another_title_before_the_name_stays_a_phrase() -> None:
    text = (
        "وقال وزير الخارجية البريطاني إن الحكومة تراجع خطتها. "
        "لكن كريم الحسن قال إن العروض الحالية جيدة. وقال وزير الطاقة البريطاني إنه سعيد بتراجع التكلفة."
    )
    assert names(text, [PLAIN])[0] == "وزير الخارجية البريطاني"
