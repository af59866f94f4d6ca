"""Relayed speakers and descriptive phrases that hold a name, session 12 (issue 13): each test fails without its
change."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

CARTER: Ent = ("كارتر", "person", "آشتون كارتر", ())
AFP: Ent = ("وكالة الصحافة الفرنسية", "unit", "وكالة الصحافة الفرنسية", ())


def test_a_relay_cue_with_a_pronoun_gives_the_speaker_before_and_the_agency_as_source() -> None:
    # «ونقلت عنه وكالة الصحافة الفرنسية قوله»: عنه is Carter, the agency only relays his words
    text = (
        "أكد كارتر أن البلدين سيعملان معا في المنطقة. ونقلت عنه وكالة الصحافة الفرنسية قوله:"
        " «إسرائيل حجر زاوية الاستراتيجية الأميركية في الشرق الأوسط»."
    )
    claims, ms = run(text, [CARTER, AFP])
    last = claims[-1]
    assert last.text.startswith("إسرائيل حجر")
    assert speaker_name(last, ms) == "آشتون كارتر"
    assert last.source is not None and last.source.mention is not None
    assert ms[last.source.mention].canonical == "وكالة الصحافة الفرنسية"


AFKHAM: Ent = ("مرضية افخم", "person", "مرضية افخم", ())
ISNA: Ent = ("وكالة الانباء الطلابية", "unit", "وكالة الانباء الطلابية", ())


def test_an_agency_after_kama_naqalat_anha_is_no_speaker() -> None:
    # «وقالت كما نقلت عنها وكالة الانباء الطلابية «…»»: the spokeswoman speaks, the agency relays
    text = (
        "اكدت الناطقة باسم الخارجية مرضية افخم مجددا على المواقف المختلفة للبلدين."
        " وقالت كما نقلت عنها وكالة الانباء الطلابية «مواقفنا مختلفة تماما حول المسائل الاقليمية»."
    )
    claims, ms = run(text, [AFKHAM, ISNA])
    last = claims[-1]
    assert last.text.startswith("مواقفنا")
    assert speaker_name(last, ms) == "مرضية افخم"


JAFARI: Ent = ("محمد علي جعفري", "person", "محمد علي جعفري", ())


def test_a_relay_cue_with_a_pronoun_and_no_agency_is_a_claim_of_the_one_before() -> None:
    # «ونقلت عنه قوله …»: no «عن X» to read, the pronoun is the commander quoted just before
    text = (
        "نقلت وكالة الأنباء عن محمد علي جعفري قوله إن القرار غير مقبول. ونقلت عنه قوله قبل وقت قصير"
        " «بعض أجزاء القرار تجاوزت الخطوط الحمراء»."
    )
    claims, ms = run(text, [JAFARI])
    last = claims[-1]
    assert last.text.startswith("بعض أجزاء")
    assert speaker_name(last, ms) == "محمد علي جعفري"


QUDS: Ent = ("مؤسسة القدس الدولية", "unit", "مؤسسة القدس الدولية", ())
HAMMOUD: Ent = ("ياسين حمود", "person", "ياسين حمود", ())


def test_the_person_after_ala_lisan_speaks_for_the_body() -> None:
    # «ودعت مؤسسة القدس الدولية على لسان مديرها العام، ياسين حمود، إلى»: the director speaks for the foundation
    text = "ودعت مؤسسة القدس الدولية على لسان مديرها العام، ياسين حمود، إلى هبة غضب نصرة للمسجد الأقصى المبارك."
    claims, ms = run(text, [QUDS, HAMMOUD])
    assert len(claims) == 1
    assert speaker_name(claims[0], ms) == "ياسين حمود"


def test_a_body_after_ala_lisan_leaves_the_subject_alone() -> None:
    # «على لسان» with no person after it (a body, here) changes nothing: the foundation still speaks
    text = "ودعت مؤسسة القدس الدولية على لسان مكتبها الإعلامي، إلى هبة غضب نصرة للمسجد الأقصى المبارك."
    claims, ms = run(text, [QUDS, ("مكتبها الإعلامي", "unit", "مكتب المؤسسة الإعلامي", ())])
    assert len(claims) == 1
    assert speaker_name(claims[0], ms) == "مؤسسة القدس الدولية"


SALEH: Ent = ("علي عبدالله صالح", "person", "علي عبدالله صالح", ("الرئيس اليمني السابق",))


def test_a_name_inside_an_indefinite_description_is_not_the_speaker() -> None:
    # «عضو في حزب الرئيس اليمني السابق علي عبدالله صالح»: a party member speaks, Saleh only says whose party
    text = "وقال عضو في حزب الرئيس اليمني السابق علي عبدالله صالح إن الحزب يرفض القرار الأخير."
    claims, _ = run(text, [SALEH])
    sp = claims[-1].speaker
    assert sp is not None and sp.mention is None
    assert sp.text == "عضو في حزب الرئيس اليمني السابق علي عبدالله صالح"
    assert sp.kind == "descriptive"


def test_a_body_after_a_spokesman_of_is_his_affiliation_not_the_speaker() -> None:
    text = "قال متحدث باسم شركة فينيفست القابضة إن الشركة ستدرس العرض المقدم إليها."
    claims, ms = run(text, [("فينيفست", "unit", "فينيفست", ())])
    sp = claims[-1].speaker
    assert sp is not None and sp.mention is None and sp.text.startswith("متحدث باسم شركة فينيفست")
    assert sp.affiliation is not None and ms[sp.affiliation].canonical == "فينيفست"


def test_a_name_after_a_definite_title_is_its_holder() -> None:
    # «وزير الدفاع … الفريق أول صدقي صبحي»: وزير is in construct with a definite word, the name holds the title
    text = "وقال وزير الدفاع والإنتاج الحربي المصري الفريق أول صدقي صبحي إن الجيش مستعد لكل الاحتمالات."
    claims, ms = run(text, [("صدقي صبحي", "person", "صدقي صبحي", ())])
    assert speaker_name(claims[-1], ms) == "صدقي صبحي"


def test_a_body_named_bare_after_an_adjective_is_who_was_told() -> None:
    # «أبلغ مسؤولون حكوميون رويترز»: رويترز is the verb's object, not the officials' affiliation
    text = "وأبلغ مسؤولون حكوميون رويترز أنهم يتوقعون تراجع المحصول هذا العام."
    claims, _ = run(text, [("رويترز", "unit", "رويترز", ())])
    sp = claims[-1].speaker
    assert sp is not None and sp.text == "مسؤولون حكوميون"


def test_a_fronted_subject_inside_an_indefinite_description_is_the_description() -> None:
    # «لكن قائد شرطة ولاية يوبي قال»: the police chief speaks, the police only say whose chief he is
    text = "وقع الانفجار صباح اليوم. لكن قائد شرطة ولاية يوبي قال إن ثلاث انتحاريات نفذن الهجوم على المصلين."
    claims, ms = run(text, [("شرطة ولاية يوبي", "unit", "شرطة ولاية يوبي", ())])
    sp = claims[-1].speaker
    assert sp is not None and sp.mention is None and sp.text == "قائد شرطة ولاية يوبي"
    assert sp.affiliation is not None and ms[sp.affiliation].canonical == "شرطة ولاية يوبي"
