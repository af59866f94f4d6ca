"""Unnamed speakers' phrase extents, session 22 (SPK14, RVF5; issue 13): an occasion or a topic after an unnamed
speaker's phrase ends it, a topic after a noun inside a prepositional phrase does not. Each sentence fails without its
word (data/phrase_enders.txt, data/topic_enders.txt) or, for the guards, without extents.topic_ends."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import first_speaker


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وقال مصدر أمني أثناء الاجتماع إن الهجوم فشل.", "مصدر أمني"),
        ("وقال مصدر أمني عقب الاجتماع إن الهجوم فشل.", "مصدر أمني"),
        ("وقال مصدر أمني إثر الهجوم إن الخطة فشلت.", "مصدر أمني"),
        ("وقال مصدر أمني بعد الاجتماع إن الهجوم فشل.", "مصدر أمني"),
        ("وقال مسؤول حكومي حول الحادث إن التحقيق بدأ.", "مسؤول حكومي"),
        ("وقال مسؤول حكومي بشأن الحادث إن التحقيق بدأ.", "مسؤول حكومي"),
        ("وقال مصدر أمني تعليقا على الهجوم إن الخطة فشلت.", "مصدر أمني"),
        ("وقال مصدر أمني ردا على سؤال إن الخطة فشلت.", "مصدر أمني"),
    ],
)
def test_an_occasion_or_a_topic_after_the_phrase_is_left_out(text: str, phrase: str) -> None:
    """«مصدر أمني | عقب الاجتماع»، «مسؤول | بشأن الحادث»: when, on what or in reply to what he spoke ends the phrase
    (أثناء، عقب، إثر، تعليقا، ردا: phrase_enders.txt; بعد، حول، بشأن: topic_enders.txt; train-b 3470 → 3471)."""
    assert first_speaker(text)[0] == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وقال مصدر مقرب من الوفد المفاوض حول الاتفاق إن الهدنة انهارت.", "مصدر مقرب من الوفد المفاوض حول الاتفاق"),
        ("وقال مسؤول في هيئة إعادة الإعمار بعد الزلزال إن الهدنة انهارت.", "مسؤول في هيئة إعادة الإعمار بعد الزلزال"),
        ("وقال مصدر مطلع على المفاوضات بشأن الهدنة إن الهدنة انهارت.", "مصدر مطلع على المفاوضات بشأن الهدنة"),
    ],
)
def test_a_topic_after_a_noun_in_a_prepositional_phrase_is_that_nouns(text: str, phrase: str) -> None:
    """«مصدر مقرب من الوفد المفاوض حول الاتفاق»: after a noun inside «من/على/عن/في …» حول، بشأن، بعد belong to that
    noun and the phrase runs on (RV4 finding 4; extents.topic_ends)."""
    assert first_speaker(text)[0] == phrase
