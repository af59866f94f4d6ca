"""The heads of speaker chains, session 19 (issue 13): a subordinate clause opening the sentence before the verb.

The first test fails without `continuing.adverbial_clause_end`.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

SENATE: Ent = ("مجلس الشيوخ الأميركي", "unit", "مجلس الشيوخ الأميركي", ())


def test_the_subject_after_an_opening_clause_goes_on() -> None:
    """«في الوقت الذي وافق فيه مجلس الشيوخ …، قدّر عدد من الخبراء …. ونفوا»: the main clause starts after the comma,
    so the plural cue goes back to its unnamed subject, not to the body named in the clause (the first-claim
    fallback)."""
    text = (
        "في الوقت الذي وافق فيه مجلس الشيوخ الأميركي على رفع الحظر، قدّر عدد من الخبراء النفطيين حجم الفوائض. "
        "ونفوا وجود أي تأثيرات ملموسة على الأسواق."
    )
    claims, mentions = run(text, [SENATE])
    assert speaker_name(claims[-1], mentions) == "عدد من الخبراء النفطيين"


def test_a_short_adverbial_still_opens_the_clause() -> None:
    """«من جهتهم، قدّر عدد من الخبراء …. ونفوا»: the short adverbial before the comma is read as before (guard)."""
    text = "من جهتهم، قدّر عدد من الخبراء النفطيين حجم الفوائض. ونفوا وجود أي تأثيرات ملموسة على الأسواق."
    claims, mentions = run(text, [SENATE])
    assert speaker_name(claims[-1], mentions) == "عدد من الخبراء النفطيين"
