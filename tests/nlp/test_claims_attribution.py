"""Attribution cues (بحسب / وفقا لـ / حسب) added for recall on Qala News (session 9): each fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import ALI_SHORT, Ent, run

MARSAD: Ent = ("المرصد", "unit", "المرصد السوري", ())
REUTERS: Ent = ("رويترز", "unit", "رويترز", ())


def test_a_trailing_attribution_without_a_comma_closes_its_clause() -> None:
    text = "وقتل 18 شخصا في قصف على وسط المدينة بحسب المرصد."
    claims, ms = run(text, [MARSAD])
    assert [(c.kind, c.text) for c in claims] == [("indirect", "وقتل 18 شخصا في قصف على وسط المدينة")]
    assert claims[0].speaker is not None and claims[0].speaker.mention is not None
    assert ms[claims[0].speaker.mention].canonical == "المرصد السوري"


def test_a_bare_attribution_word_after_a_short_phrase_is_no_claim() -> None:
    text = "وذلك بحسب المرصد."
    claims, _ = run(text, [MARSAD])
    assert claims == []


def test_a_quoted_outlet_after_an_attribution_cue_is_the_speaker() -> None:
    text = 'وبحسب "رويترز"، فإن الخطة تشمل إنهاء دعم مشاريع الطاقة الشمسية الصغيرة.'
    claims, ms = run(text, [REUTERS])
    assert [c.text for c in claims] == ["الخطة تشمل إنهاء دعم مشاريع الطاقة الشمسية الصغيرة"]
    assert claims[0].speaker is not None and claims[0].speaker.mention is not None
    assert ms[claims[0].speaker.mention].canonical == "رويترز"


def test_a_speech_cue_after_the_attribution_makes_the_outlet_a_relay() -> None:
    text = 'وبحسب "رويترز"، فقد ذكر العلي أن الحكومة تستهدف شراء الغاز الطبيعي المسال.'
    claims, ms = run(text, [REUTERS, ALI_SHORT])
    assert [c.text for c in claims] == ["الحكومة تستهدف شراء الغاز الطبيعي المسال"]
    assert claims[0].speaker is not None and claims[0].speaker.mention is not None
    assert ms[claims[0].speaker.mention].canonical == "سامي العلي"


def test_an_attribution_source_runs_to_its_comma_without_its_time_word() -> None:
    text = "ووفقا لإحصاءات حكومة الإقليم أمس، فإن 1280 شخصا قتلوا خلال الهجوم."
    claims, _ = run(text, [])
    assert [c.speaker.text for c in claims if c.speaker is not None] == ["إحصاءات حكومة الإقليم"]


def test_a_trailing_attribution_source_keeps_its_qualifier() -> None:
    text = "وقتل أربعة أشخاص في تفجير سيارة مفخخة، بحسب مصدر طبي القريب من مندلي."
    claims, _ = run(text, [])
    assert [c.speaker.text for c in claims if c.speaker is not None] == ["مصدر طبي القريب من مندلي"]
