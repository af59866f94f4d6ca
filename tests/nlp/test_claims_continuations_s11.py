"""Speakers a continuation used to take, session 11 (issue 13): each row fails without its rule."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

OBSERVATORY: Ent = ("المرصد السوري لحقوق الإنسان", "unit", "المرصد السوري لحقوق الإنسان", ())
EUROTUNNEL: Ent = ("يوروتانل", "unit", "يوروتانل", ())
HAMAS: Ent = ("حماس", "unit", "حركة حماس", ())
OCHOA: Ent = ("أوشوا", "person", "أورلاندو أوشوا", ())


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (
            "وقال أوشوا إن الاقتصاد يتراجع. وأكد «المرصد السوري لحقوق الإنسان» أن القصف استمر طوال الليل.",
            [OCHOA, OBSERVATORY],
            "المرصد السوري لحقوق الإنسان",
        ),
        ("وقال أوشوا إن النفق مغلق. وقالت «يوروتانل» إنها ستفتح النفق غدا.", [OCHOA, EUROTUNNEL], "يوروتانل"),
    ],
)
def test_a_name_quoted_right_after_the_verb_speaks(text: str, ents: list[Ent], name: str) -> None:
    """The quoted name right after a speech verb is its subject, not the previous speaker continued."""
    claims, mentions = run(text, ents)
    assert speaker_name(claims[-1], mentions) == name


def test_a_name_quoted_after_an_appeal_verb_is_its_object() -> None:
    """«ودعا "حماس" إلى»: the name after دعا is whom it calls on; the previous speaker goes on."""
    claims, mentions = run("وقال أوشوا إن الحرب طويلة. ودعا «حماس» إلى وقف إطلاق النار فورا.", [OCHOA, HAMAS])
    assert speaker_name(claims[-1], mentions) == "أورلاندو أوشوا"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وقال أوشوا إن الديون كبيرة. وتقول مراكز بحوث إن على فنزويلا أن تسدد ستة مليارات.", "مراكز بحوث"),
        ("وقال أوشوا إن القصف توقف. وكشفت وثائق حكومية مسربة أن نحو مئة برميل سقطت.", "وثائق حكومية مسربة"),
    ],
)
def test_plain_indefinite_words_before_the_complement_speak(text: str, phrase: str) -> None:
    """A few indefinite words filling the gap from the verb to أن are its subject as written."""
    claims, _ = run(text, [OCHOA])
    sp = claims[-1].speaker
    assert sp is not None and sp.mention is None and sp.text == phrase


def test_an_object_before_the_complement_does_not_speak() -> None:
    """«أعلنت إكمال الإجراءات بحجة أنها»: definite words in the gap are the verb's object, no subject."""
    claims, _ = run("وقال أوشوا إن الجامعة مغلقة. وأعلن إكمال الإجراءات بحجة أنها لم يصلها توضيح.", [OCHOA])
    sp = claims[-1].speaker if claims else None
    assert sp is None or sp.text != "إكمال الإجراءات بحجة"


EGYPT: Ent = ("مصر", "place", "مصر", ())
CHINA: Ent = ("الصين", "place", "الصين", ())


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # a past cue joined deep in the sentence: the subject of the verb opening it speaks
        (
            "وقال أوشوا إن الأزمة طويلة. ورفضت مصر رسميا التدخل في الشؤون الداخلية للدول، وشددت على أن الحوار هو الحل.",
            [OCHOA, EGYPT],
            "مصر",
        ),
        # a country right after the verb opening a participle's sentence
        (
            "وقال أوشوا إن الخطر كبير. وطلبت الصين دعما في محاربة متشددين في الإقليم، قائلة إنهم يهددون المنطقة.",
            [OCHOA, CHINA],
            "الصين",
        ),
    ],
)
def test_the_subject_of_the_verb_opening_the_sentence_speaks(text: str, ents: list[Ent], name: str) -> None:
    """A continuation cue deep in a sentence of its own goes to the subject right after its first verb."""
    claims, mentions = run(text, ents)
    assert speaker_name(claims[-1], mentions) == name


OFFICE: Ent = ("المكتب الوطني للدفاع عن الأرض", "unit", "المكتب الوطني للدفاع عن الأرض", ())
HRW: Ent = ("هيومن رايتس ووتش", "unit", "هيومن رايتس ووتش", ())
SOMA: Ent = ("سوما", "unit", "سوما", ())


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # the unit whose name opens with the noun
        (
            "وأكد المكتب الوطني للدفاع عن الأرض أن الاستيطان يتوسع. وقال أوشوا إن الوضع خطير. "
            "وأشار المكتب في تقريره الأسبوعي إلى أن الاعتداءات تتواصل.",
            [OFFICE, OCHOA],
            "المكتب الوطني للدفاع عن الأرض",
        ),
        # the unit named right after the noun, in quotation marks or not
        (
            "وقال أوشوا إن الحرب طويلة. وانتقدت منظمة «هيومن رايتس ووتش» القصف. وأضافت المنظمة أن الضحايا مدنيون.",
            [OCHOA, HRW],
            "هيومن رايتس ووتش",
        ),
        (
            "وقال أوشوا إن النفط وفير. ووقعت شركة سوما عقدا مع الحكومة. وأشارت الشركة إلى أن الإنتاج سيبدأ قريبا.",
            [OCHOA, SOMA],
            "سوما",
        ),
    ],
)
def test_a_lone_definite_noun_names_the_body_named_before(text: str, ents: list[Ent], name: str) -> None:
    """«وأضافت المنظمة»: a lone definite noun for which no source was described names the body introduced by it."""
    claims, mentions = run(text, ents)
    assert speaker_name(claims[-1], mentions) == name


def test_the_body_named_after_the_head_noun_opening_the_sentence_speaks() -> None:
    """«وأدانت منظمة «هيومن رايتس ووتش» اختطاف أوشوا، قائلة»: the body after the head noun, not the person after it."""
    text = "وقال أوشوا إن الوضع صعب. وأدانت منظمة «هيومن رايتس ووتش» اختطاف أوشوا أمس، قائلة إن الخاطفين مسلحون."
    claims, mentions = run(text, [OCHOA, HRW])
    assert speaker_name(claims[-1], mentions) == "هيومن رايتس ووتش"
