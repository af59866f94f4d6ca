"""An addressee or a source's patron taken for the speaker, session 23 (ADR1, RV8's findings; issue 13). A title glued
to ل right after the cue is who was told, and the name after it never speaks (GUIDELINES §6: zones._addressee_title);
«مصدر مقرب لـ X» ties the source to X by ل as «مقرب من X» does, X's title and name inside its phrase (9.13:
qualifiers.tied_to, tying, tie_title). Each test fails at the base commit 5e2a8f9."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, names

SISI: Ent = ("السيسي", "person", "عبد الفتاح السيسي", ())
KERRY: Ent = ("جون كيري", "person", "جون كيري", ())
OBAMA: Ent = ("باراك أوباما", "person", "باراك أوباما", ())
ABADI: Ent = ("حيدر العبادي", "person", "حيدر العبادي", ("رئيس الوزراء",))
FIRST = "وأكد السيسي أن الوضع مستقر. "


@pytest.mark.parametrize(
    ("said", "ents"),
    [
        ("وقال لوزير الخارجية الأمريكي جون كيري إن مصر ملتزمة بالاتفاق.", [SISI, KERRY]),
        ("وأكد لنظيره الأمريكي باراك أوباما أن مصر ملتزمة بالاتفاق.", [SISI, OBAMA]),
        ("وقال للرئيس الأمريكي باراك أوباما إن مصر ملتزمة بالاتفاق.", [SISI, OBAMA]),
    ],
)
def test_a_title_glued_to_lam_after_the_cue_is_the_addressee(said: str, ents: list[Ent]) -> None:
    """«وقال لوزير الخارجية الأمريكي جون كيري إن …»: Kerry is told, the continuing speaker السيسي speaks (§6)."""
    assert names(FIRST + said, ents) == ["عبد الفتاح السيسي", "عبد الفتاح السيسي"]


def test_the_named_speaker_before_the_addressee_still_speaks() -> None:
    """«وقال السيسي لوزير الخارجية … جون كيري إن»: the subject stays the speaker (a guard)."""
    text = "وقال السيسي لوزير الخارجية الأمريكي جون كيري إن مصر ملتزمة بالاتفاق."
    assert names(text, [SISI, KERRY]) == ["عبد الفتاح السيسي"]


def test_a_title_inside_the_speakers_title_is_no_addressee() -> None:
    """«المستشار الإعلامي لرئيس الوزراء أحمد علي»: ل inside an open title ties it to its holder's patron (a guard)."""
    ali: Ent = ("أحمد علي", "person", "أحمد علي", ())
    text = "وقال المستشار الإعلامي لرئيس الوزراء أحمد علي إن الحكومة ستستقيل."
    assert names(text, [ali]) == ["أحمد علي"]


@pytest.mark.parametrize(
    "phrase",
    [
        "مصدر مقرب لرئيس الوزراء حيدر العبادي",
        "مصدر مقرب من رئيس الوزراء حيدر العبادي",
        "مصادر موالية لرئيس الوزراء حيدر العبادي",
    ],
)
def test_a_source_close_to_a_named_person_is_descriptive(phrase: str) -> None:
    """«وقال مصدر مقرب لرئيس الوزراء حيدر العبادي إن …»: the source speaks, العبادي inside its phrase (9.13)."""
    assert names(f"وقال {phrase} إن الحكومة ستستقيل.", [ABADI]) == [phrase]
