"""A bare body noun and a participle after another's clause, session 26 (HDB1; issue 13).

A body noun opening a descriptive phrase before a name («وكالة التصنيف الائتماني موديز») introduces that body, so
a bare «الوكالة» later is it (`Article.introducing_noun`, past up to two definite qualifiers). A person named since
the last claim as the subject of a speech verb («وهو ما شدد عليه أحمد نجم، قائلا») takes the participle after him
(`continuing.spoke_since`); a comma, then ل glued to a present verb with a person right after it («، ليرد عليه
أحمد نجم قائلا») opens the narrator's clause, ending the claim before (`content.purpose_clause`). Each test but the
third fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

MOODYS: Ent = ("موديز", "unit", "موديز", ())
SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ("وزير الخارجية",))
NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ())


def test_a_body_noun_before_qualifiers_introduces_the_name_after_them() -> None:
    """«أعلنت وكالة التصنيف الائتماني موديز … وقالت الوكالة إن …»: the agency is Moody's."""
    text = (
        "أعلنت وكالة التصنيف الائتماني موديز أمس أنها خفضت تصنيف البلاد إلى درجة أدنى. "
        "وقالت الوكالة إن الديون العامة ارتفعت بشكل كبير خلال العام الماضي."
    )
    claims, mentions = run(text, [MOODYS])
    said = next(c for c in claims if "الديون العامة" in c.text)
    assert speaker_name(said, mentions) == "موديز"


def test_a_speech_verb_subject_since_the_claim_takes_the_participle() -> None:
    """«وقال وزير الخارجية سامي العلي إن …، وهو ما شدد عليه أحمد نجم، قائلا: "…"»: the quotation is Najm's."""
    text = (
        "وقال وزير الخارجية سامي العلي إن البلدين متفقان على جميع الملفات الإقليمية، وهو ما شدد عليه أحمد نجم، "
        'قائلا: "العلاقات بين البلدين قوية ولن تتأثر بأي خلاف".'
    )
    claims, mentions = run(text, [SAMI, NAJM])
    said = next(c for c in claims if "العلاقات بين البلدين" in c.text)
    assert speaker_name(said, mentions) == "أحمد نجم"


def test_a_name_after_a_preposition_leaves_the_participle_to_the_speaker() -> None:
    """«وقال سامي العلي إن …، محملا أحمد نجم المسؤولية، مؤكدا …»: a person in what the speaker said or did keeps
    the participle the speaker's (the rule reads only a speech verb's subject)."""
    text = (
        "وقال وزير الخارجية سامي العلي إن المفاوضات تعثرت بسبب الخلافات، محملا أحمد نجم المسؤولية عن ذلك، "
        "مؤكدا أن الحوار سيستأنف قريبا."
    )
    claims, mentions = run(text, [SAMI, NAJM])
    said = next(c for c in claims if "سيستأنف" in c.text)
    assert speaker_name(said, mentions) == "سامي العلي"


def test_a_purpose_clause_with_a_new_subject_ends_the_claim_before_it() -> None:
    """«وقال سامي العلي: …، ليرد عليه أحمد نجم قائلا إن …»: the claim stops before «ليرد», and the participle is
    Najm's (`content.purpose_clause`)."""
    text = (
        "وقال وزير الخارجية سامي العلي: إن الاتفاق سيوقع خلال أيام قليلة، ليرد عليه أحمد نجم قائلا إن "
        "الخلافات ما زالت قائمة بين الطرفين."
    )
    claims, mentions = run(text, [SAMI, NAJM])
    said = next(c for c in claims if "الخلافات" in c.text)
    assert speaker_name(said, mentions) == "أحمد نجم"
    first = next(c for c in claims if "سيوقع" in c.text)
    assert "ليرد" not in first.text
