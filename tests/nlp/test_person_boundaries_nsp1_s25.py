"""Person-name boundaries behind speaker errors the tagger causes, session 25 (NSP1).

The rules the Qala tagger learned (entities.LEARNED_BY_QALA_TAGGER) are off here, as analyze() runs them for it.
Constructed sentences; each test fails without its change.
"""

from __future__ import annotations

from app.nlp.entities import build_mentions, rules_off_for
from app.nlp.normalize import normalize
from app.nlp.tokenize import split_sentences
from app.nlp.types import Mention
from tests.nlp.tagging import tags_by_text


def _persons(text: str, tagged: dict[str, str]) -> dict[str, Mention]:
    """The person mentions by text, tokens tagged by exact text ({'علي': 'PER'}), B/I over runs."""
    sentences = split_sentences(text)
    tags = tags_by_text(sentences, tagged)
    found = build_mentions(text, sentences, tags, {}, without=rules_off_for(True))
    return {m.text: m for m in found if m.type == "person"}


def test_a_retired_ranks_qualifier_is_no_part_of_the_name() -> None:
    # «اللواء متقاعد»: the tagger took متقاعد into the name, not اللواء; both are the rank's
    text = "وقال اللواء متقاعد سالم بن حمد العتيبي إن الهجوم مدان."
    ms = _persons(text, {w: "PER" for w in ("متقاعد", "سالم", "بن", "حمد", "العتيبي")})
    assert set(ms) == {"سالم بن حمد العتيبي"}
    assert ms["سالم بن حمد العتيبي"].titles == ("اللواء متقاعد",)


def test_a_corps_qualifier_after_a_rank_is_the_ranks() -> None:
    text = "وأكد العميد طبيب فهد الزهراني أن المصابين بخير."
    ms = _persons(text, {w: "PER" for w in ("طبيب", "فهد", "الزهراني")})
    assert set(ms) == {"فهد الزهراني"}
    assert ms["فهد الزهراني"].titles == ("العميد طبيب",)


def test_the_rank_and_its_qualifier_both_in_the_span_make_one_title() -> None:
    text = "وقال اللواء متقاعد سالم العتيبي إن الهجوم مدان."
    ms = _persons(text, {w: "PER" for w in ("اللواء", "متقاعد", "سالم", "العتيبي")})
    assert set(ms) == {"سالم العتيبي"}
    assert ms["سالم العتيبي"].titles == ("اللواء متقاعد",)


def test_a_qualifier_word_with_no_rank_before_it_stays_in_the_span() -> None:
    # guard: with no rank before it the word is not peeled as a qualifier (a name may hold it)
    text = "وقال طبيب فهد الزهراني إن المصابين بخير."
    ms = _persons(text, {w: "PER" for w in ("طبيب", "فهد", "الزهراني")})
    assert "فهد الزهراني" not in ms


def test_a_role_head_opening_the_title_after_the_name_is_cut_off() -> None:
    # «الوكيل المساعد للتطوير» is his title, run into the name by the tagger
    text = "وأوضح المتحدث الرسمي لإمارة المنطقة سعد بن علي الغامدي الوكيل المساعد للتطوير أن العمل مستمر."
    ms = _persons(text, {w: "PER" for w in ("سعد", "بن", "علي", "الغامدي", "الوكيل")})
    assert set(ms) == {"سعد بن علي الغامدي"}


def test_a_role_word_family_name_with_no_title_after_it_stays() -> None:
    # guard: الحاكم is a family name here, a comma after it
    text = "واعتقل محمد علي الحوثي، وعبدالله يحيى الحاكم، وهو أحد القادة."
    ms = _persons(text, {w: "PER" for w in ("محمد", "علي", "الحوثي", "وعبدالله", "يحيى", "الحاكم")})
    assert any(t.endswith("يحيى الحاكم") for t in ms)


def test_no_title_before_a_name_runs_back_over_a_clause_word() -> None:
    # the spokeswoman's phrase is no title of the patient, object of «كان يعالج» after حيث
    text = "وقالت متحدثة باسم مستشفى الشفاء في غزة حيث كان يعالج سعيد الأحمد إنه توفي صباح اليوم."
    ms = _persons(text, {"سعيد": "PER", "الأحمد": "PER"})
    assert ms["سعيد الأحمد"].titles == ()


def test_an_interview_headline_opens_on_the_whole_name() -> None:
    # «بادي لـ«…»:»: the headline's first word is the speaker's name; its ب is no preposition, however common ادي is
    text = "بادي لـ«الشرق الأوسط»: لم نتسلم أي مبادئ للحوار."
    sentences = split_sentences(text)
    tags = tags_by_text(sentences, {"بادي": "PER", "الشرق": "ORG", "الأوسط": "ORG"})
    lexicon = {normalize("ادي"): 50, normalize("بادي"): 90000}
    found = build_mentions(text, sentences, tags, lexicon, without=rules_off_for(True))
    assert [m.text for m in found if m.type == "person"] == ["بادي"]


def test_a_name_cut_after_al_runs_on_over_the_family_name() -> None:
    # the tagger ended the name on «آل» and tagged «نهيان» apart: one name
    text = "واستقبل الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية، الوفد."
    sentences = split_sentences(text)
    tags = [
        ["B-PER" if t.text == "نهيان" else "I-PER" if t.text in ("بن", "زايد", "آل") else "O" for t in sentences[0]]
    ]
    tags[0][[t.text for t in sentences[0]].index("عبدالله")] = "B-PER"
    found = build_mentions(text, sentences, tags, {}, without=rules_off_for(True))
    assert [m.text for m in found if m.type == "person"] == ["عبدالله بن زايد آل نهيان"]


def test_a_name_cut_after_bu_takes_the_next_word() -> None:
    text = "وتلقى الرئيس رسالة من الرئيس الجزائري عبدالعزيز بو تفليقة أمس."
    ms = _persons(text, {w: "PER" for w in ("عبدالعزيز", "بو")})
    assert set(ms) == {"عبدالعزيز بو تفليقة"}


def test_abe_ends_his_name() -> None:
    # guard: «آبي» (أبي normalised) is a name's last word, not a particle
    text = "وقال رئيس الوزراء الياباني شينزو آبي للصحفيين إن الاقتصاد تحسن."
    ms = _persons(text, {w: "PER" for w in ("شينزو", "آبي")})
    assert set(ms) == {"شينزو آبي"}
