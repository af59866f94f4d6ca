"""Speakers the tagger loses (issue 13, session 22 SPK16): a unit span that opens with a person's role noun right
before a name is the name's title, no unit («الناشطة الإيطالية نوال سوفي»). Fails without
`entities._title_of_next` and data/person_nouns.txt; the guards pass on the code before them. RVF4: the role noun
is trimmed off, a body after it inside the title stays a unit."""

from __future__ import annotations

from tests.nlp.tagging import qala_mentions


def test_an_activist_and_her_nationality_before_her_name_are_no_unit() -> None:
    tags = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O", "O", "O"]
    text = "وأعلنت الناشطة الإيطالية نوال سوفي أنها تلقت نداء ."
    assert qala_mentions(text, tags) == [("نوال سوفي", "person")]


def test_an_indefinite_role_noun_before_a_name_is_trimmed_off_its_owner() -> None:
    """The role noun is the name's title; the body after it inside the title is a unit (RVF4: trimmed, not dropped)."""
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER", "O", "O", "O"]
    text = "وقال مستشار الرئاسة اليمنية محمد سالم إنه مستعد للحوار ."
    assert qala_mentions(text, tags) == [("الرئاسة اليمنية", "unit"), ("محمد سالم", "person")]


def test_a_body_inside_a_title_keeps_its_mention() -> None:
    """«رئيس مجلس النواب سليم الجبوري» tagged whole as a unit: the council stays, the role noun goes (RV3 finding 4)."""
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER", "O", "O", "O", "O"]
    text = "وقال رئيس مجلس النواب سليم الجبوري إن الجلسة انتهت ."
    assert qala_mentions(text, tags) == [("مجلس النواب", "unit"), ("سليم الجبوري", "person")]


def test_a_roles_own_adjective_goes_with_it() -> None:
    """«الأمين العام للأمم المتحدة»: العام (data/role_modifiers.txt) is the role's, the body after it stays."""
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER", "O", "O", "O", "O"]
    text = "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع صعب ."
    units = [m for m in qala_mentions(text, tags) if m[1] == "unit"]
    assert [t for t, _ in units] in (["الأمم المتحدة"], ["للأمم المتحدة"])


def test_the_rule_is_title_of_next() -> None:
    """It reads a role noun and nisbas before a name: off, the span is the tagger's."""
    tags = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O", "O", "O"]
    text = "وأعلنت الناشطة الإيطالية نوال سوفي أنها تلقت نداء ."
    off = frozenset({"title_of_next"})
    assert qala_mentions(text, tags, without=off) == [("الناشطة الإيطالية", "unit"), ("نوال سوفي", "person")]


def test_title_of_next_is_its_own_switch() -> None:
    """RV3 finding 10: `bench.rule_ablation` measures `_title_of_next` alone; off, the role noun stays in the unit."""
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER", "O", "O", "O", "O"]
    text = "وقال رئيس مجلس النواب سليم الجبوري إن الجلسة انتهت ."
    off = frozenset({"title_of_next"})
    assert qala_mentions(text, tags, without=off) == [("رئيس مجلس النواب", "unit"), ("سليم الجبوري", "person")]


def test_a_unit_before_a_name_stays_when_no_role_noun_opens_it() -> None:
    tags = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O", "O", "O"]
    text = "وقالت الحكومة اليمنية محمد سالم إنها مستعدة للحوار ."
    assert ("الحكومة اليمنية", "unit") in qala_mentions(text, tags)


def test_an_activist_noun_with_no_name_after_it_is_left_to_the_tagger() -> None:
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    text = "وقالت الناشطة في المنظمة إنها مستعدة للحوار ."
    assert qala_mentions(text, tags) == [("الناشطة في المنظمة", "unit")]


def test_the_governorate_is_no_feminine_governor() -> None:
    """«المحافظة الجنوبية»: a place descriptor, not the feminine of المحافظ, so no role described (RV3 finding 4)."""
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    text = "وقالت المحافظة الجنوبية إن الجلسة انتهت ."
    assert qala_mentions(text, tags) == [("المحافظة الجنوبية", "unit")]
