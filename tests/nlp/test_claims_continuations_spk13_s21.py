"""Continuations, session 21 (SPK13; issue 13): fail without continuing.passing_name (a person named in passing after
a preposition keeps no unnamed speaker's continuation) and the feminine verb-and-cue pair in source_after
(«أدانت دول …، مؤكدة»: a broken plural agrees in the feminine singular)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, speaker_of

SALEH: Ent = ("علي عبد الله صالح", "person", "علي عبد الله صالح", ("الرئيس المخلوع",))


def test_a_person_named_after_a_preposition_does_not_take_the_unnamed_speakers_continuation() -> None:
    """459: «وكان قائد عسكري ميداني قال … . واندلعت مواجهات … الموالية للرئيس المخلوع علي عبد الله صالح … . وأشار»."""
    text = (
        "وكان قائد عسكري ميداني يمني قال لبي بي سي إن القوات سيطرت على مدرج المطار. "
        "واندلعت مواجهات عنيفة بين القوات الحكومية والمتمردين المدعومين بقوات الحرس الجمهوري الموالية للرئيس "
        "المخلوع علي عبد الله صالح في منطقة مساكن الطيارين. وأشار إلى أن العشرات من المتمردين قتلوا."
    )
    assert speaker_of(text, [SALEH], "العشرات").startswith("قائد عسكري")


def test_a_feminine_verb_and_participle_go_back_to_the_broken_plural_source_between() -> None:
    """«وأدانت دول عربية وغربية الحادثة، ووصفتها بالعمل الجبان، مؤكدة»: the verb's subject speaks, not the prince."""
    prince: Ent = ("محمد بن نايف", "person", "محمد بن نايف", ("الأمير",))
    text = (
        "وأكد الأمير محمد بن نايف أن التحقيقات مستمرة. وأدانت دول عربية وغربية الحادثة، ووصفتها بالعمل الجبان، "
        "مؤكدة وقوفها التام مع السعودية في حربها ضد الإرهاب."
    )
    assert speaker_of(text, [prince], "وقوفها").startswith("دول عربية")
