"""A document as a cue's subject speaks for the body the text ties it to, session 16 (issue 13, GUIDELINES §6, 9.3,
9.10): each test fails without app/nlp/claims/documents.py."""

from __future__ import annotations

from app.nlp.claims.documents import document_reading
from app.nlp.normalize import normalize
from tests.nlp.test_claims import Ent, run, speaker_name

CENTRE: Ent = ("مركز البحوث الخليجي", "unit", "مركز البحوث الخليجي", ())
AGENCY: Ent = ("وكالة تنمية المشاريع", "unit", "وكالة تنمية المشاريع", ())
NETWORK: Ent = ("الشبكة العربية للرصد", "unit", "الشبكة العربية للرصد", ())
OBSERVER: Ent = ("المرصد الوطني", "unit", "المرصد الوطني", ())
BANK: Ent = ("البنك الأهلي", "unit", "البنك الأهلي", ())
OFFICE: Ent = ("مكتب الإحصاء", "unit", "مكتب الإحصاء", ())
RAJAWI: Ent = ("سعاد الكريمي", "person", "سعاد الكريمي", ())
SECRETARIAT: Ent = ("أمانة الحزب", "unit", "أمانة الحزب", ())


def test_a_study_prepared_by_a_body_named_before_is_that_body_s() -> None:
    """«أحصت دراسة أعدها مركز … وقالت الدراسة إن»: the centre that prepared the study speaks."""
    text = "أحصت دراسة أعدها مركز البحوث الخليجي مئة موقف. وقالت الدراسة إن المواقف تضاعفت في عام واحد."
    claims, mentions = run(text, [CENTRE])
    assert speaker_name(claims[-1], mentions) == "مركز البحوث الخليجي"


def test_the_speaking_document_is_the_claim_s_source() -> None:
    """GUIDELINES 9.3: the report phrase is the source when the report is the subject («بين تقرير اقتصادي أن»)."""
    text = (
        "بين تقرير اقتصادي أن ثلث الشركات نقلت أعمالها. وهو ما اعتبره التقرير الذي يصدر شهريا عن وكالة تنمية "
        "المشاريع مؤشرا مقلقا. وقالت الدراسة إن الأرقام دقيقة."
    )
    claims, _ = run(text, [AGENCY])
    assert claims[0].source is not None and claims[0].source.text == "تقرير اقتصادي"


def test_a_report_s_body_named_in_the_next_sentence() -> None:
    """«بين تقرير اقتصادي أن … وهو ما اعتبره التقرير الذي يصدر شهريا عن وكالة …»: the report's first claim goes to the
    agency the next sentence says issues it."""
    text = (
        "بين تقرير اقتصادي أن ثلث الشركات نقلت أعمالها إلى الخارج. وهو ما اعتبره التقرير الذي يصدر شهريا عن "
        "وكالة تنمية المشاريع مؤشرا مقلقا."
    )
    claims, mentions = run(text, [AGENCY])
    assert speaker_name(claims[0], mentions) == "وكالة تنمية المشاريع"


def test_a_report_owned_by_the_sentence_subject_outranks_an_earlier_speaker() -> None:
    """«وقال المرصد … ووثقت الشبكة … في تقريرها … ولفت التقرير إلى»: the network whose report it is, not the body
    that spoke last."""
    text = (
        "وقال المرصد الوطني إن القتلى عشرة. ووثقت الشبكة العربية للرصد في تقريرها الشهري مقتل عشرين شخصا. "
        "ولفت التقرير إلى أن بين الضحايا طالبا جامعيا."
    )
    claims, mentions = run(text, [OBSERVER, NETWORK])
    assert speaker_name(claims[-1], mentions) == "الشبكة العربية للرصد"


def test_a_report_the_document_refers_to_is_not_its_issuer() -> None:
    """«وبين التقرير الصادر عن البنك … وتطرق إلى تقرير صادر عن مكتب … وأشار التقرير إلى»: the bank's report goes on;
    the office's report after a preposition is one it cites."""
    text = (
        "وبين التقرير الصادر عن البنك الأهلي أن الدولار ارتفع. وتطرق إلى تقرير صادر عن مكتب الإحصاء يظهر عجزا. "
        "وأشار التقرير إلى أن الصادرات تراجعت."
    )
    claims, mentions = run(text, [BANK, OFFICE])
    assert speaker_name(claims[-1], mentions) == "البنك الأهلي"


def test_a_relayed_statement_is_no_speaker() -> None:
    """«ونقل بيان عن أمانة الحزب تصريحا لسعاد الكريمي»: relayed, the person speaks (the statement is the source)."""
    text = "ونقل بيان عن أمانة الحزب تصريحا لسعاد الكريمي قالت فيه إن الاتفاق ضعيف."
    claims, mentions = run(text, [SECRETARIAT, RAJAWI])
    assert all(speaker_name(c, mentions) != "أمانة الحزب" for c in claims)


def test_document_words_are_read_with_article_conjunction_and_possessive() -> None:
    """One reading for the cue's subject and the document tied elsewhere: التقرير، وتقريرها، دراستها، تقريرا."""
    assert document_reading(normalize("وتقريرها")) == ("تقرير", True)
    assert document_reading(normalize("دراستها")) == (normalize("دراسة"), True)
    assert document_reading(normalize("تقريرا")) == ("تقرير", False)
    assert document_reading(normalize("والدراسة")) == (normalize("دراسة"), False)
    assert document_reading(normalize("تقارير")) is None


MINISTRY: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())


def test_a_statement_whose_body_already_speaks_is_its_source() -> None:
    """GUIDELINES 9.10: «وشدد البيان» → speaker the body, source the statement phrase (as «بحسب البيان»)."""
    text = "أصدرت وزارة الصحة بيانا حول الوباء. وقال البيان إن الإصابات تراجعت."
    claims, mentions = run(text, [MINISTRY])
    assert speaker_name(claims[-1], mentions) == "وزارة الصحة"
    assert claims[-1].source is not None and claims[-1].source.text == "البيان"


WHO: Ent = ("منظمة الصحة العالمية", "unit", "منظمة الصحة العالمية", ())


def test_an_issuing_verb_with_a_glued_waw_ties_the_report_to_its_body() -> None:
    """«وأصدرت منظمة الصحة العالمية تقريرا … وقال التقرير إن»: the glued و is read before a document as after it."""
    text = (
        "وقال المرصد الوطني إن الإصابات تراجعت في الشهر الماضي. ثم وأصدرت منظمة الصحة العالمية تقريرا عن الوباء. "
        "وقال التقرير إن اللقاحات خفضت الوفيات."
    )
    claims, mentions = run(text, [OBSERVER, WHO])
    assert speaker_name(claims[-1], mentions) == "منظمة الصحة العالمية"


def test_a_document_no_text_ties_to_the_carried_speaker_is_not_its_source() -> None:
    """«وقال المرصد … وقال التقرير إن»: a report the text never ties to the observer is not read as the observer's
    (the speaker is the rules'), but the report that speaks is the claim's source all the same (9.3; session 17)."""
    text = "وقال المرصد الوطني إن الإصابات تراجعت. وقال التقرير إن اللقاحات خفضت الوفيات."
    claims, mentions = run(text, [OBSERVER])
    assert speaker_name(claims[-1], mentions) == "المرصد الوطني"
    assert claims[-1].source is not None and claims[-1].source.text == "التقرير"


def test_one_possessive_stripper_for_document_and_source_nouns() -> None:
    from app.nlp.claims.vocab import source_stem
    from app.nlp.morphology import without_possessive

    assert without_possessive(normalize("دراستها")) == normalize("دراسة")
    assert without_possessive("تقريره") == "تقرير"
    assert without_possessive("تقرير") is None
    assert source_stem(normalize("مصادرنا")) == source_stem(normalize("المصادر")) == "مصدر"


def test_an_issuing_word_is_never_a_document_noun() -> None:
    """«نشره»، «نشرتها» (published it) are the tie, not the document; a bare «نشرة» folds to «نشره» and goes with
    them, «النشرة» stays a bulletin."""
    assert document_reading(normalize("النشرة")) == (normalize("نشرة"), False)
    assert document_reading(normalize("نشره")) is None
    assert document_reading(normalize("نشرتها")) is None
    assert document_reading(normalize("ونشرتها")) is None
