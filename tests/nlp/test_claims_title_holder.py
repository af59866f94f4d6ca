"""A title's named holder as the speaker, session 10 (issue 13): each row fails without its change."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

THUWAINI: Ent = ("يوسف الثويني", "person", "يوسف الثويني", ())
ALAIT: Ent = ("عبد الكريم العليط", "person", "عبد الكريم العليط", ())
OFFICE: Ent = ("مكتب التعليم", "unit", "مكتب التعليم", ())
SUHAIMI: Ent = ("سليمان السحيمي", "person", "سليمان السحيمي", ("المدير العام لبرنامج المستشفى",))
HOSPITAL: Ent = ("مستشفى قوى الأمن", "unit", "مستشفى قوى الأمن", ())
QATIF: Ent = ("القطيف", "place", "القطيف", ())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the zone stops at «في», so the description is «مدير» alone; the director named after it speaks,
        # not the director named before
        (
            "وقال مدير التعليم يوسف الثويني إن المدارس جاهزة. من جهته أكد مدير مكتب التعليم في محافظة القطيف"
            " عبد الكريم العليط، استكمال جميع الاستعدادات لاستقبال الطلبة.",
            "عبد الكريم العليط",
        ),
        # a body, a comma and an honorific between the title and the name (seven tokens on)
        (
            "وقال المدير العام للمدارس يوسف الثويني إن المدارس جاهزة. من جهته أكد المدير العام لبرنامج"
            " مستشفى قوى الأمن، الدكتور سليمان السحيمي أن العاملين كانوا على أهبة الاستعداد.",
            "سليمان السحيمي",
        ),
        # a name after the complementiser is what is said, not who says it
        (
            "وقال مدير التعليم يوسف الثويني إن المدارس جاهزة. وأكد المدير أن مدير المكتب عبد الكريم العليط"
            " أنهى الاستعدادات.",
            "يوسف الثويني",
        ),
    ],
)
def test_the_holder_named_after_the_title_speaks(text: str, speaker: str) -> None:
    claims, ms = run(text, [THUWAINI, ALAIT, SUHAIMI, OFFICE, HOSPITAL, QATIF])
    assert speaker_name(claims[-1], ms) == speaker


MAGHAZI: Ent = ("حسام مغازي", "person", "حسام مغازي", ())
MOUSSA: Ent = ("معتز موسى", "person", "معتز موسى", ("وزير الري السوداني",))


def test_a_title_before_one_name_is_not_the_next_ones() -> None:
    # the words before «معتز موسى» reach back over «حسام مغازي» to the Egyptian minister's title: not his own
    text = (
        "واجتمع وزير الري المصري حسام مغازي ونظيره معتز موسى في الخرطوم. وقال وزير الري المصري إن المحادثات كانت مثمرة."
    )
    claims, ms = run(text, [MAGHAZI, MOUSSA])
    assert speaker_name(claims[-1], ms) == "حسام مغازي"
