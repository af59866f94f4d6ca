"""Place rules of session 13: event names (GUIDELINES 9.7) and nisba place names read as adjectives."""

from __future__ import annotations

from app.nlp.entities import build_mentions
from app.nlp.tokenize import split_sentences


def typed_mentions(
    text: str, tagged: set[str], label: str, typ: str, *, without: frozenset[str] = frozenset()
) -> list[str]:
    """Texts of the `typ` mentions built from the tokens in `tagged`, tagged `label` (LOC, ORG), I- over runs, a
    token opening with و starting a new one."""
    sentences = split_sentences(text)
    tags = []
    for sent in sentences:
        row, prev = [], False
        for t in sent:
            inside = t.text in tagged
            row.append((f"I-{label}" if prev and not t.text.startswith("و") else f"B-{label}") if inside else "O")
            prev = inside
        tags.append(row)
    return [m.text for m in build_mentions(text, sentences, tags, without=without) if m.type == typ]


def _places(text: str, tagged: set[str], *, without: frozenset[str] = frozenset()) -> list[str]:
    """Place mention texts of the tokens in `tagged`."""
    return typed_mentions(text, tagged, "LOC", "place", without=without)


def test_a_place_after_an_event_noun_is_no_mention_but_after_a_preposition_it_is() -> None:
    assert _places("انطلق مهرجان قرطوم أمس في قرطوم.", {"قرطوم"}) == ["قرطوم"]
    assert _places("وحضر «قمة قرطوم» الوزير.", {"قرطوم"}) == []
    assert _places("وحضر ومؤتمر قرطوم الوزير.", {"قرطوم"}) == []


def test_a_facility_after_an_event_noun_is_the_place_it_happened_at() -> None:
    assert _places("ندد بتفجير مسجد النور أمس.", {"مسجد", "النور"}) == ["مسجد النور"]


def test_the_rule_can_be_switched_off() -> None:
    assert _places("انطلق مهرجان قرطوم أمس.", {"قرطوم"}, without=frozenset({"event_names"})) == ["قرطوم"]


def test_a_nisba_place_name_after_a_definite_noun_is_its_adjective() -> None:
    assert _places("تطورت العلاقات السعودية كثيرا.", {"السعودية"}) == []
    assert _places("قالت التحقيقات الكويتية والسعودية إن.", {"السعودية", "والسعودية"}) == []
    assert _places("زار الوفد الكويت والسعودية أمس.", {"الكويت", "والسعودية"}) == ["الكويت", "السعودية"]
    assert _places("وصل الوفد إلى السعودية أمس.", {"السعودية"}) == ["السعودية"]
    assert _places("قدم الدعم الكامل للسعودية أمس.", {"للسعودية"}) == ["للسعودية"]


def test_a_nisba_place_name_joined_to_another_mention_stays_a_place() -> None:
    text = "بحث الاتحاد الأوروبي والسعودية الأمر."
    sentences = split_sentences(text)
    tags = [["O", "B-ORG", "I-ORG", "B-LOC", "O", "O"]]
    assert [(m.text, m.type) for m in build_mentions(text, sentences, tags)] == [
        ("الاتحاد الأوروبي", "unit"),
        ("السعودية", "place"),
    ]


def test_a_nisba_place_name_after_a_sound_masculine_plural_is_its_object() -> None:
    """«هاجم المسلحون السعودية»: a sound masculine plural takes no feminine adjective: the place is the object."""
    assert _places("هاجم المسلحون السعودية أمس.", {"السعودية"}) == ["السعودية"]
