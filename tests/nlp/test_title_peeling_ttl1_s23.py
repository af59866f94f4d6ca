"""Titles the entity rules peel off around a name, session 23 TTL1 (issue 13): a bare role head with ب/ل glued to it,
and «نظيره», «حاكم» as role heads (data/role_heads.txt), a role after «وهو», a dash or a bracket (apposition_openers).

All fail at the base (48434f0) but test_a_glued_role_after_a_role_word_is_that_titles_genitive, a guard that passes
before and after.
"""

from __future__ import annotations

from app.nlp.types import Mention
from tests.nlp.test_entities import _mentions


def _person(ms: list[Mention], name: str) -> Mention:
    """The first person mention written as `name`."""
    return next(m for m in ms if m.type == "person" and m.text == name)


def test_a_role_head_after_a_preposition_opens_the_objects_title() -> None:
    # لرئيس: neither ال nor و before the head, so no role test read it, and the prime minister lost his title
    text = "وقال إردوغان لرئيس الوزراء الصيني لي كيتشيانغ إن الزيارة مهمة."
    ms = _mentions(text, {"إردوغان": "PER", "لي": "PER", "كيتشيانغ": "PER"})
    assert _person(ms, "لي كيتشيانغ").titles == ("رئيس الوزراء الصيني",)


def test_a_role_head_after_ba_opens_the_objects_title() -> None:
    text = "والتقى السيسي برئيس الوزراء الروسي ديمتري ميدفيديف في موسكو."
    ms = _mentions(text, {"السيسي": "PER", "ديمتري": "PER", "ميدفيديف": "PER"})
    assert _person(ms, "ديمتري ميدفيديف").titles == ("رئيس الوزراء الروسي",)


def test_a_glued_role_after_a_role_word_is_that_titles_genitive() -> None:
    # «النائب الثاني لرئيس مجلس الوزراء»: the ل is the title's own genitive, the first role word still opens it
    text = "وقال النائب الثاني لرئيس مجلس الوزراء الأمير محمد بن سلمان إن القرار نهائي."
    ms = _mentions(text, {"محمد": "PER", "بن": "PER", "سلمان": "PER"})
    titles = _person(ms, "محمد بن سلمان").titles
    assert "رئيس مجلس الوزراء" not in titles
    assert any(t.startswith("النائب الثاني") for t in titles)


def test_a_counterpart_before_the_name_is_his_title() -> None:
    # «نظيره» was in no role list: the Russian minister named after it had no title at all
    text = "وأجرى وزير الخارجية الأمريكي جون كيري اتصالا مع نظيره الروسي سيرغي لافروف أمس."
    ms = _mentions(text, {"جون": "PER", "كيري": "PER", "سيرغي": "PER", "لافروف": "PER"})
    assert _person(ms, "سيرغي لافروف").titles == ("نظيره الروسي",)


def test_a_governor_before_the_name_is_his_title() -> None:
    text = "وقال حاكم البنك المركزي الياباني هاروهيكو كورودا إن التضخم سيرتفع."
    ms = _mentions(text, {"هاروهيكو": "PER", "كورودا": "PER"})
    assert _person(ms, "هاروهيكو كورودا").titles == ("حاكم البنك المركزي الياباني",)


def test_a_role_after_wahuwa_is_the_names_title() -> None:
    # GUIDELINES 9.26.4: a role set after the name is a title; only a comma was read between them
    text = "وقال فرج اقعيم وهو قائد ميداني إن الجيش أحرز تقدما."
    ms = _mentions(text, {"فرج": "PER", "اقعيم": "PER"})
    assert _person(ms, "فرج اقعيم").titles == ("قائد ميداني",)


def test_a_role_after_a_dash_is_the_names_title() -> None:
    text = "ونفى كامل الحرمي -محلل نفطي مستقل- وجود أي ردة فعل."
    ms = _mentions(text, {"كامل": "PER", "الحرمي": "PER"})
    assert _person(ms, "كامل الحرمي").titles == ("محلل نفطي مستقل",)
