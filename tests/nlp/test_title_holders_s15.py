"""Title-phrase coreference with the tagger's mentions: a title reaches every mention of its entity (session 15)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

PM: Ent = ("سامي العلي", "person", "سامي العلي", ("رئيس الوزراء",))
PM_BARE: Ent = ("العلي", "person", "سامي العلي", ())
SPEAKER: Ent = ("خالد الحسن", "person", "خالد الحسن", ("رئيس البرلمان",))


def test_a_title_reaches_the_entitys_untitled_later_mention() -> None:
    text = (
        "التقى رئيس الوزراء سامي العلي رئيس البرلمان خالد الحسن أمس. "
        "وقال العلي إن اللقاء كان مثمرا. "
        "وأكد الرئيس أن الحكومة ستدعم البرلمان في عمله."
    )
    claims, mentions = run(text, [PM, PM_BARE, SPEAKER])
    assert [speaker_name(c, mentions) for c in claims][-1] == "سامي العلي"
