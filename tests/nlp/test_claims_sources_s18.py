"""Claim sources (GUIDELINES §6 "Source (relay)", 9.6, 9.13), session 18: issue 13's missed relays read from train-a."""

from __future__ import annotations

from dataclasses import replace

from app.nlp.claims import extract_claims
from app.nlp.tokenize import split_sentences
from tests.nlp.test_claims import Ent, mentions_for, run
from tests.nlp.test_claims_sources_s17 import source_of

SAMI: Ent = ("سامي عادل", "person", "سامي عادل", ())
REUTERS: Ent = ("رويترز", "unit", "رويترز", ())
AFP: Ent = ("فرانس برس", "unit", "فرانس برس", ())


def test_a_relay_phrase_opening_the_sentence_names_the_outlet() -> None:
    """«وبحسب "رويترز"، فقد ذكر X أن»: the outlet written before the verb is the source, as after it (9.13)."""
    text = 'وبحسب "رويترز"، فقد ذكر الوزير سامي عادل أن الاقتصاد يتعافى.'
    claims, _ = run(text, [SAMI, REUTERS])
    assert [c.text for c in claims] == ["الاقتصاد يتعافى"]
    assert source_of(claims[0]) == "رويترز"


def test_a_fronted_statement_given_to_an_agency_names_it() -> None:
    """«وفي تصريح لوكالة فرانس برس، قال X»: the source phrase before the verb, and his next claim inherits it."""
    text = "وفي تصريح لوكالة فرانس برس، قال النائب سامي عادل إن المذكرة سحبت. وأضاف سامي عادل أن المحامين رفعوا شكوى."
    claims, _ = run(text, [SAMI, AFP])
    assert [source_of(c) for c in claims] == ["فرانس برس", "فرانس برس"]


def test_a_fronted_meeting_with_a_body_is_no_outlet() -> None:
    """«وفي لقاء مع وفد الكونغرس، قال X»: a body met is no outlet; nor is a fronted audience («للصحافيين»)."""
    text = (
        "وفي لقاء مع وفد الكونغرس، قال الوزير سامي عادل إن الحكومة ستدعم المزارعين. "
        "وفي تصريحات للصحافيين، أكد سامي عادل أن الدعم سيبدأ قريبا."
    )
    ents: list[Ent] = [SAMI, ("وفد الكونغرس", "unit", "وفد الكونغرس", ())]
    claims, _ = run(text, ents)
    assert [source_of(c) for c in claims] == [None, None]


def test_media_given_the_statement_after_the_speaker() -> None:
    """«وأوضحت X لوسائل الإعلام أن»: the media given the statement are its source (9.25.15), outside the quote."""
    text = "وأوضحت الوزيرة لينا كاتسيلي لوسائل الإعلام أن الحد الأقصى للسحب حدد بثلاثمئة يورو."
    claims, _ = run(text, [("لينا كاتسيلي", "person", "لينا كاتسيلي", ())])
    assert [c.text for c in claims] == ["الحد الأقصى للسحب حدد بثلاثمئة يورو"]
    assert source_of(claims[0]) == "وسائل الإعلام"


def test_media_given_the_statement_right_after_the_cue_keep_their_nisba() -> None:
    """«وكان مصدر سوري قد صرح لوسائل إعلام عربية قبيل …، بأن»: the phrase with its nisba, not the time after it."""
    text = "وكان مصدر سوري قد صرح لوسائل إعلام عربية قبيل وصول المبعوث، بأن دمشق مستعدة للمشاركة في المؤتمر."
    claims, _ = run(text)
    assert [source_of(c) for c in claims] == ["وسائل إعلام عربية"]


def test_an_attributions_body_after_lam_stays_its_speaker() -> None:
    """«ووفقا لمكتب الطبيب الشرعي فإن …»: after an attribution cue the body glued to ل is who says it, no outlet."""
    text = "ووفقا لمكتب الطبيب الشرعي فإن الرجل غرق صباح يوم الأحد."
    claims, _ = run(text)
    assert [(c.text, source_of(c)) for c in claims] == [("الرجل غرق صباح يوم الأحد", None)]


def test_an_agency_told_in_a_comma_segment_is_the_source() -> None:
    """«قال X، أمس، لوكالة الصحافة الفرنسية: «…»»: the agency in the segment before the colon is whom he told."""
    text = "بدوره، قال عضو المجلس مرتضى الشحماني، أمس، لوكالة الصحافة الفرنسية: «قررنا عدم التعامل مع القانون الجديد»."
    ents: list[Ent] = [
        ("مرتضى الشحماني", "person", "مرتضى الشحماني", ()),
        ("وكالة الصحافة الفرنسية", "unit", "وكالة الصحافة الفرنسية", ()),
    ]
    claims, _ = run(text, ents)
    assert [source_of(c) for c in claims] == ["وكالة الصحافة الفرنسية"]


def test_an_agency_told_after_a_description_is_the_source() -> None:
    """«وقال والد X الشاب لوكالة فرانس برس "…"»: a word no zone rule reads, then the agency he told."""
    text = 'وقال والد سامي عادل الشاب لوكالة فرانس برس "لست أفهم لماذا يضخم الناس الأمور".'
    claims, _ = run(text, [SAMI, AFP])
    assert [source_of(c) for c in claims] == ["فرانس برس"]


def test_an_agency_told_in_the_next_clause_is_not_the_postposed_speakers() -> None:
    """«…، بحسب ما ذكر المرصد، وقال مدير المرصد X لوكالة فرانس برس: «…»»: the agency is the director's only."""
    text = (
        "قتل 18 شخصا في سقوط صاروخ على حي شعبي، بحسب ما ذكر المرصد السوري، "
        "وقال مدير المرصد سامي عادل لوكالة فرانس برس: «سقط الصاروخ على الحي القديم»."
    )
    ents: list[Ent] = [SAMI, AFP, ("المرصد السوري", "unit", "المرصد السوري", ())]
    claims, _ = run(text, ents)
    assert [source_of(c) for c in claims] == [None, "فرانس برس"]


def test_a_masculine_outlet_publishing_the_statement() -> None:
    """«في تصريح نقله موقع "سني نيوز"»، «في حديث بثه تلفزيون "الغد"»: the verb of a masculine outlet (نقله، بثه،
    نشره) as of a feminine one (نقلته): the outlet that carried the statement is the source (9.13)."""
    text = (
        'وقال الشيخ سامي عادل في تصريح نقله موقع "سني نيوز" إن هناك ضغوطات على المصلين. '
        'وقال كريم فؤاد في حديث بثه تلفزيون "الغد" إن الحل قريب.'
    )
    ents: list[Ent] = [
        SAMI,
        ("كريم فؤاد", "person", "كريم فؤاد", ()),
        ("سني نيوز", "unit", "سني نيوز", ()),
        ("الغد", "unit", "الغد", ()),
    ]
    claims, _ = run(text, ents)
    assert [source_of(c) for c in claims] == ["سني نيوز", "الغد"]


def test_a_headline_relay_is_the_headline_claims_source_and_goes_on_in_the_body() -> None:
    """«X لـ " الوطن " : …» then «أكد X أن …»: the outlet told in the headline is the source of the headline claim and
    of the body's claims of the same speaker (9.25.19)."""
    text = (
        'العادل لـ " الوطن " : الحكومة ستدعم المزارعين هذا العام\n'
        "أكد الوزير سامي العادل أن الدعم سيبدأ الشهر المقبل في كل المناطق."
    )
    ents: list[Ent] = [
        ("العادل", "person", "سامي العادل", ()),
        ("سامي العادل", "person", "سامي العادل", ()),
        ("الوطن", "unit", "الوطن", ()),
    ]
    claims, _ = run(text, ents)
    assert [(c.cue, source_of(c)) for c in claims] == [(":", "الوطن"), ("أكد", "الوطن")]


def test_a_described_headline_speaker_ends_before_the_outlet_told() -> None:
    """«خبير أمني لـ "الوطن": …»: the description is the speaker, the outlet after ل its source, not part of it."""
    text = 'خبير أمني لـ "الوطن": التفجير عمل جبان ودماء الشهداء لن تذهب هدرا\nوقع التفجير أمس في المدينة.'
    claims, _ = run(text, [("الوطن", "unit", "الوطن", ())])
    assert [(c.speaker.text if c.speaker else None, source_of(c)) for c in claims] == [("خبير أمني", "الوطن")]


def test_a_time_or_adjective_between_the_statement_and_the_outlet() -> None:
    """«في تصريح أمس إلى "الوطن"»، «في تصريح خاص لـ«اليوم»»، «في اتصال هاتفي مع "المدينة"»: the outlet after a time
    word or the statement's adjective is still whom it was given to (§6)."""
    text = (
        'وقال الدكتور سامي عادل في تصريح أمس إلى "الوطن" إن النادي صاغ الأفكار. '
        "وقال كريم فؤاد في تصريح خاص لـ«اليوم»: إن التشكيل تحقق بشكل سلس. "
        'وقال نبيل حسن في اتصال هاتفي مع "المدينة" إن المسلحين فروا.'
    )
    ents: list[Ent] = [
        SAMI,
        ("كريم فؤاد", "person", "كريم فؤاد", ()),
        ("نبيل حسن", "person", "نبيل حسن", ()),
        ("الوطن", "unit", "الوطن", ()),
        ("اليوم", "unit", "اليوم", ()),
        ("المدينة", "unit", "المدينة", ()),
    ]
    claims, _ = run(text, ents)
    assert [source_of(c) for c in claims] == ["الوطن", "اليوم", "المدينة"]


def test_a_trailing_relay_after_the_content_names_the_outlet() -> None:
    """«…، حسبما نقلت "رويترز"»، «…»، حسبما كتب في تغريدة على تويتر»: the relay closing the sentence (9.13, 9.25.19)."""
    text = (
        'وقالت وزارة التجارة، أمس، إن المبيعات هبطت 6.8 في المائة، حسبما نقلت "رويترز". '
        "وأشار الخبير سامي عادل إلى «أوجه شبه لا تصدق بين الحطامين»، حسبما كتب في تغريدة على تويتر."
    )
    ents: list[Ent] = [SAMI, REUTERS, ("وزارة التجارة", "unit", "وزارة التجارة", ()), ("تويتر", "unit", "تويتر", ())]
    claims, _ = run(text, ents)
    assert [source_of(c) for c in claims] == ["رويترز", "تويتر"]


def test_a_trailing_person_is_no_outlet() -> None:
    """«…، حسبما أفاد سامي عادل»: a person after the link is no outlet (9.25.14 and 18 decide him apart)."""
    text = "وقالت وزارة التجارة إن المبيعات هبطت 6.8 في المائة، حسبما أفاد سامي عادل."
    claims, _ = run(text, [SAMI, ("وزارة التجارة", "unit", "وزارة التجارة", ())])
    assert all(source_of(c) is None for c in claims)


def test_an_outlet_told_after_an_apposition_before_the_complement() -> None:
    """«أكد المواطن X ولي أمر طالبة لـ"الوطن" أن …»: a nominal cue's words before the outlet told are the speaker's
    phrase, not its object: the quote starts after أن, the outlet is the source."""
    text = 'فيما أكد المواطن سامي عادل ولي أمر طالبة لـ"الوطن" أن نحو سبع حافلات تقل الطالبات يوميا.'
    claims, _ = run(text, [SAMI, ("الوطن", "unit", "الوطن", ())])
    assert [(c.text, source_of(c)) for c in claims] == [("نحو سبع حافلات تقل الطالبات يوميا", "الوطن")]


def test_the_outlet_told_as_the_object_of_ablagha() -> None:
    """«أبلغ مسؤولون حكوميون رويترز أن …»، «وكان وزير سوري أبلغ رويترز في 22 فبراير أن …»: the outlet object of
    أبلغ (data/told_lemmas.txt) is the source, not the speaker."""
    text = (
        "وفي مايو أبلغ مسؤولون حكوميون رويترز أنهم يتوقعون إنتاجا وفيرا. "
        "وكان وزير سوري أبلغ رويترز في 22 فبراير أن بلاده لا تتوقع استيراد القمح."
    )
    mentions = [replace(m, subtype="media") for m in mentions_for(text, [REUTERS])]
    claims = extract_claims(text, split_sentences(text), mentions)
    assert [source_of(c) for c in claims] == ["رويترز", "رويترز"]
    assert all(c.speaker is not None and c.speaker.mention is None for c in claims)


def test_the_outlet_that_talked_to_an_unnamed_speaker() -> None:
    """«ويرى مراقبون اقتصاديون تحدثت إليهم «الشرق الأوسط» أنه …»: the outlet of the relative clause
    (data/talked_to_by.txt) talked to the speakers: it is the source."""
    text = (
        "ويرى مراقبون اقتصاديون تحدثت إليهم «الشرق الأوسط» أنه بعد تحويل السفن سيتوقف الميناء. "
        "وقال خبراء استطلعت «الشرق الأوسط» آراءهم إن الاستقرار يتحسن."
    )
    claims, _ = run(text, [("الشرق الأوسط", "unit", "الشرق الأوسط", ())])
    assert [source_of(c) for c in claims] == ["الشرق الأوسط", "الشرق الأوسط"]


def test_a_back_reference_to_an_unnamed_speaker_inherits_across_others() -> None:
    """«وقال مسؤول حكومي في تصريح لوكالة رويترز … وقال الجيش … وأضاف المسؤول أن»: the bare back-reference is the
    speaker written before (9.15), the same person, so his outlet goes on past another speaker (9.6); a new phrase in
    the same words («وقالت مصادر محلية» again) is other people and inherits nothing (9.25.17)."""
    text = (
        "وقال مسؤول حكومي رفيع المستوى في تصريح لوكالة رويترز إن جدارا سيقام على الحدود. "
        "كذلك قال الجيش إنه يعمل على حفر خندق طويل. "
        "وأضاف المسؤول أن نصف العربات المدرعة موزعة على الحدود. "
        'وقالت مصادر محلية لـ"رويترز" إن الاشتباكات توقفت. '
        "وقال الجيش إنه سيطر على المعبر. "
        "وقالت مصادر محلية إن السكان عادوا."
    )
    claims, _ = run(text, [REUTERS, ("الجيش", "unit", "الجيش", ())])
    assert [source_of(c) for c in claims] == ["رويترز", None, "رويترز", "رويترز", None, None]
