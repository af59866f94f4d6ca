"""A title used alone speaks as the holder its words point to (session 17, issue 13): the body that closes the
title, a title word glued to ب, a party's nisba; and «أجمع» is a speech cue. Each test fails without its change."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

SALEHI: Ent = ("علي أكبر صالحي", "person", "علي أكبر صالحي", ("رئيس منظمة الطاقة الذرية الإيرانية",))
LARIJANI: Ent = ("علي لاريجاني", "person", "علي لاريجاني", ("رئيس البرلمان",))
AEOI: Ent = ("منظمة الطاقة الذرية الإيرانية", "unit", "منظمة الطاقة الذرية الإيرانية", ())
AU: Ent = ("الاتحاد الأفريقي", "unit", "الاتحاد الأفريقي", ())
OBAMA: Ent = ("باراك أوباما", "person", "باراك أوباما", ("الرئيس الأميركي",))
SISI: Ent = ("عبدالفتاح السيسي", "person", "عبدالفتاح السيسي", ())
MEDVEDEV: Ent = ("ديمتري ميدفيديف", "person", "ديمتري ميدفيديف", ())
PUTIN: Ent = ("فلاديمير بوتين", "person", "فلاديمير بوتين", ("الرئيس الروسي",))
GABRIEL: Ent = ("سيغمار غابرييل", "person", "سيغمار غابرييل", ("وزير الاقتصاد الألماني",))
AUSTRALIA: Ent = ("أستراليا", "place", "أستراليا", ())


def test_the_body_closing_a_title_picks_its_holder() -> None:
    # «رئيس | منظمة الطاقة الذرية الإيرانية»: not the latest holder of رئيس, the one whose title holds that body
    text = (
        "زار رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي البرلمان. والتقى رئيس البرلمان علي لاريجاني "
        "النواب. وقد صرح رئيس منظمة الطاقة الذرية الإيرانية أمس بأن الاتفاق لا يحتاج إلى تصويت."
    )
    claims, ms = run(text, [SALEHI, LARIJANI, AEOI])
    assert speaker_name(claims[-1], ms) == "علي أكبر صالحي"


def test_a_body_after_a_definite_title_is_the_verbs_object() -> None:
    # (fails when the body after any title is read as closing it) «ودعا الرئيس الأميركي الاتحاد الأفريقي»: the
    # union is who was called on, the president speaks
    text = (
        "وصل الرئيس الأميركي باراك أوباما إلى أديس أبابا. "
        "ودعا الرئيس الأميركي الاتحاد الأفريقي إلى استخدام نفوذه لوقف الحرب في جنوب السودان."
    )
    claims, ms = run(text, [OBAMA, AU])
    assert speaker_name(claims[-1], ms) == "باراك أوباما"


def test_a_title_word_glued_to_bi_introduces_its_holder() -> None:
    # «التقى برئيس الوزراء الروسي ديمتري ميدفيديف»: برئيس is his title as much as رئيس
    text = (
        "التقى عبدالفتاح السيسي برئيس الوزراء الروسي ديمتري ميدفيديف الذي نقل تحيات الرئيس الروسي فلاديمير بوتين. "
        "وأضاف رئيس الوزراء الروسي أن العلاقات بين البلدين قوية."
    )
    claims, ms = run(text, [SISI, MEDVEDEV, PUTIN])
    assert speaker_name(claims[-1], ms) == "ديمتري ميدفيديف"


def test_a_party_nisba_does_not_tell_the_minister_apart() -> None:
    # «الوزير الاشتراكي الديمقراطي» adds a party, not a country: the German minister named before
    text = (
        "وصل وزير الاقتصاد الألماني سيغمار غابرييل إلى طهران. "
        'وقال الوزير الاشتراكي الديمقراطي: "يجب تغليب التواصل على القطيعة".'
    )
    claims, ms = run(text, [GABRIEL])
    assert speaker_name(claims[-1], ms) == "سيغمار غابرييل"


def test_a_country_the_article_names_still_tells_holders_apart() -> None:
    # (fails when any added nisba is let through) «وزير الاقتصاد الأسترالي» is not the German minister
    text = 'وصل وزير الاقتصاد الألماني سيغمار غابرييل إلى أستراليا. وقال وزير الاقتصاد الأسترالي: "نرحب بالزيارة".'
    claims, ms = run(text, [GABRIEL, AUSTRALIA])
    assert speaker_name(claims[-1], ms) == "وزير الاقتصاد الأسترالي"


CATALONIA: Ent = ("كتالونيا", "place", "كتالونيا", ())
CATALAN = 'وصل وزير الاقتصاد الألماني سيغمار غابرييل إلى كتالونيا. وقال وزير الاقتصاد الكتالوني: "نرحب بالزيارة".'


def test_only_the_articles_place_makes_a_nisba_national() -> None:
    # كتالونيا is no state (data/states.txt): named in the article, «الكتالوني» tells the holders apart
    claims, ms = run(CATALAN, [GABRIEL, CATALONIA])
    assert speaker_name(claims[-1], ms) == "وزير الاقتصاد الكتالوني"


def test_without_the_place_mention_the_nisba_is_no_country() -> None:
    # the same words with كتالونيا untagged: «الكتالوني» names no country the article knows, so the German minister
    claims, ms = run(CATALAN, [GABRIEL])
    assert speaker_name(claims[-1], ms) == "سيغمار غابرييل"


def test_a_direction_in_a_place_name_is_no_country() -> None:
    # (fails when every word of a place mention counts) «جنوب السودان» makes no «الجنوبي» national
    text = 'وصل وزير الاقتصاد الألماني سيغمار غابرييل إلى جنوب السودان. وقال وزير الاقتصاد الجنوبي: "نرحب بالزيارة".'
    claims, ms = run(text, [GABRIEL, ("جنوب السودان", "place", "جنوب السودان", ())])
    assert speaker_name(claims[-1], ms) == "سيغمار غابرييل"


def test_ajmaa_is_a_speech_cue() -> None:
    text = "أجمع علماء وأئمة مساجد في السعودية على أن التفجير جريمة نكراء. وتضامن العالم أجمع مع الضحايا."
    claims, _ = run(text, [])
    assert [c.cue for c in claims] == ["أجمع"]


HADI: Ent = ("عبد ربه منصور هادي", "person", "عبد ربه منصور هادي", ("الرئيس اليمني",))
ADVISER: Ent = ("ياسين مكاوي", "person", "ياسين مكاوي", ("مستشار الرئيس اليمني",))


def test_an_advisers_title_does_not_make_him_the_principal() -> None:
    # «مستشار الرئيس اليمني ياسين مكاوي» names whom he serves: «وقال الرئيس اليمني» is Hadi, not the latest adviser
    text = (
        "استقبل الرئيس اليمني عبد ربه منصور هادي الوفد في الرياض. "
        "وحضر اللقاء مستشار الرئيس اليمني ياسين مكاوي. "
        "وقال الرئيس اليمني إن الحكومة ماضية في استعادة الدولة."
    )
    claims, ms = run(text, [HADI, ADVISER])
    assert speaker_name(claims[-1], ms) == "عبد ربه منصور هادي"
