"""Review of BDP1's `speech.existential_who` (session 26, RVB1; GUIDELINES 9.13 negated cues, 9.34's «لم تعلن أي جهة»
— a negative that says nothing was said is no claim): «وليس هناك من يقول إن …»، «ولا يوجد من يقول إن …» say that no one
says it, so no claim; the existential's other spellings («هنالك»، «يوجد») name an unnamed speaker as «هناك» does.

Each test fails on the code before RVB1 (the negated existential made a claim by «من» or by the last named speaker;
«هنالك»/«يوجد» gave the claim to the last named speaker); the guard pins the positive «وهناك من يقول» as BDP1 left it.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run

ALI: Ent = ("سامي العلي", "person", "سامي العلي", ())
BEFORE = "وقال سامي العلي إن الوضع مستقر. "
WORDS = "الحكومة فشلت في إدارة الأزمة"


def said(text: str) -> list[tuple[str, str] | None]:
    """The speaker phrase and kind of each claim whose words are WORDS."""
    claims, _ = run(text, [ALI])
    return [None if c.speaker is None else (c.speaker.text, c.speaker.kind) for c in claims if c.text == WORDS]


def test_a_negated_existential_before_who_says_is_no_claim() -> None:
    """«وليس هناك من يقول إن …»، «ولا يوجد من يقول إن …»: no one says it — no claim (a negated cue reports no
    content, 9.13; «لم تعلن أي جهة مسؤوليتها»: no claim)."""
    for lead in ("وليس هناك من يقول إن", "ولا يوجد من يقول إن", "فلا أحد يقول إن", "ليس هنالك من يرى أن"):
        assert said(f"{BEFORE}{lead} {WORDS}.") == [], lead


def test_the_existential_s_other_spellings_name_an_unnamed_speaker() -> None:
    """«وهنالك من يرى أن …»، «ويوجد من يقول إن …»: someone unnamed, as «وهناك من يقول» (train-a 345 c4)."""
    for lead in ("وهنالك من يرى أن", "ويوجد من يقول إن"):
        assert said(f"{BEFORE}{lead} {WORDS}.") == [("من", "anonymous")], lead


def test_guard_there_are_those_who_say_stays_an_unnamed_speaker() -> None:
    """Guard: «وهناك من يقول إن …» and «وثمة من يرى أن …» keep BDP1's «من», anonymous."""
    for lead in ("وهناك من يقول إن", "وثمة من يرى أن"):
        assert said(f"{BEFORE}{lead} {WORDS}.") == [("من", "anonymous")], lead


def test_there_are_those_who_say_after_a_comma_and_a_connector_ends_the_clause_before() -> None:
    """«وقال X إن …، فيما هناك من يرى أن …»: the existential subject between the connector and the cue still opens the
    narrator's next clause, as «، فيما يقول محللون إن» does (`Article.narrator_position`); fails before RVB1 (X's claim
    ran over it: «الوضع مستقر، فيما هناك من يرى أن …», one claim)."""
    for link in ("فيما", "بينما", "لكن"):
        claims, _ = run(f"وقال سامي العلي إن الوضع مستقر، {link} هناك من يرى أن {WORDS}.", [ALI])
        assert [(c.text, c.speaker.text if c.speaker else None) for c in claims] == [
            ("الوضع مستقر", "سامي العلي"),
            (WORDS, "من"),
        ], link
