"""Subjects the discourse's speaker took, session 20 (SPK6, issue 13): after a postposed cue («…، كما قالت مدعية
المحكمة …») and a definite title opening a nominal sentence («الرئيس اليمني … أثار …، حيث اعتبر»).

The first three tests fail without `continuing.postposed_subject` (the discourse's last speaker takes the claim); the
fourth is a guard (an object after «كما أكد» is no subject); the last fails without `continuing.nominal_title`.
"""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

ALI: Ent = ("سامي العلي", "person", "سامي العلي", ())
COURT: Ent = ("المحكمة الجنائية الدولية", "unit", "المحكمة الجنائية الدولية", ())
AFP: Ent = ("وكالة فرانس برس", "unit", "وكالة فرانس برس", ())
SPOKESMAN: Ent = ("خالد المنصور", "person", "خالد المنصور", ())
BODY: Ent = ("أمانة الأحساء", "unit", "أمانة الأحساء", ())


def test_an_unnamed_description_after_a_postposed_cue_speaks() -> None:
    """«…، كما قالت مدعية المحكمة الجنائية الدولية، مما …»: the described prosecutor, not the minister before."""
    text = (
        "قال وزير الخارجية سامي العلي إن الحكومة ستتعاون مع التحقيق. "
        "وأسقطت التهم في ديسمبر بسبب غياب الأدلة، كما قالت مدعية المحكمة الجنائية الدولية، مما فتح الطريق للزيارة."
    )
    claims, mentions = run(text, [ALI, COURT])
    assert speaker_name(claims[-1], mentions) == "مدعية المحكمة الجنائية الدولية"


def test_the_phrase_runs_to_the_sentence_end() -> None:
    """«…، على ما أفاد صحافيو وكالة فرانس برس.»: the journalists of the agency, a body inside their phrase."""
    text = (
        "قال وزير الخارجية سامي العلي إن المصارف ستفتح قريبا. "
        "وفتحت المصارف أبوابها صباح الاثنين بعد إغلاق دام ثلاثة أسابيع، على ما أفاد صحافيو وكالة فرانس برس."
    )
    claims, mentions = run(text, [ALI, AFP])
    assert speaker_name(claims[-1], mentions) == "صحافيو وكالة فرانس برس"


def test_a_person_after_bihasab_ma_afada_bihi_speaks() -> None:
    """«وبحسب ما أفاد به المتحدث الرسمي لأمانة الأحساء خالد المنصور، فإن …»: و glued to the link, «به» stepped over; the
    spokesman named after his title speaks, not the person of the paragraph before."""
    text = (
        "قال وزير الخارجية سامي العلي إن الطريق سيفتتح قريبا.\n"
        "وبحسب ما أفاد به المتحدث الرسمي لأمانة الأحساء خالد المنصور، فإن الأمانة حرصت على تسمية الطريق باسم الوزير."
    )
    claims, mentions = run(text, [ALI, SPOKESMAN, BODY])
    assert speaker_name(claims[-1], mentions) == "خالد المنصور"


def test_an_object_after_kama_akkada_is_no_subject() -> None:
    """«كما أكد ضرورة التنسيق …»: كما goes on with the speaker before; the words after the cue are its object."""
    text = "قال وزير الخارجية سامي العلي إن الوضع مستقر. كما أكد ضرورة التنسيق بين الوزارات في المرحلة المقبلة."
    claims, mentions = run(text, [ALI])
    assert "ضرورة التنسيق" in claims[-1].text and speaker_name(claims[-1], mentions) == "سامي العلي"


PRESIDENT: Ent = ("عبدالله الأحمد", "person", "عبدالله الأحمد", ("الرئيس اليمني",))
MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("وزير الخارجية",))


def test_a_definite_title_opening_a_nominal_sentence_speaks() -> None:
    """«الرئيس اليمني في كلمته … أثار جدلا واسعا، حيث اعتبر»: the title written before its verb is the subject of the
    cue deep in the sentence (`continuing.nominal_title`), not the minister who spoke last."""
    text = (
        "التقى الرئيس اليمني عبدالله الأحمد وفدا من رجال الأعمال أمس. "
        "وقال وزير الخارجية سامي العلي إن الزيارة كانت ناجحة. "
        "الرئيس اليمني في كلمته أمام البرلمان أثار جدلا واسعا، حيث اعتبر أن الاتفاق مكسب للجميع."
    )
    claims, mentions = run(text, [PRESIDENT, MINISTER])
    assert speaker_name(claims[-1], mentions) == "عبدالله الأحمد"
