"""Speakers a continuation used to take, session 13 (issue 13): each test fails without its rule."""

from __future__ import annotations

from app.nlp.claims.continuing import feminine_past
from app.nlp.normalize import normalize
from tests.nlp.test_claims import Ent, run, speaker_name

OCHOA: Ent = ("أوشوا", "person", "أورلاندو أوشوا", ())
KARIM: Ent = ("كريم", "person", "كريم", ())
LEAGUE: Ent = ("رابطة المزارعين", "unit", "رابطة المزارعين", ())
COUNCIL: Ent = ("المجلس الوطني", "unit", "المجلس الوطني", ())
ARAB_LEAGUE: Ent = ("الجامعة العربية", "unit", "الجامعة العربية", ())
REHAM: Ent = ("ريهام صبيحة", "person", "ريهام صبيحة", ())
FRONT: Ent = ("الجبهة الشعبية", "unit", "الجبهة الشعبية", ())


def test_a_statement_with_no_issuer_speaks_for_the_last_body() -> None:
    """«ولفت التقرير» with no issuer known: the last body that spoke, not the person who spoke after it."""
    text = "وقالت رابطة المزارعين إن المحصول ضعيف. وقال كريم إن الأسعار ترتفع. ولفت التقرير إلى أن الجفاف طال الحقول."
    claims, mentions = run(text, [LEAGUE, KARIM])
    assert speaker_name(claims[-1], mentions) == "رابطة المزارعين"


def test_a_statement_with_no_body_before_keeps_the_speaker() -> None:
    """No body has spoken: the statement keeps the previous speaker, as before."""
    text = "وقال كريم إن الأسعار ترتفع. ولفت التقرير إلى أن الجفاف طال الحقول."
    claims, mentions = run(text, [KARIM])
    assert speaker_name(claims[-1], mentions) == "كريم"


def test_a_feminine_cue_goes_to_the_body_after_the_feminine_verb_before() -> None:
    """«وتبنت الجبهة الشعبية الهجوم …. وقالت»: one feminine subject for both verbs, not the last speaker."""
    text = "وقال أوشوا إن الهجوم وقع فجرا. وتبنت الجبهة الشعبية الهجوم على القافلة أمس. وقالت إن العملية رد على الحصار."
    claims, mentions = run(text, [OCHOA, FRONT])
    assert speaker_name(claims[-1], mentions) == "الجبهة الشعبية"


def test_a_masculine_cue_does_not_go_to_the_body_before() -> None:
    """«وعقدت الجبهة الشعبية …. وأضاف»: no feminine pair, the previous speaker goes on."""
    text = "وقال أوشوا إن الهجوم وقع فجرا. وعقدت الجبهة الشعبية اجتماعا أمس. وأضاف إن العملية رد على الحصار."
    claims, mentions = run(text, [OCHOA, FRONT])
    assert speaker_name(claims[-1], mentions) == "أورلاندو أوشوا"


def test_an_opening_verb_that_made_no_claim_gives_its_subject() -> None:
    """«أعرب المجلس الوطني في رسالته عن الارتياح …، مؤكدا»: the opening verb is a cue that made no claim of its
    own; its subject speaks the participle later in the sentence, not the previous speaker."""
    text = (
        "وقال أوشوا إن الزيارة ناجحة. أعرب المجلس الوطني في رسالته عن الارتياح لمستوى الدعم في كل المناطق "
        "الزراعية، مؤكدا أن الموسم سيتحسن."
    )
    claims, mentions = run(text, [OCHOA, COUNCIL])
    assert speaker_name(claims[-1], mentions) == "المجلس الوطني"


def test_a_name_after_an_accusative_participle_is_its_object() -> None:
    """«داعيا الجامعة العربية إلى»: the body after the participle is whom it calls on, not a speaker named at the cue
    (basis `cont`, not `named`); the clause's speaker goes on."""
    text = (
        "وفيما يرى مراقبون أن الغزو أحبط مشروع النهوض العربي، أشار أوشوا إلى إمكانية بلورة موقف عربي موحد يضمن "
        "أمن المنطقة، داعيا الجامعة العربية إلى دعم هذا التوجه، بقرارات تتخذها القمة."
    )
    claims, mentions = run(text, [OCHOA, ARAB_LEAGUE])
    assert claims[-1].cue == "داعيا" and claims[-1].basis.startswith("cont")
    assert speaker_name(claims[-1], mentions) == "أورلاندو أوشوا"


def test_a_headline_subject_before_its_verb_speaks() -> None:
    """«البلديات تشدد على …» as the headline: the words opening it before the cue are its subject."""
    text = "البلديات تشدد على الالتزام بضوابط اللائحة\nوقال أوشوا إن اللائحة واضحة."
    claims, _ = run(text, [OCHOA])
    sp = claims[0].speaker
    assert sp is not None and sp.text == "البلديات" and sp.mention is None


def test_the_body_does_not_go_on_from_the_headline_speaker() -> None:
    """The first continuation of the body goes to the person named before it, not to the headline's speaker."""
    text = (
        "مختصون يطالبون بتشكيل فريق اجتماعي للأسر\n"
        "تعمل الأخصائية ريهام صبيحة في المنطقة منذ سنوات.\n"
        "وأضافت أن الإرهاب يستهدف المجتمع."
    )
    claims, mentions = run(text, [REHAM])
    assert claims[0].speaker is not None and claims[0].speaker.text == "مختصون"
    assert speaker_name(claims[-1], mentions) == "ريهام صبيحة"


def test_an_appeal_verb_joined_to_a_claim_of_its_sentence_goes_on_with_its_speaker() -> None:
    """«أكد أوشوا أن …، وطالب رابطة المزارعين بالاستمرار»: the body after the joined appeal verb is whom he calls on."""
    text = "أكد أوشوا أن المحصول ضعيف هذا العام، وطالب رابطة المزارعين بالاستمرار في دعم الحقول."
    claims, mentions = run(text, [OCHOA, LEAGUE])
    assert claims[-1].cue == "وطالب"
    assert speaker_name(claims[-1], mentions) == "أورلاندو أوشوا"


def test_an_appeal_verb_opening_its_sentence_keeps_its_subject() -> None:
    """«وطالبت رابطة المزارعين بالاستمرار» in a sentence of its own: the body after the verb is its subject."""
    text = "أكد أوشوا أن المحصول ضعيف هذا العام. وطالبت رابطة المزارعين بالاستمرار في دعم الحقول."
    claims, mentions = run(text, [OCHOA, LEAGUE])
    assert speaker_name(claims[-1], mentions) == "رابطة المزارعين"


def test_a_masculine_verb_whose_root_ends_in_t_is_no_feminine_pair() -> None:
    """«وصوت المجلس الوطني …. وقالت»: صوّت is masculine (its root ends in ت); the feminine cue is no pair with it
    and the previous (feminine) speaker goes on."""
    text = "وقالت ريهام صبيحة إن الهجوم وقع فجرا. وصوت المجلس الوطني على القرار أمس. وقالت إن العملية رد على الحصار."
    claims, mentions = run(text, [REHAM, COUNCIL])
    assert speaker_name(claims[-1], mentions) == "ريهام صبيحة"


def test_feminine_past_tells_a_root_final_t_from_the_feminine_ending() -> None:
    """تبنت، وصوتت: feminine past; صوّت، وأثبت، بتّ، سكت: masculine verbs whose root ends in ت."""
    assert all(feminine_past(normalize(w)) for w in ("تبنت", "وصوتت", "وأثبتت", "واعترفت"))
    assert not any(feminine_past(normalize(w)) for w in ("صوّت", "وأثبت", "بتّ", "وبت", "سكت"))
