"""A statement word whose issuer no one names keeps the word in its phrase, session 14 (issue 13): each test fails
without the change in speaker.resolve (the phrase came out as the adjective alone: «إحصائي»، «دولي»)."""

from __future__ import annotations

from tests.nlp.test_claims import run, speaker_name


def test_an_attributed_report_with_no_issuer_is_the_report_phrase() -> None:
    # «وحسب تقرير إحصائي اطلعت عليه "الاقتصادية"»: gold «تقرير إحصائي» (train-a 383)
    claims, ms = run("وحسب تقرير إحصائي اطلعت عليه الصحيفة سجلت محاكم المنطقة 787 دعوى خلال العام.")
    assert claims
    assert speaker_name(claims[0], ms) == "تقرير إحصائي"


def test_a_report_as_subject_with_no_issuer_is_the_report_phrase() -> None:
    claims, ms = run("وقال تقرير دولي إن معدلات الجرائم تراجعت خلال الأسبوعين الماضيين.")
    assert claims and claims[0].text.startswith("معدلات الجرائم")
    assert speaker_name(claims[0], ms) == "تقرير دولي"
