"""An unnamed speaker's phrase run on past the rules' end (session 11, issue 13): each fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name


def speakers(text: str) -> list[str]:
    """The speaker phrases of the text's claims, gold mentions none."""
    claims, _ = run(text, [])
    return [c.speaker.text for c in claims if c.speaker is not None]


def test_a_vague_source_keeps_the_words_up_to_its_complement() -> None:
    assert speakers("وقال مسؤولون أتراك إن الغارات استهدفت مواقع المسلحين.") == ["مسؤولون أتراك"]


def test_a_vague_source_stops_before_who_was_told() -> None:
    text = "وقالت مصادر داخل النادي الأحمر لصحيفة «الأهرام» إن الصفقة اكتملت."
    assert speakers(text) == ["مصادر داخل النادي الأحمر"]


def test_a_vague_source_stops_before_a_time_word() -> None:
    assert speakers("وقال مسؤولون أتراك أمس إن الغارات استهدفت مواقع المسلحين.") == ["مسؤولون أتراك"]


def test_a_clause_of_more_than_a_few_words_stays_out_of_the_phrase() -> None:
    text = "وقال مسؤولون يعملون منذ سنوات طويلة جدا هناك إن الغارات استهدفت مواقع المسلحين."
    assert speakers(text) == ["مسؤولون"]


def test_a_genitive_lam_stays_in_the_phrase_an_addressee_does_not() -> None:
    assert speakers("وقالت القوات التابعة لحكومة الثني إن الناقلة كانت تحمل أسلحة.") == ["القوات التابعة لحكومة الثني"]
    assert speakers("وقال مسؤولون أتراك للصحافيين إن الناقلة كانت تحمل أسلحة.") == ["مسؤولون أتراك"]


def test_a_lone_definite_group_noun_heading_a_body_named_before_is_that_body() -> None:
    institute: Ent = ("معهد العلوم والأمن الدولي", "unit", "معهد العلوم والأمن الدولي", ())
    text = "نشر معهد العلوم والأمن الدولي صورا جديدة. وقال المعهد إن الصور لا تدعم الرواية."
    claims, ms = run(text, [institute])
    assert [speaker_name(c, ms) for c in claims] == ["معهد العلوم والأمن الدولي"]
