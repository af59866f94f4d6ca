"""Title-phrase coreference with the tagger's mentions (session 15): titles pooled per entity, abbreviated ranks."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name
from tests.nlp.test_entities import _mentions
from tests.nlp.test_title_peeling_s14 import _person

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


def test_an_abbreviated_rank_does_not_cut_the_title_before_it() -> None:
    # the dots of «أ.د.» stopped the ranks' run: neither the rank nor the role title before it was his
    text = "واستنكر مدير جامعة الملك خالد أ.د. عبدالرحمن الداود التفجير الإرهابي."
    m = _person(_mentions(text, {"عبدالرحمن": "PER", "الداود": "PER"}), "عبدالرحمن الداود")
    assert "أ.د." in m.titles
    assert "مدير جامعة الملك خالد" in m.titles
