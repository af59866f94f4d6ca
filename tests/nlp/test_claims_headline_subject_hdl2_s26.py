"""A headline's named subject keeps the headline's claim; the lead's restatement is its own speaker's (session 26,
HDL2; AN103, GUIDELINES §4 place speakers, 9.20).

«تونس تعلن … "X"» then «قالت وزارة الداخلية التونسية … "X"»: two claims of the same words, the headline's by the
country and the lead's by the ministry. The first two tests fail on the code before (the lead's claim was dropped as a
repeat of the headline's words); the last two guard what stays one claim.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

TAIL = "\nوفي سياق متصل، عقد المجلس جلسة طارئة لبحث الأوضاع في المنطقة."
STATE: Ent = ("مصر", "place", "مصر", ())
MINISTRY: Ent = ("وزارة الخارجية المصرية", "unit", "وزارة الخارجية المصرية", ())
UN: Ent = ("الأمم المتحدة", "unit", "الأمم المتحدة", ())
AGENCY: Ent = ("المفوضية السامية لشؤون اللاجئين", "unit", "المفوضية السامية لشؤون اللاجئين", ())
OFFICER: Ent = ("سامي العلي", "person", "سامي العلي", ("اللواء",))


def spoken(text: str, ents: list[Ent], words: str) -> list[str | None]:
    """The speakers of the claims whose words are `words`, in text order."""
    claims, mentions = run(text, ents)
    return [speaker_name(c, mentions) for c in claims if c.text == words]


def test_the_lead_keeps_its_own_claim_of_a_country_headline_s_words() -> None:
    text = (
        "مصر تطالب بوقف «العنف المتصاعد» على الحدود\n"
        "وطالبت وزارة الخارجية المصرية أمس بوقف «العنف المتصاعد» على الحدود الشرقية." + TAIL
    )
    assert spoken(text, [STATE, MINISTRY], "العنف المتصاعد") == ["مصر", "وزارة الخارجية المصرية"]


def test_a_broad_body_s_headline_and_its_agency_s_lead_are_two_claims() -> None:
    text = (
        "الأمم المتحدة تحذر من «كارثة إنسانية» في المدينة\n"
        "حذرت المفوضية السامية لشؤون اللاجئين أمس من «كارثة إنسانية» في المدينة المحاصرة." + TAIL
    )
    assert spoken(text, [UN, AGENCY], "كارثة إنسانية") == ["الأمم المتحدة", "المفوضية السامية لشؤون اللاجئين"]


def test_the_same_subject_restating_the_headline_stays_one_claim() -> None:
    text = "مصر تطالب بوقف «العنف المتصاعد» على الحدود\nوطالبت مصر أمس بوقف «العنف المتصاعد» على الحدود الشرقية." + TAIL
    assert spoken(text, [STATE], "العنف المتصاعد") == ["مصر"]


def test_a_headline_by_no_mention_keeps_the_body_s_restatement_in_one_claim() -> None:
    text = (
        "مسؤول أمني يعلن تفكيك «خلية إرهابية» في المدينة\n"
        "وأعلن مدير الأمن اللواء سامي العلي أمس تفكيك «خلية إرهابية» في المدينة." + TAIL
    )
    assert len(spoken(text, [OFFICER], "خلية إرهابية")) == 1
