"""Review leftovers, session 26 (LEF1; issue 13): demonstratives after a speech verb, a title glued to ل as a speech
noun's owner, a lone title owning a letter. «وأكد ذلك لرويترز مسؤول …»: the addressee between ذلك and the subject is
stepped over, ذلك points back, no claim of its own; «وأكد ذلك/هذا المسؤول أن»: the demonstrative is the subject's,
the official speaks; «تصريحات للمتحدث باسم X قال فيها»: the spokesman, not X, his phrase with its ل as written
(FR26); «رسالة من الوزيرة، أكدت فيها»: the minister, descriptive. Each test fails at 9212fd98 but the guards, which
pass before and after."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

WIZARA: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())
REUTERS: Ent = ("رويترز", "unit", "رويترز", ())
SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ())
NAQABA: Ent = ("نقابة المعلمين", "unit", "نقابة المعلمين", ())
OPENING = "أعلنت وزارة الصحة إطلاق برنامج جديد لتطعيم الأطفال. "
SAID = "الحكومة ستواصل الإصلاحات"


def said_by(text: str, ents: list[Ent], words: str) -> tuple[str | None, str | None]:
    """The speaker (entity name or phrase) and kind of the claim holding `words`; fails when no claim holds them."""
    claims, mentions = run(text, ents)
    c = next(c for c in claims if words in c.text)
    return speaker_name(c, mentions), (c.speaker.kind if c.speaker is not None else None)


def test_an_addressee_between_the_pointing_object_and_the_subject_makes_no_claim() -> None:
    """«وأكد ذلك لرويترز مسؤول في الوزارة، مشيرا إلى أن …»: ذلك points back, the official told Reuters."""
    claims, _ = run(
        OPENING + "وأكد ذلك لرويترز مسؤول في الوزارة، مشيرا إلى أن البرنامج يشمل جميع المناطق.", [WIZARA, REUTERS]
    )
    assert not any(c.text.startswith("ذلك") for c in claims)


def test_the_participle_after_a_pointed_subject_goes_to_that_subject() -> None:
    """«وأكد ذلك لرويترز مسؤول في الوزارة، مشيرا»: the official goes on, not Reuters nor the ministry before."""
    text = OPENING + "وأكد ذلك لرويترز مسؤول في الوزارة، مشيرا إلى أن البرنامج يشمل جميع المناطق."
    assert said_by(text, [WIZARA, REUTERS], "يشمل جميع المناطق") == ("مسؤول في الوزارة", "descriptive")


def test_dhalika_before_the_subject_leaves_the_subject_speaking() -> None:
    """«وأكد ذلك المسؤول أن …»: that official said it, not the ministry of the sentence before."""
    text = OPENING + "وأكد ذلك المسؤول أن البرنامج يشمل جميع المناطق."
    assert said_by(text, [WIZARA], "يشمل جميع المناطق") == ("المسؤول", "descriptive")


def test_hadha_before_a_title_leaves_the_titled_subject_speaking() -> None:
    """«وأكد هذا المسؤول أن …»: as «وأكد المسؤول أن»."""
    text = OPENING + "وأكد هذا المسؤول أن البرنامج يشمل جميع المناطق."
    assert said_by(text, [WIZARA], "يشمل جميع المناطق") == ("المسؤول", "descriptive")


def test_a_demonstrative_before_no_speaker_noun_is_left_alone() -> None:
    """Guard: «وتشير تلك العمليات العسكرية إلى …»: operations speak for no one; the rule does not read them."""
    text = OPENING + "وتشير تلك العمليات العسكرية، إلى تزعزع الثقة في البرنامج."
    claims, _ = run(text, [WIZARA])
    said = [c for c in claims if "تزعزع الثقة" in c.text]
    assert all(c.speaker is None or "العمليات" not in c.speaker.text for c in said)


def test_a_spokesman_glued_to_lam_owns_his_statements() -> None:
    """«تصريحات للمتحدث باسم نقابة المعلمين قال فيها إن»: the spokesman speaks, for the union, not the union;
    the ل stays in his phrase as written."""
    text = f"ونقلت صحيفة محلية تصريحات للمتحدث باسم نقابة المعلمين قال فيها إن {SAID}."
    assert said_by(text, [NAQABA], SAID) == ("للمتحدث باسم نقابة المعلمين", "descriptive")


def test_an_indefinite_title_glued_to_lam_is_read_as_written() -> None:
    """«تصريحات لوزير الخارجية قال فيها»: the minister, his phrase with the ل as written (as gold keeps it)."""
    text = f"ونقلت صحيفة محلية تصريحات لوزير الخارجية قال فيها إن {SAID}."
    assert said_by(text, [], SAID) == ("لوزير الخارجية", "descriptive")


def test_a_named_holder_after_a_glued_title_still_speaks() -> None:
    """Guard: «تصريحات للوزير أحمد نجم قال فيها»: the name after the title speaks."""
    text = f"ونقلت صحيفة محلية تصريحات للوزير أحمد نجم قال فيها إن {SAID}."
    assert said_by(text, [NAJM], SAID) == ("أحمد نجم", "named")


def test_a_lone_title_owning_a_letter_is_descriptive() -> None:
    """«تلقى X رسالة من الوزيرة، أكدت فيها»: the minister wrote it, no holder named: the title, descriptive (9.4)."""
    text = f"وتلقى سامي العلي رسالة من الوزيرة، أكدت فيها أن {SAID}."
    assert said_by(text, [SAMI], SAID) == ("الوزيرة", "descriptive")


def test_a_lone_title_owning_a_letter_is_its_holder_named_before() -> None:
    """Guard: «وقالت وزيرة الصحة هدى نجم …. وتلقى X رسالة من الوزيرة، أكدت فيها»: the minister named before."""
    huda: Ent = ("هدى نجم", "person", "هدى نجم", ())
    text = f"وقالت وزيرة الصحة هدى نجم إن البرنامج ناجح. وتلقى سامي العلي رسالة من الوزيرة، أكدت فيها أن {SAID}."
    assert said_by(text, [SAMI, huda], SAID)[0] == "هدى نجم"


def test_a_statement_in_the_accusative_is_its_owners_not_the_critics() -> None:
    """«انتقد X بيانا لنقابة المعلمين جاء فيه أن …»: the statement says it, the union speaks; X only criticised it
    (بيانا: its ب is the noun's, not a glued preposition)."""
    text = "وانتقد سامي العلي بيانا لنقابة المعلمين جاء فيه أن الحكومة لم تف بوعودها."
    assert said_by(text, [SAMI, NAQABA], "لم تف بوعودها")[0] == "نقابة المعلمين"


def test_a_statement_from_its_owner_in_the_accusative() -> None:
    """«انتقد X بيانا من نقابة المعلمين، جاء فيه أن …»: the same with من."""
    text = "وانتقد سامي العلي بيانا من نقابة المعلمين، جاء فيه أن الحكومة لم تف بوعودها."
    assert said_by(text, [SAMI, NAQABA], "لم تف بوعودها")[0] == "نقابة المعلمين"


def test_a_postposed_title_is_no_other_name_for_the_untitled_speaker_before() -> None:
    """«وقال X إن …. و…، كما ذكر وزير التجارة»: the minister is another source, not X (X was never given the title)."""
    text = "وقال سامي العلي إن الأسعار سترتفع. وستنخفض الواردات بنسبة عشرة في المئة، كما ذكر وزير التجارة."
    assert said_by(text, [SAMI], "وستنخفض الواردات") == ("وزير التجارة", "descriptive")


def test_a_title_opening_its_sentence_still_names_the_speaker_before() -> None:
    """Guard (named_before): «وقال X إن …. وقال وزير التجارة إن …»: the article calls X by his title."""
    text = "وقال سامي العلي إن الأسعار سترتفع. وقال وزير التجارة إن الواردات ستنخفض."
    assert said_by(text, [SAMI], "الواردات ستنخفض")[0] == "سامي العلي"


def test_a_relative_clause_speaking_in_a_praised_statement_is_its_owners() -> None:
    """«وأشاد X بتصريحات للوزير Y التي أكد فيها أن …»: Y said it; X's praise ends before «التي»."""
    text = f"وأشاد سامي العلي بتصريحات للوزير أحمد نجم التي أكد فيها أن {SAID}."
    claims, mentions = run(text, [SAMI, NAJM])
    said = next(c for c in claims if SAID in c.text)
    assert speaker_name(said, mentions) == "أحمد نجم"
    assert not any(SAID in c.text and speaker_name(c, mentions) == "سامي العلي" for c in claims)


def test_a_relative_clause_of_a_spokesman_glued_to_lam_is_his() -> None:
    """«وأشاد X بتصريحات للمتحدث باسم نقابة المعلمين التي قال فيها إن …»: the spokesman, not X nor the union."""
    text = f"وأشاد سامي العلي بتصريحات للمتحدث باسم نقابة المعلمين التي قال فيها إن {SAID}."
    assert said_by(text, [SAMI, NAQABA], SAID) == ("للمتحدث باسم نقابة المعلمين", "descriptive")
