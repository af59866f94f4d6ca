"""A stance phrase's kind, session 24 (DSC2; GUIDELINES 9.31.8): «معارضو الاتفاق»، «منتقدو الصفقة» name no side, so
the speaker is anonymous; a body, a state or a named person in the phrase makes it descriptive, and a system
(«النظام الانتخابي») is no body. Fails without `extents.qualifies`' stance test (data/stance_heads.txt) and
`extents.system_noun` (RVF11)."""

from __future__ import annotations

from tests.nlp.test_claims_kinds_rvf2 import speaker_kind


def test_a_stance_on_a_plain_noun_is_anonymous() -> None:
    """«معارضو الاتفاق»، «منتقدو الصفقة»: a deal is no side (9.5's «منتقدو الصفقة», 9.31.8's 131)."""
    assert speaker_kind("وقال معارضو الاتفاق إن الهدنة لن تصمد.") == "anonymous"
    assert speaker_kind("ويرى منتقدو الصفقة أن الثمن باهظ.") == "anonymous"


def test_a_stance_on_a_named_side_is_descriptive() -> None:
    """Guards: «حلفاء النظام السوري» (a body named), «معارضو الحكومة» (a body by its generic noun): descriptive."""
    body = ("النظام السوري", "unit", "النظام السوري", ())
    assert speaker_kind("وقال حلفاء النظام السوري إن الهدنة انهارت.", [body]) == "descriptive"
    assert speaker_kind("وقال معارضو الحكومة إن الهدنة انهارت.") == "descriptive"


def test_a_stance_on_a_bare_body_noun_is_descriptive() -> None:
    """Guard (RV10): «منتقدو السلطات»، «خصوم المعارضة»: a bare body noun (`self_described`, 9.18) is a side."""
    assert speaker_kind("وقال منتقدو السلطات إن الهدنة لن تصمد.") == "descriptive"
    assert speaker_kind("وقال خصوم المعارضة إن الهدنة لن تصمد.") == "descriptive"


def test_every_sound_plural_stance_head_is_read_in_its_four_forms() -> None:
    """RVF10: «مناوئو الاتفاق»، «عدد من مناوئي الاتفاق»، «المعارضين للاتفاق»: each head of data/stance_heads.txt in its
    nominative and oblique forms, in construct and not; a plain noun names no side (9.31.8)."""
    assert speaker_kind("وقال مناوئو الاتفاق إن الهدنة لن تصمد.") == "anonymous"
    assert speaker_kind("وقال عدد من مناوئي الاتفاق إن الهدنة لن تصمد.") == "anonymous"
    assert speaker_kind("وقال مناوئو الحكومة إن الهدنة لن تصمد.") == "descriptive"


def test_the_regime_is_a_side() -> None:
    """RVF10 (RV10's open point): «معارضو النظام»، «مؤيدو النظام السوري» with no mention tagged are descriptive —
    «النظام» is a body (9.8's «قوات الأمن/النظام/الجيش»; 9.31.8: a body in a stance phrase makes it descriptive,
    «حلفاء النظام السوري» 186), read as a bare body noun (data/self_described.txt)."""
    assert speaker_kind("وقال معارضو النظام إن الهدنة لن تصمد.") == "descriptive"
    assert speaker_kind("وقال مؤيدو النظام السوري إن الهدنة لن تصمد.") == "descriptive"


def test_the_electoral_system_is_no_side() -> None:
    """RVF11: «معارضو النظام الانتخابي»، «منتقدو النظام الضريبي»: «النظام» with an adjective that names no state is a
    system or a statute, not the regime (`extents.system_noun`, data/system_nouns.txt) — anonymous (9.31.8); the
    regime, bare or with a state's nisba, is still a side (`test_the_regime_is_a_side`)."""
    assert speaker_kind("وقال معارضو النظام الانتخابي إن القانون يقصي الأحزاب الصغيرة.") == "anonymous"
    assert speaker_kind("وقال منتقدو النظام الضريبي إن التعديل باطل.") == "anonymous"
