"""Unnamed speakers given to a named entity, session 26 (DSN1, issue 13). Each test fails without its rule:
`continuing.adverbial_tail` (an unnamed subject after its verb, then when or where it spoke, before the complement),
`speaker.spoken_for` with `speaker.behalf_nouns` (a title closing with باسم speaks for the body after it, a plain noun
or two between) and `continuing.behalf_antecedent` (a relative pronoun after «المتحدثة باسم X» stands for her)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
WIZARA: Ent = ("وزارة الداخلية", "unit", "وزارة الداخلية", ())
HAY2A: Ent = ("هيئة الطرق الوطنية", "unit", "هيئة الطرق الوطنية", ())
KARIM: Ent = ("كريم الحسن", "person", "كريم الحسن", ("الناطق باسم منظمة الصحة",))
MUNAZZAMA: Ent = ("منظمة الصحة", "unit", "منظمة الصحة", ())
SUNDUQ: Ent = ("صندوق التنمية", "unit", "صندوق التنمية", ())


def speaker_at(text: str, ents: list[Ent], words: str) -> tuple[str, str] | None:
    """The text and kind of the speaker of the claim holding `words`."""
    claims, _ = run(text, ents)
    claim = next(c for c in claims if words in c.text)
    return None if claim.speaker is None else (claim.speaker.text, claim.speaker.kind)


def test_an_unnamed_subject_before_when_it_spoke_beats_the_speaker_carried_from_before() -> None:
    """«وأعلنت هيئة المحامين خلال مؤتمر صحافي أمس أن …»: the lawyers' body after the verb speaks, not the named
    person whose claim came before."""
    text = (
        "وقال سامي العلي إن المحاكمة تأجلت إلى الشهر المقبل. وأعلنت هيئة المحامين خلال مؤتمر صحافي أمس أن "
        "موكلهم سيستأنف الحكم."
    )
    assert speaker_at(text, [SAMI], "سيستأنف") == ("هيئة المحامين", "descriptive")


def test_an_unnamed_voter_before_where_she_spoke_beats_the_body_named_before() -> None:
    """«وأكدت ناخبة في حي الزهور شمال العاصمة: «…»»: the voter speaks, not the ministry that spoke before."""
    text = (
        "وقالت وزارة الداخلية إن الاقتراع جرى بهدوء. وأكدت ناخبة في حي الزهور شمال العاصمة: «لن أعود إلى "
        "الصناديق مرة أخرى»."
    )
    assert speaker_at(text, [WIZARA], "لن أعود") == ("ناخبة في حي الزهور", "descriptive")


def test_a_spokesman_of_a_body_a_plain_noun_after_bi_ism_is_not_another_body_s_spokesman() -> None:
    """«وقال الناطق باسم وكالة هيئة الطرق الوطنية إن …»: the unnamed spokesman of that body speaks, not the
    spokesman of the health organisation named before, nor the body itself."""
    text = (
        "وقال كريم الحسن الناطق باسم منظمة الصحة إن المستشفيات ممتلئة. وقال الناطق باسم وكالة هيئة الطرق الوطنية "
        "إن الجسور تضررت بشدة."
    )
    spk = speaker_at(text, [KARIM, MUNAZZAMA, HAY2A], "الجسور")
    assert spk == ("الناطق باسم وكالة هيئة الطرق الوطنية", "descriptive")


def test_a_spokesman_of_a_body_with_no_holder_named_is_descriptive_not_the_body() -> None:
    """«وقال المتحدث باسم وزارة الداخلية إن …» with no spokesman named: the spokesman speaks, of the ministry."""
    text = "وقال المتحدث باسم وزارة الداخلية إن الحدود أغلقت أمام الشاحنات."
    assert speaker_at(text, [WIZARA], "الحدود") == ("المتحدث باسم وزارة الداخلية", "descriptive")


def test_a_feminine_relative_pronoun_after_a_spokeswoman_of_a_body_stands_for_her() -> None:
    """«وقالت المتحدثة باسم صندوق التنمية التي أكدت القرار إن …»: she is the antecedent, not the fund."""
    text = "وقالت المتحدثة باسم صندوق التنمية التي أكدت القرار إن المنحة ستصرف الشهر المقبل."
    claims, _ = run(text, [SUNDUQ])
    assert claims and all(c.speaker is not None for c in claims)
    assert {(c.speaker.text, c.speaker.kind) for c in claims if c.speaker} == {
        ("المتحدثة باسم صندوق التنمية", "descriptive")
    }


NIBAL: Ent = ("نيبال", "place", "نيبال", ())
RAMI: Ent = ("رامي الخطيب", "person", "رامي الخطيب", ())


def test_a_postposed_definite_body_is_the_speaker_not_the_discourse_s() -> None:
    """«…، كما ذكر البنك المركزي.»: the bank speaks, unnamed (a body says who), not the person who spoke before nor
    the country the clause is about (`continuing.postposed_body`)."""
    text = (
        "وقال رامي الخطيب إن الأسعار سترتفع. وارتفعت التحويلات المالية إلى نيبال بنسبة عشرة في المائة خلال العام، "
        "كما ذكر البنك المركزي."
    )
    assert speaker_at(text, [RAMI, NIBAL], "التحويلات") == ("البنك المركزي", "descriptive")


IDARA: Ent = ("إدارة الطرق الوطنية", "unit", "إدارة الطرق الوطنية", ())


def test_a_spokesman_of_a_body_whose_name_starts_past_two_plain_nouns_is_descriptive() -> None:
    """«وقال الناطق باسم وكالة هيئة إدارة الطرق الوطنية إن …» with only «إدارة …» tagged: «هيئة» (ending like a
    nisba) is still a noun of the body's name, and the spokesman speaks, of that body (`speaker.construct_noun`,
    nisba_like)."""
    text = "وقال الناطق باسم وكالة هيئة إدارة الطرق الوطنية إن الجسور تضررت بشدة."
    assert speaker_at(text, [IDARA], "الجسور") == ("الناطق باسم وكالة هيئة إدارة الطرق الوطنية", "descriptive")
