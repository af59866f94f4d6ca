"""A bare body noun skips a body only cited since, session 26 (HDB1 side; issue 13).

`Article.unit_by_head` gives a bare head («الوكالة»، «الحكومة») the latest body of that head that acted, not one
named since only after a glued ل or ب or as a relay («بحسب X» with a speech verb right after X)
(`Article.cited_aside`). The first two tests fail without the rule; the last guards what it must not change."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

MOODYS: Ent = ("موديز", "unit", "موديز", ())
AFP: Ent = ("وكالة الأنباء الفرنسية", "unit", "وكالة الأنباء الفرنسية", ())
WIFAQ: Ent = ("حكومة الوفاق", "unit", "حكومة الوفاق", ())
INQADH: Ent = ("حكومة الإنقاذ", "unit", "حكومة الإنقاذ", ())
MSF: Ent = ("منظمة أطباء بلا حدود", "unit", "منظمة أطباء بلا حدود", ())
IOM: Ent = ("منظمة الهجرة الدولية", "unit", "منظمة الهجرة الدولية", ())


def test_a_relaying_outlet_does_not_take_the_bare_noun() -> None:
    """«وكالة التصنيف الائتماني موديز … وبحسب وكالة الأنباء الفرنسية قالت الوكالة إن …»: the agency is Moody's."""
    text = (
        "أعلنت وكالة التصنيف الائتماني موديز أمس أنها خفضت تصنيف البلاد إلى درجة أدنى. "
        "وبحسب وكالة الأنباء الفرنسية قالت الوكالة إن الديون العامة ارتفعت بشكل كبير خلال العام الماضي."
    )
    claims, mentions = run(text, [MOODYS, AFP])
    said = next(c for c in claims if "الديون العامة" in c.text)
    assert speaker_name(said, mentions) == "موديز"


def test_a_body_in_a_genitive_does_not_take_the_bare_noun() -> None:
    """«وصل وفد من حكومة الوفاق … قوات موالية لحكومة الإنقاذ … وقالت الحكومة إن …»: not the one in the genitive."""
    text = (
        "ووصل وفد من حكومة الوفاق إلى المدينة أمس لتقصي الأحداث. وشاركت في الاشتباكات قوات موالية لحكومة الإنقاذ "
        "طوال الأسبوع الماضي. وقالت الحكومة إنها تتابع الوضع بقلق شديد."
    )
    claims, mentions = run(text, [WIFAQ, INQADH])
    said = next(c for c in claims if "تتابع الوضع" in c.text)
    assert speaker_name(said, mentions) == "حكومة الوفاق"


def test_according_to_a_body_with_no_verb_after_it_keeps_it_a_speaker() -> None:
    """«… منظمة أطباء بلا حدود … وبحسب منظمة الهجرة الدولية فإن … وأفادت المنظمة أن …»: the body after بحسب
    spoke (no speech verb after it), so it stays the bare noun's body."""
    text = (
        "وأنقذت سفينة تستخدمها منظمة أطباء بلا حدود عشرات المهاجرين قبالة السواحل. "
        "وبحسب منظمة الهجرة الدولية فإن عدد الضحايا تجاوز ألفي شخص منذ بداية العام. "
        "وأفادت المنظمة أن أكثر من مئة ألف مهاجر وصلوا إلى أوروبا."
    )
    claims, mentions = run(text, [MSF, IOM])
    said = next(c for c in claims if "مئة ألف مهاجر" in c.text)
    assert speaker_name(said, mentions) == "منظمة الهجرة الدولية"
