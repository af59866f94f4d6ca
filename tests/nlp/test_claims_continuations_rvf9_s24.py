"""Continuations to an unnamed phrase, session 24 review fixes (RVF9; issue 13) on CNT2's readers, each shown on
constructed sentences: `continuing.subject_words` takes a bare ي for a construct plural, not the phrase's adjective
(«عدد من ممثلي النقابات»), and ends a count's noun with a pronoun before the object («بعض نوابه قرارات الحكومة»);
`attribution._opens_clause` takes only فإن after a comma closing the source («، حسب شهود عيان، وأن …» is no claim of
the witnesses)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_of

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())
WIZARA: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())


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
