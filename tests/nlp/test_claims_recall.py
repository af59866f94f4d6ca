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
