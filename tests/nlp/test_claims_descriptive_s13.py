"""Descriptive speakers' phrase extents (session 13, issue 13): each fails without its rule."""

from __future__ import annotations

from app.nlp.claims.article import Article
from app.nlp.claims.extents import gained
from app.nlp.doc import Doc
from app.nlp.tokenize import split_sentences
from tests.nlp.test_claims import Ent, mentions_for, speakers

ISLAND: Ent = ("جزيرة صقلية", "place", "صقلية", ())
PROVINCE: Ent = ("ابين", "place", "ابين", ())


def test_a_place_after_fi_stays_in_the_phrase() -> None:
    text = "وقالت الشرطة المحلية في جزيرة صقلية إن رجلا قتل."
    assert speakers(text, [ISLAND]) == ["الشرطة المحلية في جزيرة صقلية"]


def test_a_kind_word_and_quotation_marks_before_the_place_stay_in_the_phrase() -> None:
    assert speakers("وقالت مصادر محلية في محافظة «ابين» إن الطيران قصف المواقع.", [PROVINCE]) == [
        "مصادر محلية في محافظة «ابين»"
    ]


def test_fi_before_a_time_or_an_occasion_ends_the_phrase() -> None:
    text = "وقال المسؤول على الحملة في وقت سابق إن الحملة مستمرة."
    assert speakers(text) == ["المسؤول على الحملة"]


def test_a_negated_clause_after_the_phrase_stays_out() -> None:
    text = "وقالت دول مجاورة لم ترسل مراقبين إن الانتخابات لم تكن نزيهة."
    assert speakers(text) == ["دول مجاورة"]


def test_a_bare_role_noun_after_an_unnamed_source_is_that_source() -> None:
    text = "وقال مصدر في الوزارة إن المشروع تأخر. وأضاف المسؤول أن العمل سيستأنف قريبا."
    assert speakers(text) == ["مصدر في الوزارة", "مصدر في الوزارة"]


def test_a_role_noun_with_a_qualifier_of_its_own_stands_as_written() -> None:
    text = "وقال مصدر في الوزارة إن المشروع تأخر. وأضاف المسؤول على الحملة أن العمل سيستأنف قريبا."
    assert speakers(text)[1] == "المسؤول على الحملة"


def test_a_time_adverb_is_no_speaker() -> None:
    assert speakers("وقال آنذاك مسؤول في المنظمة إن القطاع تضرر.") == ["مسؤول في المنظمة"]
    assert speakers("ويقول الموظفون الآن إنهم لم يحصلوا على رواتبهم.") == ["الموظفون"]


def test_an_unnamed_object_of_an_appeal_verb_is_no_speaker() -> None:
    minister: Ent = ("سامي العلي", "person", "سامي العلي", ())
    text = "وقال سامي العلي إن الوضع خطير، كما طالب المجتمع الدولي بتحمل مسؤولياته تجاه الأسرى، وأن يخرج عن صمته."
    assert speakers(text, [minister]) == ["سامي العلي", "سامي العلي"]


def test_fi_before_a_statement_to_an_outlet_ends_the_phrase() -> None:
    paper: Ent = ("بيلد", "unit", "بيلد", ())
    text = "وقال دبلوماسيون غربيون في تصريحات لصحيفة بيلد إن الاتفاق بعيد."
    assert speakers(text, [paper]) == ["دبلوماسيون غربيون"]


def test_quotation_marks_do_not_count_as_kind_words() -> None:
    """«في منطقة محافظة «ابين»»: two kind words, then the quoted name; the mark is no third kind word."""
    assert speakers("وقال مسؤول في منطقة محافظة «ابين» إن الطيران قصف المواقع.", [PROVINCE]) == [
        "مسؤول في منطقة محافظة «ابين»"
    ]


def test_a_place_gained_counts_as_one_word_only_as_far_as_it_is_kept() -> None:
    """`gained`: a place's kind words are not counted while the whole place is kept; a trim that cut into it
    (the place's tokens past `last`) subtracts only the kind words left of the cut, never more."""
    text = "وقالت مصادر في منطقة محافظة «ابين» إن الطيران قصف."
    doc = Doc(text, split_sentences(text))
    doc.set_mentions(mentions_for(text, [PROVINCE]))
    a = Article(doc)
    lo = a.nt.index("منطقه")  # في منطقة محافظة «ابين»: the place gained from منطقة to after »
    hi = a.nt.index("»") + 1
    assert gained(a, lo - 1, hi - 1, [(lo, hi)]) == 2  # في، and the place as one word
    assert gained(a, lo - 1, lo + 1, [(lo, hi)]) == 2  # cut after محافظة: في, and what is kept of the place as one word
    assert gained(a, lo - 1, lo - 1, [(lo, hi)]) == 1  # cut before the place: في alone


def test_a_place_quoted_with_right_to_left_curly_marks_keeps_both() -> None:
    """«في محافظة ”ابين”»: ” typed as the opener too (right-to-left) pairs with the next ” as quotes.py pairs
    symmetric marks, so the closer stays with the place (a mapping of ” to “ dropped both)."""
    text = "وقالت مصادر محلية في محافظة \u201dابين\u201d إن الطيران قصف المواقع."
    assert speakers(text, [PROVINCE]) == ["مصادر محلية في محافظة \u201dابين\u201d"]
