"""Bodies that speak under their bare head noun, session 17 (issue 13): each test fails without its change."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

# The entity keeps the short name (the canonical the tagger's pipeline chose for «وزارة الداخلية التونسية»), while
# the article writes the ministry in full.
INTERIOR: Ent = ("وزارة الداخلية التونسية", "unit", "الداخلية التونسية", ())


def test_a_bare_noun_is_the_body_written_in_full_under_a_shorter_canonical_name() -> None:
    # «الوزارة» is the ministry written «وزارة الداخلية التونسية», though its entity's name opens with الداخلية
    text = (
        "أعلنت وزارة الداخلية التونسية أمس أن قوات الأمن اعتقلت ستة عشر شخصا في بنزرت."
        " واوضحت الوزارة انه تم ضبط نحو عشر قطع سلاح ومتفجرات في المنزل."
    )
    claims, ms = run(text, [INTERIOR])
    assert speaker_name(claims[-1], ms) == "الداخلية التونسية"


def test_a_bare_noun_before_the_body_is_the_one_written_later_with_that_head() -> None:
    # read forward (as «الوزارة» before «وزارة الصحة»): the noun opens the name as written, not its canonical
    text = (
        "وقالت الوزارة إن قوات الأمن اعتقلت ستة عشر شخصا في بنزرت."
        " وكانت وزارة الداخلية التونسية قد أعلنت أمس عن العملية في المدينة."
    )
    claims, ms = run(text, [INTERIOR])
    assert speaker_name(claims[0], ms) == "الداخلية التونسية"
