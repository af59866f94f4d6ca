"""Claim detection rules added for recall on Qala News (session 9): each test fails without its rule."""

from __future__ import annotations

from tests.nlp.test_claims import ALI_SHORT, run


def test_a_long_quotation_inside_reported_speech_is_the_direct_quote() -> None:
    text = (
        "وأكد العلي أن وزير الاقتصاد الاتحادي في حكومة بلاده «تحدث بإلحاح حول الملف الإسرائيلي» "
        "مع كل محادثيه خلال الزيارة الطويلة إلى المنطقة، و«عن الحقوق»."
    )
    claims, _ = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [("direct", "تحدث بإلحاح حول الملف الإسرائيلي")]


def test_of_several_quoted_fragments_the_longest_is_the_quote() -> None:
    text = (
        "وأكد العلي أن وزير الاقتصاد الاتحادي في حكومة بلاده تحدث «عن حقوق الإنسان» مع كل محادثيه، "
        "وأنه «سيعود إلى المنطقة قبل نهاية العام»."
    )
    claims, _ = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [("direct", "سيعود إلى المنطقة قبل نهاية العام")]


def test_bayyana_with_its_complement_at_once_is_a_cue_the_preposition_is_not() -> None:
    text = (
        "وأكد العلي أن الطرق الجديدة ستفتح قريبا. وبين أن المشروع سيكتمل قبل نهاية العام الحالي. "
        "وبين الضحايا دبلوماسي صيني وصحافي؛ إذ إن الفندق يضم سفارات عدة."
    )
    claims, ms = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الطرق الجديدة ستفتح قريبا", "المشروع سيكتمل قبل نهاية العام الحالي"]
    assert claims[1].speaker is not None and claims[1].speaker.mention is not None
    assert ms[claims[1].speaker.mention].canonical == "سامي العلي"


def test_aban_with_its_complement_is_a_cue_ibban_during_is_not() -> None:
    text = "إبان الحرب الأخيرة قال العلي إن المدارس أغلقت أبوابها. وأبان أن الوزارة ستعيد فتحها قريبا."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["المدارس أغلقت أبوابها", "الوزارة ستعيد فتحها قريبا"]


def test_zada_with_a_colon_is_a_cue_and_zada_increased_does_not_end_a_clause() -> None:
    text = 'وقال العلي إن ربط الجمعية بالوزارة لم يفعل دورها، وزادت مشاكل الوحدات السكنية. وزاد: "سنراجع القرار قريبا".'
    claims, _ = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [
        ("indirect", "ربط الجمعية بالوزارة لم يفعل دورها، وزادت مشاكل الوحدات السكنية"),
        ("direct", "سنراجع القرار قريبا"),
    ]


def test_kataba_with_a_colon_is_a_cue_with_an_object_it_is_not() -> None:
    text = 'كتب العلي كتابا عن الحرب الأخيرة في المنطقة. وكتب العلي على تويتر: "سنعيد بناء المدارس كلها".'
    claims, _ = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [("direct", "سنعيد بناء المدارس كلها")]


def test_a_cue_after_lakin_opens_a_new_clause() -> None:
    text = "وأكد العلي أن الحكومة تدعم الحوار الوطني، لكنه أكد أيضا أن الأمن أولوية قصوى."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الحكومة تدعم الحوار الوطني", "الأمن أولوية قصوى"]


def test_a_participle_after_a_comma_ends_the_reported_clause_an_adverb_does_not() -> None:
    text = (
        "وأشار العلي إلى أن المقاومة صمدت في الجبهات كلها، مثمنا جهود التحالف في إسناد المقاومة. "
        "وأكد أن الوزارة ستفتح عشرين مدرسة، منها ثلاث في القرى."
    )
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == [
        "المقاومة صمدت في الجبهات كلها",
        "الوزارة ستفتح عشرين مدرسة، منها ثلاث في القرى",
    ]


def test_bil_qawl_closing_a_narrator_verb_is_a_speech_cue() -> None:
    text = 'واختتم العلي كلمته بالقول "سنواصل العمل حتى تعود الخدمات إلى كل المدن".'
    claims, ms = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [("direct", "سنواصل العمل حتى تعود الخدمات إلى كل المدن")]
    assert claims[0].speaker is not None and claims[0].speaker.mention is not None
    assert ms[claims[0].speaker.mention].canonical == "سامي العلي"


def test_laftatan_with_its_complement_is_a_cue_the_banner_is_not() -> None:
    text = (
        "ورفع المتظاهرون لافتة كبيرة أمام الوزارة. وقالت العلي إن الحكومة ستدعم الأسر، لافتة إلى أن الدعم سيصل قريبا."
    )
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الحكومة ستدعم الأسر", "الدعم سيصل قريبا"]


def test_mufidan_with_its_complement_is_a_cue_useful_is_not() -> None:
    text = "وقال العلي إن القرار كان مفيدا للجميع، مفيدا بأن الوزارة ستراجعه بعد عام."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["القرار كان مفيدا للجميع", "الوزارة ستراجعه بعد عام"]


def test_a_short_quoted_word_near_the_start_is_the_direct_quote_a_quoted_construct_name_is_not() -> None:
    text = 'وقال العلي إن الهجوم "جبان" ولن يمر دون عقاب. وأضاف أن "والي الشمال" قتل في المعارك الأخيرة.'
    claims, _ = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [
        ("direct", "جبان"),
        ("indirect", '"والي الشمال" قتل في المعارك الأخيرة'),
    ]


def test_jaa_fi_al_bayan_with_an_an_clause_is_a_claim_jaa_dhalika_is_not() -> None:
    text = (
        "وأصدرت وزارة الداخلية بيانا أمس. وجاء في البيان أن الأجهزة الأمنية أحبطت هجوما على المطار. "
        "جاء ذلك خلال مؤتمر صحفي عقده العلي في الرياض."
    )
    claims, _ = run(text, [ALI_SHORT, ("وزارة الداخلية", "unit", "وزارة الداخلية", ())])
    assert [c.text for c in claims] == ["الأجهزة الأمنية أحبطت هجوما على المطار"]


def test_tasaala_with_a_colon_is_a_cue() -> None:
    text = "وتساءل العلي: كيف تعمل الجراحة يوميا دون طبيب تخدير؟"
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["كيف تعمل الجراحة يوميا دون طبيب تخدير"]


def test_the_clause_before_kama_or_bihasabi_ma_is_the_claim_of_the_cue_after_them() -> None:
    text = (
        "وقتل 18 شخصا في قصف على وسط المدينة، بحسب ما ذكر المرصد. "
        "وأغلقت المدارس أبوابها في المحافظة كلها، كما قال العلي."
    )
    ents = [ALI_SHORT, ("المرصد", "unit", "المرصد السوري", ())]
    claims, ms = run(text, ents)
    assert [(c.kind, c.text) for c in claims] == [
        ("indirect", "وقتل 18 شخصا في قصف على وسط المدينة"),
        ("indirect", "وأغلقت المدارس أبوابها في المحافظة كلها"),
    ]
    assert claims[1].speaker is not None and claims[1].speaker.mention is not None
    assert ms[claims[1].speaker.mention].canonical == "سامي العلي"


def test_a_further_wa_anna_complement_after_a_closed_quotation_is_a_claim_of_its_own() -> None:
    text = "وقال العلي إن «المدارس ستفتح الأحد المقبل»، وأن «الكتب وصلت إلى كل المحافظات». وإنه «لا تأجيل بعد اليوم»."
    claims, ms = run(text, [ALI_SHORT])
    assert [(c.kind, c.text) for c in claims] == [
        ("direct", "المدارس ستفتح الأحد المقبل"),
        ("direct", "الكتب وصلت إلى كل المحافظات"),
        ("direct", "لا تأجيل بعد اليوم"),
    ]
    assert all(c.speaker is not None and c.speaker.mention is not None for c in claims)
    assert {ms[c.speaker.mention].canonical for c in claims if c.speaker and c.speaker.mention is not None} == {
        "سامي العلي"
    }


def test_a_complement_far_after_a_long_occasion_phrase_is_found() -> None:
    text = (
        "وقال العلي في كلمة ألقاها أمام جمع كبير من المواطنين والمسؤولين المحليين في القاعة الكبرى بمقر "
        "المحافظة مساء أمس خلال الحفل السنوي الذي أقامته الجمعية الخيرية لأبناء المنطقة بمناسبة مرور "
        "عشرين عاما على تأسيسها إن الجمعية ستواصل عملها في كل القرى."
    )
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الجمعية ستواصل عملها في كل القرى"]


def test_itabara_takes_a_noun_phrase_complement() -> None:
    text = "واعتبر العلي الحادث مؤشرا خطيرا على تدهور الأمن في المنطقة."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["الحادث مؤشرا خطيرا على تدهور الأمن في المنطقة"]


def test_naqala_with_no_an_reads_as_reported_by_its_subject() -> None:
    text = "ونقلت الأناضول أن شرطيا قتل في الاشتباكات الليلية."
    claims, ms = run(text, [("الأناضول", "unit", "الأناضول", ())])
    assert [c.text for c in claims] == ["شرطيا قتل في الاشتباكات الليلية"]
    assert claims[0].speaker is not None and claims[0].speaker.mention is not None
    assert ms[claims[0].speaker.mention].canonical == "الأناضول"


def test_the_cues_own_preposition_before_an_does_not_block_the_complement() -> None:
    text = "وحذر بنك «سوسيتيه جنرال» من أن فضيحة الفساد في الشركة ستؤثر على الاقتصاد."
    claims, _ = run(text, [("سوسيتيه جنرال", "unit", "سوسيتيه جنرال", ())])
    assert [c.text for c in claims] == ["فضيحة الفساد في الشركة ستؤثر على الاقتصاد"]


def test_iddaa_with_its_complement_is_a_cue() -> None:
    text = "وادعى العلي أن المشروع اكتمل قبل موعده بشهرين."
    claims, _ = run(text, [ALI_SHORT])
    assert [c.text for c in claims] == ["المشروع اكتمل قبل موعده بشهرين"]
