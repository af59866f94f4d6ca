"""The unnamed subject after the verb, session 24 SUBJ1 (issue 13), each shown on constructed sentences: a broken
plural of a people's adjective (عرب، أجانب، أكراد: data/broken_nisbas.txt, `vocab.nisba_adjective`) describes the
noun before it as a nisba does, so the definite noun after it is the verb's object, not the subject's."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, speaker_of

SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ())


def test_a_broken_plural_nisba_ends_the_subject_before_the_object() -> None:
    """«وانتقد مراقبون عرب وأجانب الانتخابات الأخيرة، مؤكدين»: «عرب وأجانب» describe the observers; «الانتخابات» is
    what they criticised."""
    text = (
        "وقال سامي العلي إن النتائج نهائية. وانتقد مراقبون عرب وأجانب الانتخابات الأخيرة، مؤكدين أن الفرز شابته أخطاء."
    )
    assert speaker_of(text, [SAMI], "الفرز") == "مراقبون عرب وأجانب"
    text = "وقال سامي العلي إن النتائج نهائية. ورفض مسؤولون أكراد التعديلات المقترحة، مؤكدين أن الدستور لا يسمح بها."
    assert speaker_of(text, [SAMI], "الدستور") == "مسؤولون أكراد"
