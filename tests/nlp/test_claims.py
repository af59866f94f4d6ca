"""Claim extraction on small hand-written Arabic sentences (no model, no Stanza)."""

from __future__ import annotations

import pytest

from app.nlp.claims import extract_claims
from app.nlp.confidence import ClaimFeatures, calibrated_confidence
from app.nlp.tokenize import split_sentences
from app.nlp.types import Claim, EntityType, Mention

Ent = tuple[str, EntityType, str, tuple[str, ...]]  # surface, type, canonical, titles


def mentions_for(text: str, ents: list[Ent]) -> list[Mention]:
    """Mentions at every occurrence of each surface (longest first, no overlaps), sorted by start."""
    found: list[Mention] = []
    taken: set[int] = set()
    for surface, typ, canonical, titles in sorted(ents, key=lambda e: -len(e[0])):
        pos = text.find(surface)
        while pos >= 0:
            span = set(range(pos, pos + len(surface)))
            if not span & taken:
                taken |= span
                end = pos + len(surface)
                found.append(Mention(surface, pos, end, typ, canonical, canonical, None, titles))
            pos = text.find(surface, pos + 1)
    return sorted(found, key=lambda m: m.start)


def run(text: str, ents: list[Ent] | None = None) -> tuple[list[Claim], list[Mention]]:
    """Extract claims and check the offset invariant on every one of them."""
    mentions = mentions_for(text, ents or [])
    claims = extract_claims(text, split_sentences(text), mentions)
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert 0.0 <= c.confidence <= 1.0
        for a in c.about:
            assert c.start <= mentions[a].start and mentions[a].end <= c.end
    return claims, mentions


def speaker_name(c: Claim, mentions: list[Mention]) -> str | None:
    """Canonical name of the claim's speaker mention, else its text."""
    if c.speaker is None:
        return None
    if c.speaker.mention is not None:
        return mentions[c.speaker.mention].canonical
    return c.speaker.text


def names(text: str, ents: list[Ent]) -> list[str | None]:
    """The speakers of the text's claims, by canonical name or phrase."""
    claims, mentions = run(text, ents)
    return [speaker_name(c, mentions) for c in claims]


def speakers(text: str, ents: list[Ent] | None = None) -> list[str]:
    """The speaker phrases of the text's claims."""
    claims, _ = run(text, ents or [])
    return [c.speaker.text for c in claims if c.speaker is not None]


def first_speaker(text: str, ents: list[Ent] | None = None) -> tuple[str, str]:
    """The first claim's speaker phrase and kind."""
    claims, _ = run(text, ents or [])
    assert claims and claims[0].speaker is not None
    return claims[0].speaker.text, claims[0].speaker.kind


def said(text: str, ents: list[Ent]) -> list[tuple[str | None, str]]:
    """(speaker, words) of every claim, in text order."""
    claims, mentions = run(text, ents)
    return [(speaker_name(c, mentions), c.text) for c in claims]


def speaker_of(text: str, ents: list[Ent], words: str) -> str:
    """The speaker phrase of the claim holding `words`."""
    claims, _ = run(text, ents)
    said = next(c for c in claims if words in c.text)
    assert said.speaker is not None
    return said.speaker.text


ALI: Ent = ("سامي العلي", "person", "سامي العلي", ("وزير الصحة",))
ALI_SHORT: Ent = ("العلي", "person", "سامي العلي", ())
NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ())
NAJM_SHORT: Ent = ("نجم", "person", "أحمد نجم", ())


def test_direct_quote_named_speaker_after_title() -> None:
    text = 'قال وزير الصحة سامي العلي إن "الوضع الصحي مستقر في جميع المحافظات".'
    claims, ms = run(text, [ALI])
    assert len(claims) == 1
    c = claims[0]
    assert (c.kind, c.text) == ("direct", "الوضع الصحي مستقر في جميع المحافظات")
    assert speaker_name(c, ms) == "سامي العلي"
    assert c.basis == "named|direct|past|strong"


def test_guillemets_after_colon_and_continuation() -> None:
    text = "أكد سامي العلي أن الحملة ستشمل المدارس. وأضاف: «سنفتح ثلاثة مستشفيات جديدة قبل نهاية العام»."
    claims, ms = run(text, [ALI])
    assert [c.kind for c in claims] == ["indirect", "direct"]
    assert claims[0].text == "الحملة ستشمل المدارس"
    assert claims[1].text == "سنفتح ثلاثة مستشفيات جديدة قبل نهاية العام"
    assert all(speaker_name(c, ms) == "سامي العلي" for c in claims)


def test_unclosed_quote_stops_at_participle_cue() -> None:
    text = (
        "قال سامي العلي إن الإجراءات مستمرة. "
        'وتابع "الفرق الطبية تعمل ليلا ونهارا في المستشفيات، مشيرا إلى أن اللقاحات وصلت إلى المدن الجنوبية.'
    )
    claims, ms = run(text, [ALI])
    assert [(c.kind, c.text) for c in claims[1:]] == [
        ("direct", "الفرق الطبية تعمل ليلا ونهارا في المستشفيات"),
        ("indirect", "اللقاحات وصلت إلى المدن الجنوبية"),
    ]
    assert {speaker_name(c, ms) for c in claims} == {"سامي العلي"}


def test_body_speaker_with_feminine_verb() -> None:
    text = "وأكدت وزارة الداخلية أن الطرق الرئيسية أعيد فتحها أمام المسافرين."
    claims, ms = run(text, [("وزارة الداخلية", "unit", "وزارة الداخلية", ())])
    assert len(claims) == 1
    assert claims[0].text == "الطرق الرئيسية أعيد فتحها أمام المسافرين"
    assert speaker_name(claims[0], ms) == "وزارة الداخلية"


def test_nominal_complement_after_adverbial_commas() -> None:
    text = "أعلنت وزارة النقل، اليوم الخميس، استئناف الرحلات الجوية إلى المطار الدولي."
    claims, ms = run(text, [("وزارة النقل", "unit", "وزارة النقل", ())])
    assert len(claims) == 1
    assert (claims[0].kind, claims[0].text) == ("indirect", "استئناف الرحلات الجوية إلى المطار الدولي")
    assert speaker_name(claims[0], ms) == "وزارة النقل"


def test_participle_continues_current_speaker() -> None:
    text = "قال رئيس البلدية خالد منصور إن المشروع سينجز قريبا، موضحاً أن التمويل متوفر بالكامل."
    claims, ms = run(text, [("خالد منصور", "person", "خالد منصور", ("رئيس البلدية",))])
    assert [c.text for c in claims] == ["المشروع سينجز قريبا", "التمويل متوفر بالكامل"]
    assert [c.cue for c in claims] == ["قال", "موضحاً"]
    assert {speaker_name(c, ms) for c in claims} == {"خالد منصور"}


def test_relayed_quote_has_agency_source_inherited_by_continuation() -> None:
    text = (
        "ونقلت وكالة الأنباء الوطنية عن المتحدث باسم الجيش العميد ماجد سليم قوله "
        '"قواتنا سيطرت على المعبر الحدودي بالكامل". وأشار إلى أن عمليات التفتيش ستستمر أسبوعا.'
    )
    ents: list[Ent] = [
        ("وكالة الأنباء الوطنية", "unit", "وكالة الأنباء الوطنية", ()),
        ("الجيش", "unit", "الجيش", ()),
        ("ماجد سليم", "person", "ماجد سليم", ("العميد",)),
    ]
    claims, ms = run(text, ents)
    assert [(c.kind, c.text) for c in claims] == [
        ("direct", "قواتنا سيطرت على المعبر الحدودي بالكامل"),
        ("indirect", "عمليات التفتيش ستستمر أسبوعا"),
    ]
    for c in claims:
        assert speaker_name(c, ms) == "ماجد سليم"
        assert c.source is not None and c.source.mention is not None
        assert ms[c.source.mention].canonical == "وكالة الأنباء الوطنية"


def test_according_to_with_fa_inna() -> None:
    text = 'ووفقاً للمتحدث باسم الشرطة، العقيد نادر حمدي، فإن "الحادث لم يسفر عن أي إصابات بين المدنيين".'
    claims, ms = run(text, [("الشرطة", "unit", "الشرطة", ()), ("نادر حمدي", "person", "نادر حمدي", ())])
    assert len(claims) == 1
    assert claims[0].text == "الحادث لم يسفر عن أي إصابات بين المدنيين"
    assert speaker_name(claims[0], ms) == "نادر حمدي"


def test_statement_to_outlet_gives_source() -> None:
    text = (
        "وقالت النائبة ليلى حسن، في تصريح لـ«صحيفة المدى»، إن الجلسة المقبلة ستناقش قانون الموازنة. "
        "وأضافت أن التصويت سيجري الأسبوع المقبل."
    )
    claims, ms = run(text, [("ليلى حسن", "person", "ليلى حسن", ())])
    want = ["الجلسة المقبلة ستناقش قانون الموازنة", "التصويت سيجري الأسبوع المقبل"]
    assert [c.text for c in claims] == want
    assert all(speaker_name(c, ms) == "ليلى حسن" for c in claims)
    assert all(c.source is not None and c.source.text == "صحيفة المدى" for c in claims)


def test_title_resolves_to_person_with_that_title() -> None:
    text = (
        "استقبل رئيس الوزراء كريم ناصر السفير الياباني في مكتبه. "
        "وأكد رئيس الوزراء أن العلاقات بين البلدين متينة وتتطور باستمرار."
    )
    claims, ms = run(text, [("كريم ناصر", "person", "كريم ناصر", ())])
    assert len(claims) == 1
    assert claims[0].text == "العلاقات بين البلدين متينة وتتطور باستمرار"
    assert speaker_name(claims[0], ms) == "كريم ناصر"
    assert claims[0].speaker is not None and claims[0].speaker.text == "رئيس الوزراء"


def test_statement_of_a_body_then_the_statement_continues() -> None:
    text = "وذكر بيان لوزارة الخارجية أن الوزير سيزور العاصمة الأردنية غدا. وأضاف البيان أن الزيارة تستمر يومين."
    mention_text = "وزارة الخارجية"
    claims, ms = run(text, [(mention_text, "unit", mention_text, ())])
    assert [c.text for c in claims] == ["الوزير سيزور العاصمة الأردنية غدا", "الزيارة تستمر يومين"]
    assert all(speaker_name(c, ms) == "وزارة الخارجية" for c in claims)


def test_headline_name_colon() -> None:
    text = "ناصر: لن نتراجع عن الإصلاحات الاقتصادية\n\nقال كريم ناصر إن الإصلاحات ستستمر رغم الصعوبات."
    claims, ms = run(text, [("كريم ناصر", "person", "كريم ناصر", ()), ("ناصر", "person", "كريم ناصر", ())])
    assert claims[0].text == "لن نتراجع عن الإصلاحات الاقتصادية"
    assert claims[0].cue == ":"
    assert speaker_name(claims[0], ms) == "كريم ناصر"
    assert len(claims) == 2


@pytest.mark.parametrize(
    "text",
    [
        "شاركت قوات «الحرس الوطني» في عملية «فجر الصحراء» التي انطلقت أمس.",
        "يعرض برنامج «حديث الساعة مع الخبراء» مساء كل خميس على القناة الأولى.",
        'وكان كتاب "أيام في الصحراء الكبرى" من أكثر الكتب مبيعا هذا العام.',
        "وقعت اشتباكات بين الجيش والمسلحين في الضواحي الشمالية للمدينة.",
        "يذكر أن الوزير زار المدينة العام الماضي والتقى عددا من المسؤولين.",
        "تبين أن المبنى كان مهجورا منذ سنوات.",
        'استهدف الهجوم قاعدة جوية تضم طائرات "إف 16" الحديثة.',
    ],
)
def test_precision_traps_are_not_claims(text: str) -> None:
    ents: list[Ent] = [("الجيش", "unit", "الجيش", ()), ("الحرس الوطني", "unit", "الحرس الوطني", ())]
    claims, _ = run(text, ents)
    assert claims == []


def test_operation_name_in_reported_content_stays_indirect() -> None:
    text = "وأعلن الجيش انطلاق عملية «درع الوطن» لتأمين الحدود الشرقية مع الجارة."
    claims, _ = run(text, [("الجيش", "unit", "الجيش", ())])
    assert len(claims) == 1
    assert claims[0].kind == "indirect"
    assert claims[0].text.startswith("انطلاق عملية «درع الوطن»")


def test_quote_inside_quote_is_one_claim_for_outer_speaker() -> None:
    text = 'وقال المدير سعيد كامل إن "زميلي قال لي إن المشروع تأخر كثيرا بسبب الأمطار الغزيرة".'
    claims, ms = run(text, [("سعيد كامل", "person", "سعيد كامل", ())])
    assert len(claims) == 1
    assert claims[0].text == "زميلي قال لي إن المشروع تأخر كثيرا بسبب الأمطار الغزيرة"
    assert speaker_name(claims[0], ms) == "سعيد كامل"


def test_nested_same_mark_quotes() -> None:
    text = 'وأوضح سامي العلي أن "الفرق لاحقت عناصر "العصابة" في ثلاث قرى حدودية".'
    claims, _ = run(text, [ALI])
    assert len(claims) == 1
    assert claims[0].text == 'الفرق لاحقت عناصر "العصابة" في ثلاث قرى حدودية'


def test_fronted_subject_before_verb() -> None:
    text = "وكان الرئيس فهد عمران قد أعلن الأسبوع الماضي أن الانتخابات ستجرى في موعدها المحدد."
    claims, ms = run(text, [("فهد عمران", "person", "فهد عمران", ("الرئيس",))])
    assert len(claims) == 1
    assert claims[0].text == "الانتخابات ستجرى في موعدها المحدد"
    assert speaker_name(claims[0], ms) == "فهد عمران"


def test_vague_speaker_has_no_mention_and_its_own_confidence_cell() -> None:
    text = "وقالت مصادر أمنية إن انفجارا وقع قرب السوق المركزي في المدينة."
    claims, _ = run(text)
    assert len(claims) == 1
    c = claims[0]
    assert c.speaker is not None and c.speaker.text == "مصادر أمنية" and c.speaker.mention is None
    assert c.basis.startswith("vague|indirect|")


def test_partial_quotes_short_stays_indirect_long_is_direct() -> None:
    text = (
        'وأوضح العلي أن الحكومة ستقدم دعما ماليا كبيرا لجميع المزارعين في المحافظات "في أقرب وقت". '
        'وأشار إلى أن الوزارة "ستطلق حملة وطنية لتشجيع القراءة في المدارس".'
    )
    claims, _ = run(text, [ALI_SHORT])
    assert [c.kind for c in claims] == ["indirect", "direct"]
    assert claims[0].text.endswith('"في أقرب وقت"')
    assert claims[1].text == "ستطلق حملة وطنية لتشجيع القراءة في المدارس"


def test_about_lists_mentions_inside_the_claim() -> None:
    text = "وأكد سامي العلي أن وزارة الداخلية ستدعم بغداد بفرق إضافية."
    ents: list[Ent] = [ALI, ("وزارة الداخلية", "unit", "وزارة الداخلية", ()), ("بغداد", "place", "بغداد", ())]
    claims, ms = run(text, ents)
    assert len(claims) == 1
    assert sorted(ms[a].canonical for a in claims[0].about) == ["بغداد", "وزارة الداخلية"]


def test_confidence_cells_tell_a_named_speaker_from_a_continuation() -> None:
    text = 'قال سامي العلي إن "المستشفيات جاهزة لاستقبال المرضى". وأشار إلى أن الأدوية متوفرة في الصيدليات.'
    claims, _ = run(text, [ALI])
    assert [c.basis for c in claims] == ["named|direct|past|strong", "cont|indirect|past|strong"]
    assert [c.confidence for c in claims] == [calibrated_confidence_of(c.basis) for c in claims]


def test_empty_text() -> None:
    assert extract_claims("", [], []) == []


def test_postposed_speech_cue_after_quote() -> None:
    text = '"نحن مستعدون للحوار دون شروط مسبقة"، قال الرئيس كمال يوسف في خطابه.'
    claims, ms = run(text, [("كمال يوسف", "person", "كمال يوسف", ())])
    assert len(claims) == 1
    assert (claims[0].kind, claims[0].text) == ("direct", "نحن مستعدون للحوار دون شروط مسبقة")
    assert speaker_name(claims[0], ms) == "كمال يوسف"


def test_outlet_glued_to_preposition_is_the_source() -> None:
    text = "صرح المتحدث العسكري رامي داود لوكالة الأنباء المحلية بأن القوات انسحبت من المنطقة."
    ents: list[Ent] = [
        ("رامي داود", "person", "رامي داود", ()),
        ("وكالة الأنباء المحلية", "unit", "وكالة الأنباء المحلية", ()),
    ]
    claims, ms = run(text, ents)
    assert len(claims) == 1
    assert claims[0].text == "القوات انسحبت من المنطقة"
    assert speaker_name(claims[0], ms) == "رامي داود"
    assert claims[0].source is not None and claims[0].source.text == "وكالة الأنباء المحلية"


def test_bare_title_is_not_followed_by_its_object() -> None:
    text = "ونفى المتحدث وجود أي اتفاق سري مع الجانب الآخر."
    claims, _ = run(text)
    assert len(claims) == 1
    assert claims[0].text == "وجود أي اتفاق سري مع الجانب الآخر"
    assert claims[0].speaker is not None and claims[0].speaker.text == "المتحدث"


MOI: Ent = ("وزارة الداخلية", "unit", "وزارة الداخلية", ())


@pytest.mark.parametrize(
    ("text", "ents", "speaker", "kind", "affiliation"),
    [
        (
            "قال مصدر عسكري في وزارة الداخلية إن الهجوم فشل.",
            [MOI],
            "مصدر عسكري في وزارة الداخلية",
            "descriptive",
            "وزارة الداخلية",
        ),
        (
            "وقال المتحدث باسم وزارة الداخلية إن الحادث قيد التحقيق.",
            [MOI],
            "المتحدث باسم وزارة الداخلية",
            "descriptive",
            "وزارة الداخلية",
        ),
        ("وأكدت مصادر مطلعة أن الاجتماع تأجل.", [], "مصادر مطلعة", "anonymous", None),
        ("وقال مصدر رفيع المستوى إن المحادثات ستستأنف.", [], "مصدر رفيع المستوى", "anonymous", None),
        ("وقال شهود عيان إن الانفجار هز المدينة.", [], "شهود عيان", "descriptive", None),
        ("وأفاد مسؤول أمني بأن الهجوم فشل.", [], "مسؤول أمني", "descriptive", None),
        ("وقالت وزارة الداخلية إن الهجوم فشل.", [MOI], "وزارة الداخلية", "named", None),
    ],
)
def test_speaker_kind_and_affiliation(
    text: str, ents: list[Ent], speaker: str, kind: str, affiliation: str | None
) -> None:
    """A source phrase is kept whole, typed, and tied to the unit it names; a vague one is anonymous."""
    claims, mentions = run(text, ents)
    (claim,) = claims
    assert claim.speaker is not None
    assert (claim.speaker.text, claim.speaker.kind) == (speaker, kind)
    aff = claim.speaker.affiliation
    assert (mentions[aff].text if aff is not None else None) == affiliation
    assert kind == "named" or claim.speaker.mention is None


def test_a_definite_source_noun_continues_the_source_described_before() -> None:
    """«وأضاف المصدر» / «وقالت المصادر» are the source phrase given earlier, not a new one-word speaker."""
    text = (
        "وقال مصدر أمني في وزارة الداخلية إن الخلية كانت تخطط لهجمات. وأضاف المصدر أن التحقيقات مستمرة. "
        "وأكدت مصادر محلية أن الوضع هادئ. وقالت المصادر إن السكان عادوا."
    )
    claims, _ = run(text, [MOI])
    speakers = [(c.speaker.text, c.speaker.kind) for c in claims if c.speaker]
    assert speakers == [
        ("مصدر أمني في وزارة الداخلية", "descriptive"),
        ("مصدر أمني في وزارة الداخلية", "descriptive"),
        ("مصادر محلية", "descriptive"),
        ("مصادر محلية", "descriptive"),
    ]


def test_a_continuation_with_no_speaker_yet_takes_the_person_just_named() -> None:
    """«دعا كارتر الكونغرس …، وقال إنه …»: the first claim of a paragraph is a continuation of no one."""
    text = "دعا كارتر الكونغرس لدعم الاتفاق، وقال إنه يمثل خطوة هامة."
    claims, _ = run(text, [("كارتر", "person", "أشتون كارتر", ())])
    said = [c for c in claims if c.text == "يمثل خطوة هامة"]
    assert [c.speaker.text for c in said if c.speaker] == ["كارتر"]


def test_bihasb_an_outlet_after_the_verb_is_the_source() -> None:
    """«وقال بحسب صحيفة هآرتس: …»: the paper relays the speaker named before, it does not speak."""
    text = 'وقال نتنياهو إن القرار ليس نهاية الطريق. وقال بحسب صحيفة هآرتس: "العقوبات ستبقى".'
    claims, _ = run(text, [("نتنياهو", "person", "بنيامين نتنياهو", ()), ("هآرتس", "unit", "هآرتس", ())])
    last = claims[-1]
    assert last.speaker is not None and last.speaker.text == "نتنياهو"
    assert last.source is not None and last.source.text == "هآرتس"


def calibrated_confidence_of(basis: str) -> float:
    """What the served confidence of a claim found this way is (the fitted map, cue strength 0.9 or 0.5)."""
    mode, kind, form, band = basis.split("|")
    return calibrated_confidence(ClaimFeatures(mode, kind, form, 0.9 if band == "strong" else 0.5))


def test_an_indefinite_role_is_a_new_speaker_not_the_compatriot_named_before() -> None:
    text = (
        "قال رئيس الحكومة الإسرائيلية بنيامين نتنياهو إن الاتفاق خطأ تاريخي. "
        "وقال ضابط إسرائيلي كبير في الجيش إن الجيش غير قواعد التعامل مع الجرحى."
    )
    netanyahu: Ent = ("بنيامين نتنياهو", "person", "بنيامين نتنياهو", ("رئيس الحكومة الإسرائيلية",))
    claims, _ = run(text, [netanyahu])
    officer = claims[1].speaker
    assert officer is not None and officer.mention is None and officer.kind != "named"
    assert officer.text == "ضابط إسرائيلي كبير في الجيش"


def test_a_continuation_follows_the_person_the_discourse_moved_to() -> None:
    text = (
        "قال سامي العلي إن الاتفاق ضعيف. "
        "وبينما لم يشتبك الجنرال مارتن ديمبسي مع أعضاء اللجنة، أيد الاتفاق. "
        "وقال: «شيء هام أن يكون لدينا اتفاق قابل للتحقق»."
    )
    dempsey: Ent = ("مارتن ديمبسي", "person", "مارتن ديمبسي", ("الجنرال",))
    claims, ms = run(text, [ALI, dempsey])
    assert [speaker_name(c, ms) for c in claims] == ["سامي العلي", "مارتن ديمبسي"]


def test_a_fronted_subject_wins_over_the_object_after_the_cue() -> None:
    text = "يذكر أن وكالة رويترز كشفت النقاب، أمس، عن خطوة أخرى تزيد من حدة التوتر بين الطرفين."
    reuters: Ent = ("وكالة رويترز", "unit", "وكالة رويترز", ())
    claims, ms = run(text, [reuters])
    assert [speaker_name(c, ms) for c in claims] == ["وكالة رويترز"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a source in a body named only by its kind keeps the whole phrase
        ("وقالت مصادر بالقوات إن الاشتباكات استمرت حتى الصباح.", "مصادر بالقوات"),
        # a vague source keeps the field it belongs to
        ("وأكد مراقبون في الساحة اليمنية أن الهدنة ستكون محكومة بالفشل.", "مراقبون في الساحة اليمنية"),
        # a source close to an affair keeps the whole phrase
        ("وقال مصدر مقرب من التحقيقات إن الأدلة لم تظهر أي ارتباط مباشر.", "مصدر مقرب من التحقيقات"),
        # a relative pronoun ends a source phrase
        ("وأضاف المسؤول الذي فضل عدم الإفصاح عن اسمه أن الوزارة وقعت ألفي عقد.", "المسؤول"),
    ],
)
def test_unnamed_source_phrases(text: str, phrase: str) -> None:
    claims, _ = run(text)
    sp = claims[0].speaker
    assert sp is not None and sp.text == phrase and sp.mention is None


def test_a_first_continuation_with_no_person_named_goes_to_the_body_named_before() -> None:
    text = "أصدر الأزهر الشريف بيانه الأسبوعي عن أوضاع المنطقة، وأكد رفضه التام للتدخل في الشؤون الداخلية."
    azhar: Ent = ("الأزهر الشريف", "unit", "الأزهر الشريف", ())
    claims, ms = run(text, [azhar])
    assert [speaker_name(c, ms) for c in claims] == ["الأزهر الشريف"]


def test_a_bare_outlet_noun_is_the_paper_named_before() -> None:
    text = "نشرت صحيفة ديلي ميل تقريرا عن المهاجرين. وقالت الصحيفة إن التنظيم استجوب الشابين في غرفة مغلقة."
    mail = Mention(
        "ديلي ميل", text.index("ديلي ميل"), text.index("ديلي ميل") + 8, "unit", "ديلي ميل", "ديلي ميل", "media"
    )
    claims = extract_claims(text, split_sentences(text), [mail])
    assert claims and claims[-1].speaker is not None and claims[-1].speaker.mention == 0


def test_a_first_continuation_reaches_back_past_its_paragraph() -> None:
    text = "أصدرت وزارة الصحة تقريرها السنوي.\nوأكدت أن عدد المستشفيات ارتفع هذا العام."
    ministry: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())
    claims, ms = run(text, [ministry])
    assert [speaker_name(c, ms) for c in claims] == ["وزارة الصحة"]
