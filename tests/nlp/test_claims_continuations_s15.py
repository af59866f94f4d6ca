"""Speakers a continuation used to take, session 15 (issue 13): each test fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import ALI, Ent, run, speaker_name

OCHOA: Ent = ("أوشوا", "person", "أورلاندو أوشوا", ())


FAWZAN: Ent = ("عبدالله الفوزان", "person", "عبدالله الفوزان", ("المدير العام",))
SALMAN: Ent = ("عبدالله السلمان", "person", "عبدالله السلمان", ("رئيس الهيئة",))
IQRIRA: Ent = ("المبروك اقريرة", "person", "المبروك اقريرة", ())
SAIF: Ent = ("سيف الإسلام", "person", "سيف الإسلام", ())


def test_a_cue_opening_its_sentence_goes_to_the_titled_subject_before() -> None:
    """«استنكر المدير العام … الشيخ الفوزان، ورئيس الهيئة … السلمان، التفجير. وأكد»: the sentence before opens with
    its verb and a title; the title's holder speaks on, not the person named last."""
    text = (
        "استنكر المدير العام للفرع الشيخ عبدالله الفوزان، ورئيس الهيئة الشيخ عبدالله السلمان، التفجير الآثم في "
        "المسجد.\nوأكد أن ذلك يعد اعتداء على حدود الله."
    )
    claims, mentions = run(text, [FAWZAN, SALMAN])
    assert speaker_name(claims[-1], mentions) == "عبدالله الفوزان"


def test_a_cue_opening_its_sentence_goes_to_the_first_person_of_the_one_before() -> None:
    """«وكان المستشار اقريرة … قد حث … على عدم الاعتراف بمحاكمة سيف الإسلام. وقال»: the first person named in the
    sentence before (its subject), not the one named last there (an object)."""
    text = (
        "وقال أوشوا إن القرار نهائي. وكان المستشار المبروك اقريرة، وزير العدل، قد حث المجتمع الدولي على عدم "
        "الاعتراف بمحاكمة سيف الإسلام. وقال إن القضاة يعملون تحت الضغط."
    )
    claims, mentions = run(text, [OCHOA, IQRIRA, SAIF])
    assert speaker_name(claims[-1], mentions) == "المبروك اقريرة"


COUNCIL: Ent = ("المجلس الوطني", "unit", "المجلس الوطني", ())
KARIM: Ent = ("كريم", "person", "كريم", ())


def test_an_opening_adverbial_with_no_comma_keeps_the_subject_after_the_verb() -> None:
    """«إلى ذلك أيد المجلس الوطني قرار المحافظ كريم …، داعيا»: a listed adverbial opens the sentence with no comma;
    the body after the verb that follows it speaks the participle, not the person named later (its object)."""
    text = (
        "وقال أوشوا إن الوضع صعب. إلى ذلك أيد المجلس الوطني قرار المحافظ كريم بتدويل قضية المدينة في كل "
        "المحافل، داعيا الدول العربية إلى مساعدة أبناء المدينة."
    )
    claims, mentions = run(text, [OCHOA, COUNCIL, KARIM])
    assert speaker_name(claims[-1], mentions) == "المجلس الوطني"


ABBAS: Ent = ("عباس", "person", "محمود عباس", ("الرئيس",))
KERRY: Ent = ("كيري", "person", "جون كيري", ())


def test_a_person_in_a_fronted_phrase_is_not_the_subject_before() -> None:
    """«وخلال لقائه مع الرئيس عباس، بحث كيري …. وأضاف»: the person inside the opening phrase is no subject; the one
    after its comma is (review finding 1)."""
    text = (
        "وقال أوشوا إن القرار نهائي. وخلال لقائه مع الرئيس عباس، بحث كيري سبل استئناف المفاوضات. "
        "وأضاف أن الطرفين يعملان بجدية."
    )
    claims, mentions = run(text, [OCHOA, ABBAS, KERRY])
    assert speaker_name(claims[-1], mentions) == "جون كيري"


def test_a_person_after_a_preposition_is_not_the_subject_before() -> None:
    """«وفي لقاء مع كريم أمس بحث سامي العلي …. وأضاف»: the person a preposition governs is no subject."""
    text = (
        "وقال أوشوا إن القرار نهائي. وفي لقاء مع كريم أمس بحث سامي العلي سبل التعاون بين البلدين. "
        "وأضاف أن الطرفين يعملان بجدية."
    )
    claims, mentions = run(text, [OCHOA, KARIM, ALI])
    assert speaker_name(claims[-1], mentions) == "سامي العلي"


PARLIAMENT: Ent = ("البرلمان", "unit", "البرلمان", ())


def test_a_comma_after_the_subject_does_not_close_a_listed_adverbial() -> None:
    """«بدوره أيد البرلمان، قرار المحافظ كريم …، داعيا»: the listed adverbial is read before the comma, which
    follows the subject, not the adverbial (review finding 4)."""
    text = (
        "وقال أوشوا إن الوضع صعب. بدوره أيد البرلمان، قرار المحافظ كريم بتدويل قضية المدينة في كل "
        "المحافل، داعيا الدول العربية إلى مساعدة أبناء المدينة."
    )
    claims, mentions = run(text, [OCHOA, PARLIAMENT, KARIM])
    assert speaker_name(claims[-1], mentions) == "البرلمان"


def test_a_listed_adverbial_after_a_conjunction_is_read_without_it() -> None:
    """«وإلى ذلك أيد المجلس الوطني …، داعيا»: opening_adverbials.txt lists «إلى ذلك» once; the و is dropped."""
    text = (
        "وقال أوشوا إن الوضع صعب. وإلى ذلك أيد المجلس الوطني قرار المحافظ كريم بتدويل قضية المدينة في كل "
        "المحافل، داعيا الدول العربية إلى مساعدة أبناء المدينة."
    )
    claims, mentions = run(text, [OCHOA, COUNCIL, KARIM])
    assert speaker_name(claims[-1], mentions) == "المجلس الوطني"
