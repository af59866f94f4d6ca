"""Review fixes for SPK6 and SRC, session 20 (RVF2; issue 13). Each test fails without its fix: an object after a
postposed cue (`continuing.postposed_head`), «كما» opening the main clause (`continuing.link_before`), a relative or
a feminine cue after a nominal title (`continuing.nominal_title`), a time word after a bare document
(`documents.generic_issuer`), a statement answered, not issued (`segments.scan_segment`), and the body's own
document after «جاء في» (`documents.speaking_document`), and «بيان لـX» naming its issuer, not an outlet
(`segments.issued_by`)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("وزير الخارجية",))
ALI: Ent = ("العلي", "person", "سامي العلي", ())
PRESIDENT: Ent = ("عبدالله الأحمد", "person", "عبدالله الأحمد", ("الرئيس اليمني",))
NAMED: Ent = ("عبدالله الأحمد", "person", "عبدالله الأحمد", ())
AGENCY: Ent = ("وكالة الأنباء", "unit", "وكالة الأنباء", ())
FRONT: Ent = ("جبهة النصرة", "unit", "جبهة النصرة", ())
SAID = "قال وزير الخارجية سامي العلي إن الوضع مستقر. "
MET = "التقى الرئيس اليمني عبدالله الأحمد وفدا أمس. "


def test_a_masdar_after_kama_akkada_opens_the_object_not_the_subject() -> None:
    """«…، كما أكد دعم الرئيس عبدالله الأحمد للخطة»: the president is inside the object; the minister goes on."""
    text = SAID + "وأكد العلي أن الحكومة ستتعاون، كما أكد دعم الرئيس عبدالله الأحمد للخطة."
    claims, mentions = run(text, [MINISTER, ALI, PRESIDENT])
    assert "دعم الرئيس" in claims[-1].text and speaker_name(claims[-1], mentions) == "سامي العلي"


def test_a_masdar_after_hasabama_alana_opens_the_object() -> None:
    """«…، حسبما أعلن تعيين الرئيس عبدالله الأحمد رئيسا لها»: no subject after the cue, the minister speaks."""
    text = SAID + "وتم تعيين اللجنة، حسبما أعلن تعيين الرئيس عبدالله الأحمد رئيسا لها."
    claims, mentions = run(text, [MINISTER, NAMED])
    assert "تعيين اللجنة" in claims[-1].text and speaker_name(claims[-1], mentions) == "سامي العلي"


def test_kama_opening_the_main_clause_after_an_adverbial_means_also() -> None:
    """«وفي سياق متصل، كما أكد ضرورة التنسيق مع الرئيس …»: «كما» opens the main clause, "also"; the minister goes on."""
    text = SAID + "وفي سياق متصل، كما أكد ضرورة التنسيق مع الرئيس عبدالله الأحمد."
    claims, mentions = run(text, [MINISTER, PRESIDENT])
    assert "ضرورة التنسيق" in claims[-1].text and speaker_name(claims[-1], mentions) == "سامي العلي"


def test_kama_opening_the_main_clause_takes_no_clause_before_it() -> None:
    """«وفي سياق متصل، كما أكد ضرورة …»: the adverbial before «كما» is no claim; the words after the cue are."""
    text = SAID + "وفي سياق متصل، كما أكد ضرورة التنسيق مع الرئيس عبدالله الأحمد."
    claims, _ = run(text, [MINISTER, PRESIDENT])
    assert claims[-1].text.startswith("ضرورة التنسيق")


def test_a_relative_after_a_nominal_title_has_its_own_antecedent() -> None:
    """«الرئيس اليمني استقبل السفير … الذي أكد أن»: the ambassador said it, not the president opening the sentence."""
    text = MET + SAID + "الرئيس اليمني استقبل السفير الأمريكي في صنعاء أمس الذي أكد أن العلاقات متينة."
    claims, mentions = run(text, [PRESIDENT, MINISTER])
    assert "العلاقات متينة" in claims[-1].text and speaker_name(claims[-1], mentions) != "عبدالله الأحمد"


def test_a_feminine_cue_is_not_a_masculine_nominal_titles() -> None:
    """«الرئيس اليمني في زيارة …، حيث أكدت أن»: a feminine verb has another subject than «الرئيس»."""
    text = MET + SAID + "الرئيس اليمني في زيارة رسمية إلى الرياض منذ أمس، حيث أكدت أن الزيارة مهمة."
    claims, mentions = run(text, [PRESIDENT, MINISTER])
    assert "الزيارة مهمة" in claims[-1].text and speaker_name(claims[-1], mentions) != "عبدالله الأحمد"


def test_a_time_word_after_a_bare_statement_is_no_issuer() -> None:
    """«وجاء في بيان اليوم أن …»: «اليوم» dates the statement; the source is «بيان» alone (9.30.8)."""
    claims, _ = run("وجاء في بيان اليوم أن المقاتلين غادروا مواقعهم.", [])
    assert claims[0].source is not None and claims[0].source.text == "بيان"


def test_a_statement_answered_does_not_block_the_last_relay() -> None:
    """«وأضاف العلي ردا على بيان المعارضة أن …»: the speaker answers a statement, he issues none; his words still
    come through the agency he spoke to (9.6)."""
    text = "وقال العلي لوكالة الأنباء إن الوضع مستقر. وأضاف العلي ردا على بيان المعارضة أن الحكومة ستتعاون."
    claims, _ = run(text, [ALI, AGENCY])
    added = next(c for c in claims if "ستتعاون" in c.text)
    assert added.source is not None and added.source.text == "وكالة الأنباء"


def test_came_in_its_own_statement_is_only_a_setting() -> None:
    """«وجاء في بيانها أن …»: the body's own statement after a preposition is where it spoke, no relay (9.30.8)."""
    text = "أعلنت جبهة النصرة انسحابها من المنطقة. وجاء في بيانها أن المقاتلين غادروا مواقعهم."
    claims, _ = run(text, [FRONT])
    came = next(c for c in claims if "المقاتلين" in c.text)
    assert came.source is None


def test_a_statement_of_a_named_body_has_the_noun_alone_as_source() -> None:
    """«وجاء في بيان لجبهة النصرة أن …»: ل names whose statement it is; the front speaks, «بيان» is the source
    (9.30.8 #8), not the front's own span. Fails without `segments.issued_by`."""
    claims, mentions = run("وجاء في بيان لجبهة النصرة أن المقاتلين غادروا مواقعهم.", [FRONT])
    assert speaker_name(claims[0], mentions) == "جبهة النصرة"
    assert claims[0].source is not None and claims[0].source.text == "بيان"


def test_a_statement_of_a_generic_body_keeps_it_in_the_source() -> None:
    """«وجاء في بيان للوزارة أن …»: a bare issuer with no mention stays in the phrase (9.30.8 #8), not «للوزارة»."""
    claims, _ = run("وجاء في بيان للوزارة أن الهجوم وقع قرب الحدود.", [])
    assert claims[0].source is not None and claims[0].source.text == "بيان للوزارة"


def test_a_statement_answered_with_lam_is_no_source() -> None:
    """«وأضاف العلي ردا على بيان للمعارضة أن …»: the statement answered is neither an outlet nor his own; the agency he
    spoke to stays the source, not «للمعارضة»."""
    text = "وقال العلي لوكالة الأنباء إن الوضع مستقر. وأضاف العلي ردا على بيان للمعارضة أن الحكومة ستتعاون."
    claims, _ = run(text, [ALI, AGENCY])
    added = next(c for c in claims if "ستتعاون" in c.text)
    assert added.source is not None and added.source.text == "وكالة الأنباء"
