"""Speakers of named cues, session 11 (issue 13): each test fails without its change."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

SHOUKRY: Ent = ("سامح شكري", "person", "سامح شكري", ("وزير الخارجية",))
SHOUKRY_SHORT: Ent = ("شكري", "person", "سامح شكري", ())
OKAZ: Ent = ("عكاظ", "unit", "عكاظ", ())
NUFAIE: Ent = ("عبدالله النفيعي", "person", "عبدالله النفيعي", ())
MISTURA: Ent = ("دي ميستورا", "person", "ستيفان دي ميستورا", ())
DERNA: Ent = ("مجلس شورى مقاتلي درنة", "unit", "مجلس شورى مقاتلي درنة", ())
FATH: Ent = ("عبد الرقيب فتح", "person", "عبد الرقيب فتح", ())


def test_a_spokesman_is_not_the_minister_named_after_his_complementiser() -> None:
    # the words before «شكري» (introducing him) stop at «أن»: «المتحدث» before it is not his title
    text = (
        "التقى وزير الخارجية سامح شكري نظيره الإماراتي. وذكر المتحدث باسم وزارة الخارجية أن المشاورات كانت مثمرة."
        " وأضاف المتحدث أن الوزير شكري توجه إلى الكويت."
    )
    claims, ms = run(text, [SHOUKRY, SHOUKRY_SHORT])
    assert [speaker_name(c, ms) for c in claims[-2:]] != ["سامح شكري", "سامح شكري"]
    assert all(c.speaker is not None and c.speaker.mention is None for c in claims[-2:])


def test_an_outlet_in_parentheses_after_lam_is_the_source() -> None:
    # «لـ(عكاظ)»: the paper in parentheses is who was told, the name after it speaks
    text = "وأوضح لـ(عكاظ) رئيس اللجنة عبدالله النفيعي أن 22 جهة حكومية ستباشر مهامها في الموسم."
    claims, ms = run(text, [OKAZ, NUFAIE])
    assert speaker_name(claims[-1], ms) == "عبدالله النفيعي"
    assert claims[-1].source is not None and claims[-1].source.text == "عكاظ"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # «وكان X قد صرح»: the subject before the verb, not the name after it, speaks
        (
            "وصل المبعوث إلى دمشق. وكان مصدر سوري قد صرح لوسائل إعلام عربية قبيل وصول دي ميستورا، بأن دمشق أبلغته"
            " موقفها.",
            "مصدر سوري",
        ),
        # the words between كان and the verb, a body inside them
        (
            "وارتفع عدد القتلى. وكان مسؤول بمجلس شورى مقاتلي درنة قد صرح بأن المعركة خلفت ستة قتلى.",
            "مسؤول بمجلس شورى مقاتلي درنة",
        ),
        # a title closed by its holder's name: the holder speaks
        (
            "بدأ الإعمار. وكان وزير الإدارة المحلية عبد الرقيب فتح قد أعلن أن المرحلة الأولى بدأت.",
            "عبد الرقيب فتح",
        ),
    ],
)
def test_the_subject_after_kana_speaks(text: str, speaker: str) -> None:
    claims, ms = run(text, [MISTURA, DERNA, FATH])
    assert speaker_name(claims[-1], ms) == speaker


AI: Ent = ("آي ويوي", "person", "آي ويوي", ())
AI_SHORT: Ent = ("آي", "person", "آي ويوي", ())
LLOYD: Ent = ("دان لويد", "person", "دان لويد", ("المتحدث باسم شركة أفالون",))


def test_a_spokesman_is_not_the_one_named_inside_his_quotation() -> None:
    # the words introducing «آي» stop at the opening quotation mark: «المتحدث» before it is not his title
    text = "وصل الفنان آي ويوي إلى لندن. وقال المتحدث «السيد آي حصل على تأشيرة تمكنه من البقاء ثلاثة أسابيع»."
    claims, _ = run(text, [AI, AI_SHORT])
    assert claims[-1].speaker is not None and claims[-1].speaker.mention is None


def test_a_spokesman_for_another_body_is_not_the_holder() -> None:
    # «متحدث باسم الشرطة» is not the one introduced as «المتحدث باسم شركة أفالون»
    text = (
        "وقال دان لويد المتحدث باسم شركة أفالون إن الممثل يعمل لديها. وقال متحدث باسم الشرطة في زوريخ إن التحقيق مستمر."
    )
    claims, ms = run(text, [LLOYD])
    assert speaker_name(claims[-1], ms) != "دان لويد"


RAZAK: Ent = ("رزاق", "person", "نجيب رزاق", ())


def test_a_negated_speech_verb_says_nothing() -> None:
    # «ولم يوضح رزاق …»: no claim of his; the officials after «لكن» speak
    text = (
        "ولم يوضح رزاق تحديدا التقارير التي يتحدث عنها، لكن مسؤولين ماليزيين أفادوا في وقت سابق اليوم بأنه عثر على"
        " قطعة حطام من جناح الطائرة."
    )
    claims, ms = run(text, [RAZAK])
    assert [speaker_name(c, ms) for c in claims] == ["مسؤولين ماليزيين"]


REUTERS: Ent = ("رويترز", "unit", "رويترز", ())
RESISTANCE: Ent = ("للمقاومة الشعبية", "unit", "المقاومة الشعبية", ())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bare name after a vague source is who was told
        ("وفي مايو أبلغ مسؤولون حكوميون وزراعيون رويترز أنهم يتوقعون إنتاجا أقل.", "مسؤولون حكوميون وزراعيون"),
        # a name with ل glued closes the source's phrase
        ("وقال المكتب الإعلامي للمقاومة الشعبية إن الهجوم أسفر عن مقتل اثنين.", "المكتب الإعلامي للمقاومة الشعبية"),
    ],
)
def test_a_name_after_a_vague_source_is_no_rival_subject(text: str, speaker: str) -> None:
    claims, ms = run(text, [REUTERS, RESISTANCE])
    assert speaker_name(claims[-1], ms) == speaker


PAPER: Ent = ("سودويتشه تسايتونج", "unit", "سودويتشه تسايتونج", ())


def test_an_outlet_relaying_a_source_is_the_source() -> None:
    # «نقلا عن مصدر في الوزارة»: the paper relays, the source speaks
    text = 'وأفادت صحيفة "سودويتشه تسايتونج" نقلا عن مصدر في الوزارة بأن برنامج المساعدات سيمدد.'
    claims, ms = run(text, [PAPER])
    assert speaker_name(claims[-1], ms) == "مصدر في الوزارة"
    assert claims[-1].source is not None and claims[-1].source.text == "سودويتشه تسايتونج"
