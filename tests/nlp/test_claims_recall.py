"""Claim detection rules added for recall on Qala News (session 9): each test fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import ALI_SHORT, run


def test_a_long_quotation_inside_reported_speech_is_the_direct_quote() -> None:
    text = (
        "وأكد العلي أن وزير الاقتصاد الاتحادي في حكومة بلاده «تحدث بإلحاح حول الملف الإسرائيلي» "
        "مع كل محادثيه خلال الزيارة الطويلة إلى المنطقة، و«عن الحقوق»."
    )
    claims, _ = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [("direct", "تحدث بإلحاح حول الملف الإسرائيلي")]


def test_of_several_quoted_fragments_the_longest_is_the_quote() -> None:
    text = (
        "وأكد العلي أن وزير الاقتصاد الاتحادي في حكومة بلاده تحدث «عن حقوق الإنسان» مع كل محادثيه، "
        "وأنه «سيعود إلى المنطقة قبل نهاية العام»."
    )
    claims, _ = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [("direct", "سيعود إلى المنطقة قبل نهاية العام")]


def test_bayyana_with_its_complement_at_once_is_a_cue_the_preposition_is_not() -> None:
    text = (
        "وأكد العلي أن الطرق الجديدة ستفتح قريبا. وبين أن المشروع سيكتمل قبل نهاية العام الحالي. "
        "وبين الضحايا دبلوماسي صيني وصحافي؛ إذ إن الفندق يضم سفارات عدة."
    )
    claims, ms = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الطرق الجديدة ستفتح قريبا", "المشروع سيكتمل قبل نهاية العام الحالي"]
    assert claims[1].speaker is not None and claims[1].speaker.mention is not None
    assert ms[claims[1].speaker.mention].canonical == "سامي العلي"
