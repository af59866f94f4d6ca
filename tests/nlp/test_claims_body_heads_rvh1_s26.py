"""Review of HDB1 (session 26, RVH1): a body glued to ل/ب that speaks there, a purpose clause inside a claim, and
words between a speech verb and its subject.

`Article.cited_aside` skips a body named after a glued ل or ب when a later bare «الوزارة» looks back, but «ووفقا
لوزارة الصحة»، «في تصريح لوزارة الصحة» and «مسؤول بوزارة الصحة» have that ministry speak (`Article.voiced_by`); and
`content.purpose_clause` cut «، ليتمكن X من …», the claim's own purpose, where X says nothing. The first four tests
and the sixth fail before the fix; the fifth and seventh guard what HDB1 meant. `continuing.spoke_since` read the
speech verb only right before the name: an adverb or the name's own title between («وهو ما أكده أيضا/رئيس الوزراء
X») left the participle to the speaker before (the last two tests fail before)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

INTERIOR: Ent = ("وزارة الداخلية", "unit", "وزارة الداخلية", ())
HEALTH: Ent = ("وزارة الصحة", "unit", "وزارة الصحة", ())
SAMI: Ent = ("سامي العلي", "person", "سامي العلي", ("وزير الخارجية",))
NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ())
FIRST = "أعلنت وزارة الداخلية أمس اعتقال خمسة مشتبه بهم في الهجوم.\n"
LAST = "\nوقالت الوزارة إن المستشفيات استقبلت عشرات الجرحى."


def ministry_of_last(middle: str) -> str | None:
    """The speaker of the bare «الوزارة»'s claim after the interior ministry's and the middle paragraph."""
    claims, mentions = run(FIRST + middle + LAST, [INTERIOR, HEALTH])
    return speaker_name(next(c for c in claims if "المستشفيات" in c.text), mentions)


def test_according_to_a_glued_body_has_it_speak() -> None:
    assert ministry_of_last("ووفقا لوزارة الصحة، فإن عدد القتلى بلغ عشرين شخصا.") == "وزارة الصحة"


def test_a_statement_of_a_glued_body_has_it_speak() -> None:
    assert ministry_of_last("وفي تصريح لوزارة الصحة، ارتفع عدد القتلى إلى عشرين.") == "وزارة الصحة"


def test_an_official_of_a_glued_body_has_it_speak() -> None:
    assert ministry_of_last("وقال مسؤول بوزارة الصحة إن عدد القتلى بلغ عشرين.") == "وزارة الصحة"


def test_a_spokesman_of_a_glued_body_past_his_qualifier_has_it_speak() -> None:
    assert ministry_of_last("وقال المتحدث الرسمي لوزارة الصحة إن عدد القتلى بلغ عشرين.") == "وزارة الصحة"


def test_a_glued_genitive_body_stays_aside() -> None:
    """«سيارات الإسعاف التابعة لوزارة الصحة»: the health ministry is only named; the bare noun is the interior's."""
    assert ministry_of_last("ونقلت سيارات الإسعاف التابعة لوزارة الصحة الجرحى إلى المستشفيات.") == "وزارة الداخلية"


def test_a_purpose_clause_in_the_claim_stays_in_it() -> None:
    text = "وقال وزير الخارجية سامي العلي إن الحكومة ستعدل القانون، ليتمكن أحمد نجم من الترشح للانتخابات المقبلة."
    claims, _ = run(text, [SAMI, NAJM])
    said = next(c for c in claims if "ستعدل" in c.text)
    assert "الترشح" in said.text


def test_a_purpose_clause_whose_subject_answers_ends_the_claim() -> None:
    """«، ليرد أحمد نجم بأن …»: Najm answers, so the minister's claim stops before «ليرد»."""
    text = "وقال وزير الخارجية سامي العلي إن الاتفاق سيوقع خلال أيام، ليرد أحمد نجم بأن الخلافات ما زالت قائمة."
    claims, _ = run(text, [SAMI, NAJM])
    said = next(c for c in claims if "سيوقع" in c.text)
    assert "ليرد" not in said.text


PM_NAJM: Ent = ("أحمد نجم", "person", "أحمد نجم", ("رئيس الوزراء",))
AGREED = "وقال وزير الخارجية سامي العلي إن البلدين متفقان على جميع الملفات، وهو ما أكده "


def participle_speaker(between: str) -> str | None:
    """The speaker of «مضيفا أن …» after «وهو ما أكده <between>أحمد نجم»."""
    claims, mentions = run(AGREED + between + "أحمد نجم، مضيفا أن العلاقات قوية.", [SAMI, PM_NAJM])
    return speaker_name(next(c for c in claims if "العلاقات" in c.text), mentions)


def test_an_adverb_between_the_speech_verb_and_its_subject() -> None:
    assert participle_speaker("أيضا ") == "أحمد نجم"


def test_the_subject_s_title_between_the_speech_verb_and_his_name() -> None:
    assert participle_speaker("رئيس الوزراء ") == "أحمد نجم"
