"""A verb with its object pronoun after a postposed link («بحسب ما ذكرته مصادر»، «وفقا لما أعلنه») is the cue of
the clause before (session 25, BHS1): each fails without its rule."""

from __future__ import annotations

from app.nlp.morphology import verb_without_object
from tests.nlp.test_claims import Ent, run

AGENCY: Ent = ("وكالة الأنباء الرسمية", "unit", "وكالة الأنباء الرسمية", ())
CLAUSE = "وقتل ثلاثة أشخاص في قصف على السوق"


def test_a_verb_with_its_object_pronoun_after_bihasab_ma_is_the_cue() -> None:
    claims, _ = run(f"{CLAUSE}، بحسب ما ذكرته مصادر طبية.", [])
    assert [(c.text, c.speaker.text if c.speaker else None) for c in claims] == [(CLAUSE, "مصادر طبية")]
    assert claims[0].speaker is not None and claims[0].speaker.kind == "descriptive"


def test_a_verb_with_its_object_pronoun_after_wafqan_lima_names_a_body() -> None:
    claims, ms = run("وارتفعت أسعار القمح خلال الأسبوع الماضي، وفقا لما أعلنته وكالة الأنباء الرسمية.", [AGENCY])
    assert [c.text for c in claims] == ["وارتفعت أسعار القمح خلال الأسبوع الماضي"]
    assert claims[0].speaker is not None and claims[0].speaker.mention is not None
    assert ms[claims[0].speaker.mention].canonical == "وكالة الأنباء الرسمية"


def test_a_suffixed_verb_with_no_link_before_it_is_no_cue() -> None:
    claims, _ = run("وقتل ثلاثة أشخاص في قصف على السوق الذي ذكرته مصادر طبية.", [])
    assert claims == []


def test_verb_without_object_keeps_the_verbs_own_taa() -> None:
    assert verb_without_object("ذكرته") == ["ذكرت"]
    assert verb_without_object("ذكروه") == ["ذكرو", "ذكروا"]
    assert verb_without_object("قال") == []
