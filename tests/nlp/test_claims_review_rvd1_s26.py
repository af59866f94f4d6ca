"""Session 26 RVD1, review of DSN1 (issue 13): the words after a postposed body that say when or how it spoke
(«كما ذكر البنك المركزي في بيان»، «كما أعلنت الوزارة اليوم») are not the body's, and a subject qualified by «من/في +
its body or place», untagged («وقال طلاب من جامعة دمشق إن»), keeps its qualifier (`continuing.qualifier_tail`):
`continuing.adverbial_tail` read it as when or where they spoke and dropped it; a spokesman's title pins to a holder
only when the bodies after باسم name one another (`speaker.behalf_bodies`), and a relative after «المتحدث باسم + a
bare body» stands for him (`continuing.behalf_antecedent`). Guards that passed before too: the lone noun before a
time word, «في مصر» kept, «في مؤتمر صحافي» cut, the same ministry's spokesman, «التي» agreeing with the body."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run

RAMI: Ent = ("رامي الخطيب", "person", "رامي الخطيب", ())
WIZARA: Ent = ("وزارة الداخلية", "unit", "وزارة الداخلية", ())
BEFORE = "وقال رامي الخطيب إن الأسعار سترتفع. وارتفعت الصادرات بنسبة عشرة في المائة، "


def speaker_at(text: str, ents: list[Ent], words: str) -> tuple[str, str, str | None]:
    """The text, kind and canonical name (None when unnamed) of the speaker of the claim holding `words`."""
    claims, mentions = run(text, ents)
    claim = next(c for c in claims if words in c.text)
    assert claim.speaker is not None
    m = claim.speaker.mention
    return claim.speaker.text, claim.speaker.kind, None if m is None else mentions[m].canonical


def test_a_postposed_body_s_statement_is_its_source_not_its_words() -> None:
    """«…، كما ذكر البنك المركزي في بيان.»: the bank speaks; «في بيان» says how."""
    text = BEFORE + "كما ذكر البنك المركزي في بيان."
    assert speaker_at(text, [RAMI], "الصادرات") == ("البنك المركزي", "descriptive", None)


def test_a_postposed_body_s_time_word_is_not_its_words() -> None:
    """«…، كما ذكر البنك المركزي أمس.»: «أمس» says when the bank spoke."""
    text = BEFORE + "كما ذكر البنك المركزي أمس."
    assert speaker_at(text, [RAMI], "الصادرات") == ("البنك المركزي", "descriptive", None)


def test_a_postposed_lone_body_noun_before_a_time_word_is_the_body_named_before() -> None:
    """«…، كما أعلنت الوزارة اليوم.»: the ministry named before, as «كما أعلنت الوزارة.» is."""
    text = "وقالت وزارة الداخلية إن الحدود أغلقت. " + BEFORE + "كما أعلنت الوزارة اليوم."
    assert speaker_at(text, [WIZARA, RAMI], "الصادرات") == ("الوزارة", "named", "وزارة الداخلية")


def test_a_postposed_body_keeps_the_place_it_is_in() -> None:
    """«…، كما ذكر البنك المركزي في مصر.»: «في + place» still says which bank."""
    misr: Ent = ("مصر", "place", "مصر", ())
    text = BEFORE + "كما ذكر البنك المركزي في مصر."
    assert speaker_at(text, [RAMI, misr], "الصادرات") == ("البنك المركزي في مصر", "descriptive", None)


def test_an_unnamed_subject_keeps_its_untagged_body_after_min() -> None:
    """«وقال طلاب من جامعة دمشق إن …» (the university untagged): the students of that university, descriptive, not
    bare «طلاب» nor the person who spoke before."""
    text = "وقال رامي الخطيب إن الأسعار سترتفع. وقال طلاب من جامعة دمشق إن الامتحانات تأجلت."
    assert speaker_at(text, [RAMI], "الامتحانات") == ("طلاب من جامعة دمشق", "descriptive", None)


def test_an_unnamed_subject_before_an_occasion_after_fi_is_still_read_alone() -> None:
    """«وأعلنت هيئة المحامين في مؤتمر صحافي أن …»: «في مؤتمر» says where it spoke, not which body."""
    text = "وقال رامي الخطيب إن الأسعار سترتفع. وأعلنت هيئة المحامين في مؤتمر صحافي أن الامتحانات تأجلت."
    assert speaker_at(text, [RAMI], "الامتحانات") == ("هيئة المحامين", "descriptive", None)


KHALED: Ent = ("خالد سعيد", "person", "خالد سعيد", ("المتحدث باسم وزارة الداخلية",))
KHARIJIYYA: Ent = ("وزارة الخارجية", "unit", "وزارة الخارجية", ())


def test_another_ministry_s_spokesman_is_not_the_one_named_before_for_a_shared_kind_word() -> None:
    """«وقال المتحدث باسم وزارة الخارجية إن …» after Khaled, the Interior ministry's spokesman: «وزارة» alone is
    no shared body, so not Khaled (`speaker.title_holder`)."""
    text = (
        "وقال خالد سعيد المتحدث باسم وزارة الداخلية إن الحدود أغلقت. وقال رامي الخطيب إن الخسائر كبيرة. "
        "وقال المتحدث باسم وزارة الخارجية إن التحقيق مستمر."
    )
    spk = speaker_at(text, [KHALED, WIZARA, RAMI, KHARIJIYYA], "التحقيق")
    assert spk == ("المتحدث باسم وزارة الخارجية", "descriptive", None)


def test_the_same_ministry_s_spokesman_is_the_one_named_before() -> None:
    """«وقال المتحدث باسم وزارة الداخلية إن …» after Khaled, that ministry's spokesman: Khaled (9.4)."""
    text = (
        "وقال خالد سعيد المتحدث باسم وزارة الداخلية إن الحدود أغلقت. وقال رامي الخطيب إن الخسائر كبيرة. "
        "وقال المتحدث باسم وزارة الداخلية إن التحقيق مستمر."
    )
    assert speaker_at(text, [KHALED, WIZARA, RAMI], "التحقيق")[1:] == ("named", "خالد سعيد")


BARE_BEFORE = "وقالت وزارة الداخلية إن الحدود مغلقة. وقال رامي الخطيب إن الأسعار سترتفع. "


def test_a_relative_after_a_spokeswoman_of_a_bare_body_stands_for_her() -> None:
    """«والتقت الصحيفة المتحدثة باسم الوزارة التي أكدت أن …»: she speaks, of the ministry, not the ministry."""
    text = BARE_BEFORE + "والتقت الصحيفة المتحدثة باسم الوزارة التي أكدت أن الحدود ستفتح قريبا."
    assert speaker_at(text, [WIZARA, RAMI], "ستفتح") == ("المتحدثة باسم الوزارة", "descriptive", None)


def test_a_relative_after_a_spokesman_of_a_bare_body_stands_for_him() -> None:
    """«والتقت الصحيفة المتحدث باسم الوزارة الذي أكد أن …»: he speaks, not the person who spoke before."""
    text = BARE_BEFORE + "والتقت الصحيفة المتحدث باسم الوزارة الذي أكد أن الحدود ستفتح قريبا."
    assert speaker_at(text, [WIZARA, RAMI], "ستفتح") == ("المتحدث باسم الوزارة", "descriptive", None)


def test_a_feminine_relative_after_a_spokesman_of_a_bare_body_is_the_body() -> None:
    """«… المتحدث باسم الحكومة التي أكدت أن …»: «التي» agrees with the government, not with him."""
    hukuma: Ent = ("الحكومة", "unit", "الحكومة", ())
    text = BARE_BEFORE + "والتقت الصحيفة المتحدث باسم الحكومة التي أكدت أن الحدود ستفتح قريبا."
    assert speaker_at(text, [WIZARA, RAMI, hukuma], "ستفتح") == ("الحكومة", "named", "الحكومة")
