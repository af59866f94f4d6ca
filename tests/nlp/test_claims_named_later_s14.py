"""An indefinite description named in a later sentence (GUIDELINES 9.20, session 14).

Each test fails without its rule, except four guards that pass on the code before it (what the rule must not do):
test_a_named_person_with_no_title_leaves_the_description, test_a_source_noun_stays_unnamed,
test_a_headline_source_noun_is_its_own_unnamed_speaker and test_a_holder_named_before_the_description_stays.
"""

from __future__ import annotations

from app.nlp.claims.named_later import variants
from tests.nlp.test_claims import Ent, names, run, speaker_name

DIRECTOR: Ent = ("سامي العلي", "person", "سامي العلي", ("مدير مكتب الصحة في المحافظة",))
PLAIN: Ent = ("كريم الحسن", "person", "كريم الحسن", ())
MINISTRY: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())
PARTY: Ent = ("حزب التجمع", "unit", "حزب التجمع", ())


def test_a_description_whose_field_the_next_named_title_shares_is_that_person() -> None:
    text = (
        "وقال مسؤول في وزارة الصحة إن عدد المصابين ارتفع إلى مئة. "
        "وأوضح مدير مكتب الصحة في المحافظة سامي العلي أن المستشفيات ممتلئة."
    )
    assert names(text, [DIRECTOR, MINISTRY]) == ["سامي العلي", "سامي العلي"]


def test_a_glued_preposition_does_not_hide_the_shared_word() -> None:
    text = "وقال عضو في حزب التجمع إن المفاوضات بدأت. وقال الناشط بحزب التجمع كريم الحسن إن الحوار جاد."
    assert names(text, [PLAIN, PARTY]) == ["كريم الحسن", "كريم الحسن"]


def test_a_person_named_with_any_title_takes_the_description() -> None:
    text = "وقال مسؤول في وزارة الصحة إن عدد المصابين ارتفع إلى مئة. وقال نائب المدير كريم الحسن إن الحوار جاد."
    assert names(text, [PLAIN, MINISTRY])[0] == "كريم الحسن"


def test_a_named_person_with_no_title_leaves_the_description() -> None:
    text = "وقال مسؤول في وزارة الصحة إن عدد المصابين ارتفع إلى مئة. وقال كريم الحسن إن الحوار جاد."
    assert names(text, [PLAIN, MINISTRY])[0] == "مسؤول في وزارة الصحة"


def test_a_source_noun_stays_unnamed() -> None:
    text = (
        "وقال مصدر في وزارة الصحة إن عدد المصابين ارتفع إلى مئة. "
        "وأوضح مدير مكتب الصحة في المحافظة سامي العلي أن المستشفيات ممتلئة."
    )
    assert names(text, [DIRECTOR, MINISTRY])[0] == "مصدر في وزارة الصحة"


def test_variants_strip_a_glued_preposition_and_drop_words_that_fit_nothing() -> None:
    assert "حزب" in variants("بحزب")
    assert "وزاره" in variants("وزاره")
    assert variants("كبير") == set()


EXPERT: Ent = ("سامي العلي", "person", "سامي العلي", ("الخبير الأمني",))
MINISTER: Ent = ("كريم الحسن", "person", "كريم الحسن", ("وزير العدل",))
BODY = "\nأكد الخبير الأمني سامي العلي أن المنطقة تشهد هدوءا حذرا منذ أيام."


def test_a_headline_description_and_colon_is_the_person_the_body_names() -> None:
    text = "خبير أمني: الهدوء في المنطقة حذر ولن يدوم" + BODY
    claims, mentions = run(text, [EXPERT])
    assert (claims[0].cue, speaker_name(claims[0], mentions)) == (":", "سامي العلي")


def test_a_headline_description_no_one_fits_stays_descriptive() -> None:
    text = "خبير أمني: الهدوء في المنطقة حذر ولن يدوم\nوقال كريم الحسن إن الحوار جاد ومستمر منذ أيام."
    claims, _ = run(text, [PLAIN])
    assert claims[0].cue == ":" and claims[0].speaker is not None
    assert (claims[0].speaker.text, claims[0].speaker.kind) == ("خبير أمني", "descriptive")


def test_a_headline_definite_title_is_its_holder_and_without_one_no_claim() -> None:
    body = "\nوقال وزير العدل كريم الحسن إن القانون الجديد سيصدر خلال أيام."
    claims, mentions = run("وزير العدل: القانون الجديد سيصدر قريبا جدا" + body, [MINISTER])
    assert (claims[0].cue, speaker_name(claims[0], mentions)) == (":", "كريم الحسن")
    plain = "\nوقال كريم الحسن إن القانون الجديد سيصدر خلال أيام."
    claims, _ = run("وزير العدل: القانون الجديد سيصدر قريبا جدا" + plain, [PLAIN])
    assert all(c.cue != ":" for c in claims)


def test_a_headline_source_noun_is_its_own_unnamed_speaker() -> None:
    # Session 25 (HDL1): the headline «مصدر أمني: …» is a claim (§6 headline colon), its speaker the source phrase,
    # never the person the body names (9.20: a source noun keeps the speaker unnamed on purpose).
    claims, mentions = run("مصدر أمني: الهدوء في المنطقة حذر ولن يدوم" + BODY, [EXPERT])
    assert [speaker_name(c, mentions) for c in claims if c.cue == ":"] == ["مصدر أمني"]


STATE: Ent = ("سامي العلي", "person", "سامي العلي", ())
OIL: Ent = ("كريم الحسن", "person", "كريم الحسن", ())


def test_a_holder_guessed_from_further_on_gives_way_to_the_person_named_next() -> None:
    text = (
        "قال وزير كويتي إن الخلاف مع الجيران فني بحت. "
        "وقال وزير الدولة سامي العلي إنه لا توجد قضايا تعكر العلاقات. "
        "وكان وزير النفط الكويتي كريم الحسن قد حذر من الخسائر."
    )
    assert names(text, [STATE, OIL])[:2] == ["سامي العلي", "سامي العلي"]


def test_a_holder_named_before_the_description_stays() -> None:
    text = (
        "وحذر وزير النفط الكويتي كريم الحسن من الخسائر الكبيرة. "
        "وقال وزير كويتي إن الخلاف مع الجيران فني بحت. "
        "وقال وزير الدولة سامي العلي إنه لا توجد قضايا تعكر العلاقات."
    )
    claims, mentions = run(text, [STATE, OIL])
    assert [speaker_name(c, mentions) for c in claims if c.speaker and c.speaker.text == "وزير كويتي"] == ["كريم الحسن"]
