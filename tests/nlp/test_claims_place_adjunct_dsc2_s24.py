"""Unnamed speakers' extents, session 24 (DSC2; GUIDELINES 9.29.4, 9.32.15, 9.32.26, 9.33.5): a word agreeing with the
speaker's place after its name (a participle, an adjective or a noun in apposition: «القريبة»، «التابعة لـ …»،
«المنطقة المؤيدة لـ …») is the place's and stays out of the phrase; a nisba stays in. Fails without
`qualifiers.place_adjunct` (read by `locator`, `body_named` and `zones._title_word`)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, first_speaker, run
from tests.nlp.test_claims_kinds_rvf2 import place


def unit(name: str) -> Ent:
    """A unit mention given to run()."""
    return (name, "unit", name, ())


def test_a_participle_agreeing_with_the_place_stays_out() -> None:
    """«القريبة»، «التابعة لمحافظة …»، «الواقعة شمال …» after the speaker's place (9.32.26, 9.32.15)."""
    text = "وقال أحد الضباط في بلدة موبتي القريبة عبر الهاتف إن المهاجمين فروا."
    assert first_speaker(text, [place("بلدة موبتي")]) == ("أحد الضباط في بلدة موبتي", "descriptive")
    text = "وقال شهود محليون في مديرية زبيد التابعة لمحافظة الحديدة إن المسلحين انسحبوا."
    assert first_speaker(text, [place("مديرية زبيد"), place("محافظة الحديدة")])[0] == "شهود محليون في مديرية زبيد"
    text = "وقال سكان في قرية الصفا الواقعة شمال المدينة إن القصف استمر."
    assert first_speaker(text, [place("قرية الصفا")])[0] == "سكان في قرية الصفا"


def test_a_noun_in_apposition_to_the_title_holders_place_stays_out() -> None:
    """«مسؤول في اللجنة … في جيتيغا | المنطقة المؤيدة للرئيس»: the title reads no further than the place (9.29.4)."""
    text = "وقال مسؤول في اللجنة الانتخابية في جيتيغا المنطقة المؤيدة للرئيس إن المشاركة ضعيفة."
    found = first_speaker(text, [unit("اللجنة الانتخابية"), place("جيتيغا")])
    assert found[0] == "مسؤول في اللجنة الانتخابية في جيتيغا"


def test_a_nisba_a_body_and_a_holders_title_keep_their_words() -> None:
    """Guards: a nisba after the place («مدينة الموصل العراقية»), a participle after a body («القوات التابعة لحكومة
    الثني», 9.15), a title's adjective after its genitive place before the holder's name («مبعوث الأردن الأسبق»)."""
    assert first_speaker("وقال مسؤول في مدينة الموصل العراقية إن القصف استمر.", [place("مدينة الموصل")])[0] == (
        "مسؤول في مدينة الموصل العراقية"
    )
    text = "وقالت مصادر في القوات التابعة لحكومة الثني إن القصف استمر."
    assert first_speaker(text, [unit("حكومة الثني")])[0] == "مصادر في القوات التابعة لحكومة الثني"
    text = "وقال مبعوث الأردن الأسبق حسن أبو نعمة إن الهدنة انهارت."
    claims, mentions = run(text, [place("الأردن"), ("حسن أبو نعمة", "person", "حسن أبو نعمة", ())])
    sp = claims[0].speaker
    assert sp is not None and sp.mention is not None and mentions[sp.mention].canonical == "حسن أبو نعمة"


def test_a_title_whose_genitive_is_a_place_keeps_its_adjective() -> None:
    """Guard: «مبعوث الأردن الأسبق» for one named before keeps «الأسبق», the title's adjective (the place is the
    title's genitive, not where a source is; zones._placed_in)."""
    text = "وصل حسن أبو نعمة مبعوث الأردن الأسبق إلى بغداد. وقال مبعوث الأردن الأسبق إن الهدنة انهارت."
    claims, _ = run(
        text, [("حسن أبو نعمة", "person", "حسن أبو نعمة", ("مبعوث الأردن الأسبق",)), place("الأردن"), place("بغداد")]
    )
    sp = claims[0].speaker
    assert sp is not None and sp.text == "مبعوث الأردن الأسبق"


def test_a_word_agreeing_with_a_definite_head_stays_in() -> None:
    """«الناشط الإعلامي في حلب | المعارض للنظام»: a definite word of the definite head's gender may be his, so it stays
    (RVF10); after an indefinite head («ناشط إعلامي في حلب | المعارضة للنظام») or a definite one of the other gender
    («المسؤول في مدينة تعز | المحاصرة») it can only be the place's (`qualifiers.head_agrees`)."""
    text = "وقال الناشط الإعلامي في حلب المعارض للنظام إن القصف مستمر."
    assert first_speaker(text, [place("حلب")])[0] == "الناشط الإعلامي في حلب المعارض للنظام"
    text = "وقال ناشط إعلامي في حلب المعارضة للنظام إن القصف مستمر."
    assert first_speaker(text, [place("حلب")])[0] == "ناشط إعلامي في حلب"
    text = "وقال المسؤول في مدينة تعز المحاصرة إن القصف مستمر."
    assert first_speaker(text, [place("مدينة تعز")])[0] == "المسؤول في مدينة تعز"


def test_a_relative_clause_after_the_place_is_the_speakers() -> None:
    """Guard (RVF10, RV10 finding 7): a relative pronoun after the place opens a clause on the speakers (9.29.3), read
    to its boundary, not a word agreeing with the place (`place_adjunct` leaves out RELATIVE_WORDS)."""
    text = "وقال سكان في حي الشيخ مقصود الذين فروا من القصف إن الوضع مأساوي."
    assert first_speaker(text, [place("حي الشيخ مقصود")])[0] == "سكان في حي الشيخ مقصود الذين فروا من القصف"


def test_a_word_agreeing_with_a_masculine_place_is_the_places() -> None:
    """RVF11: «الناشط في مخيم اليرموك | المحاصر»، «الطبيب في حي الوعر | الخاضع لسيطرة المعارضة»: the word agrees with
    the masculine place as with the definite head, and it is the place's (9.32.26: `qualifiers.place_feminine`); a city
    is feminine, so «الناشط الإعلامي في حلب | المعارض للنظام» keeps it (RVF10's test above)."""
    text = "وقال الناشط في مخيم اليرموك المحاصر إن الجوع يفتك بالسكان."
    assert first_speaker(text, [place("مخيم اليرموك")])[0] == "الناشط في مخيم اليرموك"
    text = "وقال الطبيب في حي الوعر الخاضع لسيطرة المعارضة إن الجوع يفتك بالسكان."
    assert first_speaker(text, [place("الوعر")])[0] == "الطبيب في حي الوعر"
