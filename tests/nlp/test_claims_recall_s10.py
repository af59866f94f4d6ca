"""Claim detection rules added for recall on Qala News (session 10): each test fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import ALI_SHORT, Ent, run, speaker_name

DAMATI: Ent = ("ممدوح الدماطي", "person", "ممدوح الدماطي", ())


def test_a_title_abbreviation_keeps_the_cue_and_its_content_in_one_sentence() -> None:
    text = "وأشار وزير الآثار د. ممدوح الدماطي إلى أن الحملة تهدف إلى إنقاذ المباني القديمة."
    claims, ms = run(text, [DAMATI])
    assert [c.text for c in claims] == ["الحملة تهدف إلى إنقاذ المباني القديمة"]
    assert speaker_name(claims[0], ms) == "ممدوح الدماطي"


ANADOLU: Ent = ("وكالة الأناضول", "unit", "وكالة الأناضول", ())


def test_a_postposed_cue_with_a_noun_after_it_claims_the_clause_before_the_link() -> None:
    """«…، على ما أعلنت وكالة الأناضول»: أعلن takes a noun object, but after على ما its words are the speaker."""
    text = "جمدت تركيا أموال الرئيس السابق وعدد من القادة، على ما أعلنت وكالة الأناضول للأنباء الجمعة."
    claims, ms = run(text, [ANADOLU])
    assert [c.text for c in claims] == ["جمدت تركيا أموال الرئيس السابق وعدد من القادة"]
    assert speaker_name(claims[0], ms) == "وكالة الأناضول"


def test_a_postposed_cue_with_an_unnamed_speaker_claims_the_clause_before_the_link() -> None:
    text = "قتل خمسة أشخاص وأصيب عشرة في اشتباكات قرب الميناء بحسب ما أعلن مسعفون. واندلع القتال أمس."
    claims, _ = run(text)
    assert [c.text for c in claims] == ["قتل خمسة أشخاص وأصيب عشرة في اشتباكات قرب الميناء"]


def test_a_postposed_cue_ignores_a_complement_found_further_on() -> None:
    """«…، حسبما ذكرت الهيئة …، وتبلغ … أن …»: an أن past the next comma is no complement of ذكرت."""
    text = (
        "ويفترض أن تسدد الحكومة إلى الصندوق مليار يورو، حسبما ذكرت الهيئة على موقعها الإلكتروني، "
        "وتبلغ قيمة الدفعة المقبلة مليونا يفترض أن تدفع مطلع الشهر المقبل."
    )
    claims, _ = run(text)
    assert [c.text for c in claims] == ["ويفترض أن تسدد الحكومة إلى الصندوق مليار يورو"]


def test_a_postposed_cue_keeps_its_own_complement() -> None:
    text = "وصلت القوات إلى المدينة، كما أعلن الجيش أن المعارك انتهت في الأحياء الشرقية كلها."
    claims, _ = run(text)
    assert [c.text for c in claims] == ["المعارك انتهت في الأحياء الشرقية كلها"]


def test_a_cue_in_presentation_forms_is_read_as_its_letters() -> None:
    """«ﻭﻗﺎﻟﺖ» (Arabic presentation forms, pasted from PDFs) is وقالت: a cue like any other."""
    text = "ﻭﻗﺎﻟﺖ ﺍﻟﻮﺯﺍﺭﺓ إن الطرق الجديدة ستفتح قريبا أمام السيارات."
    claims, _ = run(text)
    assert [c.text for c in claims] == ["الطرق الجديدة ستفتح قريبا أمام السيارات"]


def test_adda_with_its_complement_is_a_cue_waad_promised_is_not() -> None:
    """وعدّ أن (considered that) is too short for the و-stripping: its forms are listed; وعد بـ (promised) is no cue."""
    text = "وعد العلي المواطنين بتحسين الخدمات قريبا. وعدّ العلي أن الهجوم يمنع تكرار التجربة السابقة."
    claims, ms = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الهجوم يمنع تكرار التجربة السابقة"]
    assert speaker_name(claims[0], ms) == "سامي العلي"


def test_nabbaha_and_its_participle_are_cues() -> None:
    text = "ونبه العلي إلى أن الطرق الجديدة ستغلق غدا، منبها إلى أن الأمطار ستستمر طوال الأسبوع."
    claims, ms = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الطرق الجديدة ستغلق غدا", "الأمطار ستستمر طوال الأسبوع"]
    assert {speaker_name(c, ms) for c in claims} == {"سامي العلي"}


def test_wasala_with_a_colon_is_a_cue_with_an_object_it_is_not() -> None:
    text = 'واصل الجيش تقدمه نحو المدينة الشمالية. وواصل العلي حديثه: "الأمور كلها طيبة في المدينة".'
    claims, ms = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [("direct", "الأمور كلها طيبة في المدينة")]
    assert speaker_name(claims[0], ms) == "سامي العلي"


def test_an_honorific_after_the_cue_is_stepped_over() -> None:
    """«وبيّن سموه أن …»: سموه stands for the prince named before, and بيّن still reads straight to its أن."""
    text = "وأكد العلي أن المهرجان سيبدأ غدا في المدينة. وبين سموه أن العمل جميل للغاية."
    claims, ms = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["المهرجان سيبدأ غدا في المدينة", "العمل جميل للغاية"]
    assert speaker_name(claims[1], ms) == "سامي العلي"


def test_bayyana_with_ila_anna_is_a_cue() -> None:
    text = "وبين العلي إلى أن المجلس وجه البلدية بتنفيذ المشاريع القديمة."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["المجلس وجه البلدية بتنفيذ المشاريع القديمة"]


def test_a_narrator_link_after_a_comma_ends_the_reported_clause() -> None:
    text = "وأضاف العلي أن البلاد تقدم خدمات أمنية هائلة للجيران، الأمر الذي يفسر حرص الحكومة على دعمها."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["البلاد تقدم خدمات أمنية هائلة للجيران"]


def test_a_faail_participle_after_a_comma_ends_the_reported_clause() -> None:
    text = "وأوضح العلي أن الأمر يأتي في سياق الدعم المتواصل للقضاء، سائلا المولى أن يوفق القضاة."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الأمر يأتي في سياق الدعم المتواصل للقضاء"]


def test_bayna_between_does_not_stop_the_search_for_the_complement() -> None:
    text = 'وقال العلي في اجتماع عقد بين الوزارة والشركات الشهر الماضي "لقد أعلنا أن قدراتنا ستستمر دون قيود".'
    claims, _ = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [("direct", "لقد أعلنا أن قدراتنا ستستمر دون قيود")]


def test_an_attribution_aside_does_not_stop_the_search_for_the_complement() -> None:
    text = 'وقال العلي - حسب ما أوردته صحيفة الصباح - "الأهم بالنسبة إلينا هو رؤية السياح في الأسواق".'
    claims, _ = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [("direct", "الأهم بالنسبة إلينا هو رؤية السياح في الأسواق")]


MINISTRY: Ent = ("وزارة الدفاع", "unit", "وزارة الدفاع", ())


def test_according_to_the_statement_is_its_issuer() -> None:
    """«وبحسب البيان، فإن …»: no name after the cue, the statement's issuer named before speaks."""
    text = (
        "وأعلنت وزارة الدفاع في بيان أن الهدنة تبدأ اليوم في المدن كلها. "
        "وبحسب البيان، فإن الأعمال العسكرية ستتوقف فوق المدن المحاصرة."
    )
    claims, ms = run(text, [MINISTRY])
    assert [c.text for c in claims] == [
        "الهدنة تبدأ اليوم في المدن كلها",
        "الأعمال العسكرية ستتوقف فوق المدن المحاصرة",
    ]
    assert speaker_name(claims[1], ms) == "وزارة الدفاع"


def test_a_sentence_initial_attribution_with_no_comma_claims_the_clause_after_its_source() -> None:
    text = "وبحسب وزارة الدفاع ستتوقف الأعمال العسكرية فوق المدن المحاصرة اعتبارا من الغد."
    claims, ms = run(text, [MINISTRY])
    assert [c.text for c in claims] == ["ستتوقف الأعمال العسكرية فوق المدن المحاصرة اعتبارا من الغد"]
    assert speaker_name(claims[0], ms) == "وزارة الدفاع"


def test_a_trailing_attribution_whose_zone_stops_short_of_the_sentence_end_closes_its_clause() -> None:
    """«…، بحسب وزارة الدفاع نفسها.»: نفسها is no zone word, yet the cue still closes the clause before it."""
    text = "وقتل أربعة أشخاص في تفجير سيارة مفخخة قرب الحدود، بحسب وزارة الدفاع نفسها."
    claims, ms = run(text, [MINISTRY])
    assert [c.text for c in claims] == ["وقتل أربعة أشخاص في تفجير سيارة مفخخة قرب الحدود"]
    assert speaker_name(claims[0], ms) == "وزارة الدفاع"


def test_muqirran_a_seat_does_not_end_a_reported_clause_muqirran_bi_still_is_a_cue() -> None:
    """مقراً "as a seat" is no cue; مقراً بـ "acknowledging" is, its ب glued to the complement."""
    text = (
        "وقال العلي إن الغارات استهدفت مقرا حكوميا اتخذه المسلحون سجنا لهم. "
        "وتحدث الوزير عن الحدود، مقرا بوجود بعض الثغرات الأمنية في الشمال."
    )
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == [
        "الغارات استهدفت مقرا حكوميا اتخذه المسلحون سجنا لهم",
        "وجود بعض الثغرات الأمنية في الشمال",
    ]


def test_mutalaba_a_demand_and_mushaddada_strict_do_not_end_a_reported_clause() -> None:
    text = "وقال العلي إن الحكومة تعتزم مطالبة الملاك بطرد المخالفين وإن هناك رقابة مشددة في الأسواق."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الحكومة تعتزم مطالبة الملاك بطرد المخالفين وإن هناك رقابة مشددة في الأسواق"]


def test_a_narrator_verb_with_wa_after_a_comma_ends_the_reported_clause() -> None:
    text = "وأكد العلي أن الأمانة تسعى للتحول الإلكتروني الكامل، وتطرق الوزير في اللقاء إلى تجربة الأمانة."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الأمانة تسعى للتحول الإلكتروني الكامل"]


def test_khalusa_ila_anna_is_a_cue_khalusa_finished_is_not() -> None:
    text = "خلص الاجتماع مساء أمس بعد ساعات من النقاش. وخلص العلي إلى أن الأسعار سترتفع العام المقبل."
    claims, ms = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الأسعار سترتفع العام المقبل"]
    assert speaker_name(claims[0], ms) == "سامي العلي"


def test_one_word_after_anna_with_a_pronoun_is_a_whole_complement() -> None:
    """«تقول إنه سلمي»: after أنه/إنه one word is a clause; after a bare أن it is still too little."""
    text = "يشتبه الغرب في أن البرنامج عسكري لكن العلي يقول إنه سلمي. وقال العلي إن الجميع."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["سلمي"]


MUTAIRI: Ent = ("المطيري", "person", "عبدالله المطيري", ())


def test_a_title_abbreviation_before_the_name_is_read_in_the_zone() -> None:
    text = "وأضاف م. المطيري أن الوزارة قامت بتعميم الآلية الجديدة."
    claims, ms = run(text, [MUTAIRI])
    assert [c.text for c in claims] == ["الوزارة قامت بتعميم الآلية الجديدة"]
    assert speaker_name(claims[0], ms) == "عبدالله المطيري"


def test_the_search_for_the_complement_passes_abbreviation_dots() -> None:
    text = "وقال العلي في بيان تلقت وكالة الأنباء الألمانية (د. ب. أ) نسخة منه إن 173 مدنيا قتلوا في الغارات."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["173 مدنيا قتلوا في الغارات"]


CHINA_DAILY: Ent = ("تشاينا ديلي", "unit", "تشاينا ديلي", ())


def test_an_outlet_word_before_a_quoted_name_is_stepped_over_to_the_speaker() -> None:
    text = "وكتبت صحيفة «تشاينا ديلي» الحكومية أمس أن «مسألة الأقلية ستؤدي إلى تسميم العلاقات بين البلدين»."
    claims, ms = run(text, [CHINA_DAILY])
    assert [(c.kind, c.text) for c in claims] == [("direct", "مسألة الأقلية ستؤدي إلى تسميم العلاقات بين البلدين")]
    assert speaker_name(claims[0], ms) == "تشاينا ديلي"


NTV: Ent = ("إن تي في", "unit", "إن تي في", ())


def test_mahatta_is_an_outlet_word() -> None:
    text = "ونقلت محطة «إن تي في» أن شرطيا قتل في الاشتباكات الليلة الماضية."
    claims, ms = run(text, [NTV])
    assert [c.text for c in claims] == ["شرطيا قتل في الاشتباكات الليلة الماضية"]
    assert speaker_name(claims[0], ms) == "إن تي في"


def test_an_attribution_cue_after_a_comma_with_fa_inna_opens_its_own_clause() -> None:
    text = "وقصفت الطائرات المعسكرات ليلا، وحسب وزارة الدفاع فإن القصف استهدف معسكرات في الغرب."
    claims, ms = run(text, [MINISTRY])
    assert [c.text for c in claims] == ["القصف استهدف معسكرات في الغرب"]
    assert speaker_name(claims[0], ms) == "وزارة الدفاع"


def test_according_to_a_lam_glued_statement_is_its_issuers_claim() -> None:
    text = "ووفقا لبيان وزارة الدفاع فإن نحو عشر غارات نفذت قرب المدينة."
    claims, ms = run(text, [MINISTRY])
    assert [c.text for c in claims] == ["نحو عشر غارات نفذت قرب المدينة"]
    assert speaker_name(claims[0], ms) == "وزارة الدفاع"


def test_according_to_an_outlet_with_its_lam_and_a_quoted_name() -> None:
    text = "ووفقا لمحطة «إن تي في» التلفزيونية فإن الشرطة تحقق حاليا في جريمة القتل."
    claims, ms = run(text, [NTV])
    assert [c.text for c in claims] == ["الشرطة تحقق حاليا في جريمة القتل"]
    assert speaker_name(claims[0], ms) == "إن تي في"


def test_a_strict_cue_takes_an_anna_a_few_words_past_its_zone() -> None:
    """«وكتب العلي على حسابه في تويتر أن …»: كتب is strict, its أن four words past the speaker still counts."""
    text = "وكتب العلي على حسابه في تويتر أن كثيرين لقوا حتفهم في الحادث. كتب العلي كتابا عن الحرب."
    claims, ms = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["كثيرين لقوا حتفهم في الحادث"]
    assert speaker_name(claims[0], ms) == "سامي العلي"


def test_a_second_quotation_joined_by_wa_is_the_same_cues_next_claim() -> None:
    text = "وقال العلي إن «الحكومة ستدعم الحوار الوطني كله»، و«ستعيد بناء المدارس في المدينة»."
    claims, ms = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [
        ("direct", "الحكومة ستدعم الحوار الوطني كله"),
        ("direct", "ستعيد بناء المدارس في المدينة"),
    ]
    assert {speaker_name(c, ms) for c in claims} == {"سامي العلي"}


def test_a_second_quotation_after_lakinnahu_is_the_same_cues_next_claim() -> None:
    text = "وقال العلي إن «الحكومة ستدعم الحوار الوطني كله»، لكنه «لن يقبل بأي شروط مسبقة»."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الحكومة ستدعم الحوار الوطني كله", "لن يقبل بأي شروط مسبقة"]


def test_hinaha_then_is_a_time_word_in_the_zone() -> None:
    text = "وبين العلي حينها، أن خبراء عسكريين موجودون في البلاد لمساعدة المتمردين."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["خبراء عسكريين موجودون في البلاد لمساعدة المتمردين"]


def test_a_speech_starter_right_after_the_cue_opens_the_content() -> None:
    text = "وأكد العلي أن الحكومة ستدعم الحوار. وقال نحن نعمل الآن على إعادة إعمار البنية التحتية."
    claims, ms = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الحكومة ستدعم الحوار", "نحن نعمل الآن على إعادة إعمار البنية التحتية"]
    assert speaker_name(claims[1], ms) == "سامي العلي"


def test_a_colon_and_quotation_after_a_long_reported_clause_is_a_claim_of_its_own() -> None:
    text = (
        "ويرى العلي أن التحقيقات الجارية في الوقت الحالي ما كانت لتفتح لولا فضائح الاتحاد الأخيرة في المنطقة: "
        "«أشعر أن الوزارة استغلت هذا الحدث العالمي لاتخاذ الإجراءات»."
    )
    claims, ms = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [
        ("indirect", "التحقيقات الجارية في الوقت الحالي ما كانت لتفتح لولا فضائح الاتحاد الأخيرة في المنطقة"),
        ("direct", "أشعر أن الوزارة استغلت هذا الحدث العالمي لاتخاذ الإجراءات"),
    ]
    assert {speaker_name(c, ms) for c in claims} == {"سامي العلي"}


def test_wa_istadalla_after_a_comma_ends_the_reported_clause() -> None:
    text = "وأكد العلي أن الاعتداء جريمة نكراء بحق المصلين، واستدل بآيات من القرآن الكريم على ذلك."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الاعتداء جريمة نكراء بحق المصلين"]
