"""Continuations to an unnamed phrase, session 24 (CNT2; issue 13): the phrase a continuation goes back to was never
read as a speaker. Each test fails without its rule: `attribution._opens_clause` (a comma between the source and
فإن), `continuing.verb_particle` (a particle before the verb opening the sentence), `continuing.subject_words`'s
`described` (a definite noun after the phrase's adjective) and `counted` (a count's noun with a pronoun)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_of

MAJLIS: Ent = ("المجلس الوطني", "unit", "المجلس الوطني", ())
SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())


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
