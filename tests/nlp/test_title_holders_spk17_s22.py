"""A title holder is the name the title is attached to, and names deep in a cue's zone do not speak (session 22,
SPK17, issue 13). Each test fails without its change."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, names

ANDREEVA: Ent = ("مينا اندريفا", "person", "مينا اندريفا", ("المتحدثة باسم المفوضية",))
JUNCKER: Ent = ("جان كلود يونكر", "person", "جان كلود يونكر", ("رئيس المفوضية الأوروبية",))


def test_a_title_after_a_name_is_not_the_next_names() -> None:
    # «مينا اندريفا المتحدثة باسم المفوضية إلى ما قاله جان كلود يونكر»: the title after her name is hers, not
    # Juncker's left context; «المتحدثة باسم المفوضية» later is Andreeva
    text = (
        "وأشارت مينا اندريفا المتحدثة باسم المفوضية إلى ما قاله جان كلود يونكر رئيس المفوضية الأوروبية بنفسه "
        "في مقابلة صحافية. وأكدت المتحدثة باسم المفوضية أن المفاوضات مع أثينا تجرى مع المفوضية."
    )
    assert names(text, [ANDREEVA, JUNCKER])[-1] == "مينا اندريفا"


BLINKEN: Ent = ("أنطوني بلينكن", "person", "أنطوني بلينكن", ("مساعد وزير الخارجية الأميركي",))
STATE: Ent = ("وزارة الخارجية الأميركية", "unit", "وزارة الخارجية الأميركية", ())


def test_a_document_after_fi_is_the_continued_speakers_setting() -> None:
    # «وأضاف في المذكرة»: Blinken goes on, in the memo the ministry issued; the cue has a subject of its own, so the
    # memo's issuer does not take his words
    text = (
        "أصدرت وزارة الخارجية الأميركية مذكرة حول نيجيريا. "
        "ودعا مساعد وزير الخارجية الأميركي أنطوني بلينكن إلى طريقة تعامل شاملة مع بوكو حرام. "
        "وأضاف في المذكرة: «عندما تطور نيجيريا هذه المقاربة، ستزيد الولايات المتحدة من مساعداتها»."
    )
    assert names(text, [BLINKEN, STATE])[-1] == "أنطوني بلينكن"
