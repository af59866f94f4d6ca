"""Unnamed speakers' kind, session 23 (DSC1; GUIDELINES 9.5): any field nisba after the head makes a source
descriptive, not only the listed ones. Fails without `extents.field_nisba`."""

from __future__ import annotations

from tests.nlp.test_claims_kinds_rvf2 import speaker_kind


def test_an_unlisted_field_nisba_makes_a_source_descriptive() -> None:
    """«مصادر إخبارية»، «مصادر مصرفية»، «شباب القرى الحدودية»: a field speaker_fields.txt does not list left the source
    anonymous; 9.5 makes any field descriptive (9.32.23: «مصادر إخبارية» like «مصادر إعلامية»)."""
    assert speaker_kind("وقالت مصادر إخبارية إن الشامي عضو في المجلس السياسي.") == "descriptive"
    assert speaker_kind("وقالت مصادر مصرفية إن الأسعار ارتفعت.") == "descriptive"
    assert speaker_kind("وقال عدد من شباب القرى الحدودية إن الحياة طبيعية.") == "descriptive"


def test_a_nationality_a_wider_people_or_a_time_stays_anonymous() -> None:
    """Guards: only a nationality, a people wider than a state, a time or a vague adjective after the source noun
    leaves it anonymous (9.5, 9.19; data/unfielded_nisbas.txt), the conjoined nationality too («عراقية وسورية»)."""
    assert speaker_kind("وقالت مصادر يمنية إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مصادر عراقية وسورية متطابقة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال مسؤولون غربيون إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مصادر كردية إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقال مسؤولون أميركيون حاليون وسابقون إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وقالت مصادر مطلعة إن الهدنة انهارت.") == "anonymous"
    assert speaker_kind("وذكرت تقارير إعلامية أن الهدنة انهارت.") == "anonymous"
