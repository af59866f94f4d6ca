"""Review of UNF1 (session 26, RVU1), on constructed sentences. Each fix's tests fail without it: a relation noun in
construct with a person («وقال صديق X»، «مقربو X»، «مساعدو X»، «زميل X») makes the phrase speak, not X, as «أحد
مقربي X» already did; a place opening a sentence before a dash that opens an aside («إيران - التي …»، «إيران - وهي …»)
is the sentence's subject, no dateline."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_of

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ())
IRAN: Ent = ("إيران", "place", "إيران", ())
BAGHDAD: Ent = ("بغداد", "place", "بغداد", ())
WAA: Ent = ("واع", "unit", "واع", ())


# 1. a relation noun in construct with a person: the phrase speaks ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وقال صديق سامي العلي إن الحزب سيشارك في الانتخابات المقبلة.", "صديق سامي العلي"),
        ("وقال مقربو سامي العلي إن الحزب سيشارك في الانتخابات المقبلة.", "مقربو سامي العلي"),
        ("وقال مساعدو سامي العلي إن الاجتماع تأجل إلى الأسبوع المقبل.", "مساعدو سامي العلي"),
        ("وقال زميل سامي العلي إن الاجتماع تأجل إلى الأسبوع المقبل.", "زميل سامي العلي"),
        ("ويقول أصدقاء سامي العلي إنه لم يغادر البلاد منذ سنوات.", "أصدقاء سامي العلي"),
    ],
    ids=["friend", "close", "aides", "colleague", "friends"],
)
def test_a_persons_friend_or_aides_in_construct_speak_not_the_person(text: str, phrase: str) -> None:
    """«وقال صديق X إن …»، «مقربو X»: the friend or the aides speak, descriptive, X their genitive (GUIDELINES 9.31.8),
    as «أحد مقربي X» and «مقربون من X» do."""
    claims, _ = run(text, [SAMI])
    spk = claims[0].speaker
    assert spk is not None and spk.mention is None
    assert (spk.text, spk.kind) == (phrase, "descriptive")


def test_a_named_aide_after_a_comma_still_speaks() -> None:
    """«وقال مساعد سامي العلي، أحمد نجم، إن …»: the aide is named, he speaks."""
    text = "وقال مساعد سامي العلي، أحمد نجم، إن الاجتماع تأجل إلى الأسبوع المقبل."
    assert speaker_of(text, [SAMI, NAJM], "تأجل") == "أحمد نجم"


def test_the_person_himself_after_the_verb_still_speaks() -> None:
    """«وقال سامي العلي إن …» next to the construct: unchanged."""
    assert speaker_of("وقال سامي العلي إن الاجتماع تأجل.", [SAMI], "تأجل") == "سامي العلي"


# 2. a dash opening an aside after a place: no dateline -----------------------------------------------------------
def test_a_place_before_a_relative_aside_between_dashes_speaks() -> None:
    """«إيران - التي تملك … - أكدت أنها …»: the dashes hold a relative clause about the state, its subject; it is no
    dateline (`dash_dateline_end`) and the state speaks."""
    text = "إيران - التي تملك أكبر ترسانة صواريخ في المنطقة - أكدت أنها سترد على أي هجوم."
    assert speaker_of(text, [IRAN], "سترد") == "إيران"


def test_a_place_before_a_pronoun_aside_between_dashes_speaks() -> None:
    """«إيران - وهي الطرف الأقوى - أكدت أنها …»: an aside opened by «وهي» is about the subject, no agency."""
    text = "إيران - وهي الطرف الأقوى في المنطقة - أكدت أنها سترد على أي هجوم."
    assert speaker_of(text, [IRAN], "سترد") == "إيران"


def test_an_agency_between_dashes_is_still_a_dateline() -> None:
    """«بغداد – واع – قالت الحكومة إن …»: unchanged, the government speaks."""
    text = "بغداد – واع – قالت الحكومة إن قواتها ضبطت شحنة من الأسلحة."
    assert speaker_of(text, [BAGHDAD, WAA], "شحنة") == "الحكومة"


# 3. the carrier's clause set between commas --------------------------------------------------------------------
YAWM: Ent = ("اليوم", "unit", "اليوم", ())
FARMING: Ent = ("وزارة الزراعة", "unit", "وزارة الزراعة", ())


def test_a_received_copy_clause_between_commas_is_stepped_over() -> None:
    """«وأوضح بيان لوزارة الزراعة، تلقت «اليوم» نسخة منه، أن …»: the clause set off by commas is stepped over as
    without them; the claim starts after «أن», the paper its source (GUIDELINES 9.6)."""
    text = "وأوضح بيان لوزارة الزراعة، تلقت «اليوم» نسخة منه، أن موسم الحصاد سيبدأ مطلع الشهر المقبل."
    claims, mentions = run(text, [YAWM, FARMING])
    assert claims[0].text == "موسم الحصاد سيبدأ مطلع الشهر المقبل"
    spk, src = claims[0].speaker, claims[0].source
    assert spk is not None and spk.mention is not None and mentions[spk.mention].canonical == "وزارة الزراعة"
    assert src is not None and src.text == "اليوم"


def test_a_statement_a_comma_and_another_verb_is_no_received_copy() -> None:
    """«وأوضح بيان للوزارة، وأكد أن …»: a comma and a verb that is no receiving one change nothing."""
    claims, _ = run("وأوضح بيان للوزارة أن الموسم جيد، وأكد أن موسم الحصاد سيبدأ مطلع الشهر المقبل.")
    assert [c.text for c in claims][:1] == ["الموسم جيد"]


# 4. a dash dateline closed by a colon («أبوجا - رويترز: …») ------------------------------------------------------
ABUJA: Ent = ("أبوجا", "place", "أبوجا", ())
REUTERS: Ent = ("رويترز", "unit", "رويترز", ())
SHARQ: Ent = ("الشرق الأوسط", "unit", "الشرق الأوسط", ())


def test_an_agency_between_a_dash_and_a_colon_is_no_fronted_subject() -> None:
    """«أبوجا - رويترز: أعلنت الحكومة أن …»: the agency closes the dateline with a colon; the government speaks."""
    text = "أبوجا - رويترز: أعلنت الحكومة أن الرئيس عين قائدا جديدا للجيش."
    assert speaker_of(text, [ABUJA, REUTERS], "قائدا") == "الحكومة"


def test_a_quoted_paper_between_a_dash_and_a_colon_does_not_take_a_fronted_source() -> None:
    """«أبوجا - «الشرق الأوسط»: مصادر عسكرية أكدت أن …»: the sources before the verb speak, not the paper."""
    text = "أبوجا - «الشرق الأوسط»: مصادر عسكرية أكدت أن جنديين قتلا في كمين قرب الحدود."
    assert speaker_of(text, [ABUJA, SHARQ], "كمين") == "مصادر عسكرية"


def test_an_agency_dateline_with_a_colon_does_not_take_a_subjectless_verb() -> None:
    """«أبوجا - رويترز: أعلن أن …» after a minister spoke in the paragraph: the agency is no one speaking."""
    text = "وقال سامي العلي إن الاجتماع كان ناجحا. أبوجا - رويترز: أعلن أن الرئيس عين قائدا جديدا للجيش."
    assert speaker_of(text, [SAMI, ABUJA, REUTERS], "قائدا") != "رويترز"


def test_a_persons_colleague_in_the_feminine_speaks_not_the_person() -> None:
    """«وقالت زميلة سامي العلي إن …»: the written ة makes a woman colleague, no «his colleague»; she speaks."""
    claims, _ = run("وقالت زميلة سامي العلي إن الاجتماع تأجل إلى الأسبوع المقبل.", [SAMI])
    spk = claims[0].speaker
    assert spk is not None and spk.mention is None and (spk.text, spk.kind) == ("زميلة سامي العلي", "descriptive")


def test_a_persons_colleague_with_his_pronoun_is_no_feminine_head() -> None:
    """«وقال زميله سامي العلي إن …»: زميله (his colleague) written with ه is followed by the colleague's name."""
    assert speaker_of("وقال زميله سامي العلي إن الاجتماع تأجل.", [SAMI], "تأجل") == "سامي العلي"
