"""A description named in a later sentence only when its field fits (GUIDELINES 9.20; issue 13, SPK4, session 19).

test_a_field_the_next_title_lacks_leaves_the_description fails without `named_later.field_fits`,
test_a_post_the_next_title_does_not_hold_leaves_the_description without `named_later.post_fits`,
test_a_description_tied_to_a_body_is_not_a_person_of_another_paragraph_sharing_no_word without
`named_later.tied_elsewhere`, test_a_post_in_construct_with_its_body_is_a_title_not_a_tie without its construct
guard; the others are guards that pass before them (what the rules must not undo).
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

HEALTH: Ent = ("كريم الحسن", "person", "كريم الحسن", ("وكيل وزارة الصحة",))
GENERAL: Ent = ("سامي العلي", "person", "سامي العلي", ("اللواء",))
MILITARY: Ent = ("سامي العلي", "person", "سامي العلي", ("الخبير العسكري",))
LEAD = "وقال مسؤول أمني إن التفجير تم عن بعد. "


def kinds(text: str, ents: list[Ent]) -> list[tuple[str | None, str]]:
    """The speakers of the text's claims, by canonical name or phrase, with their kind."""
    claims, mentions = run(text, ents)
    return [(speaker_name(c, mentions), c.speaker.kind if c.speaker else "none") for c in claims]


def test_a_field_the_next_title_lacks_leaves_the_description() -> None:
    text = LEAD + "وقال وكيل وزارة الصحة كريم الحسن إن المصابين نقلوا إلى المستشفى."
    assert kinds(text, [HEALTH])[0] == ("مسؤول أمني", "descriptive")


def test_a_rank_fits_a_security_description() -> None:
    text = LEAD + "وأضاف اللواء سامي العلي أن قوات الأمن أبطلت قنبلة أخرى."
    assert kinds(text, [GENERAL])[0][0] == "سامي العلي"


def test_a_title_holding_the_field_fits() -> None:
    text = "وقال قائد عسكري إن الوفد وصل إلى المنطقة. وقال الخبير العسكري سامي العلي إن المتمردين غير ناشطين."
    assert kinds(text, [MILITARY])[0][0] == "سامي العلي"


AGRICULTURE: Ent = ("كريم الحسن", "person", "كريم الحسن", ("وزير الزراعة",))
BANKS: Ent = ("سامي العلي", "person", "سامي العلي", ("رئيسة اتحاد المصارف",))


def test_a_post_the_next_title_does_not_hold_leaves_the_description() -> None:
    text = "وقال رئيس بلدية المدينة إنه حذر مرارا من الخطر. وقال وزير الزراعة كريم الحسن إن الوضع طارئ."
    assert kinds(text, [AGRICULTURE])[0] == ("رئيس بلدية المدينة", "descriptive")


def test_speaking_to_a_channel_is_no_post() -> None:
    text = "وقالت متحدثة لشبكة ميغا إن المصارف آمنة. وأوضحت رئيسة اتحاد المصارف سامي العلي أن السحب محدود."
    assert kinds(text, [BANKS])[0][0] == "سامي العلي"


COMMISSION: Ent = ("المفوضية الأوروبية", "unit", "المفوضية الأوروبية", ())
KREMLIN: Ent = ("كريم الحسن", "person", "كريم الحسن", ("مستشار الرئاسة الروسية",))
TIED = "العنوان الرئيسي للخبر\nوقال مسؤول في المفوضية الأوروبية إن اليونان قامت بخطوة مهمة."


def test_a_description_tied_to_a_body_is_not_a_person_of_another_paragraph_sharing_no_word() -> None:
    text = TIED + "\nونفى مستشار الرئاسة الروسية كريم الحسن أن تكون أثينا طلبت مساعدة."
    assert kinds(text, [COMMISSION, KREMLIN])[0] == ("مسؤول في المفوضية الأوروبية", "descriptive")


def test_a_description_tied_to_a_body_is_the_person_named_next_in_its_paragraph() -> None:
    text = TIED + " ونفى مستشار الرئاسة الروسية كريم الحسن أن تكون أثينا طلبت مساعدة."
    assert kinds(text, [COMMISSION, KREMLIN])[0][0] == "كريم الحسن"


STAFF: Ent = ("هيئة الأركان العامة", "unit", "هيئة الأركان العامة", ())
CHIEF: Ent = ("سامي العلي", "person", "سامي العلي", ("الفريق",))


def test_a_post_in_construct_with_its_body_is_a_title_not_a_tie() -> None:
    text = (
        "زيارة سامي العلي للجبهة الشمالية\nوقال رئيس هيئة الأركان العامة إن الجيش مستعد."
        "\nوأكد الفريق سامي العلي أن القوات تتقدم على كل الجبهات."
    )
    assert kinds(text, [STAFF, CHIEF])[0][0] == "سامي العلي"
