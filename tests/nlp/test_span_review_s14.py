"""The reviewer's span-rule findings of session 14: each test fails without its fix (nisba_surname after a title,
coordinated_wa on a place-name prefix, closing_mark with a symmetric mark)."""

from __future__ import annotations

from tests.nlp.test_tagged_spans_s14 import _mentions, _persons


def test_a_nisba_surname_after_a_title_is_the_person() -> None:
    text = "قاد محمود الأحوازي الجبهة ، وقال الدكتور الأحوازي إنه مستمر ، وأكد الشيخ الأحوازي ذلك ."
    assert _persons(text, [["محمود", "الأحوازي"]]) == ["محمود الأحوازي", "الأحوازي", "الأحوازي"]


def test_a_place_name_prefix_listed_after_a_place_keeps_its_first_letter() -> None:
    tags = ["O", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O", "O"]
    assert _mentions("حرر الجيش أبين ، وادي حضرموت أمس .", tags) == [("أبين", "place"), ("وادي حضرموت", "place")]


def test_a_symmetric_curly_mark_opened_inside_a_name_closes_it() -> None:
    tags = ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O"]
    assert _mentions("زار الوزير قصر \u201d المعاشيق \u201d أمس .", tags) == [("قصر \u201d المعاشيق \u201d", "place")]
    assert _mentions("زار الوزير قصر \u201c المعاشيق \u201c أمس .", tags) == [("قصر \u201c المعاشيق \u201c", "place")]


def test_a_symmetric_mark_closed_inside_a_name_adds_nothing() -> None:
    tags = ["O", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O", "O"]  # a guard: passes before the fix
    text = "زار الوزير قصر \u201d المعاشيق \u201d الكبير \u201d أمس ."
    assert _mentions(text, tags) == [("قصر \u201d المعاشيق \u201d الكبير", "place")]


def test_a_list_after_a_name_closed_by_its_mark_leaves_the_wa_out() -> None:
    tags = ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "B-LOC", "O", "O"]
    text = "زار الوزير قصر « المعاشيق » ، وقرطوبة أمس ."
    assert _mentions(text, tags) == [("قصر « المعاشيق »", "place"), ("قرطوبة", "place")]
