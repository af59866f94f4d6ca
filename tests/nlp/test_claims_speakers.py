"""Unnamed speakers kept whole and continued rightly (issue 13): each row fails without its rule."""

from __future__ import annotations

import pytest

from tests.nlp.test_claims import Ent, run, speaker_name

MUKHA: Ent = ("المخا", "place", "المخا", ())
MOSUL: Ent = ("الموصل", "place", "الموصل", ())
ALI: Ent = ("سامي العلي", "person", "سامي العلي", ())


@pytest.mark.parametrize(
    ("text", "ents", "phrase"),
    [
        # an indefinite source head governs the definite noun after it
        ("وقال أحد السكان إن الانتخابات لم تكن نزيهة.", [], "أحد السكان"),
        ("وذكرت وسائل الإعلام الإسرائيلية أن الكنيست صوت لصالح القانون.", [], "وسائل الإعلام الإسرائيلية"),
        # a place named with its kind (مديرية، مدينة) qualifies the source
        ("وقالت مصادر محلية في مديرية المخا إن الغارات استهدفت معسكرا.", [MUKHA], "مصادر محلية في مديرية المخا"),
        # …and so does an adjective after the place, outside its name
        (
            "وقالت مصادر مطلعة في مدينة الموصل العراقية إن التنظيم أعدم عشرة من عناصره.",
            [MOSUL],
            "مصادر مطلعة في مدينة الموصل العراقية",
        ),
        # sources joined by و speak together
        ("وقال مسعفون ومصدر عسكري إن خمسة جنود قتلوا في الانفجار.", [], "مسعفون ومصدر عسكري"),
        ("وذكرت مصادر عسكرية وسكان أن تسعة مسلحين قتلوا ليلا.", [], "مصادر عسكرية وسكان"),
    ],
)
def test_source_phrases_are_kept_whole(text: str, ents: list[Ent], phrase: str) -> None:
    claims, _ = run(text, ents)
    sp = claims[0].speaker
    assert sp is not None and sp.text == phrase and sp.mention is None


def test_unnamed_words_after_a_participle_are_its_object() -> None:
    """«…، داعياً دول الجوار إلى»: the participle's speaker is the sentence's, not the group it calls on."""
    text = "قال سامي العلي إن الوضع مستقر في المحافظات، داعيا دول الجوار إلى التعاون الكامل مع الحكومة."
    claims, ms = run(text, [ALI])
    assert len(claims) == 2
    assert [speaker_name(c, ms) for c in claims] == ["سامي العلي", "سامي العلي"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a source introduced where it said nothing is the one «المصادر» points back at
        (
            "وتحدثت مصادر عسكرية يمنية عن تقدم كبير للقوات. وقالت المصادر إن الحوثيين انسحبوا من المدينة.",
            "مصادر عسكرية يمنية",
        ),
        # the source written last wins over an earlier one that spoke
        (
            "وقال مصدر أمني إن الهجوم فشل في الصباح. وتحدثت مصادر طبية عن سقوط قتلى. "
            "وقالت المصادر إن المستشفى استقبل عشرين جريحا.",
            "مصادر طبية",
        ),
    ],
)
def test_a_definite_source_noun_points_back_at_the_phrase_written_before(text: str, speaker: str) -> None:
    claims, _ = run(text)
    last = claims[-1].speaker
    assert last is not None and last.text == speaker and last.kind == "descriptive"
