"""An indefinite description named in a later sentence (GUIDELINES 9.20, session 14): each fails without its rule."""

from __future__ import annotations

from app.nlp.claims.named_later import variants
from tests.nlp.test_claims import Ent, run, speaker_name

DIRECTOR: Ent = ("سامي العلي", "person", "سامي العلي", ("مدير مكتب الصحة في المحافظة",))
LEADER: Ent = ("كريم الحسن", "person", "كريم الحسن", ("القيادي بحزب التجمع الوطني",))
PLAIN: Ent = ("كريم الحسن", "person", "كريم الحسن", ())
MINISTRY: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())
PARTY: Ent = ("حزب التجمع", "unit", "حزب التجمع", ())


def names(text: str, ents: list[Ent]) -> list[str | None]:
    """The speakers of the text's claims, by canonical name or phrase."""
    claims, mentions = run(text, ents)
    return [speaker_name(c, mentions) for c in claims]


def test_a_description_whose_field_the_next_named_title_shares_is_that_person() -> None:
    text = (
        "وقال مسؤول في وزارة الصحة إن عدد المصابين ارتفع إلى مئة. "
        "وأوضح مدير مكتب الصحة في المحافظة سامي العلي أن المستشفيات ممتلئة."
    )
    assert names(text, [DIRECTOR, MINISTRY]) == ["سامي العلي", "سامي العلي"]


def test_a_glued_preposition_does_not_hide_the_shared_word() -> None:
    text = "وقال عضو في حزب التجمع إن المفاوضات بدأت. وقال كريم الحسن القيادي بحزب التجمع الوطني إن الحوار جاد."
    assert names(text, [LEADER, PARTY]) == ["كريم الحسن", "كريم الحسن"]


def test_a_named_person_with_no_fitting_title_leaves_the_description() -> None:
    text = "وقال مسؤول في وزارة الصحة إن عدد المصابين ارتفع إلى مئة. وقال كريم الحسن إن الحوار جاد."
    assert names(text, [PLAIN, MINISTRY])[0] == "مسؤول في وزارة الصحة"


def test_a_source_noun_stays_unnamed() -> None:
    text = (
        "وقال مصدر في وزارة الصحة إن عدد المصابين ارتفع إلى مئة. "
        "وأوضح مدير مكتب الصحة في المحافظة سامي العلي أن المستشفيات ممتلئة."
    )
    assert names(text, [DIRECTOR, MINISTRY])[0] == "مصدر في وزارة الصحة"


def test_variants_strip_a_glued_preposition_and_drop_words_that_fit_nothing() -> None:
    assert "حزب" in variants("بحزب")
    assert "وزاره" in variants("وزاره")
    assert variants("كبير") == set()
