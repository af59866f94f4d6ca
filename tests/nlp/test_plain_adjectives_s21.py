"""Session 21 (UNIT2): a unit head with only plain adjectives names no unit (GUIDELINES 9.8): «البرلمان المنتخب»,
«الائتلاف اليميني», «الاتحاد القاري», «القوات المشتركة»; a name before «المشتركة» keeps the span («القوة العربية
المشتركة»). A bare «التحالف» before مع/بين is the coalition (the unit_homograph rule that read a proclitic one as
allying is gone: = on dev and train-b, session 26 ABL1)."""

from __future__ import annotations

from tests.nlp.tagging import qala_mentions


def test_a_head_and_a_plain_adjective_is_no_mention() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert qala_mentions("وعزل البرلمان المنتخب محافظ البنك .", tags) == []
    assert qala_mentions("وصمد الائتلاف اليميني في وجه الجدل .", tags) == []
    assert qala_mentions("كممثلين عن الاتحاد القاري في الفريق .", ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]) == []


def test_joint_forces_without_a_name_are_no_mention() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert qala_mentions("وقال إن القوات المشتركة ترصد المحاولات .", tags) == []
    tags = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert qala_mentions("وقال إن القوات العسكرية المشتركة ترصد المحاولات .", tags) == []


def test_joint_bodies_with_a_name_stay_units() -> None:
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert qala_mentions("وأعلنت القوة العربية المشتركة أنها جاهزة .", tags) == [("القوة العربية المشتركة", "unit")]
    assert qala_mentions("وأعلنت هيئة الأركان المشتركة أنها جاهزة .", tags) == [("هيئة الأركان المشتركة", "unit")]


def test_a_bare_coalition_before_with_or_between_stays_a_unit() -> None:
    """RV2: a bare «التحالف» before مع/بين with no proclitic and no listed cue is the coalition, the subject."""
    for text in (
        "وأكد التحالف مع ذلك أن الغارات مستمرة .",
        "وبحث التحالف مع الحكومة اليمنية خطة جديدة .",
        "ونفذ التحالف بين صنعاء وعدن غارات .",
    ):
        tags = ["B-ORG" if w == "التحالف" else "O" for w in text.split()]
        assert qala_mentions(text, tags) == [("التحالف", "unit")], text


def test_the_coalition_itself_stays_a_unit() -> None:
    tags = ["O", "O", "B-ORG", "O", "O", "O", "O"]
    assert qala_mentions("وقال إن التحالف شن غارات جديدة .", tags) == [("التحالف", "unit")]
