"""Span rules of session 15 on the tagger's spans: a head with only describing adjectives names no unit (9.8)."""

from __future__ import annotations

from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences
from tests.nlp.tagging import QALA_TAGGER_OFF, qala_mentions


def test_a_generic_head_with_a_force_adjective_is_no_mention() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    text = "وقال إن القوات العسكرية جاهزة تماما ."
    assert qala_mentions(text, tags) == []
    off = frozenset({"descriptive_only"})
    assert qala_mentions(text, tags, without=off) == [("القوات العسكرية", "unit")]


def test_an_organ_named_by_its_function_alone_is_no_mention() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert qala_mentions("وقال عضو اللجنة المركزية إن الوضع صعب .", tags) == []
    assert qala_mentions("وقالت اللجنة التنفيذية إن الوضع صعب .", tags[1:]) == []
    off = frozenset({"descriptive_only"})
    assert qala_mentions("وقالت اللجنة التنفيذية إن الوضع صعب .", tags[1:], without=off) == [
        ("اللجنة التنفيذية", "unit")
    ]


def test_a_describing_adjective_before_a_nisba_keeps_the_unit() -> None:
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert qala_mentions("وقالت القوات المسلحة السعودية إنها مستعدة .", tags) == [("القوات المسلحة السعودية", "unit")]


def test_a_force_adjective_after_a_head_that_is_not_generic_keeps_the_unit() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert qala_mentions("وقالت الشرطة العسكرية إنها مستعدة .", tags) == [("الشرطة العسكرية", "unit")]


def test_a_dual_head_names_two_bodies() -> None:
    text = "وتحول الأموال إلى وزارتي الدفاع والداخلية حسب التبعية ."
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert qala_mentions(text, tags) == [("وزارتي الدفاع", "unit"), ("الداخلية", "unit")]
    off = frozenset({"split_dual"})
    assert qala_mentions(text, tags, without=off) == [("وزارتي الدفاع والداخلية", "unit")]
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    assert qala_mentions("وأخفق الاتفاق بين حركتي فتح وحماس .", tags) == [("حركتي فتح", "unit"), ("حماس", "unit")]


def test_an_adjective_coordinated_inside_a_dual_name_stays_in_it() -> None:
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    text = "وقررت وزارتي الشؤون البلدية والقروية ذلك أمس ."
    assert qala_mentions(text, tags)[0] == ("وزارتي الشؤون البلدية والقروية", "unit")


def test_the_second_body_of_a_dual_does_not_spread() -> None:
    text = "وتحول الأموال إلى وزارتي الدفاع والداخلية . وقالت الداخلية إن الأمر انتهى ."
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    sentences = split_sentences(text)
    found = build_mentions(text, sentences, [tags, ["O"] * len(sentences[1])], {}, unit_rules=False,
                           without=QALA_TAGGER_OFF)  # fmt: skip
    assert [m.text for m in found] == ["وزارتي الدفاع", "الداخلية"]
    assert found[1].start == text.index("الداخلية")


def test_dual_singular_reads_both_cases_and_both_genders() -> None:
    from app.nlp.morphology import dual_singular

    assert dual_singular("وزارتي") == "وزاره"
    assert dual_singular("حركتا") == "حركه"
    assert dual_singular("مجلسي") == "مجلس"
    assert dual_singular("حماس") is None


def test_a_proclitic_before_a_facility_head_is_left_out() -> None:
    text = "وأوقفت الدوريات المهربين بمنفذ الطوال أمس ."
    tags = ["O", "O", "O", "B-LOC", "I-LOC", "O", "O"]
    assert qala_mentions(text, tags) == [("منفذ الطوال", "place")]
    text = "وتطوير الحدائق وممشى الضباب في المدينة ."
    tags = ["O", "O", "B-LOC", "I-LOC", "O", "O", "O"]
    assert qala_mentions(text, tags) == [("ممشى الضباب", "place")]


def test_a_conjunction_is_never_the_second_of_two_proclitics() -> None:
    text = "وسيطروا على شارع الأربعين ووادي جديد أمس بعد أن أدى ذلك إلى انسحابهم ."
    tags = ["O", "O", "O", "O", "B-LOC", "I-LOC", "O", "O", "O", "O", "O", "O", "O", "O"]
    lexicon = {"وادي": 2366, "ادي": 789}  # ادي: أدى normalised, a frequent word
    assert ("وادي جديد", "place") in qala_mentions(text, tags, lexicon=lexicon)


def _ruled(text: str) -> list[tuple[str, str]]:
    """(text, type) of the mentions the span rules build from one untagged sentence, as for a tagger with no units."""
    sentences = split_sentences(text)
    tags = [["O"] * len(s) for s in sentences]
    return [(m.text, m.type) for m in build_mentions(text, sentences, tags, {}, unit_rules=True)]


def test_an_organ_adjective_does_not_end_a_unit_name_under_the_unit_rules() -> None:
    """«القيادة المركزية الأمريكية», «قيادة القوات المركزية»: المركزية describes an organ but, unlike a describing
    adjective, does not cut the name the unit rules build (review finding 2)."""
    assert _ruled("وقالت القيادة المركزية الأمريكية إنها مستعدة .") == [("القيادة المركزية الأمريكية", "unit")]
    assert _ruled("وقالت قيادة القوات المركزية إنها مستعدة .") == [("قيادة القوات المركزية", "unit")]


def test_a_facility_noun_makes_no_place_of_an_untagged_phrase() -> None:
    """«قصر النظر», «جسر الهوة», «ميدان القتال», «ملعب الخصم»: common phrases, no place under the unit rules
    (review finding 3); the facility nouns only strip a proclitic off a tagged place."""
    for text in ("وهو يعاني من قصر النظر .", "وسعى إلى جسر الهوة .", "وعاد من ميدان القتال .", "ولعب في ملعب الخصم ."):
        assert _ruled(text) == []


def test_a_dual_head_with_a_glued_preposition_names_two_bodies() -> None:
    """«لوزارتي الدفاع والداخلية»: ل glued to the dual head (no article for strip_proclitic) still splits it
    (review finding 5)."""
    text = "وتحول الأموال لوزارتي الدفاع والداخلية حسب التبعية ."
    tags = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert qala_mentions(text, tags) == [("لوزارتي الدفاع", "unit"), ("الداخلية", "unit")]


def test_an_organ_of_a_named_body_leaves_the_body_alone_under_the_unit_rules() -> None:
    """«اللجنة التنفيذية للاتحاد الأوروبي»: the organ adjective before ل still ends the organ, so the tagged body
    stays the mention alone (GUIDELINES 9.17; what finding 2's fix must keep)."""
    text = "وقالت اللجنة التنفيذية للاتحاد الأوروبي إن الوضع صعب ."
    sentences = split_sentences(text)
    tags = [["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]]
    mentions = build_mentions(text, sentences, tags, {}, unit_rules=True)
    assert [(m.text, m.type) for m in mentions] == [("للاتحاد الأوروبي", "unit")]
