"""An indefinite description named later, session 24 (DSC2; GUIDELINES 9.20, 9.33.9): «مسؤول يمني» after the article
named خالد بحاح is someone else — the writer who knew the one of many holders (مسؤول، خبير، دبلوماسي) would have
named him — so the next speaker's name does not take the description's claim. Fails without
`Article.known_before` (data/many_holder_heads.txt), asked by `named_later.next_named`."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run


def speakers(text: str, mentions: list[Ent]) -> list[tuple[str, str | None]]:
    """Each claim's speaker phrase and the person it names (None for a description)."""
    claims, found = run(text, mentions)
    return [
        (c.speaker.text, found[c.speaker.mention].canonical if c.speaker.mention is not None else None)
        for c in claims
        if c.speaker is not None
    ]


def test_one_of_many_described_after_the_person_was_named_stays_unnamed() -> None:
    """«وقال مسؤول يمني …» between «خالد بحاح» introduced and «وأكد بحاح …»: the official stays unnamed."""
    title = ("نائب الرئيس اليمني",)
    text = (
        "عاد خالد بحاح نائب الرئيس اليمني إلى عدن أمس. وقال مسؤول يمني إن الحكومة ستعود خلال أسبوعين."
        " وأكد بحاح أن الأمن مستتب."
    )
    mentions = [("خالد بحاح", "person", "خالد بحاح", title), ("بحاح", "person", "خالد بحاح", title)]
    mentions.append(("عدن", "place", "عدن", ()))
    assert speakers(text, mentions) == [("مسؤول يمني", None), ("بحاح", "خالد بحاح")]


def test_a_person_named_first_after_the_description_still_takes_it() -> None:
    """Guard (9.20): «مسؤول في وزارة الصحة … وأوضح المدير العام لمكتب الصحة الخضر لصور»: he is the official."""
    text = (
        "وقال مسؤول في وزارة الصحة اليمنية إن الوباء انتشر."
        " وأوضح المدير العام لمكتب الصحة الخضر لصور أن الإصابات تجاوزت المئة."
    )
    mentions = [("وزارة الصحة اليمنية", "unit", "وزارة الصحة اليمنية", ())]
    mentions.append(("الخضر لصور", "person", "الخضر لصور", ("المدير العام لمكتب الصحة",)))
    assert speakers(text, mentions)[0] == ("مسؤول في وزارة الصحة اليمنية", "الخضر لصور")


def test_a_post_described_after_the_person_was_named_still_takes_her() -> None:
    """Guard (RVF10, RV10 finding 7): only one of many holders (data/many_holder_heads.txt) stays unnamed; «متحدثة
    لقناة …» is no such head (a woman speaking to a channel), so the next claim's «سبيرو», named before, takes it."""
    title = ("وزيرة السياحة اليونانية",)
    text = (
        "وصلت ماريا سبيرو وزيرة السياحة اليونانية إلى جزيرة كريت أمس. وقالت متحدثة لقناة «سكاي» إن الموسم السياحي"
        " واعد. وأكدت سبيرو أن الحجوزات ارتفعت."
    )
    mentions = [("ماريا سبيرو", "person", "ماريا سبيرو", title), ("سبيرو", "person", "ماريا سبيرو", title)]
    mentions.append(("جزيرة كريت", "place", "جزيرة كريت", ()))
    assert speakers(text, mentions) == [("متحدثة", "ماريا سبيرو"), ("سبيرو", "ماريا سبيرو")]


def test_one_of_many_described_after_a_title_holder_stays_unnamed() -> None:
    """RVF10 (RV10 finding 8; 9.33.2, 9.33.9): «وقال خبير نفطي» after «الخبير النفطي محمد الصالح» is another expert —
    `speaker.title_holder`'s indefinite path asks `Article.known_before` too; the definite «الخبير النفطي» still points
    back at him, and one named after the description still takes it (9.20)."""
    holder = [("محمد الصالح", "person", "محمد الصالح", ("الخبير النفطي",))]
    lead = "وتحدث الخبير النفطي محمد الصالح في ندوة أمس عن السوق."
    assert speakers(lead + " وقال خبير نفطي إن الأسعار ستنخفض.", holder) == [("خبير نفطي", None)]
    assert speakers(lead + " وقال الخبير النفطي إن الأسعار ستنخفض.", holder) == [("الخبير النفطي", "محمد الصالح")]
    text = "وقال خبير نفطي إن الأسعار ستنخفض. وأوضح الخبير النفطي محمد الصالح أن الطلب تراجع."
    assert speakers(text, holder)[0] == ("خبير نفطي", "محمد الصالح")
