"""Claim sources (GUIDELINES §6 "Source (relay)", 9.6, 9.13), session 17: issue 13's relays read from train-a."""

from __future__ import annotations

from app.nlp.types import Claim, EntityType, Mention
from tests.nlp.test_claims import Ent, run


def source_of(c: Claim) -> str | None:
    """The claim's source as written, or None."""
    return c.source.text if c.source is not None else None


def speaker_of(c: Claim, ms: list[Mention]) -> str | None:
    """The canonical name of the claim's speaker mention, else its text."""
    if c.speaker is None:
        return None
    return ms[c.speaker.mention].canonical if c.speaker.mention is not None else c.speaker.text


def test_his_own_statement_is_no_relay() -> None:
    """«في بيان له»: the statement is his own, «له» no outlet."""
    text = "وقال الوزير سامي عادل في بيان له أمس إن الحكومة ستدعم المزارعين."
    claims, _ = run(text, [("سامي عادل", "person", "سامي عادل", ())])
    assert [c.text for c in claims] == ["الحكومة ستدعم المزارعين"]
    assert source_of(claims[0]) is None


def test_an_audience_is_no_outlet_and_ends_the_inherited_source() -> None:
    """«في تصريحات للصحافيين»: an audience (9.6), no source, and the outlet he spoke to before is not carried on."""
    text = (
        "وقال الوزير سامي عادل لوكالة الأنباء المحلية إن الحكومة ستدعم المزارعين. "
        "وأكد سامي عادل في تصريحات للصحافيين أن الدعم سيبدأ الشهر المقبل."
    )
    ents: list[Ent] = [
        ("سامي عادل", "person", "سامي عادل", ()),
        ("وكالة الأنباء المحلية", "unit", "وكالة الأنباء المحلية", ()),
    ]
    claims, _ = run(text, ents)
    assert [source_of(c) for c in claims] == ["وكالة الأنباء المحلية", None]


def test_a_statement_given_to_an_outlet_with_ila() -> None:
    """«في تصريحات إلى "الوطن"»: إلى names the outlet as ل does."""
    text = 'وقال المحلل السياسي ناصر سعيد في تصريحات إلى "الوطن" أمس إن الحل السياسي لن ينجح.'
    claims, _ = run(text, [("ناصر سعيد", "person", "ناصر سعيد", ())])
    assert [c.text for c in claims] == ["الحل السياسي لن ينجح"]
    assert source_of(claims[0]) == "الوطن"


def test_the_body_in_a_title_is_the_holders_not_an_outlet() -> None:
    """«المتحدث الرسمي لوزارة التعليم مبارك سالم»: the ministry is the spokesman's, no relay."""
    text = "وقال المتحدث الرسمي لوزارة التعليم مبارك سالم إن اللجنة أنهت عملها."
    ents: list[Ent] = [
        ("وزارة التعليم", "unit", "وزارة التعليم", ()),
        ("مبارك سالم", "person", "مبارك سالم", ()),
    ]
    claims, ms = run(text, ents)
    assert [c.text for c in claims] == ["اللجنة أنهت عملها"]
    assert speaker_of(claims[0], ms) == "مبارك سالم"
    assert source_of(claims[0]) is None


def test_an_outlet_after_a_title_stays_the_source() -> None:
    """«المتحدث باسم الجيش لوكالة الأنباء المحلية»: an outlet word after the title is still the outlet."""
    text = "وقال المتحدث باسم الجيش لوكالة الأنباء المحلية إن القوات انسحبت."
    ents: list[Ent] = [
        ("الجيش", "unit", "الجيش", ()),
        ("وكالة الأنباء المحلية", "unit", "وكالة الأنباء المحلية", ()),
    ]
    claims, _ = run(text, ents)
    assert [source_of(c) for c in claims] == ["وكالة الأنباء المحلية"]


def test_a_named_speakers_source_is_carried_past_another_speaker() -> None:
    """9.6: a source is inherited forward by the same speaker's later claims, also after others have spoken."""
    text = (
        "وقال الوزير سامي عادل لوكالة الأنباء المحلية إن الحكومة ستدعم المزارعين. "
        "من جهته، قال النائب كريم فؤاد إن الخطة غير كافية. "
        "وأضاف سامي عادل أن الدعم سيبدأ الشهر المقبل."
    )
    ents: list[Ent] = [
        ("سامي عادل", "person", "سامي عادل", ()),
        ("كريم فؤاد", "person", "كريم فؤاد", ()),
        ("وكالة الأنباء المحلية", "unit", "وكالة الأنباء المحلية", ()),
    ]
    claims, ms = run(text, ents)
    assert [speaker_of(c, ms) for c in claims] == ["سامي عادل", "كريم فؤاد", "سامي عادل"]
    assert [source_of(c) for c in claims] == ["وكالة الأنباء المحلية", None, "وكالة الأنباء المحلية"]


def test_a_statement_the_body_spoke_in_is_no_source() -> None:
    """«وأعرب في بيان شديد اللهجة عن»: the statement is only the setting the body spoke in, no source. («أبدى» is a
    nominal cue since session 26, CUE1: its own claim comes first, also with no source.)"""
    text = "أبدى المجلس الأعلى انزعاجه الشديد من القرار، وأعرب في بيان شديد اللهجة عن رفضه التام للقرار."
    claims, _ = run(text, [("المجلس الأعلى", "unit", "المجلس الأعلى", ())])
    assert [c.text for c in claims] == ["انزعاجه الشديد من القرار", "رفضه التام للقرار"]
    assert [source_of(c) for c in claims] == [None, None]


def test_a_statement_that_speaks_is_the_source_though_no_issuer_is_tied_to_it() -> None:
    """«وتابع البيان أن»: the statement speaks, so it is the source (9.3), also when the text ties it to no body."""
    text = "وقالت وزارة الصحة إن الوباء انحسر في المدن. وتابع البيان أن الحالات تراجعت."
    claims, ms = run(text, [("وزارة الصحة", "unit", "وزارة الصحة", ())])
    assert [speaker_of(c, ms) for c in claims] == ["وزارة الصحة", "وزارة الصحة"]
    assert [source_of(c) for c in claims] == [None, "البيان"]


def test_the_outlet_that_carried_a_statement_is_the_source() -> None:
    """«في بيان تلقت وكالة الأنباء الألمانية نسخة منه»: the outlet of the relative clause (9.13)."""
    text = "وقال المرصد في بيان تلقت وكالة الأنباء الألمانية نسخة منه إن الغارات قتلت عشرة مدنيين."
    ents: list[Ent] = [
        ("المرصد", "unit", "المرصد", ()),
        ("وكالة الأنباء الألمانية", "unit", "وكالة الأنباء الألمانية", ()),
    ]
    claims, ms = run(text, ents)
    assert [c.text for c in claims] == ["الغارات قتلت عشرة مدنيين"]
    assert speaker_of(claims[0], ms) == "المرصد"
    assert source_of(claims[0]) == "وكالة الأنباء الألمانية"


def test_a_meeting_with_a_person_names_no_outlet() -> None:
    """«غداة لقاء مع لافروف في ماليزيا»: a meeting with a person; the place after him is no outlet."""
    text = "وقال كيري غداة لقاء مع لافروف في ماليزيا إن الاتفاق ممكن."
    ents: list[Ent] = [
        ("كيري", "person", "كيري", ()),
        ("لافروف", "person", "لافروف", ()),
        ("ماليزيا", "place", "ماليزيا", ()),
    ]
    claims, _ = run(text, ents)
    assert [c.text for c in claims] == ["الاتفاق ممكن"]
    assert source_of(claims[0]) is None


def test_a_platform_in_the_claims_sentence_is_the_source() -> None:
    """«وكتب رزاق في بيان على فيسبوك أن»: the platform named in the claim's own sentence (9.25.19)."""
    text = "وكتب نجيب رزاق في بيان على فيسبوك أن التقارير الأولية مشجعة."
    claims, _ = run(text, [("نجيب رزاق", "person", "نجيب رزاق", ())])
    assert [c.text for c in claims] == ["التقارير الأولية مشجعة"]
    assert source_of(claims[0]) == "فيسبوك"


def test_a_body_told_that_is_no_outlet_is_no_source() -> None:
    """«وقال كيري لمجلس العلاقات الخارجية إن»: a body glued to ل that is no outlet (its subtype not media) is whom he
    spoke to, no source; an outlet («لوكالة», a media body) still is."""
    from app.nlp.claims import extract_claims
    from app.nlp.tokenize import split_sentences

    text = "وقال كيري لمجلس العلاقات الخارجية إن الاتفاق جيد. وقال لافروف لوكالة تاس إن الحل قريب."
    spans: list[tuple[str, EntityType, str | None]] = [
        ("كيري", "person", None),
        ("مجلس العلاقات الخارجية", "unit", "other"),
        ("لافروف", "person", None),
        ("وكالة تاس", "unit", "media"),
    ]
    ms = []
    for surface, typ, subtype in spans:
        at = text.index(surface)
        ms.append(Mention(surface, at, at + len(surface), typ, surface, surface, subtype, ()))
    claims = extract_claims(text, split_sentences(text), ms)
    assert [c.text for c in claims] == ["الاتفاق جيد", "الحل قريب"]
    assert [source_of(c) for c in claims] == [None, "وكالة تاس"]
