"""Speaker errors the tagger causes (issue 13, session 18): titles gold gives a person and the tagger's mention lacks.

Each test fails without its rule, except the guards (what the rule must not do), which pass on the code before it:
test_a_title_whose_nisba_contradicts_the_last_speakers_stays_a_phrase and
test_a_member_of_a_body_stays_unnamed_before_an_untitled_newcomer.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, names
from tests.nlp.test_entities import _mentions

PLAIN: Ent = ("كريم الحسن", "person", "كريم الحسن", ())
NEWCOMER: Ent = ("سامية العلي", "person", "سامية العلي", ())
PRESIDENT: Ent = ("كريم الحسن", "person", "كريم الحسن", ("الرئيس الأمريكي",))
MINISTRY: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())


def test_a_definite_title_no_one_holds_is_the_person_who_spoke_just_before() -> None:
    text = "لكن كريم الحسن قال إن العروض الحالية جيدة. وقال وزير الطاقة البريطاني إنه سعيد بتراجع التكلفة."
    assert names(text, [PLAIN]) == ["كريم الحسن", "كريم الحسن"]


def test_a_title_whose_nisba_contradicts_the_last_speakers_stays_a_phrase() -> None:
    text = "وقال الرئيس الأمريكي كريم الحسن إن الاتفاق قريب. وقال وزير الخارجية الروسي إن الاتفاق بعيد."
    assert names(text, [PRESIDENT])[1] == "وزير الخارجية الروسي"


def test_a_post_is_the_untitled_person_introduced_as_the_next_speaker() -> None:
    text = (
        "وأعلنت رئيسة اتحاد جمعيات الصحافيين الثلاثاء أن ثلاثة من الصحافيين فقدوا. "
        "وقالت سامية العلي في تصريح إن الاتصال انقطع بهم."
    )
    assert names(text, [NEWCOMER]) == ["سامية العلي", "سامية العلي"]


def test_a_member_of_a_body_stays_unnamed_before_an_untitled_newcomer() -> None:
    text = "وقال مسؤول في وزارة الصحة إن عدد المصابين ارتفع إلى مئة. وقالت سامية العلي إن الحوار جاد."
    assert names(text, [NEWCOMER, MINISTRY])[0] == "مسؤول في وزارة الصحة"


def test_a_rank_before_the_name_makes_it_fit_a_description() -> None:
    # the holders index reads «اللواء» without its article; the ranks are listed with it
    text = "وقال مسؤول في الشرطة إن عدد المصابين ارتفع إلى مئة. وأضاف اللواء كريم الحسن أن الحوار جاد."
    assert names(text, [PLAIN]) == ["كريم الحسن", "كريم الحسن"]


def _person(text: str, tagged: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """The person mentions of the text, by text, with their titles."""
    return {m.text: m.titles for m in _mentions(text, tagged) if m.type == "person"}


def test_a_sergeant_is_a_rank_the_tagger_put_in_the_name() -> None:
    text = "ويؤكد الرقيب نسيب «ننتظر للذهاب إلى الجبهة منذ منتصف يوليو»."
    assert _person(text, {"الرقيب": "PER", "نسيب": "PER"}) == {"نسيب": ("الرقيب",)}


def test_a_mawlawi_is_an_honorific_outside_the_name() -> None:
    text = "أعلن زعيم الطائفة السنية في إيران مولوي عبدالحميد أن الرئيس وعد بالإصلاح."
    assert _person(text, {"مولوي": "PER", "عبدالحميد": "PER"})["عبدالحميد"][0] == "مولوي"
