"""Unnamed subjects of a cue with a noun object, session 26 (OBJ1; issue 13): the speaker phrase read after the verb
stops where `continuing.subject_words` sees the object begin («واتهم ناشطون | الحكومة بالتقصير»), as the participle's
source after that verb already did; a named subject is untouched."""

from __future__ import annotations

from tests.nlp.test_claims import ALI, run, speaker_name


def speaker_and_kind(text: str, words: str) -> tuple[str, str]:
    """The speaker phrase and kind of the claim holding `words`."""
    claims, _ = run(text, [])
    said = next(c for c in claims if words in c.text)
    assert said.speaker is not None
    return said.speaker.text, said.speaker.kind


def test_a_nominative_plural_subject_stops_before_the_accused() -> None:
    """«واتهم ناشطون الحكومة بالتقصير»: a sound plural in ون governs no genitive, «الحكومة» is whom they accuse;
    read before as «ناشطون الحكومة بالتقصير»."""
    text = "واتهم ناشطون الحكومة بالتقصير، مؤكدين أن الخدمات توقفت منذ أسابيع."
    assert speaker_and_kind(text, "الخدمات") == ("ناشطون", "anonymous")


def test_a_plural_subject_with_its_adjective_stops_before_the_object() -> None:
    """«واتهم ناشطون حقوقيون الحكومة بأنها …»: the adjective stays with the subject, the definite noun after is the
    object."""
    text = "واتهم ناشطون حقوقيون الحكومة بأنها قصرت في حماية المدنيين."
    assert speaker_and_kind(text, "قصرت") == ("ناشطون حقوقيون", "descriptive")


def test_a_definite_subject_stops_before_the_object() -> None:
    """«واتهم المتظاهرون الشركة بالإهمال»: read before as «المتظاهرون الشركة بالإهمال» (the object as an
    adjective, the ب phrase as a qualifier)."""
    text = "واتهم المتظاهرون الشركة بالإهمال، مؤكدين أن أجهزة الإنذار كانت معطلة منذ أشهر."
    assert speaker_and_kind(text, "أجهزة الإنذار") == ("المتظاهرون", "anonymous")


def test_a_subject_placed_by_its_qualifier_keeps_it() -> None:
    """«وأدان مسؤولون في الوزارة الهجوم»، «وأبدى سكان في الحي قلقهم من …»: the place is the subject's, the object
    after it is not."""
    condemned = "وأدان مسؤولون في الوزارة الهجوم، مؤكدين أن الجناة سيحاسبون."
    assert speaker_and_kind(condemned, "الجناة") == ("مسؤولون في الوزارة", "descriptive")
    worried = "وأبدى سكان في الحي قلقهم من أن تتلوث المياه."
    assert speaker_and_kind(worried, "تتلوث") == ("سكان في الحي", "descriptive")


def test_a_named_subject_is_not_cut() -> None:
    """Guard: «واتهم وزير الصحة سامي العلي الحكومة بأنها …»: the named speaker stands."""
    text = "واتهم وزير الصحة سامي العلي الحكومة بأنها قصرت في حماية المدنيين."
    claims, ms = run(text, [ALI])
    said = next(c for c in claims if "قصرت" in c.text)
    assert speaker_name(said, ms) == "سامي العلي"


def test_a_counted_subject_of_a_nominal_cue_stops_before_its_object() -> None:
    """«وأكد عدد من ممثلي النقابات المهنية القرار، مشيرين …»: «القرار» after the nisba is the object of «أكد» (a cue
    taking a noun object); read before as «… المهنية القرار»."""
    text = "وأكد عدد من ممثلي النقابات المهنية القرار، مشيرين إلى أن الأجور لم ترتفع."
    assert speaker_and_kind(text, "الأجور") == ("عدد من ممثلي النقابات المهنية", "descriptive")
