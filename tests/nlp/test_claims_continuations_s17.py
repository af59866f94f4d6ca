"""Speakers a continuation used to take, session 17 (issue 13, SP-C): each test fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

PENTAGON: Ent = ("وزارة الدفاع الاميركية", "unit", "وزارة الدفاع الاميركية", ())
CARTER: Ent = ("اشتون كارتر", "person", "اشتون كارتر", ("وزير الدفاع الاميركي",))
SUDANI: Ent = ("ابو خليل السوداني", "person", "ابو خليل السوداني", ())


def test_a_continuation_after_a_named_bodys_statement_goes_on_with_that_body() -> None:
    """«وتابع البيان أن «…». وأضاف أن»: the statement of a named body spoke last; the continuation is its words too,
    not those of the person the article named before it (train-a 121)."""
    text = (
        "أعلنت وزارة الدفاع الاميركية، اليوم، أن قياديا كبيرا في تنظيم القاعدة قتل في غارة في ولاية باكتيكا. "
        "وجاء الإعلان في بيان وزع على الصحافيين المرافقين لوزير الدفاع الاميركي اشتون كارتر في زيارته الى العراق.\n"
        "وتابع البيان أن «ابو خليل السوداني أحد ثلاثة متطرفين معروفين قتلوا في الغارة». وأضاف أن السوداني يترأس "
        "وحدة التفجيرات والهجمات الانتحارية."
    )
    claims, mentions = run(text, [PENTAGON, CARTER, SUDANI])
    assert speaker_name(claims[-1], mentions) == "وزارة الدفاع الاميركية"
