"""Entity typing from hand-written tags: units by rule, clitics, titles, partial names (no Stanza)."""

from __future__ import annotations

from app.nlp.entities import build_mentions, decode_tags, subtype_keys, unit_subtype
from app.nlp.identity import entity_key
from app.nlp.tokenize import split_sentences
from app.nlp.types import Mention
from tests.nlp.tagging import tags_by_text


def _mentions(text: str, tagged: dict[str, str]) -> list[Mention]:
    """Tag tokens by exact token text: {'الخفاجي': 'PER', ...}; B/I assigned over runs."""
    sentences = split_sentences(text)
    tags = tags_by_text(sentences, tagged)
    found = build_mentions(text, sentences, tags)
    for m in found:
        assert text[m.start : m.end] == m.text
    return found


def _by_text(ms: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in ms}


def test_decode_bio_and_bioes() -> None:
    assert decode_tags(["B-PER", "I-PER", "O", "S-LOC", "B-ORG", "E-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 6, "ORG"),
    ]
    assert decode_tags(["I-LOC", "I-LOC", "B-LOC"]) == [(0, 2, "LOC"), (2, 3, "LOC")]


def test_rank_and_role_become_titles_and_partial_name_resolves() -> None:
    text = "وقال المتحدث باسم القيادة، اللواء تحسين الخفاجي، إن الوضع مستقر. وأضاف الخفاجي أن القوات جاهزة."
    ms = _mentions(text, {"تحسين": "PER", "الخفاجي": "PER"})
    full, short = [m for m in ms if m.type == "person"]
    assert full.text == "تحسين الخفاجي" and short.text == "الخفاجي"
    assert short.canonical == "تحسين الخفاجي" and short.key == full.key
    assert "اللواء" in full.titles and "المتحدث باسم القيادة" in full.titles


def test_title_after_a_clitic_is_stored_without_it() -> None:
    text = "وفي تصريح للمتحدث باسم الوزارة، اللواء يحيى رسول، قال إن الوضع مستقر."
    (m,) = _mentions(text, {"يحيى": "PER", "رسول": "PER"})
    assert m.titles == ("اللواء", "المتحدث باسم الوزارة")


def test_forces_are_not_folded_into_a_command_and_canonical_names_drop_clitics() -> None:
    text = "أعلنت قيادة القوات العراقية المشتركة دعمها للقوات العراقية. وقالت إن القوات العراقية تتقدم."
    ms = _mentions(text, {"قيادة": "ORG", "القوات": "ORG", "العراقية": "ORG", "المشتركة": "ORG", "للقوات": "ORG"})
    forces = [m for m in ms if m.key == "القوات العراقيه"]
    assert [m.text for m in forces] == ["للقوات العراقية", "القوات العراقية"]
    assert {m.canonical for m in forces} == {"القوات العراقية"}
    assert any(m.canonical == "قيادة القوات العراقية المشتركة" for m in ms)


def test_a_committee_name_may_coordinate_two_nouns() -> None:
    ms = _mentions("وقال عضو لجنة الأمن والدفاع النيابية إن وزارة الدفاع والداخلية تعملان معاً.", {})
    assert [m.text for m in ms if m.type == "unit"] == ["لجنة الأمن والدفاع النيابية", "وزارة الدفاع"]


def test_gazetteer_places_complete_unit_names_and_beat_a_person_tag() -> None:
    text = "واشتركت فيها قيادة عمليات ديالى وصلاح الدين وسامراء."
    ms = _mentions(text, {"صلاح": "PER", "الدين": "PER"})
    assert [(m.type, m.text) for m in ms] == [
        ("unit", "قيادة عمليات ديالى"),
        ("place", "صلاح الدين"),
        ("place", "سامراء"),
    ]


def test_rank_inside_tagged_span_is_peeled() -> None:
    ms = _mentions(
        "أكد الفريق الركن عبد الأمير يار الله أن العمليات مستمرة.",
        {"الفريق": "PER", "الركن": "PER", "عبد": "PER", "الأمير": "PER", "يار": "PER", "الله": "PER"},
    )
    (m,) = ms
    assert m.text == "عبد الأمير يار الله" and "الفريق الركن" in m.titles


def test_units_by_rule_with_subtypes() -> None:
    text = "أعلنت قيادة العمليات المشتركة العراقية ووزارة الدفاع الأمريكية أن التحالف الدولي وتنظيم داعش والقوات."
    ms = _by_text(_mentions(text, {}))
    assert ms["قيادة العمليات المشتركة العراقية"].subtype == "military"
    assert ms["وزارة الدفاع الأمريكية"].type == "unit" and ms["وزارة الدفاع الأمريكية"].subtype == "government"
    assert ms["التحالف الدولي"].subtype == "alliance"
    assert ms["داعش"].subtype == "armed_group"
    assert "القوات" not in ms  # a bare generic head is no unit


def test_bare_head_resolves_to_the_full_unit_in_the_article() -> None:
    ms = _mentions("دعم التحالف الدولي القوات. وقال إن التحالف باق.", {})
    units = [m for m in ms if m.type == "unit"]
    assert [m.text for m in units] == ["التحالف الدولي", "التحالف"]
    assert units[1].canonical == "التحالف الدولي"


def test_proclitic_is_not_part_of_the_mention_when_a_bare_form_exists() -> None:
    ms = _mentions(
        "زار الوزير بغداد ثم عاد وبغداد ثم والعراق بخير، وللعراق حق.",
        {"بغداد": "LOC", "وبغداد": "LOC", "والعراق": "LOC", "وللعراق": "LOC"},
    )
    texts = [m.text for m in ms]
    assert texts[:3] == ["بغداد", "بغداد", "العراق"]
    assert ms[2].key == entity_key("العراق") == "العراق"


def test_nisba_adjective_is_not_a_place() -> None:
    assert _mentions("قالت الحكومة العراقية إن", {"العراقية": "LOC"})[0].text == "الحكومة العراقية"
    assert not [m for m in _mentions("الطائرات العراقية قصفت", {"العراقية": "LOC"}) if m.type == "place"]


def test_entity_key_normalises_spelling() -> None:
    assert entity_key("الخفاجى") == entity_key("الخفاجي")
    assert entity_key("وزارة الخارجيّة") == entity_key("وزاره الخارجية")


def test_name_after_a_rank_is_a_person_even_untagged_and_propagates() -> None:
    text = "نقلت الوكالة عن اللواء تحسين الخفاجي قوله إن الوضع مستقر. وأضاف الخفاجي أن التحالف باق."
    people = [m for m in _mentions(text, {}) if m.type == "person"]
    assert [m.text for m in people] == ["تحسين الخفاجي", "الخفاجي"]
    assert people[0].titles == ("اللواء",) and people[1].canonical == "تحسين الخفاجي"


def test_a_place_tagged_once_is_found_again() -> None:
    text = "وصل الوفد إلى الموصل. وفي الموصل عقد اجتماع."
    sentences = split_sentences(text)
    tags = [["O"] * len(s) for s in sentences]
    tags[0][3] = "S-LOC"
    places = [m.text for m in build_mentions(text, sentences, tags) if m.type == "place"]
    assert places == ["الموصل", "الموصل"]


def test_place_cues_override_the_tagger_and_gazetteer_names() -> None:
    text = "انتشرت القوات في محافظة صلاح الدين وقاعدة بلد الجوية. وزار صلاح الدين وفد من المملكة المتحدة."
    sentences = split_sentences(text)
    tags = [["O"] * len(s) for s in sentences]
    toks = [t.text for t in sentences[1]]
    k = toks.index("صلاح")
    tags[1][k : k + 2] = ["B-PER", "E-PER"]
    got = {(m.text, m.type) for m in build_mentions(text, sentences, tags)}
    assert ("صلاح الدين", "place") in got and ("صلاح الدين", "person") not in got
    assert ("قاعدة بلد الجوية", "place") in got
    assert ("المملكة المتحدة", "place") in got
    assert {m.text for m in _mentions("تحدث عن المنطقة العربية.", {"المنطقة": "LOC", "العربية": "LOC"})} == set()


def test_a_region_named_by_a_generic_word_and_a_direction_is_kept() -> None:
    # «المنطقة الشرقية» is a Saudi province (train gold: a place every time); «المنطقة العربية» stays dropped
    tagged = {"المنطقة": "LOC", "الشرقية": "LOC", "العربية": "LOC", "الخضراء": "LOC"}
    text = "هطلت أمطار على المنطقة الشرقية. وتحدث عن المنطقة العربية وبقي السهم في المنطقة الخضراء."
    assert {(m.text, m.type) for m in _mentions(text, tagged)} == {("المنطقة الشرقية", "place")}


def test_generic_head_around_a_unit_name_is_that_unit() -> None:
    ms = _mentions("دعم التحالف الدولي العراق. وقالت قوات التحالف الدولي إن التحالف باق.", {})
    units = {m.text: m.canonical for m in ms if m.type == "unit"}
    assert units == {
        "التحالف الدولي": "التحالف الدولي",
        "قوات التحالف الدولي": "التحالف الدولي",
        "التحالف": "التحالف الدولي",
    }


def test_a_person_span_is_cut_before_a_coordinated_word() -> None:
    """«كارتر وديمبسي» is two people (each named alone elsewhere); «لابورتا ويفوز» is a name and a verb."""
    text = "قال كارتر وديمبسي إن الخطة جاهزة. وأكد ديمبسي ذلك. ويتقدم لابورتا ويفوز بالانتخابات."
    found = _mentions(text, {"كارتر": "PER", "وديمبسي": "PER", "ديمبسي": "PER", "لابورتا": "PER", "ويفوز": "PER"})
    assert sorted(m.text for m in found if m.type == "person") == ["ديمبسي", "ديمبسي", "كارتر", "لابورتا"]


def test_ould_stays_inside_a_name() -> None:
    text = "وقال إسماعيل ولد الشيخ أحمد إن المحادثات مستمرة."
    found = _mentions(text, {"إسماعيل": "PER", "ولد": "PER", "الشيخ": "PER", "أحمد": "PER"})
    assert [m.text for m in found if m.type == "person"] == ["إسماعيل ولد الشيخ أحمد"]


def test_a_role_noun_after_a_name_ends_the_person() -> None:
    """«عمر عدلي الخبير …»: the tagger ran on into the description; عبد الأمير keeps its الأمير."""
    ms = _mentions(
        "وقال عمر عدلي الخبير في الاقتصاد إن الأسعار سترتفع. وأكد عبد الأمير الزيدي ذلك.",
        {"عمر": "PER", "عدلي": "PER", "الخبير": "PER", "عبد": "PER", "الأمير": "PER", "الزيدي": "PER"},
    )
    assert [m.text for m in ms if m.type == "person"] == ["عمر عدلي", "عبد الأمير الزيدي"]


def test_subtype_keys_are_head_with_next_and_last_word_without_clitics() -> None:
    """للقوات الجوية and القوات الجوي share a key; the complement comes before the nisba, the head alone last."""
    assert subtype_keys("للقوات الجوية") == ["قوات جوي", "قوات"]
    assert subtype_keys("قوات الأمن التركية") == ["قوات امن", "قوات تركي", "قوات"]
    assert subtype_keys("«الشرق الأوسط»") == ["شرق اوسط", "شرق"]
    assert subtype_keys("داعش") == ["داعش"]


def test_unit_subtype_prefers_the_table_then_the_rules_then_other() -> None:
    table = {"شرق اوسط": "media", "قوات": "military", "قوات امن": "security", "قوات تركي": "military"}
    assert unit_subtype("الشرق الأوسط", None, table) == "media"
    assert unit_subtype("قوات الأمن التركية", "military", table) == "security"  # the complement first
    assert unit_subtype("القوات العراقية", None, table) == "military"  # head alone for an unseen pair
    assert unit_subtype("وزارة الدفاع", "government", table) == "government"  # unseen: the rules
    assert unit_subtype("شركة أرامكو", None, table) == "other"
