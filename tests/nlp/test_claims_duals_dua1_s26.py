"""Session 26 DUA1 (issue 13): a dual or plural speaker phrase is read as its singular is. One reader,
`morphology.dual_of`, files a person noun's dual under its singular (مسؤولان، شاهدا، مراسلا، الناطقتان); a role's
dual, or its sound plural before باسم, opens a title (`zones.shared_title`), so two spokesmen of a body are
descriptive with it as affiliation (GUIDELINES 9.4), not the body named; a dual in construct ending in ا is no
accusative (`vocab.person_dual`). Guards: a bare dual stays as vague as its singular, the singular spokesman too."""

from __future__ import annotations

from app.nlp.morphology import dual_of, dual_singular
from tests.nlp.test_claims import Ent, run

RAMI: Ent = ("رامي الخطيب", "person", "رامي الخطيب", ())
ARMY: Ent = ("الجيش", "unit", "الجيش", ())
GOVT: Ent = ("الحكومة", "unit", "الحكومة", ())
BEFORE = "وقال رامي الخطيب إن الأسعار سترتفع. "


def speaker_at(text: str, ents: list[Ent], words: str) -> tuple[str, str, str | None]:
    """The text, kind and canonical name (None when unnamed) of the speaker of the claim holding `words`."""
    claims, mentions = run(text, ents)
    claim = next(c for c in claims if words in c.text)
    assert claim.speaker is not None
    m = claim.speaker.mention
    return claim.speaker.text, claim.speaker.kind, None if m is None else mentions[m].canonical


def test_dual_of_reads_free_and_construct_duals_of_a_listed_singular() -> None:
    """One reader for a person's dual: nominative (ان، تان) or in construct (ا), with the article; not ين, the sound
    plural's ending too, nor a nisba's ي."""
    heads = {"متحدث", "ناطقه", "شاهد"}
    assert all(dual_of(w, heads) for w in ("المتحدثان", "الناطقتان", "متحدثان", "شاهدا"))
    assert not any(dual_of(w, heads) for w in ("المتحدثي", "المتحدثين", "شاهد"))


def test_dual_singular_still_reads_a_body_dual_in_construct() -> None:
    """The entity reader's construct duals are unchanged (وزارتي → وزاره، مجلسي → مجلس)."""
    assert (dual_singular("وزارتي"), dual_singular("مجلسي"), dual_singular("مجلس")) == ("وزاره", "مجلس", None)


def test_eyewitnesses_in_the_dual_speak_not_the_person_before() -> None:
    """«وقال شاهدا عيان إن …»: the construct dual's ا is no accusative; the two witnesses speak, as «شاهد عيان» does."""
    text = BEFORE + "وقال شاهدا عيان إن الانفجار وقع ليلا."
    assert speaker_at(text, [RAMI], "الانفجار") == ("شاهدا عيان", "descriptive", None)


def test_two_officials_and_the_clause_after_them_are_the_speaker() -> None:
    """«وقال مسؤولان شاركا في المفاوضات إن …»: as «مسؤول شارك في المفاوضات», not the person before."""
    text = BEFORE + "وقال مسؤولان شاركا في المفاوضات إن الانفجار وقع ليلا."
    assert speaker_at(text, [RAMI], "الانفجار") == ("مسؤولان شاركا في المفاوضات", "descriptive", None)


def test_two_deputies_of_a_current_are_the_speaker() -> None:
    """«وقال نائبان عن التيار إن …»: the deputies and whom they sit for."""
    text = BEFORE + "وقال نائبان عن التيار إن الانفجار وقع ليلا."
    assert speaker_at(text, [RAMI], "الانفجار") == ("نائبان عن التيار", "descriptive", None)


def test_two_correspondents_of_an_agency_are_the_speaker() -> None:
    """«وقال مراسلا الوكالة إن …»: a construct dual of a people word, as «مراسل الوكالة»."""
    text = BEFORE + "وقال مراسلا الوكالة إن الانفجار وقع ليلا."
    assert speaker_at(text, [RAMI], "الانفجار") == ("مراسلا الوكالة", "descriptive", None)


def test_a_bare_dual_official_stays_anonymous() -> None:
    """«وقال مسؤولان إن …»: as vague as «مسؤول» (GUIDELINES 9.9), though now read as a title."""
    text = BEFORE + "وقال مسؤولان إن الانفجار وقع ليلا."
    assert speaker_at(text, [RAMI], "الانفجار") == ("مسؤولان", "anonymous", None)


def test_two_spokesmen_of_two_bodies_are_descriptive_not_the_first_body() -> None:
    """«وقال المتحدثان باسم الجيش والشرطة إن …»: the spokesmen, the bodies their affiliation (9.4), not the army."""
    text = BEFORE + "وقال المتحدثان باسم الجيش والشرطة إن الانفجار وقع ليلا."
    spk = speaker_at(text, [RAMI, ARMY], "الانفجار")
    assert spk == ("المتحدثان باسم الجيش والشرطة", "descriptive", None)


def test_two_women_spokespersons_of_the_government_are_descriptive() -> None:
    """«وقالت الناطقتان باسم الحكومة إن …»: the feminine dual of ناطق, not the government named."""
    text = BEFORE + "وقالت الناطقتان باسم الحكومة إن الانفجار وقع ليلا."
    assert speaker_at(text, [RAMI, GOVT], "الانفجار") == ("الناطقتان باسم الحكومة", "descriptive", None)


def test_plural_spokesmen_of_a_named_body_are_descriptive() -> None:
    """«وقال المتحدثون باسم الجيش إن …»: a role's sound plural before باسم opens a title too."""
    text = BEFORE + "وقال المتحدثون باسم الجيش إن الانفجار وقع ليلا."
    assert speaker_at(text, [RAMI, ARMY], "الانفجار") == ("المتحدثون باسم الجيش", "descriptive", None)


def test_the_singular_spokesman_is_read_as_before() -> None:
    """Guard: «وقال المتحدث باسم الحكومة إن …» stays the spokesman, descriptive."""
    text = BEFORE + "وقال المتحدث باسم الحكومة إن الانفجار وقع ليلا."
    assert speaker_at(text, [RAMI, GOVT], "الانفجار") == ("المتحدث باسم الحكومة", "descriptive", None)


def test_plural_spokesmen_before_a_relative_are_its_antecedent() -> None:
    """«… عن المتحدثين باسم الوزارة الذين أكدوا أن …»: the spokesmen, not the person quoted before
    (`continuing.behalf_antecedent` reads a shared title as the singular one)."""
    text = BEFORE + "ونقلت الوكالة عن المتحدثين باسم الوزارة الذين أكدوا أن الانفجار وقع ليلا."
    assert speaker_at(text, [RAMI], "الانفجار") == ("المتحدثين باسم الوزارة", "descriptive", None)
