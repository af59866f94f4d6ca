"""Unnamed speakers given as the name they hold, or cut short, session 25 (DSC3; GUIDELINES 9.31.8, 9.31.10, 9.33.1,
9.33.5, 9.15). Constructed sentences. Fails without `zones.people_head`, `speaker.holding_head`/`close_to`,
`extents.reached_by`, `extents.quoted_name`, `fallback.adjectives_only`/`past_adjectives`, the RELAY_SAYING stop in
`qualifiers.vague_adjective`, `continuing.referred_back`, `zones._issued_by`, `speaker.received_by_outlet`
and the committee issuer in `speaker.statement_issuer`, «أولياء» in vague_speakers and construct_heads."""

from __future__ import annotations

from app.nlp.claims import extract_claims
from app.nlp.tokenize import split_sentences
from app.nlp.types import Mention
from tests.nlp.test_claims import Ent, first_speaker, speakers

BIDEN: Ent = ("بايدن", "person", "جو بايدن", ())
CLINTON: Ent = ("كلينتون", "person", "هيلاري كلينتون", ())
GROUP: Ent = ("مياموتو", "unit", "مياموتو", ())


def test_people_near_a_person_speak_not_he() -> None:
    """«مقربون من بايدن»: the people close to him are the speaker, descriptive (9.31.10)."""
    assert first_speaker("ويشير مقربون من بايدن إلى أنه سيترشح.", [BIDEN]) == ("مقربون من بايدن", "descriptive")


def test_a_side_told_by_a_name_is_the_phrase() -> None:
    """«خصوم كلينتون الجمهوريون»: a stance head with a person its genitive (9.31.8)."""
    text = "ويقول خصوم كلينتون الجمهوريون إن الأمر خطير."
    assert first_speaker(text, [CLINTON]) == ("خصوم كلينتون الجمهوريون", "descriptive")


def test_a_trade_plural_in_construct_before_a_quoted_body_speaks_not_the_body() -> None:
    """«مهندسو مجموعة "مياموتو"»: the engineers of the group speak, not the group."""
    text = 'ويقول مهندسو مجموعة "مياموتو" إن الموقع سليم.'
    assert first_speaker(text, [GROUP]) == ('مهندسو مجموعة "مياموتو"', "descriptive")


def test_a_body_adjective_after_the_held_name_stays_in() -> None:
    """«مسؤول بحملة كلينتون | الانتخابية | أن»: the nisba is the campaign's, not the cue's nominal object."""
    text = "وأكد مسؤول بحملة كلينتون الانتخابية أن الحملة مستمرة."
    assert first_speaker(text, [CLINTON]) == ("مسؤول بحملة كلينتون الانتخابية", "descriptive")


def test_how_the_speakers_were_reached_is_out() -> None:
    """«مراقبون اقتصاديون | تحدثت إليهم «الشرق الأوسط»»: a clause on who talked to them (9.33.5)."""
    text = "ويرى مراقبون اقتصاديون تحدثت إليهم «الصحيفة» أن القرار صائب."
    assert first_speaker(text)[0] == "مراقبون اقتصاديون"


def test_where_he_spoke_is_out() -> None:
    """«أحد المختطفين | أمام الكاميرا»: an adverbial of where he spoke, no part of who he is."""
    assert first_speaker("وقال أحد المختطفين أمام الكاميرا إنه بخير.")[0] == "أحد المختطفين"


def test_a_quoted_name_of_the_phrase_noun_stays_in() -> None:
    """«غرفة عمليات معركة «فجر الوادي»»: the battle's own name, no outlet told."""
    text = "وقالت غرفة عمليات معركة «فجر الوادي» في بيان إن الهجوم بدأ."
    assert first_speaker(text)[0] == "غرفة عمليات معركة «فجر الوادي»"


def test_a_field_after_the_nisba_stays_in() -> None:
    """«باحث يمني | في شؤون الإرهاب»: his field after his nationality (9.29.6)."""
    assert first_speaker("وقال باحث يمني في شؤون الإرهاب إن التنظيم خطير.")[0] == "باحث يمني في شؤون الإرهاب"


def test_the_relay_saying_is_no_adjective_of_the_sources() -> None:
    """«عن المصادر | القول:»: the bare sources refer back to «مصادر أمنية» (9.33.1)."""
    text = "وقالت مصادر أمنية إن المسلحين استسلموا. ونقلت الصحيفة عن المصادر القول: إن هؤلاء تخلوا عن السلاح."
    assert speakers(text)[1] == "مصادر أمنية"


def test_a_fronted_same_source_refers_back() -> None:
    """«لكن المصدر ذاته قال»: as «وقال المصدر ذاته», the source described before (9.33.1, 9.15)."""
    text = "وقال مصدر قريب من الاتحاد الأوروبي إن المرشح سيعلن قراره. لكن المصدر ذاته قال إن القرار قريب."
    assert speakers(text)[1] == "مصدر قريب من الاتحاد الأوروبي"


def test_a_body_adjective_before_a_comma_and_a_nominal_object_stays_in() -> None:
    """«أكد مسؤول بحملة كلينتون | الانتخابية، | انضمام …»: the nisba and comma close the phrase, the object follows."""
    text = "وأكد مسؤول بحملة كلينتون الانتخابية، انضمام المستشار إلى الحملة في الولايات الجنوبية."
    assert first_speaker(text, [CLINTON]) == ("مسؤول بحملة كلينتون الانتخابية", "descriptive")


MOGHERINI: Ent = ("فيديريكا موغيريني", "person", "فيديريكا موغيريني", ("وزيرة الخارجية",))


def test_a_statement_issued_by_an_unnamed_office_speaks_for_it() -> None:
    """«بيان صادر عن مكتب الوزيرة»: the office, descriptive — not the minister named before (9.33.10, 9.13)."""
    text = "وتزور وزيرة الخارجية فيديريكا موغيريني طهران. وأكد بيان صادر عن مكتب الوزيرة أمس أن الزيارة ستتم."
    assert speakers(text, [MOGHERINI])[-1] == "مكتب الوزيرة"


def test_a_committee_statement_received_by_an_outlet_is_the_committee_s_the_outlet_its_source() -> None:
    """«بيان للهيئة القيادية للائتلاف تلقت «اليوم» نسخة منه»: the committee speaks, of the coalition named before,
    the statement word and «تلقت» out; the outlet that received it is the source (9.33.10, 9.33.5)."""
    text = (
        "وتعهد الائتلاف الوطني بمواصلة الإصلاح. وأشار بيان للهيئة القيادية للائتلاف تلقت «اليوم» نسخة منه إلى"
        " أن الائتلاف ماض في خطته."
    )
    p, q = text.index("اليوم"), text.index("الائتلاف الوطني")
    ms = [
        Mention("الائتلاف الوطني", q, q + 15, "unit", "الائتلاف الوطني", "الايتلاف الوطني", "political"),
        Mention("اليوم", p, p + 5, "unit", "اليوم", "اليوم", "media"),
    ]
    said = extract_claims(text, split_sentences(text), ms)[-1]
    assert said.speaker is not None and said.source is not None
    assert (said.speaker.text, said.speaker.kind, said.speaker.affiliation) == (
        "للهيئة القيادية للائتلاف",
        "descriptive",
        0,
    )
    assert said.source.mention == 1


def test_parents_coordinated_with_citizens_are_one_phrase() -> None:
    """«مواطنون وأولياء أمور»: a second source joined by و, its construct genitive with it (9.33.5, 9.17)."""
    text = "من جانب آخر أوضح مواطنون وأولياء أمور أن المدرسة تحتاج إلى ترميم عاجل."
    assert first_speaker(text) == ("مواطنون وأولياء أمور", "anonymous")
