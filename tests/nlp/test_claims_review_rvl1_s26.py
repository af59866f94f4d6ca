"""Review RVL1 of DUA1 (session 26): a person noun's ا-form is a dual in construct only before the noun it is of
(«مراسلا الوكالة»، «شاهدا عيان»); before a preposition, ل or باسم it is a singular's accusative, a circumstantial
(«وأضاف متحدثا للصحفيين أن»): the speaker before goes on. Each test fails at 1b03989e but the guards."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
WIZARA: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())
REUTERS: Ent = ("رويترز", "unit", "رويترز", ())
OPENING = "أعلنت وزارة الصحة إطلاق برنامج جديد لتطعيم الأطفال. وقال سامي العلي إن الحكومة ستواصل الإصلاحات. "
SAID = "البرنامج يشمل جميع المناطق"


def said_by(text: str, ents: list[Ent]) -> tuple[str | None, str | None]:
    """The speaker and kind of the claim holding SAID."""
    claims, mentions = run(OPENING + text, ents)
    c = next(c for c in claims if SAID in c.text)
    return speaker_name(c, mentions), (c.speaker.kind if c.speaker is not None else None)


def test_a_circumstantial_before_lam_leaves_the_speaker_before() -> None:
    """«وأضاف متحدثا للصحفيين أن …»: he added, speaking to reporters; no two spokesmen."""
    assert said_by(f"وأضاف متحدثا للصحفيين أن {SAID}.", [SAMI, WIZARA])[0] == "سامي العلي"


def test_a_circumstantial_before_a_name_with_lam_leaves_the_speaker_before() -> None:
    """«وقال متحدثا لرويترز إن …»."""
    assert said_by(f"وقال متحدثا لرويترز إن {SAID}.", [SAMI, WIZARA, REUTERS])[0] == "سامي العلي"


def test_a_circumstantial_before_bism_is_no_dual_title() -> None:
    """«وأضاف متحدثا باسم الحكومة أن …»: he spoke on the government's behalf; a dual would be «المتحدثان باسم»."""
    assert said_by(f"وأضاف متحدثا باسم الحكومة أن {SAID}.", [SAMI, WIZARA])[0] == "سامي العلي"


def test_a_source_noun_accusative_before_a_preposition_is_no_dual_source() -> None:
    """«وأضاف شاهدا على ذلك أن …»: witnessing it, not «two witnesses»."""
    assert said_by(f"وأضاف شاهدا على ذلك أن {SAID}.", [SAMI, WIZARA])[0] == "سامي العلي"


def test_a_dual_in_construct_still_speaks() -> None:
    """Guard: «وقال مراسلا الوكالة إن …»: the two correspondents, descriptive (DUA1)."""
    assert said_by(f"وقال مراسلا الوكالة إن {SAID}.", [SAMI, WIZARA]) == ("مراسلا الوكالة", "descriptive")


def test_a_free_dual_title_before_bism_still_speaks() -> None:
    """Guard: «وقال المتحدثان باسم وزارة الصحة إن …» (DUA1)."""
    assert said_by(f"وقال المتحدثان باسم وزارة الصحة إن {SAID}.", [SAMI, WIZARA])[1] == "descriptive"


def test_a_two_word_addressee_after_the_pointing_object_is_stepped_over_whole() -> None:
    """Review of LEF1: «وأكد ذلك لسامي العلي مسؤول في الوزارة، مشيرا إلى أن …»: Sami was told; the official goes on."""
    text = "أعلنت وزارة الصحة إطلاق برنامج جديد. وأكد ذلك لسامي العلي مسؤول في الوزارة، مشيرا إلى أن " + SAID + "."
    claims, mentions = run(text, [SAMI, WIZARA])
    c = next(c for c in claims if SAID in c.text)
    assert speaker_name(c, mentions) == "مسؤول في الوزارة"


def test_a_relative_on_a_noun_that_is_no_speech_stays_in_the_claim() -> None:
    """Review of LEF1: «وقال سامي العلي إن المدينة التي قال فيها الرئيس إن …»: فيها is the city, no speech noun; the
    relative clause is part of Sami's claim, which is not cut short at التي."""
    text = (
        "أعلنت وزارة الصحة إطلاق برنامج جديد. وقال سامي العلي إن المدينة التي قال فيها الرئيس إن الوضع آمن تشهد قتالا."
    )
    claims, mentions = run(text, [SAMI, WIZARA])
    c = next(c for c in claims if "تشهد قتالا" in c.text)
    assert speaker_name(c, mentions) == "سامي العلي"
    assert c.text.startswith("المدينة")


def test_a_relative_on_a_speech_noun_is_still_its_owners_claim() -> None:
    """Guard (LEF1): «وأشاد X بتصريحات لـY التي أكد فيها أن …»: Y's claim."""
    text = "وأشاد سامي العلي بتصريحات لأحمد نجم التي أكد فيها أن " + SAID + "."
    claims, mentions = run(text, [SAMI, ("أحمد نجم", "person", "أحمد نجم", ())])
    c = next(c for c in claims if SAID in c.text)
    assert speaker_name(c, mentions) == "أحمد نجم"


def test_a_feminine_demonstrative_before_a_title_leaves_the_titled_subject_speaking() -> None:
    """Review of LEF1: «وأكدت هذه الوزيرة أن …» as «وأكد هذا الوزير أن»: the minister, descriptive; «هذه» is also a
    mined group head, which read «هذه الوزيرة» as a vague source."""
    text = "أعلنت وزارة الصحة إطلاق برنامج جديد. وأكدت هذه الوزيرة أن " + SAID + "."
    claims, mentions = run(text, [WIZARA])
    c = next(c for c in claims if SAID in c.text)
    assert (speaker_name(c, mentions), c.speaker.kind if c.speaker else None) == ("الوزيرة", "descriptive")


def test_a_demonstrative_before_a_document_is_no_vague_speaker() -> None:
    """«وأكدت هذه الوثيقة أن …»: «هذه» (a mined group head) neither speaks nor leaves «الوثيقة أن» as the claim."""
    text = "أعلنت وزارة الصحة إطلاق برنامج جديد. وأكدت هذه الوثيقة أن " + SAID + "."
    claims, _ = run(text, [WIZARA])
    c = next(c for c in claims if SAID in c.text)
    assert c.text.startswith(SAID.split()[0])
    assert c.speaker is None or c.speaker.text != "هذه"


def test_a_demonstrative_before_an_outlet_word_is_the_outlet_named_before() -> None:
    """«وقالت رويترز إن … . وذكرت هذه الوكالة أن …»: that agency, Reuters."""
    text = "وقالت رويترز إن الحكومة ستواصل الإصلاحات. وذكرت هذه الوكالة أن " + SAID + "."
    claims, mentions = run(text, [REUTERS])
    c = next(c for c in claims if SAID in c.text)
    assert speaker_name(c, mentions) == "رويترز"
