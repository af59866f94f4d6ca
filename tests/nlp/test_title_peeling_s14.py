"""Titles the entity rules peel off around a name, session 14 (issue 13).

Each test fails without its change, except test_a_role_after_a_preposition_is_no_title_of_the_name_before_it: a guard
that passes on the code before session 14 and fails only on the first change (wider titles) without the second.
"""

from __future__ import annotations

from app.nlp.claims import extract_claims
from app.nlp.entities import _after_preposition, _glued_rank_first
from app.nlp.tokenize import split_sentences
from app.nlp.types import Mention
from tests.nlp.test_claims import speaker_name
from tests.nlp.test_entities import _mentions


def _person(ms: list[Mention], name: str) -> Mention:
    """The first person mention written as `name`."""
    return next(m for m in ms if m.type == "person" and m.text == name)


def test_a_long_title_before_the_name_is_kept_whole() -> None:
    # eleven words from the role head to the rank: the old reach of seven words found no role head
    text = (
        "وألقى المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد"
        " الشيخ عبدالمجيد العمري كلمة في الحفل."
    )
    m = _person(_mentions(text, {"عبدالمجيد": "PER", "العمري": "PER"}), "عبدالمجيد العمري")
    assert "المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد" in m.titles


def test_a_definite_role_head_opens_a_title() -> None:
    # «الرئيس» with the article was no role head (only the bare رئيس was): the title before the rank was lost
    text = "وأوضح الرئيس العام لرعاية الشباب الأمير عبدالله بن مساعد أن القرار نهائي."
    m = _person(_mentions(text, {"عبدالله": "PER", "بن": "PER", "مساعد": "PER"}), "عبدالله بن مساعد")
    assert "الرئيس العام لرعاية الشباب" in m.titles


def test_a_definite_title_after_the_name_is_his() -> None:
    text = "كشف الأمير عبدالله بن مساعد، الرئيس العام لرعاية الشباب، أن القرار نهائي."
    m = _person(_mentions(text, {"عبدالله": "PER", "بن": "PER", "مساعد": "PER"}), "عبدالله بن مساعد")
    assert "الرئيس العام لرعاية الشباب" in m.titles


def test_a_title_that_runs_into_another_name_is_that_ones() -> None:
    # the object's title after the subject's name: «الرئيس الفرنسي» is Hollande's, not the prince's
    text = "واستقبل الأمير محمد بن سلمان الرئيس الفرنسي فرنسوا هولاند في جدة."
    tags = {"محمد": "PER", "بن": "PER", "سلمان": "PER", "فرنسوا": "PER", "هولاند": "PER"}
    ms = _mentions(text, tags)
    assert not any("الفرنسي" in t for t in _person(ms, "محمد بن سلمان").titles)
    assert "الرئيس الفرنسي" in _person(ms, "فرنسوا هولاند").titles


def test_a_quoted_programme_name_stays_inside_the_title() -> None:
    text = "وقال رئيس اللجنة الفنية لبرنامج ” فطن ” الدكتور عبدالرحمن البراك إن البرنامج يبدأ غدا."
    m = _person(_mentions(text, {"عبدالرحمن": "PER", "البراك": "PER"}), "عبدالرحمن البراك")
    assert "رئيس اللجنة الفنية لبرنامج ” فطن ”" in m.titles


def test_a_title_does_not_reach_over_another_persons_name() -> None:
    # twelve words back from «اللواء» reach «وزير الداخلية» over «عثمان المحرج»: the minister is neither's title
    text = "وبتوجيه من وزير الداخلية قام الفريق عثمان المحرج يرافقه اللواء خالد الحربي بزيارة المصابين."
    ms = _mentions(text, {"عثمان": "PER", "المحرج": "PER", "خالد": "PER", "الحربي": "PER"})
    assert not any("وزير" in t for t in _person(ms, "خالد الحربي").titles)


def test_the_holder_of_a_long_title_speaks_when_it_is_repeated() -> None:
    # the pipeline's own titles (no hand-listed ones): «المدير العام …» said later is the director named first
    text = (
        "وألقى المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد"
        " الشيخ عبدالمجيد العمري كلمة في الحفل. وأشار المدير العام للعلاقات الخارجية إلى أن الحوار ضروري."
    )
    ms = _mentions(text, {"عبدالمجيد": "PER", "العمري": "PER"})
    claims = extract_claims(text, split_sentences(text), ms)
    assert speaker_name(claims[-1], ms) == "عبدالمجيد العمري"


def test_a_role_after_a_preposition_is_no_title_of_the_name_before_it() -> None:
    # «للرئيس الروسي» after the king's name: to the president, not the king's title
    text = "وسينقل الجبير تحيات الملك سلمان بن عبدالعزيز للرئيس الروسي خلال اللقاء."
    ms = _mentions(text, {"الجبير": "PER", "سلمان": "PER", "بن": "PER", "عبدالعزيز": "PER"})
    assert not any("الروسي" in t for t in _person(ms, "سلمان بن عبدالعزيز").titles)


def test_the_apposition_after_another_name_is_that_ones() -> None:
    # the words after «صالحي» are his titles; «عراقجي»'s begin at the و joining the second person
    text = (
        "وعقد اجتماع مع علي أكبر صالحي رئيس منظمة الطاقة الذرية الإيرانية ومساعد وزير الخارجية الإيراني"
        " وكبير المفاوضين عباس عراقجي أمس."
    )
    tags = {"علي": "PER", "أكبر": "PER", "صالحي": "PER", "عباس": "PER", "عراقجي": "PER"}
    araghchi = _person(_mentions(text, tags), "عباس عراقجي")
    assert araghchi.titles == ("مساعد وزير الخارجية الإيراني وكبير المفاوضين",)


def test_a_title_after_one_name_and_a_comma_is_not_the_next_names() -> None:
    text = "ويتكون المجلس من علي شمخاني الأمين العام، وحسن روحاني رئيس الجمهورية، وقادة الجيش."
    tags = {"علي": "PER", "شمخاني": "PER", "وحسن": "PER", "روحاني": "PER"}
    rouhani = next(m for m in _mentions(text, tags) if m.text.endswith("روحاني"))  # «وحسن»: no lexicon to peel و
    assert "الأمين العام" not in rouhani.titles and "رئيس الجمهورية" in rouhani.titles


def test_a_second_title_with_no_wa_is_a_title_of_its_own() -> None:
    # «وزير الدفاع» after the definite «الوزراء»: no construct joins them, so two titles, not one string
    text = "وأكد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان أن العمليات مستمرة."
    m = _person(_mentions(text, {"محمد": "PER", "بن": "PER", "سلمان": "PER"}), "محمد بن سلمان")
    assert "النائب الثاني لرئيس مجلس الوزراء" in m.titles and "وزير الدفاع" in m.titles


def test_a_construct_chain_is_not_cut_before_a_role_head() -> None:
    # «مكتب رئيس الوزراء»: the indefinite «مكتب» governs «رئيس», one title
    text = "وقال مدير مكتب رئيس الوزراء أحمد الخالدي إن الزيارة تأجلت."
    m = _person(_mentions(text, {"أحمد": "PER", "الخالدي": "PER"}), "أحمد الخالدي")
    assert m.titles == ("مدير مكتب رئيس الوزراء",)


def test_a_title_after_the_name_does_not_end_on_a_preposition() -> None:
    # the five-word reach after the name stops inside «في أفغانستان»: the title ends before «في»
    text = "وقال الجنرال جون كامبل قائد قوات الحلف الأطلسي في أفغانستان إن الوضع صعب."
    m = _person(_mentions(text, {"جون": "PER", "كامبل": "PER"}), "جون كامبل")
    assert "قائد قوات الحلف الأطلسي" in m.titles


def test_a_second_title_joined_by_wa_is_a_title_of_its_own() -> None:
    text = "وقال نائب الرئيس اليمني ورئيس الحكومة خالد بحاح إن الحكومة ستعود."
    m = _person(_mentions(text, {"خالد": "PER", "بحاح": "PER"}), "خالد بحاح")
    assert "نائب الرئيس اليمني" in m.titles and "رئيس الحكومة" in m.titles


def test_a_rank_keeps_the_words_after_its_head() -> None:
    # «أول» after «الفريق» is part of the rank, so the role title before it ends there
    text = "وقال رئيس هيئة الأركان المشتركة الفريق أول مشعل الزبن إن الحدود آمنة."
    m = _person(_mentions(text, {"مشعل": "PER", "الزبن": "PER"}), "مشعل الزبن")
    assert "الفريق أول" in m.titles and "رئيس هيئة الأركان المشتركة" in m.titles


def test_a_title_drops_the_preposition_glued_to_it() -> None:
    text = "والتقى الوزير بالرئيس عبد الفتاح السيسي في القاهرة."
    tags = {"بالرئيس": "PER", "عبد": "PER", "الفتاح": "PER", "السيسي": "PER"}
    assert _person(_mentions(text, tags), "عبد الفتاح السيسي").titles == ("الرئيس",)  # «الوزير» is the subject's


def test_stacked_ranks_are_titles_of_their_own() -> None:
    text = "وألقى خطبة الجمعة الشيخ الدكتور عبدالرحمن السديس في المسجد الحرام."
    m = _person(_mentions(text, {"عبدالرحمن": "PER", "السديس": "PER"}), "عبدالرحمن السديس")
    assert "الشيخ" in m.titles and "الدكتور" in m.titles and "الشيخ الدكتور" not in m.titles


def test_an_honorific_of_several_words_is_peeled_like_a_rank() -> None:
    text = "وأكد نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف أن الأمن مستتب."
    m = _person(_mentions(text, {"محمد": "PER", "بن": "PER", "نايف": "PER"}), "محمد بن نايف")
    assert {"الأمير", "صاحب السمو الملكي", "نائب خادم الحرمين الشريفين"} <= set(m.titles)


def test_a_foreign_rank_ends_the_role_before_it() -> None:
    text = "وقال المتحدث باسم الجيش الكولونيل ساني عثمان إن الهجوم صد."
    m = _person(_mentions(text, {"ساني": "PER", "عثمان": "PER"}), "ساني عثمان")
    assert "الكولونيل" in m.titles and "المتحدث باسم الجيش" in m.titles


def test_a_definite_role_head_after_a_definite_word_opens_a_second_title() -> None:
    text = "وقال رئيس اللجنة التنفيذية المتحدث الرسمي باسم الانتخابات المهندس جديع القحطاني إن التسجيل بدأ."
    m = _person(_mentions(text, {"جديع": "PER", "القحطاني": "PER"}), "جديع القحطاني")
    assert "رئيس اللجنة التنفيذية" in m.titles and "المتحدث الرسمي باسم الانتخابات" in m.titles


def test_a_role_head_in_the_accusative_is_no_title() -> None:
    # «رئيسا للوزراء»: what he served as, said of the name after it, not his title
    text = "وعمل رئيسا للوزراء في عهد الرئيس الأسبق حسني مبارك لسنوات."
    m = _person(_mentions(text, {"حسني": "PER", "مبارك": "PER"}), "حسني مبارك")
    assert not any("رئيسا" in t for t in m.titles)


def test_a_name_inside_a_title_closes_it_before_a_second_one() -> None:
    text = "وافتتح أمير منطقة عسير رئيس مجلس التنمية السياحية الأمير فيصل بن خالد المهرجان."
    tags = {"عسير": "LOC", "فيصل": "PER", "بن": "PER", "خالد": "PER"}
    m = _person(_mentions(text, tags), "فيصل بن خالد")
    assert "أمير منطقة عسير" in m.titles and "رئيس مجلس التنمية السياحية" in m.titles


def test_a_clause_before_the_kings_honorific_is_no_title_of_his() -> None:
    # issue 13: «وزير العدل … التعازي لخادم الحرمين الشريفين الملك سلمان» gave the king the minister's title
    text = (
        "ورفع وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد الصمعاني التعازي لخادم الحرمين الشريفين"
        " الملك سلمان بن عبدالعزيز في وفاة الأمير."
    )
    tags = {"وليد": "PER", "الصمعاني": "PER", "سلمان": "PER", "بن": "PER", "عبدالعزيز": "PER"}
    king = _person(_mentions(text, tags), "سلمان بن عبدالعزيز")
    assert set(king.titles) == {"خادم الحرمين الشريفين", "الملك"}


def test_an_honorific_governed_by_a_role_head_stays_in_that_title() -> None:
    text = "وقال سفير خادم الحرمين الشريفين أحمد قطان إن العلاقات متينة."
    m = _person(_mentions(text, {"أحمد": "PER", "قطان": "PER"}), "أحمد قطان")
    assert m.titles == ("سفير خادم الحرمين الشريفين",)


def test_a_title_does_not_run_over_a_clause_particle() -> None:
    text = "وكان الرئيس الفرنسي قد أصدر قرارا بمنح الوزير منير عبد النور وساما رفيعا."
    m = _person(_mentions(text, {"منير": "PER", "عبد": "PER", "النور": "PER"}), "منير عبد النور")
    assert not any("الفرنسي" in t for t in m.titles)


def test_a_profession_before_the_name_is_a_title() -> None:
    text = "وقال المحامي سعود الحمام إن القضية ستنظر الأسبوع المقبل."
    m = _person(_mentions(text, {"سعود": "PER", "الحمام": "PER"}), "سعود الحمام")
    assert m.titles == ("المحامي",)


def test_an_epithet_before_the_name_is_peeled_like_a_rank() -> None:
    text = "وقالت مصادر إن قوات المخلوع علي عبدالله صالح انسحبت من المدينة."
    m = _person(_mentions(text, {"علي": "PER", "عبدالله": "PER", "صالح": "PER"}), "علي عبدالله صالح")
    assert m.titles == ("المخلوع",)


def test_a_role_head_whose_wa_is_its_own_letter_does_not_join_a_second_title() -> None:
    # «وزير» begins with و but is one word: the words after «شمخاني» are his, and with the comma none is «روحاني»'s
    text = "ويتكون المجلس من علي شمخاني وزير الدفاع، وحسن روحاني رئيس الجمهورية، وقادة الجيش."
    tags = {"علي": "PER", "شمخاني": "PER", "وحسن": "PER", "روحاني": "PER"}
    rouhani = next(m for m in _mentions(text, tags) if m.text.endswith("روحاني"))
    assert "وزير الدفاع" not in rouhani.titles and "رئيس الجمهورية" in rouhani.titles


def test_a_title_after_a_name_ends_where_the_next_names_title_joins() -> None:
    text = "وعقد اجتماع مع علي أكبر صالحي رئيس المنظمة ومساعد وزير الخارجية عباس عراقجي أمس."
    tags = {"علي": "PER", "أكبر": "PER", "صالحي": "PER", "عباس": "PER", "عراقجي": "PER"}
    salehi = _person(_mentions(text, tags), "علي أكبر صالحي")
    assert salehi.titles == ("رئيس المنظمة",)


def test_an_honorific_after_a_glued_preposition_is_read_through_the_clitic_stripper() -> None:
    # RVF2: ب/ل before an honorific's first word (لخادم، بصاحب) is cut by morphology.without_conjunction, و is not
    assert _glued_rank_first("لخادم") == "خادم" and _glued_rank_first("بصاحب") == "صاحب"
    assert _glued_rank_first("وخادم") is None and _glued_rank_first("خادم") is None
    assert _glued_rank_first("لسفير") is None  # a word after ل, but no honorific's first word
    assert _after_preposition("لخادم") and _after_preposition("بالرئيس") and not _after_preposition("خادم")


def test_a_construct_head_joined_by_wa_opens_the_next_names_title() -> None:
    # RVF2 (review finding 3): «وكبير المفاوضين» joins the second name's title as «ومساعد» does: صالحي keeps his
    # title up to the و and عراقجي's begins there (كبير was no role word: صالحي lost his, عراقجي got both)
    text = "وعقد اجتماع مع علي أكبر صالحي رئيس المنظمة وكبير المفاوضين عباس عراقجي أمس."
    tags = {"علي": "PER", "أكبر": "PER", "صالحي": "PER", "عباس": "PER", "عراقجي": "PER"}
    ms = _mentions(text, tags)
    assert _person(ms, "علي أكبر صالحي").titles == ("رئيس المنظمة",)
    assert _person(ms, "عباس عراقجي").titles == ("كبير المفاوضين",)


def test_a_construct_head_with_no_definite_word_after_it_joins_no_title() -> None:
    # «وكبير» before no definite genitive is no title head: the words after صالحي still give him no title
    text = "وعقد اجتماع مع علي أكبر صالحي رئيس المنظمة وكبير عباس عراقجي أمس."
    tags = {"علي": "PER", "أكبر": "PER", "صالحي": "PER", "عباس": "PER", "عراقجي": "PER"}
    assert _person(_mentions(text, tags), "علي أكبر صالحي").titles == ()
