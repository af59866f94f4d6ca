"""Speakers a continuation used to take, session 12 (issue 13): each rule row fails without its rule."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

OCHOA: Ent = ("أوشوا", "person", "أورلاندو أوشوا", ())
ISIS: Ent = ("داعش", "unit", "تنظيم داعش", ())
SOUTH_SUDAN: Ent = ("جنوب السودان", "place", "جنوب السودان", ())
HOUTHIS: Ent = ("جماعة الحوثي", "unit", "جماعة الحوثي", ())
PRINCESS: Ent = ("سلمى بنت فهد", "person", "سلمى بنت فهد", ())


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (
            "وقال أوشوا إن الهجوم وقع فجرا. وأعلن تنظيم «داعش» المتطرف مسؤوليته عن الهجوم.",
            [OCHOA, ISIS],
            "تنظيم داعش",
        ),
        (
            "وقال أوشوا إن القاعدة مغلقة. ونفت دولة جنوب السودان بشدة أن تكون سمحت بإقامة قاعدة عسكرية.",
            [OCHOA, SOUTH_SUDAN],
            "جنوب السودان",
        ),
        (
            "وقال أوشوا إن الجمعية تعمل. وأكدت الأميرة سلمى بنت فهد، أهمية الشراكة المجتمعية للنهوض بالخدمات.",
            [OCHOA, PRINCESS],
            "سلمى بنت فهد",
        ),
    ],
)
def test_a_name_right_after_the_verb_past_its_title_speaks(text: str, ents: list[Ent], name: str) -> None:
    """A body or person named right after a past verb, past quote marks and a head word, is its subject."""
    claims, mentions = run(text, ents)
    assert speaker_name(claims[-1], mentions) == name


def test_a_quotation_opening_with_a_name_keeps_the_speaker() -> None:
    """«وأضاف «جماعة الحوثي تشحذ …»»: the name opens the quoted words, the previous speaker goes on."""
    text = "وقال أوشوا إن الحرب طويلة. وأضاف «جماعة الحوثي تشحذ عناصرها استعدادا للأيام المقبلة»."
    claims, mentions = run(text, [OCHOA, HOUTHIS])
    assert speaker_name(claims[-1], mentions) == "أورلاندو أوشوا"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وقال أوشوا إن الانفجار وقع ليلا. لكن محققين ذكروا أن الهدف كان مبنى عسكريا.", "محققين"),
        ("وقال أوشوا إن الخطف جنائي. إلا أن مسؤولا ليبيا رفيعا قال إن السبب سياسي.", "مسؤولا ليبيا رفيعا"),
        ("وقال أوشوا إن الدعم باق. غير أن مؤسسات تعمل في الطاقة ترى أن خفض الدعم خطأ.", "مؤسسات تعمل في الطاقة"),
    ],
)
def test_a_subject_after_a_contrast_particle_speaks(text: str, phrase: str) -> None:
    """«لكن محققين ذكروا»، «إلا أن مسؤولا قال»: the unnamed words between the particle and the verb are its subject."""
    claims, _ = run(text, [OCHOA])
    sp = claims[-1].speaker
    assert sp is not None and sp.mention is None and sp.text == phrase


SHURA: Ent = ("مجلس الشورى", "unit", "مجلس الشورى", ())


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "وقال أوشوا إن الأمن مستتب. واستنكر عدد من أعضاء مجلس الشورى الحادث، مؤكدين أن الأمن خط أحمر.",
            "عدد من أعضاء مجلس الشورى",
        ),
        (
            "وقال أوشوا إن الجنيح مهم. وشكك معهد بحثي أميركي بارز، أمس، في التفسير، قائلا إن الحركة لا صلة لها بالطرق.",
            "معهد بحثي أميركي بارز",
        ),
    ],
)
def test_a_source_after_the_opening_verb_speaks_for_an_agreeing_participle(text: str, phrase: str) -> None:
    """«واستنكر عدد من أعضاء مجلس الشورى …، مؤكدين»: the unnamed source after the sentence's verb speaks."""
    claims, _ = run(text, [OCHOA, SHURA])
    sp = claims[-1].speaker
    assert sp is not None and sp.mention is None and sp.text == phrase


def test_a_feminine_participle_does_not_go_back_to_a_masculine_source() -> None:
    """«واستقبل عدد من النساء الوفد، مؤكدة»: a feminine participle cannot agree with عدد; the speaker goes on."""
    text = "قالت اللجنة إن التصويت بدأ. واستقبل عدد من النساء الوفد في المدرسة، مؤكدة أن الإقبال كبير."
    claims, mentions = run(text, [("اللجنة", "unit", "اللجنة التنفيذية", ())])
    assert speaker_name(claims[-1], mentions) == "اللجنة التنفيذية"


def test_a_definite_plural_after_the_opening_verb_speaks_for_a_plural_cue() -> None:
    """«ورفع المحتفلون الصور …، معربين»: a definite sound plural subject speaks a plural participle after it."""
    text = "وقال أوشوا إن المدينة تحررت. ورفع المحتفلون الصور في الشوارع، معربين عن شكرهم للتحالف."
    claims, _ = run(text, [OCHOA])
    sp = claims[-1].speaker
    assert sp is not None and sp.mention is None and sp.text == "المحتفلون"


def test_a_source_before_a_clause_about_it_speaks() -> None:
    """«وقال بضعة دبلوماسيين -تحدثوا شريطة …- إنه»: the clause set off after the source is about it."""
    text = "وقال أوشوا إن التصويت قريب. وقال بضعة دبلوماسيين -تحدثوا شريطة عدم الكشف عن هويتهم- إنه قد يتأجل."
    claims, _ = run(text, [OCHOA])
    sp = claims[-1].speaker
    assert sp is not None and sp.mention is None and sp.text == "بضعة دبلوماسيين"


NAJRAN: Ent = ("نجران", "place", "نجران", ())
YEMEN_GOVT: Ent = ("الحكومة اليمنية", "unit", "الحكومة اليمنية", ())


@pytest.mark.parametrize(
    ("text", "ents", "phrase"),
    [
        (
            "وقال أوشوا إن الأمن مستتب. استنكر عدد من مشايخ وأعيان منطقة نجران العملية، مؤكدين أن الوحدة باقية.",
            [OCHOA, NAJRAN],
            "عدد من مشايخ وأعيان منطقة نجران",
        ),
        (
            "وقال أوشوا إن الميناء مغلق. وناشد مواطنون من الحديدة الحكومة اليمنية السماح بالحركة، وأكدوا أن الوضع صعب.",
            [OCHOA, YEMEN_GOVT],
            "مواطنون من الحديدة",
        ),
    ],
)
def test_the_source_phrase_runs_to_the_verbs_object(text: str, ents: list[Ent], phrase: str) -> None:
    """The subject after the opening verb keeps its joined nouns and place, and ends where the object begins."""
    claims, _ = run(text, ents)
    sp = claims[-1].speaker
    assert sp is not None and sp.mention is None and sp.text == phrase


def test_a_definite_plural_subject_stops_before_its_object() -> None:
    """«واتهم المتمردون الحكومة …، معتبرين»: the definite noun after the plural subject is the verb's object."""
    text = "وقال أوشوا إن السلام قريب. واتهم المتمردون الحكومة بارتكاب جرائم، معتبرين أن تصرفاتها ستفسد المفاوضات."
    claims, _ = run(text, [OCHOA])
    sp = claims[-1].speaker
    assert sp is not None and sp.text == "المتمردون"


def test_a_fronted_source_read_to_the_verb_speaks() -> None:
    """«مصادر أردنية مقربة من دوائر صنع القرار قالت»: a source phrase filling the words before the verb speaks."""
    text = "وقال أوشوا إن البرنامج مستمر. مصادر أردنية مقربة من دوائر صنع القرار قالت إن البرنامج توقف."
    claims, _ = run(text, [OCHOA])
    sp = claims[-1].speaker
    assert sp is not None and sp.text == "مصادر أردنية مقربة من دوائر صنع القرار"


def test_a_plural_cue_opening_its_sentence_goes_back_to_the_source_before() -> None:
    """«اتفق سياسيون أردنيون على …. واعتبروا»: the plural cue's subject is the source after the verb before."""
    text = (
        "وقال أوشوا إن الزيارة مهمة. اتفق سياسيون أردنيون على أهمية زيارة الأمير محمد بن سلمان.\n"
        "واعتبروا أن دور المملكة محوري في المنطقة."
    )
    claims, _ = run(text, [OCHOA, ("محمد بن سلمان", "person", "محمد بن سلمان", ())])
    sp = claims[-1].speaker
    assert sp is not None and sp.text == "سياسيون أردنيون"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وقال أوشوا إن المجلس نجح. وقلل البعض من النتائج التي حققها الأعضاء، مؤكدين أن القرارات لم تنفذ.", "البعض"),
        (
            "وقال أوشوا إن الدعم باق. وتخوف بعض الخبراء الاقتصاديين، من تحرير الأسعار، مؤكدين أن الوضع لا يسمح.",
            "بعض الخبراء الاقتصاديين",
        ),
    ],
)
def test_a_definite_source_after_the_opening_verb_speaks_for_a_plural_cue(text: str, phrase: str) -> None:
    """«وقلل البعض من …، مؤكدين»: a listed source head, definite too, with من after it the verb's complement;
    «وتخوف بعض الخبراء الاقتصاديين، من …»: the comma closes the subject, not an opening adverbial."""
    claims, _ = run(text, [OCHOA])
    sp = claims[-1].speaker
    assert sp is not None and sp.text == phrase


def test_a_named_subject_before_a_comma_that_opens_no_adverbial() -> None:
    """«أما صحيفة نيويورك تايمز، فكانت لاذعة وكتبت»: the comma closes the subject, the body named there speaks."""
    text = (
        "وقال أوشوا إن القرار مخيب. وذكر المتحدث مواقف شومر الداعمة للحرب. "
        "أما صحيفة نيويورك تايمز، فكانت لاذعة أكثر وكتبت أنه وضع رهانه مع الجمهوريين."
    )
    ents = [OCHOA, ("شومر", "person", "تشاك شومر", ()), ("نيويورك تايمز", "unit", "نيويورك تايمز", ())]
    claims, mentions = run(text, ents)
    assert speaker_name(claims[-1], mentions) == "نيويورك تايمز"


def test_a_title_after_the_opening_verb_speaks_as_its_holder() -> None:
    """«وتطرق الرئيس الأميركي إلى …، مشيرا»: the title after the sentence's verb names its holder, not the last name."""
    text = (
        "قال الرئيس الأميركي باراك أوباما إن الأمن أولوية. وقال أحمد علي إن الفندق مستهدف. "
        "ومع ذلك، تطرق الرئيس الأميركي إلى حقوق الإنسان في البلاد، مشيرا إلى تقصير الحكومة."
    )
    ents = [("باراك أوباما", "person", "باراك أوباما", ("الرئيس الأميركي",)), ("أحمد علي", "person", "أحمد علي", ())]
    claims, mentions = run(text, ents)
    assert speaker_name(claims[-1], mentions) == "باراك أوباما"


def test_a_cue_opening_its_sentence_goes_to_the_person_after_the_verb_before() -> None:
    """«لكن مكونيل رفض ما ذهب إليه اوباما. وقال»: no claim in the sentence before, its subject speaks on."""
    text = "وقال أوباما إن الاتفاق جيد. لكن مكونيل رفض ما ذهب إليه أوباما. وقال إن الحجة سخيفة."
    ents = [("أوباما", "person", "باراك أوباما", ()), ("مكونيل", "person", "ميتش مكونيل", ())]
    claims, mentions = run(text, ents)
    assert speaker_name(claims[-1], mentions) == "ميتش مكونيل"


def test_the_body_that_issued_a_statement_speaks() -> None:
    """«قال تقرير حديث صادر عن مؤسسة «ماكنزي غلوبل» إن»: the body named after the statement word issued it."""
    text = "أسبوع التقنية يبدأ في دبي.\nقال تقرير حديث صادر عن مؤسسة «ماكنزي غلوبل» إن اقتصادات العالم النامية تنمو."
    claims, mentions = run(text, [("ماكنزي غلوبل", "unit", "ماكنزي غلوبل", ())])
    assert speaker_name(claims[-1], mentions) == "ماكنزي غلوبل"


def test_a_comma_before_the_verb_closes_a_subject_after_kana() -> None:
    """«وكان محامون وأقارب للصحافيين، قالوا»: the words after كان up to the comma before the verb are its subject."""
    text = "وقال أوشوا إن الحكم قريب. وكان محامون وأقارب للصحافيين، قالوا في وقت سابق إن الجلسة تأجلت."
    claims, _ = run(text, [OCHOA])
    sp = claims[-1].speaker
    assert sp is not None and sp.text == "محامون وأقارب للصحافيين"


def test_a_word_pointing_back_ends_the_source_phrase() -> None:
    """«وجه حوالي ثلاثين عالما أميركيا بينهم باحثون … رسالة، معتبرين»: بينهم opens a clause about the source."""
    text = (
        "وقال أوشوا إن الاتفاق سيء. من جهة أخرى، وجه حوالي ثلاثين عالما أميركيا بينهم باحثون في القطاع النووي "
        "رسالة إلى الرئيس، معتبرين أن الاتفاق إنجاز كبير."
    )
    claims, _ = run(text, [OCHOA])
    sp = claims[-1].speaker
    assert sp is not None and sp.text == "حوالي ثلاثين عالما أميركيا"


@pytest.mark.parametrize(
    "text",
    [
        "وقال أوشوا إن المدينة تحررت. للمصادر المقربة من دوائر صنع القرار قالت إن الوضع صعب.",
        "وقال أوشوا إن المدينة تحررت. واستنكر للمسؤولين الحادث، مؤكدين أن الوضع صعب.",
        "وقال أوشوا إن المدينة تحررت. واستنكر وللخبراء الحادث، مؤكدين أن الوضع صعب.",
    ],
)
def test_a_glued_preposition_opening_the_subject_does_not_crash(text: str) -> None:
    """«للمصادر …»، «للمسؤولين»: subject_words reads no subject after a glued preposition; no claim is lost to it."""
    claims, _ = run(text, [OCHOA])
    assert len(claims) == 2
