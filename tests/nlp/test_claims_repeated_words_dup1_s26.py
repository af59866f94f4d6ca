"""A body claim told again in a later paragraph is a second claim; a headline's line told again stays one (session 26,
DUP1; gold keeps every occurrence of a repeated body claim, GUIDELINES §8 `quote_at`).

The first two tests fail on the code before (the later paragraph's claim was dropped as a repeat of the earlier one's
words); the last two guard what stays one claim: a link line repeating the headline (9.25.4: no claim) and the same
words twice inside one paragraph.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

SPOKESMAN: Ent = ("سامي العلي", "person", "سامي العلي", ("المتحدث",))
MINISTER: Ent = ("خالد الحسن", "person", "خالد الحسن", ("الوزير",))
WORDS = "البلدية أنهت أعمال صيانة الطريق الرئيسي قبل موعدها"


def spoken(text: str, ents: list[Ent], words: str) -> list[str | None]:
    """The speakers of the claims whose words are `words`, in text order."""
    claims, mentions = run(text, ents)
    return [speaker_name(c, mentions) for c in claims if c.text == words]


def test_a_paragraph_written_twice_keeps_both_claims() -> None:
    para = f"وأفاد المتحدث الرسمي للبلدية سامي العلي بأن {WORDS}."
    text = f"افتتاح الطريق الجديد في المدينة\n{para}\nوشهد الافتتاح حضور عدد من المسؤولين.\n{para}"
    assert spoken(text, [SPOKESMAN], WORDS) == ["سامي العلي", "سامي العلي"]


def test_a_quote_told_again_in_a_later_paragraph_by_another_speaker_is_his_claim() -> None:
    text = (
        "افتتاح الطريق الجديد في المدينة\n"
        f"وقال المتحدث الرسمي للبلدية سامي العلي إن {WORDS}.\n"
        f"من جهته، أكد الوزير خالد الحسن أن {WORDS}."
    )
    assert spoken(text, [SPOKESMAN, MINISTER], WORDS) == ["سامي العلي", "خالد الحسن"]


def test_a_link_line_repeating_the_headline_stays_one_claim() -> None:
    head = "المتحدث سامي العلي يعلن «افتتاح الطريق الجديد» في المدينة"
    text = f"{head}\nوقال المتحدث سامي العلي إن العمل استمر عامين.\nرابط الخبر بصحيفة الوئام: {head}"
    assert len(spoken(text, [SPOKESMAN], "افتتاح الطريق الجديد")) == 1


def test_the_same_words_twice_in_one_paragraph_stay_one_claim() -> None:
    text = f"افتتاح الطريق الجديد في المدينة\nوقال المتحدث سامي العلي إن {WORDS}، وأكد المتحدث سامي العلي أن {WORDS}."
    assert len(spoken(text, [SPOKESMAN], WORDS)) == 1
