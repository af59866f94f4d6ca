"""Unnamed speakers, session 20 (SPK7; issue 13, GUIDELINES 9.18, 9.29.3, 9.30.12): news with no body is
anonymous whatever its adjectives, a bare body or figures are descriptive, the head past a count decides the kind, and
a relative clause running to the complement stays in the phrase. Each test fails without its rule (named in it)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, first_speaker, run


def test_reports_with_a_field_adjective_stay_anonymous() -> None:
    """«تقارير إعلامية تركية»، «تقارير صحافية»: reports with no body are anonymous (9.30.12), though «إعلامية» and
    «صحافية» are field words that make «مصادر صحافية» descriptive; fails without vocab.news_noun in qualifies."""
    assert first_speaker("وذكرت تقارير إعلامية تركية أن الحكومة ستستقيل.") == ("تقارير إعلامية تركية", "anonymous")
    assert first_speaker("وذكرت تقارير صحافية أن الاتفاق وقع أمس.")[1] == "anonymous"
    assert first_speaker("وقالت مصادر صحافية إن الاتفاق وقع أمس.")[1] == "descriptive"  # guard: a source noun


def test_a_bare_body_or_figures_are_descriptive() -> None:
    """«وقالت السلطات»، «وذكرت المعارضة»، «وبحسب البيانات»: a body's bare name or its figures say who speaks (9.18's
    bare «السلطات» with no antecedent; figures: train-a's practice, data/self_described.txt); fails without
    vocab.self_described in qualifies."""
    assert first_speaker("وقالت المعارضة إن الانتخابات زورت.")[1] == "descriptive"
    assert first_speaker("وذكرت التحقيقات أن المتهم تلقى رشوة.")[1] == "descriptive"
    assert first_speaker("وقالت مصادر إن الانتخابات زورت.")[1] == "anonymous"  # guard: a bare source noun


def test_the_noun_counted_is_the_head() -> None:
    """«عدد من الاقتصاديين»: economists with no field or body are anonymous as «خبراء» (9.18); the count is stepped over
    to the noun it counts; fails without extents.counted_head (and «اقتصادي» in data/people_nouns.txt)."""
    assert first_speaker("وقال عدد من الاقتصاديين إن الأسعار سترتفع.")[1] == "anonymous"
    assert first_speaker("وقال عدد من الخبراء النفطيين إن الأسعار سترتفع.")[1] == "descriptive"  # guard: a field


def test_a_relative_clause_running_to_the_complement_stays_in_the_phrase() -> None:
    """«مصابو التفجير الإرهابي الذي وقع في قوة الطوارئ بأبها بأن»: a relative clause right after the phrase, no comma,
    stays in it (9.29.3) whatever its length; fails without extents.whole_phrase's `relative`. A clause that opens with
    no relative pronoun keeps the few-words limit (tests/nlp/test_claims_phrase_extent.py)."""
    force: Ent = ("قوة الطوارئ", "unit", "قوة الطوارئ", ())
    text = "وأجمع مصابو التفجير الإرهابي الذي وقع في قوة الطوارئ بأبها بأن ما حدث يزيدهم إصرارا."
    claims, _ = run(text, [force])
    assert claims and claims[0].speaker is not None
    assert claims[0].speaker.text == "مصابو التفجير الإرهابي الذي وقع في قوة الطوارئ بأبها"
