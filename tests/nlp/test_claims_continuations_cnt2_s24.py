"""Continuations to an unnamed phrase, session 24 (CNT2; issue 13): the phrase a continuation goes back to was never
read as a speaker. Each test fails without its rule: `attribution._opens_clause` (a comma between the source and
فإن), `continuing.verb_particle` (a particle before the verb opening the sentence), `continuing.subject_words`'s
`described` (a definite noun after the phrase's adjective) and `counted` (a count's noun with a pronoun). RVF9's review
of those readers: `subject_words` takes a bare ي for a construct plural, not the phrase's adjective («عدد من ممثلي
النقابات»), and ends a count's noun with a pronoun before the object («بعض نوابه قرارات الحكومة»); `_opens_clause`
takes only فإن after a comma closing the source («، حسب شهود عيان، وأن …» is no claim of the witnesses)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_of

MAJLIS: Ent = ("المجلس الوطني", "unit", "المجلس الوطني", ())
SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
WIZARA: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())


def test_an_attribution_after_a_comma_with_a_comma_before_fainna_is_a_claim() -> None:
    """«…، ووفقا لمسؤول رفيع، فإن …، مؤكدا»: the attribution, a comma between its source and فإن, is the official's
    claim, and the participle after it goes on with him, not with the body named before."""
    text = (
        "وبعد أن صادق المجلس الوطني على القانون، بدأت المفاوضات في العاصمة أمس، ووفقا لمسؤول رفيع، فإن الحكومة "
        "تريد إنهاء المفاوضات قبل نهاية الشهر، مؤكدا أن الميزانية ستعرض على المجلس الوطني الأسبوع المقبل."
    )
    claims, _ = run(text, [MAJLIS])
    said = next(c for c in claims if "إنهاء المفاوضات" in c.text)
    assert said.speaker is not None and said.speaker.text == "مسؤول رفيع"
    assert speaker_of(text, [MAJLIS], "الميزانية") == "مسؤول رفيع"


def test_a_source_after_kama_and_the_verb_opening_the_sentence_takes_the_participle() -> None:
    """«كما استنكرت دول عربية وغربية الهجوم، …، مؤكدة»: the source after the verb after كما is its subject (as with no
    particle), not the person whose claim came before; its phrase stops before the object «الهجوم»."""
    text = (
        "وقال سامي العلي إن الهجوم إرهابي. كما استنكرت دول عربية وغربية الهجوم، ووصفته بالعمل الجبان، مؤكدة "
        "وقوفها مع الحكومة في حربها على الإرهاب."
    )
    assert speaker_of(text, [SAMI], "وقوفها") == "دول عربية وغربية"


def test_a_source_after_a_negation_opening_the_sentence_takes_the_participle() -> None:
    """«ولم تخف جماعات حقوقية قلقها …، مؤكدة»: the same after a negation particle."""
    text = "وقال سامي العلي إن الانتخابات نزيهة. ولم تخف جماعات حقوقية قلقها من الاعتقالات، مؤكدة أن المعتقلين أبرياء."
    assert speaker_of(text, [SAMI], "أبرياء") == "جماعات حقوقية"


def test_a_count_keeps_its_noun_with_a_pronoun() -> None:
    """«وقد عكف بعض أصدقائه على …، وخلصوا إلى أن»: the count's noun carries a pronoun and is still the subject's."""
    text = (
        "وقال سامي العلي إنه لم يقرر بعد. وقد عكف بعض أصدقائه على دراسة الخيارات المتاحة أمامه، وخلصوا إلى أنه من "
        "الأفضل التركيز على عمله."
    )
    assert speaker_of(text, [SAMI], "الأفضل") == "بعض أصدقائه"


def test_a_construct_plural_in_bare_ya_is_no_adjective_before_its_genitive() -> None:
    """«واستنكر عدد من ممثلي النقابات المهنية القرار، مؤكدين»: ممثلي governs «النقابات»; a definite noun after a bare
    ي is its genitive, not the verb's object after an adjective."""
    text = (
        "وقال سامي العلي إن القرار نهائي. واستنكر عدد من ممثلي النقابات المهنية القرار الجديد، مؤكدين أن الأجور "
        "لا تكفي."
    )
    assert speaker_of(text, [SAMI], "الأجور") == "عدد من ممثلي النقابات المهنية"


def test_two_construct_plurals_joined_keep_their_genitive() -> None:
    """«وانتقد مشايخ وأهالي البلدة تأخر السد، مؤكدين»: «وأهالي» with و, then its genitive «البلدة»."""
    text = "وقال سامي العلي إن السد سيفتتح قريبا. وانتقد مشايخ وأهالي البلدة تأخر السد، مؤكدين أن المياه لم تصل إليهم."
    assert speaker_of(text, [SAMI], "المياه") == "مشايخ وأهالي البلدة"


def test_a_counted_noun_with_a_pronoun_closes_the_phrase_before_the_object() -> None:
    """«وانتقد بعض نوابه قرارات الحكومة، مؤكدين»: the noun with a pronoun is definite, what follows is the object,
    definite or not."""
    text = "وقال سامي العلي إنه سيترشح. وانتقد بعض نوابه قرارات الحكومة الأخيرة، مؤكدين أن التوقيت خاطئ."
    assert speaker_of(text, [SAMI], "التوقيت") == "بعض نوابه"
    text = "وقال سامي العلي إنه سيترشح. ورفض بعض مساعديه خطة جديدة للحزب، مؤكدين أن التوقيت خاطئ."
    assert speaker_of(text, [SAMI], "التوقيت") == "بعض مساعديه"


def test_waanna_after_an_attribution_closed_by_a_comma_is_no_claim_of_its_source() -> None:
    """«أعلنت الوزارة أن …، بحسب مصادر طبية، وأن …»: «وأن» is the first verb's second complement; only فإن opens a
    clause of the attribution's own after the comma closing its source."""
    text = "وأعلنت وزارة الصحة في بيان أن الإصابات تراجعت خلال الأسبوع، بحسب مصادر طبية، وأن المستشفيات عادت إلى عملها."
    claims, _ = run(text, [WIZARA])
    assert claims and not any(c.speaker is not None and "مصادر" in c.speaker.text for c in claims)
