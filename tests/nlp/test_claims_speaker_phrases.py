"""Source phrases kept whole, session 9 (issue 13): each row fails without its rule."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

DALEA: Ent = ("الضالع", "place", "الضالع", ())
SANAA: Ent = ("صنعاء", "place", "صنعاء", ())
MINISTRY: Ent = ("وزارة الشؤون الاجتماعية", "unit", "وزارة الشؤون الاجتماعية", ())
HADI: Ent = ("هادي", "person", "عبد ربه منصور هادي", ())
ADMIN: Ent = ("الإدارة الأمريكية", "unit", "الإدارة الأمريكية", ())
KERRY: Ent = ("كيري", "person", "جون كيري", ())
TALIBAN: Ent = ("طالبان", "unit", "حركة طالبان", ())
HODEIDA: Ent = ("الحديدة", "place", "الحديدة", ())
ABADI: Ent = ("حيدر العبادي", "person", "حيدر العبادي", ())
NSOUR: Ent = ("عبدالله النسور", "person", "عبدالله النسور", ())
ERDOGAN: Ent = ("إردوغان", "person", "رجب طيب إردوغان", ())
BUSH: Ent = ("جيب بوش", "person", "جيب بوش", ())
MOALLEM: Ent = ("المعلم", "person", "وليد المعلم", ())
PUTIN: Ent = ("بوتين", "person", "فلاديمير بوتين", ())
ARMY: Ent = ("قوات الجيش", "unit", "قوات الجيش", ())
SISTANI: Ent = ("السيستاني", "person", "علي السيستاني", ())
BUHARI: Ent = ("بخاري", "person", "محمد بخاري", ())
WASHINGTON: Ent = ("واشنطن", "place", "واشنطن", ())
SHAHMANI: Ent = ("الشحماني", "person", "مرتضى الشحماني", ())
SAFI: Ent = ("أحمد الصافي", "person", "أحمد الصافي", ())
AUTHORITY: Ent = ("السلطة الشرعية", "unit", "السلطة الشرعية", ())
UNION: Ent = ("نقابة الأطباء", "unit", "نقابة الأطباء", ())
KNESSET: Ent = ("الكنيست", "unit", "الكنيست الإسرائيلي", ())
KERRY_FULL: Ent = ("جون كيري", "person", "جون كيري", ())
HOUSE: Ent = ("مجلس النواب", "unit", "مجلس النواب", ())
HOUSING: Ent = ("إدارة الإسكان", "unit", "إدارة الإسكان", ())


@pytest.mark.parametrize(
    ("text", "ents", "phrase"),
    [
        # a second qualifier chained after the first: a place glued to ب, a body after في
        ("وقال مصدر في المقاومة بالضالع إن الحوثيين قصفوا المدينة.", [DALEA], "مصدر في المقاومة بالضالع"),
        (
            "وقال موظف في إدارة الإسكان في وزارة الشؤون الاجتماعية إن عشرين شخصا قتلوا.",
            [HOUSING, MINISTRY],
            "موظف في إدارة الإسكان في وزارة الشؤون الاجتماعية",
        ),
        # a definite kind word, then the place it names
        ("وقال سكان في العاصمة صنعاء إن الطائرات قصفت المطار.", [SANAA], "سكان في العاصمة صنعاء"),
    ],
)
def test_chained_qualifiers_join_the_source(text: str, ents: list[Ent], phrase: str) -> None:
    claims, _ = run(text, ents)
    sp = claims[0].speaker
    assert sp is not None and sp.text == phrase and sp.mention is None


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر عسكري موال لهادي إن المقاومة سيطرت على ست مديريات.",
        "وأفادت مصادر عسكرية موالية لهادي بأن المعارك أسفرت عن سقوط قتلى.",
        "وقال مصدر مقرب من الرئيس هادي إن وقف إطلاق النار مرتبط بتطبيق القرار.",
    ],
)
def test_whoever_a_source_is_tied_to_does_not_speak(text: str) -> None:
    """The person a source is close or loyal to is part of its phrase, not the speaker."""
    claims, _ = run(text, [HADI])
    sp = claims[0].speaker
    assert sp is not None and sp.mention is None and sp.text.endswith("هادي")


@pytest.mark.parametrize(
    ("text", "ents", "phrase"),
    [
        # a source phrase before its verb keeps the body it belongs to, which does not speak
        (
            "وكان مسؤولون في الإدارة الأمريكية أكدوا لشبكة سي إن إن أن الرئيس وافق على القرار.",
            [ADMIN],
            "مسؤولون في الإدارة الأمريكية",
        ),
        # a fitted group head opens it too, rather than a person named before
        (
            "ورفض كيري الانتقادات. إلا أن جماعات حقوقية أوضحت أن الإجراءات الجديدة تمثل انتهاكا.",
            [KERRY],
            "جماعات حقوقية",
        ),
        # لكن opens a clause: the subject is looked for after it, not in the clause before
        (
            "واستعادت قوات الجيش بعض الأراضي في بنغازي لكن منتقدين يقولون إن الغارات ألحقت أضرارا بالمدينة.",
            [ARMY],
            "منتقدين",
        ),
    ],
)
def test_a_source_phrase_before_its_verb_speaks(text: str, ents: list[Ent], phrase: str) -> None:
    claims, _ = run(text, ents)
    sp = claims[-1].speaker
    assert sp is not None and sp.text == phrase and sp.mention is None


@pytest.mark.parametrize(
    ("text", "ents", "phrase"),
    [
        # the group a count head counts, read as a source of its own
        ("وأكد عدد من سكان القرى الحدودية أن الحياة تسير بشكل طبيعي.", [], "عدد من سكان القرى الحدودية"),
        ("وأعرب عدد من سكان الحديدة عن أملهم في أن تنتهي الحرب قريبا.", [HODEIDA], "عدد من سكان الحديدة"),
        # an indefinite source noun before the body it is of
        ("وقالت مصادر طالبان إن الحركة اختارت زعيما جديدا.", [TALIBAN], "مصادر طالبان"),
    ],
)
def test_counted_and_construct_sources_are_whole(text: str, ents: list[Ent], phrase: str) -> None:
    claims, _ = run(text, ents)
    sp = claims[0].speaker
    assert sp is not None and sp.text == phrase and sp.mention is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وقال أحد جنود النظام إن الهجوم بدأ فجرا.", "أحد جنود النظام"),
        ("وقال أحد السياسيين لصحيفة روسية إن الساعة كانت مستعارة.", "أحد السياسيين"),
        ("وذكرت وسائل إعلام محلية أن جنديا قتل في انفجار لغم.", "وسائل إعلام محلية"),
    ],
)
def test_a_construct_head_keeps_its_genitive(text: str, phrase: str) -> None:
    """أحد، وسائل never stand alone: the noun they govern, definite or not, a field word too, is theirs."""
    claims, _ = run(text, [])
    sp = claims[0].speaker
    assert sp is not None and sp.text == phrase


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a field named by an indefinite noun and its genitive
        ("وأوضح مصدر في حركة التمرد أن المفاوضات توقفت.", "مصدر في حركة التمرد"),
        ("وقال مصدر أمني غربي في منطقة الهجوم إن هجوما آخر وقع.", "مصدر أمني غربي في منطقة الهجوم"),
        # وسط ties a source to the group it is among
        ("وأشارت مصادر وسط الثوار إلى أن المواجهات تركزت قرب القاعدة.", "مصادر وسط الثوار"),
        # …not a noun with a preposition after it
        ("وقالت شاهدة عيان في إفادة للمنظمة إن الجنود أطلقوا النار.", "شاهدة عيان"),
    ],
)
def test_a_construct_field_qualifies_the_source(text: str, phrase: str) -> None:
    claims, _ = run(text, [])
    sp = claims[0].speaker
    assert sp is not None and sp.text == phrase


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        # the name before الذي speaks, not the one named first
        (
            "والتقى حيدر العبادي رئيس الوزراء الأردني عبدالله النسور الذي أعلن أن الأردن سيدعم العراق.",
            [ABADI, NSOUR],
            "عبدالله النسور",
        ),
        # …and so does a source phrase before التي
        ("وتابع جيب بوش التقارير الغربية التي أكدت أن حملته قوية في تكساس.", [BUSH], "التقارير الغربية"),
        # a pronoun that does not agree with the cue stands for what was spoken of (the countries)
        ("وانتقد إردوغان الدول التي قال إنها تحاول إلقاء اللوم على تركيا.", [ERDOGAN], "رجب طيب إردوغان"),
    ],
)
def test_a_relative_pronoun_points_back_at_its_speaker(text: str, ents: list[Ent], speaker: str) -> None:
    claims, ms = run(text, ents)
    assert speaker_name(claims[-1], ms) == speaker


def test_a_person_is_no_antecedent_of_a_feminine_pronoun() -> None:
    """«المبادرة التي أطلقها بوتين التي تدعو»: the initiative calls, not Putin."""
    text = "وأبلغ المعلم دي ميستورا تمسك النظام بالمبادرة التي أطلقها بوتين التي تدعو إلى «قيام جهد دولي ضد الإرهاب»."
    claims, ms = run(text, [MOALLEM, PUTIN])
    assert claims and all(speaker_name(c, ms) != "فلاديمير بوتين" for c in claims)


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        ("وكان السيستاني دعا حيدر العبادي إلى أن يكون أكثر جرأة في مكافحة الفساد.", [SISTANI, ABADI], "علي السيستاني"),
        ("بخاري يحذر واشنطن بأن سياستها ضد بوكو حرام تضر بالجهود لمكافحة التطرف", [BUHARI, WASHINGTON], "محمد بخاري"),
    ],
)
def test_the_name_right_before_an_appeal_verb_speaks(text: str, ents: list[Ent], speaker: str) -> None:
    """دعا، طالب، حذر take a person or body for object: the name after the verb is called on, not the caller."""
    claims, ms = run(text, ents)
    assert speaker_name(claims[0], ms) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an unnamed phrase between the verb and إن is its subject, whatever its head
        ("وقال الشحماني إن المنافذ مفتوحة. وقال مقاتلون محليون إن الحوثيين انسحبوا.", "مقاتلون محليون"),
        ("وقال الشحماني إن المنافذ مفتوحة. وقالت امرأة من البصرة إن الأسعار ارتفعت.", "امرأة من البصرة"),
        # an adverb or a demonstrative is no new speaker: the one before goes on
        ("وقال الشحماني إن المنافذ مفتوحة. وأكد مجددا أن القرار لن يتغير.", "مرتضى الشحماني"),
        ("وقال الشحماني إن المنافذ مفتوحة. وأكد هؤلاء أن القرار لن يتغير.", "مرتضى الشحماني"),
        ("وقال الشحماني إن المنافذ مفتوحة. وأكد مرة أخرى أن القرار لن يتغير.", "مرتضى الشحماني"),
    ],
)
def test_an_unnamed_subject_after_the_verb_speaks(text: str, speaker: str) -> None:
    claims, ms = run(text, [SHAHMANI])
    assert speaker_name(claims[-1], ms) == speaker


@pytest.mark.parametrize(
    ("text", "ents", "speaker"),
    [
        # a name governed by an indefinite title word is whom the title serves; the holder named next speaks
        ("وقال ممثل السيستاني أحمد الصافي إن على الحكومة أن تتخذ قرارات مهمة.", [SISTANI, SAFI], "أحمد الصافي"),
    ],
)
def test_a_name_inside_a_title_is_not_its_holder(text: str, ents: list[Ent], speaker: str) -> None:
    claims, ms = run(text, ents)
    assert speaker_name(claims[0], ms) == speaker


@pytest.mark.parametrize(
    ("text", "ents", "phrase"),
    [
        # a qualifier joined by و to the one before, and a body joined by و to the one named
        ("وقالت مصادر بالشرطة وبالمستشفيات إن عدد القتلى قد يرتفع.", [], "مصادر بالشرطة وبالمستشفيات"),
        (
            "وذكرت مصادر في السلطة الشرعية والمقاومة أن الميليشيات قصفت أحياء في المدينة.",
            [AUTHORITY],
            "مصادر في السلطة الشرعية والمقاومة",
        ),
    ],
)
def test_coordinated_qualifiers_join_the_source(text: str, ents: list[Ent], phrase: str) -> None:
    claims, _ = run(text, ents)
    sp = claims[0].speaker
    assert sp is not None and sp.text == phrase


def test_a_participle_goes_to_the_subject_after_an_opening_adverbial() -> None:
    """«من جهتها، رفضت نقابة الأطباء …، مؤكدة»: the verb opening the clause comes after the adverbial's comma."""
    text = "من جهتها، رفضت نقابة الأطباء تنفيذ قرار الكنيست بإطعام الأسرى بالقوة، مؤكدة أنه يتنافى مع أخلاق المهنة."
    claims, ms = run(text, [UNION, KNESSET])
    assert speaker_name(claims[-1], ms) == "نقابة الأطباء"


def test_a_name_after_a_glued_preposition_is_no_subject() -> None:
    """«وقال للجنة الشؤون الخارجية بمجلس النواب»: the house is where he spoke; the speaker goes on."""
    text = "وقال جون كيري إن الاتفاق جيد. وقال للجنة الشؤون الخارجية بمجلس النواب إن إيران لن تحصل على السلاح."
    claims, ms = run(text, [KERRY_FULL, HOUSE])
    assert [speaker_name(c, ms) for c in claims] == ["جون كيري", "جون كيري"]
