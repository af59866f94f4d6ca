"""Unnamed speakers' extents, session 24 (DSC2; GUIDELINES 9.29.6): the في an indefinite title head took («مسؤول في»)
opens the field the speaker works in («في مجال الطاقة»، «في قطاع النفط»، «في شؤون الجماعات»), read into the phrase;
before anything else (a time, an occasion) it is left out, the phrase never ending on it. Fails without
`extents.field_after` and `extents.unhung`."""

from __future__ import annotations

from tests.nlp.test_claims import first_speaker


def test_a_field_in_construct_after_the_heads_in_is_the_speakers() -> None:
    """«خبير في مجال الطاقة»، «مسؤول في قطاع النفط»، «باحث في شؤون الجماعات المتطرفة»: descriptive, whole."""
    assert first_speaker("وقال خبير في مجال الطاقة إن الإنتاج تراجع.") == ("خبير في مجال الطاقة", "descriptive")
    assert first_speaker("وقال مسؤول في قطاع النفط إن الإنتاج تراجع.") == ("مسؤول في قطاع النفط", "descriptive")
    text = "وقال باحث في شؤون الجماعات المتطرفة إن التنظيم خطير."
    assert first_speaker(text) == ("باحث في شؤون الجماعات المتطرفة", "descriptive")


def test_a_time_after_the_heads_in_leaves_the_bare_head() -> None:
    """«مسؤول في | وقت سابق»: the time is out and so is the في (as «مسؤول | في تصريح صحفي»): anonymous (9.5)."""
    assert first_speaker("وقال مسؤول في وقت سابق إن الإنتاج تراجع.") == ("مسؤول", "anonymous")
    assert first_speaker("وقال مسؤول في تصريح صحفي إن الإنتاج تراجع.") == ("مسؤول", "anonymous")


def test_an_occasion_in_construct_after_the_heads_in_is_no_field() -> None:
    """«مسؤول في | ختام الاجتماع»، «في أعقاب الهجوم»: when he spoke, not his field (occasion_words.txt; RV10)."""
    assert first_speaker("وقال مسؤول في ختام الاجتماع إن الإنتاج تراجع.") == ("مسؤول", "anonymous")
    assert first_speaker("وقال مسؤول في أعقاب الهجوم إن الإنتاج تراجع.") == ("مسؤول", "anonymous")
