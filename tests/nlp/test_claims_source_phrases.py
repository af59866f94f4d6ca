"""Source phrases kept whole past an affiliation and a vague adjective (issue 13): each row fails without its rule."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

INTERIOR: Ent = ("وزارة الداخلية", "unit", "وزارة الداخلية", ())


@pytest.mark.parametrize(
    ("text", "ents", "phrase"),
    [
        # the body after التابع belongs to the phrase, it is not the outlet the words were said to
        (
            "وقال مسؤول بقطاع السجون التابع لوزارة الداخلية إن السجناء نقلوا.",
            [INTERIOR],
            "مسؤول بقطاع السجون التابع لوزارة الداخلية",
        ),
        # خاص says nothing of who the source is, but belongs to its phrase
        ("وقال مصدر خاص إن الاجتماع تأجل.", [], "مصدر خاص"),
    ],
)
def test_source_phrases_keep_their_affiliation_and_adjectives(text: str, ents: list[Ent], phrase: str) -> None:
    claims, _ = run(text, ents)
    sp = claims[0].speaker
    assert sp is not None and sp.text == phrase


def test_a_participle_goes_to_the_subject_of_its_own_sentence() -> None:
    """«واستنكرت الوزارة تصريحات خالد المصري، معتبرة»: the ministry speaks, not the person it answered."""
    ents: list[Ent] = [
        ("سامي العلي", "person", "سامي العلي", ()),
        ("وزارة الخارجية", "unit", "وزارة الخارجية", ()),
        ("خالد المصري", "person", "خالد المصري", ()),
    ]
    text = (
        "وقال سامي العلي إن الوضع صعب جدا. "
        "واستنكرت وزارة الخارجية تصريحات خالد المصري أمس، معتبرة أنها تعد تعديا على السيادة الوطنية."
    )
    claims, ms = run(text, ents)
    assert [speaker_name(c, ms) for c in claims] == ["سامي العلي", "وزارة الخارجية"]
