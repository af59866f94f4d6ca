"""Session 18 (TG10): a definite class noun with adjectives only names no unit (GUIDELINES 9.24, 9.25.20); a place
word inside a listed homograph phrase names no place (9.18: «النيل من»)."""

from __future__ import annotations

from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences
from tests.nlp.tagging import QALA_TAGGER_OFF, qala_mentions


def test_a_class_noun_and_a_country_nisba_is_no_mention() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    text = "وأعلنت الشركة الروسية أنها ستنسحب ."
    assert qala_mentions(text, tags) == []
    assert qala_mentions(text, tags, without=frozenset({"class_described"})) == [("الشركة الروسية", "unit")]


def test_a_plural_class_noun_with_several_adjectives_is_no_mention() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert qala_mentions("وتراجعت أرصدة البنوك الإيرانية هذا العام .", tags) == []
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    assert qala_mentions("وبثت الوكالة الفلسطينية الرسمية البيان .", tags) == []
    assert qala_mentions("وقالت المؤسسة الأمنية إن الوضع مستقر .", ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"]) == []


def test_a_class_noun_with_a_complement_stays_a_unit() -> None:
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"]
    text = "وذكرت وكالة الأنباء السعودية أن الوفد وصل ."
    assert qala_mentions(text, tags) == [("وكالة الأنباء السعودية", "unit")]


def test_a_state_body_with_a_nisba_stays_a_unit() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert qala_mentions("وقالت الحكومة اليمنية إنها مستعدة .", tags) == [("الحكومة اليمنية", "unit")]


def test_a_place_word_inside_a_homograph_phrase_is_no_mention() -> None:
    tags = ["O", "O", "B-LOC", "O", "O", "O", "O"]
    text = "وحاول الإرهابيون النيل من رجال الأمن ."
    assert qala_mentions(text, tags) == []
    off = frozenset({"place_homograph"})
    assert qala_mentions(text, tags, without=off) == [("النيل", "place")]
    tags = ["O", "O", "O", "B-LOC", "O", "B-LOC", "O", "O"]
    assert qala_mentions("وحقوق البث لبطولة لكوبا - أميركا كاملة .", tags) == []


def test_the_nile_itself_stays_a_place() -> None:
    tags = ["O", "O", "O", "B-LOC", "O", "O", "O"]
    assert qala_mentions("وارتفع منسوب مياه النيل هذا العام .", tags) == [("النيل", "place")]


def test_a_descriptor_noun_opening_a_place_span_is_left_out() -> None:
    tags = ["O", "O", "O", "B-LOC", "I-LOC", "O", "O"]
    text = "وزار الوفد أمس بلدة فتقا في كسروان ."
    assert qala_mentions(text, [*tags, "O"]) == [("فتقا", "place")]
    off = frozenset({"descriptor_out"})
    assert qala_mentions(text, [*tags, "O"], without=off) == [("بلدة فتقا", "place")]
    tags = ["O", "O", "O", "B-LOC", "I-LOC", "O"]
    assert qala_mentions("أكبر سد في قارة أفريقيا .", tags) == [("أفريقيا", "place")]


def test_a_name_head_and_a_region_word_stay_in_the_place_span() -> None:
    tags = ["O", "B-LOC", "I-LOC", "O", "O", "O"]
    assert qala_mentions("وصلوا جزيرة سقطرى صباح أمس .", tags) == [("جزيرة سقطرى", "place")]
    assert qala_mentions("ودول منطقة اليورو تبحث الأمر .", tags) == [("منطقة اليورو", "place")]


def test_the_guidelines_bare_phrases_of_9_16_to_9_25_are_no_mentions() -> None:
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O"]
    text = "وقال أمين سر المجلس الثوري لفتح ."
    assert qala_mentions(text, tags) == []
    assert qala_mentions(text, tags, without=frozenset({"not_mentions"})) == [("المجلس الثوري", "unit")]
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert qala_mentions("وأعلنت لجنة التحقيق أسماء المتهمين .", tags) == []
    assert qala_mentions("وقالت الوحدات الكردية إنها تقدمت .", tags) == []


def test_a_job_named_committee_with_its_owner_after_it_stays_a_mention() -> None:
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O", "O", "O"]
    text = "وقال رئيس لجنة الإصلاحات الجديد بـ(فيفا) إن الأمر انتهى ."
    assert ("لجنة الإصلاحات", "unit") in qala_mentions(text, tags)
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert qala_mentions("وقال رئيس لجنة الإصلاحات إن الأمر انتهى .", tags) == []


def test_a_jury_committee_is_a_mention() -> None:
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "O"]
    text = "وقال المتحدثين باسم لجنة التحكيم داخل جسد الاتحاد ."
    assert ("لجنة التحكيم", "unit") in qala_mentions(text, tags)


def test_a_state_that_is_gone_is_a_place() -> None:
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O"]
    text = "وكانت القاعدة بناها الاتحاد السوفيتي قبل عقود ."
    assert qala_mentions(text, [*tags, "O"]) == [("الاتحاد السوفيتي", "place")]
    off = frozenset({"historical_state"})
    assert qala_mentions(text, [*tags, "O"], without=off) == [("الاتحاد السوفيتي", "unit")]


def test_a_descriptor_that_is_part_of_the_name_stays() -> None:
    tags = ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O"]
    assert qala_mentions("وزار الوفد مدينة جازان الاقتصادية أمس .", tags) == [("مدينة جازان الاقتصادية", "place")]
    tags = ["O", "O", "B-LOC", "I-LOC", "O", "O"]
    assert qala_mentions("وقتل شخصان في مدينة الصدر أمس .", ["O", *tags]) == [("مدينة الصدر", "place")]
    assert qala_mentions("وزار الوفد مربع القدود أمس .", tags) == [("مربع القدود", "place")]


def test_a_descriptor_before_a_known_or_tagged_place_is_left_out() -> None:
    tags = ["O", "O", "B-LOC", "I-LOC", "O", "O"]
    assert qala_mentions("وزار الوفد مدينة الموصل أمس .", tags) == [("الموصل", "place")]
    tags = ["O", "O", "B-LOC", "I-LOC", "O", "O", "B-LOC", "O"]
    assert qala_mentions("وزار الوفد مدينة الحديدة أمس وغادر الحديدة .", tags) == [("الحديدة", "place")] * 2


def test_a_place_span_with_more_than_the_homograph_word_stays() -> None:
    tags = ["O", "B-LOC", "I-LOC", "O", "O", "O", "O"]
    assert qala_mentions("ويمتد وادي النيل من الجنوب إلى الشمال", [*tags, "O"]) == [("وادي النيل", "place")]


def test_an_envisaged_empire_is_no_mention_and_gets_none_spread() -> None:
    text = "ويحلمون بإقامة الإمبراطورية الفارسية من جديد . وكانت الإمبراطورية الفارسية قد سقطت ."
    sentences = split_sentences(text)
    envisaged = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    fallen = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    second = [("الإمبراطورية الفارسية", text.rindex("الإمبراطورية"))]
    for tags, want in (([envisaged, ["O"] * 6], []), ([["O"] * 7, fallen], second)):
        found = build_mentions(text, sentences, tags, {}, unit_rules=False, without=QALA_TAGGER_OFF)
        assert [(m.text, m.start) for m in found if m.type != "person"] == want
        assert all(m.type == "place" for m in found)


def test_a_homograph_phrase_ending_in_a_possessive_is_matched() -> None:
    tags = ["O", "O", "B-LOC", "O", "O", "O"]
    assert qala_mentions("وعاد إلى مسقط رأسها أمس .", tags) == []
    assert qala_mentions("وحاولوا مرارا النيل منه دون جدوى .", ["O", "O", "B-LOC", "O", "O", "O", "O"]) == []
