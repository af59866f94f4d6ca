"""Review findings left unfixed in session 25 (session 26, UNF1), on constructed sentences. Each fix's tests fail
without it: a provision («وفقا لما أقره البرلمان») makes no claim; «أحد مقربي/مساعدي X» speaks, not X; a statement's
«تلقت «X» نسخة منه» clause is stepped over to «أن»; «ولي العهد» opens a title in the zone; a dateline closed by dashes
is no speaker; «مصدران عسكريان» is as fielded as «مصادر عسكرية». «المصدر نفسه» taking the latest phrase of its head
(GUIDELINES 9.36.8b) already held and is pinned here."""

from __future__ import annotations

from dataclasses import replace

from app.nlp.claims import extract_claims
from app.nlp.claims.segments import MEDIA
from app.nlp.claims.vocab import field_word
from app.nlp.tokenize import split_sentences
from app.nlp.types import Claim
from tests.nlp.test_claims import Ent, first_speaker, mentions_for, run, speaker_of

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
UMMA: Ent = ("حزب الأمة", "unit", "حزب الأمة", ())
PARLIAMENT: Ent = ("البرلمان", "unit", "البرلمان", ())
GOVERNMENT: Ent = ("الحكومة", "unit", "الحكومة", ())
YAWM: Ent = ("اليوم", "unit", "اليوم", ())
FARMING: Ent = ("وزارة الزراعة", "unit", "وزارة الزراعة", ())
PRINCE: Ent = ("الأمير فيصل بن خالد", "person", "فيصل بن خالد", ("ولي العهد",))
RIYADH: Ent = ("الرياض", "place", "الرياض", ())
BAGHDAD: Ent = ("بغداد", "place", "بغداد", ())
WAA: Ent = ("واع", "unit", "واع", ())


# 1. a provision is no source --------------------------------------------------------------------------------------
def test_what_parliament_approved_is_no_claim() -> None:
    """«وفقا لما أقره البرلمان»: أقر with its object enacts a provision; nothing is said, so no claim, no speaker."""
    text = "وجرى تشكيل اللجنة الجديدة وفقا لما أقره البرلمان في جلسته الأخيرة."
    claims, _ = run(text, [PARLIAMENT])
    assert claims == []


def test_what_the_government_approved_makes_no_speakerless_claim() -> None:
    """«وفقا لما أقرته الحكومة»: the same with a feminine verb and an untagged body, which gave a claim with no
    speaker."""
    claims, _ = run("وستبدأ أعمال الصيانة مطلع الشهر وفقا لما أقرته الحكومة في اجتماعها.")
    assert claims == []


def test_what_parliament_announced_is_still_its_claim() -> None:
    """«وفقا لما أعلنه البرلمان»: a speech verb with its object pronoun still relays the body's words."""
    text = "وجرى تشكيل اللجنة الجديدة وفقا لما أعلنه البرلمان في جلسته الأخيرة."
    claims, mentions = run(text, [PARLIAMENT])
    assert len(claims) == 1 and claims[0].speaker is not None and claims[0].speaker.mention is not None
    assert mentions[claims[0].speaker.mention].canonical == "البرلمان"


# 2. someone close to X speaks, not X ----------------------------------------------------------------------------
def test_one_of_a_persons_close_associates_speaks() -> None:
    """«وقال أحد مقربي سامي العلي إن …»: the associate speaks, descriptive, no affiliation (X a person, 9.31.8)."""
    text = "وقال أحد مقربي سامي العلي إن الحزب سيشارك في الانتخابات المقبلة."
    claims, _ = run(text, [SAMI])
    spk = claims[0].speaker
    assert spk is not None and spk.mention is None
    assert (spk.text, spk.kind, spk.affiliation) == ("أحد مقربي سامي العلي", "descriptive", None)


def test_one_of_a_persons_aides_speaks() -> None:
    """«وقال أحد مساعدي سامي العلي إن …»: an aide, in construct, speaks for himself."""
    text = "وقال أحد مساعدي سامي العلي إن الاجتماع تأجل إلى الأسبوع المقبل."
    assert first_speaker(text, [SAMI]) == ("أحد مساعدي سامي العلي", "descriptive")


def test_one_close_to_a_party_speaks_with_the_party_as_affiliation() -> None:
    """«وقال أحد مقربي حزب الأمة إن …»: a unit X is the phrase's affiliation (belonging, 9.31.8)."""
    text = "وقال أحد مقربي حزب الأمة إن الحزب لن يشارك في الحكومة."
    claims, _ = run(text, [UMMA])
    spk = claims[0].speaker
    assert spk is not None and spk.mention is None and spk.kind == "descriptive" and spk.affiliation == 0


# 3. the outlet's copy clause is no content -----------------------------------------------------------------------
def test_the_quote_opens_after_an_past_the_received_copy_clause() -> None:
    """«وأوضح بيان لوزارة الزراعة تلقت «اليوم» نسخة منه أن …»: the claim starts after «أن», the ministry speaks and
    the paper is the source (GUIDELINES 9.6)."""
    text = "وأوضح بيان لوزارة الزراعة تلقت «اليوم» نسخة منه أن موسم الحصاد سيبدأ مطلع الشهر المقبل."
    claims, mentions = run(text, [YAWM, FARMING])
    assert claims[0].text == "موسم الحصاد سيبدأ مطلع الشهر المقبل"
    spk, src = claims[0].speaker, claims[0].source
    assert spk is not None and spk.mention is not None and mentions[spk.mention].canonical == "وزارة الزراعة"
    assert src is not None and src.text == "اليوم"


def test_an_unnamed_bodys_statement_received_by_an_agency_opens_after_an() -> None:
    """«وأكد بيان للوزارة تلقت وكالة الأنباء نسخة منه أن …»: the same with an agency of several words."""
    text = "وأكد بيان للوزارة تلقت وكالة الأنباء نسخة منه أن الامتحانات ستجري في موعدها."
    claims, _ = run(text)
    assert claims[0].text == "الامتحانات ستجري في موعدها"


def with_media(text: str, ents: list[Ent], outlet: str) -> list[Claim]:
    """Claims of the text with `outlet`'s mentions tagged as a media unit, as the tagger marks an outlet."""
    mentions = [replace(m, subtype=MEDIA) if m.text == outlet else m for m in mentions_for(text, ents)]
    return extract_claims(text, split_sentences(text), mentions)


def test_an_outlet_that_published_the_statement_is_its_source_not_its_issuer() -> None:
    """«وأوضح بيان لوزارة الزراعة نشرته «اليوم» أن …»: the paper carried it (GUIDELINES 9.6), the ministry speaks;
    the claim starts after «أن»."""
    text = "وأوضح بيان لوزارة الزراعة نشرته «اليوم» أن موسم الحصاد سيبدأ مطلع الشهر المقبل."
    claims = with_media(text, [YAWM, FARMING], "اليوم")
    assert claims[0].text == "موسم الحصاد سيبدأ مطلع الشهر المقبل"
    assert claims[0].speaker is not None and claims[0].speaker.text == "وزارة الزراعة"
    assert claims[0].source is not None and claims[0].source.text == "اليوم"


def test_an_outlet_that_published_an_unnamed_bodys_statement_does_not_speak() -> None:
    """«وأوضح بيان للوزارة نشرته «اليوم» أن …»: the body's phrase stops at the verb; the paper is no issuer."""
    text = "وأوضح بيان للوزارة نشرته «اليوم» أن موسم الحصاد سيبدأ مطلع الشهر المقبل."
    claims = with_media(text, [YAWM], "اليوم")
    assert claims[0].speaker is not None and claims[0].speaker.text == "للوزارة"
    assert claims[0].source is not None and claims[0].source.text == "اليوم"


def test_the_received_copy_clause_after_a_relative_pronoun_is_stepped_over() -> None:
    """«وأوضح البيان الذي تلقت «اليوم» نسخة منه أن …» after the ministry spoke: the ministry's statement, the paper
    its source, the claim after «أن»."""
    text = (
        "وأعلنت وزارة الزراعة أن الموسم سيكون جيدا. وأوضح البيان الذي تلقت «اليوم» نسخة منه أن موسم الحصاد سيبدأ "
        "مطلع الشهر المقبل."
    )
    claims = with_media(text, [YAWM, FARMING], "اليوم")
    said = next(c for c in claims if "الحصاد" in c.text)
    assert said.text == "موسم الحصاد سيبدأ مطلع الشهر المقبل"
    assert said.speaker is not None and said.speaker.text == "وزارة الزراعة"
    assert said.source is not None and said.source.text == "اليوم"


# 4. «ولي العهد» opens a title ------------------------------------------------------------------------------------
def test_the_crown_prince_after_an_honorific_is_his_titles_holder() -> None:
    """«وأكد صاحب السمو الملكي ولي العهد الأمير X أن …»: the prince named after the honorific and the title speaks,
    and the claim starts after «أن», not at «ولي العهد»."""
    text = "وأكد صاحب السمو الملكي ولي العهد الأمير فيصل بن خالد أن المملكة ماضية في خططها التنموية."
    claims, mentions = run(text, [PRINCE])
    assert claims[0].text == "المملكة ماضية في خططها التنموية"
    spk = claims[0].speaker
    assert spk is not None and spk.mention is not None and mentions[spk.mention].canonical == "فيصل بن خالد"


def test_the_crown_princes_office_speaks_as_a_whole_phrase() -> None:
    """«وأكد مكتب صاحب السمو الملكي ولي العهد أن …»: the office with the whole title, the claim after «أن»."""
    text = "وأكد مكتب صاحب السمو الملكي ولي العهد أن الزيارة ستتم في موعدها."
    claims, _ = run(text)
    assert claims[0].text == "الزيارة ستتم في موعدها"
    assert claims[0].speaker is not None and claims[0].speaker.text == "مكتب صاحب السمو الملكي ولي العهد"


# 5. a dateline closed by dashes ----------------------------------------------------------------------------------
def test_a_city_before_a_dash_is_no_fronted_subject() -> None:
    """«بغداد - قالت الحكومة إن …»: the city is the dateline, not the verb's subject; the government speaks."""
    text = "بغداد - قالت الحكومة إن قواتها ضبطت شحنة من الأسلحة."
    assert speaker_of(text, [BAGHDAD], "شحنة") == "الحكومة"


def test_a_city_before_a_dash_does_not_take_a_subjectless_verb() -> None:
    """«الرياض - أعلن أن …» with no one named: the city does not speak."""
    claims, _ = run("الرياض - أعلن أن قواته ضبطت شحنة من الأسلحة.", [RIYADH])
    assert claims[0].speaker is None or claims[0].speaker.text != "الرياض"


def test_an_agency_between_dashes_does_not_take_a_subjectless_verb() -> None:
    """«بغداد – واع – أعلن أن …»: the agency in the dateline is no one speaking; the minister who spoke before goes on
    (same paragraph)."""
    text = "وقال سامي العلي إن الاجتماع كان ناجحا. بغداد – واع – أعلن أن قواته ضبطت شحنة من الأسلحة."
    assert speaker_of(text, [SAMI, BAGHDAD, WAA], "شحنة") == "سامي العلي"


def test_a_named_subject_after_a_dateline_still_speaks() -> None:
    """«بغداد – واع – قالت الحكومة إن …»: the subject after the dateline speaks as before."""
    text = "بغداد – واع – قالت الحكومة إن قواتها ضبطت شحنة من الأسلحة."
    assert speaker_of(text, [BAGHDAD, WAA, GOVERNMENT], "شحنة") == "الحكومة"


# 6. «المصدر نفسه» takes the latest phrase of its head (held already) ---------------------------------------------
def test_the_same_source_is_the_latest_of_its_head_past_another_speaker() -> None:
    """Two «مصدر أمني» phrases, a named speaker after them: «المصدر نفسه» is the later phrase (9.36.8b)."""
    text = (
        "وقال مصدر أمني في المحافظة إن الهجوم أسفر عن مقتل جنديين. وقال مصدر أمني في العاصمة إن التحقيق بدأ. "
        "وقال سامي العلي إن الوضع هادئ. وأضاف المصدر نفسه أن المشتبه بهم فروا."
    )
    assert speaker_of(text, [SAMI], "فروا") == "مصدر أمني في العاصمة"


def test_the_same_source_skips_an_unnamed_speaker_of_another_head() -> None:
    """«شاهد عيان» in between does not cut the pin: «المصدر ذاته» is the latest «مصدر» phrase."""
    text = (
        "وقال مصدر أمني في المحافظة إن الهجوم أسفر عن مقتل جنديين. وقال مصدر أمني في العاصمة إن التحقيق بدأ. "
        "وقال شاهد عيان إن الجرحى نقلوا للعلاج. وأضاف المصدر ذاته أن المشتبه بهم فروا."
    )
    assert speaker_of(text, [], "فروا") == "مصدر أمني في العاصمة"


# 7. a dual with a field nisba -----------------------------------------------------------------------------------
def test_two_military_sources_are_descriptive() -> None:
    """«وقال مصدران عسكريان إن …»: a field makes the source descriptive in the dual too (GUIDELINES 9.5)."""
    assert first_speaker("وقال مصدران عسكريان إن القوات تقدمت نحو المدينة.") == ("مصدران عسكريان", "descriptive")


def test_a_field_nisba_in_the_dual_is_a_field_word() -> None:
    """عسكريان، أمنيتان، العسكريتين: the masculine and feminine duals read as their field (عسكري، أمني)."""
    assert all(field_word(w) for w in ("عسكريان", "امنيتان", "العسكريتين", "امنيان"))
    assert not field_word("بيان") and not field_word("البنيان")


def test_two_sources_alone_stay_anonymous() -> None:
    """«وقال مصدران إن …»: no field, anonymous as before."""
    assert first_speaker("وقال مصدران إن القوات تقدمت نحو المدينة.") == ("مصدران", "anonymous")
