"""Bare definite people-words as unnamed speakers, session 26 (BDP1; issue 13; GUIDELINES 9.13, 9.36.2): a lone
definite plural read as its sentence's source before a participle or a plural verb is the unnamed speaker introduced
before under its head, with his kind, as it is when written right after the verb."""

from __future__ import annotations

from tests.nlp.test_claims import run


def speaker_and_kind(text: str, words: str) -> tuple[str, str]:
    """The speaker phrase and kind of the claim holding `words`."""
    claims, _ = run(text, [])
    said = next(c for c in claims if words in c.text)
    assert said.speaker is not None
    return said.speaker.text, said.speaker.kind


def test_a_bare_plural_source_before_a_participle_is_the_phrase_that_introduced_it() -> None:
    """«قال محققون في الشرطة المحلية إن … . واتهم المحققون الشركة بالإهمال، مؤكدين أن …»: the investigators are
    the ones introduced, descriptive; fails without `continuing.introduced_source` (read as the bare word, anonymous).
    Guard: with no earlier phrase of that head the bare word stands as read."""
    text = (
        "وقال محققون في الشرطة المحلية إن الحريق بدأ في المستودع. واتهم المحققون الشركة بالإهمال، مؤكدين أن "
        "أجهزة الإنذار كانت معطلة منذ أشهر."
    )
    assert speaker_and_kind(text, "أجهزة الإنذار") == ("محققون في الشرطة المحلية", "descriptive")
    alone = "واتهم المتظاهرون الحكومة بالإهمال، مؤكدين أن أجهزة الإنذار كانت معطلة منذ أشهر."
    assert speaker_and_kind(alone, "أجهزة الإنذار") == ("المتظاهرون", "anonymous")


def test_a_bare_plural_source_in_the_sentence_before_a_plural_verb_is_the_introducing_phrase() -> None:
    """«… . وانتقد المزارعون القرار. وأكدوا أن …»: the plural cue opening its sentence goes to the source after the
    verb before, and that bare word to the phrase that introduced the farmers («مزارعون من قرى الجنوب»)."""
    text = (
        "وقال مزارعون من قرى الجنوب إن المحصول تراجع هذا العام. وانتقد المزارعون قرار رفع الأسعار. وأكدوا أن "
        "الدعم الحكومي لم يصل إليهم."
    )
    assert speaker_and_kind(text, "الدعم الحكومي") == ("مزارعون من قرى الجنوب", "descriptive")


def test_a_bare_definite_noun_introduced_before_with_a_description_is_descriptive() -> None:
    """«أصيب طلاب في جامعة المدينة … . وقال الطلاب إن …»: the students the article described are that group,
    descriptive, written as they stand (9.32.31, 9.36.2); fails without `continuing.introduced_group` (a bare definite
    noun, anonymous). Guards: introduced with no description («طلاب») or not introduced at all, it stays anonymous."""
    text = "أصيب طلاب في جامعة المدينة بجروح أمس. وقال الطلاب إن الشرطة أطلقت الغاز عليهم."
    assert speaker_and_kind(text, "أطلقت") == ("الطلاب", "descriptive")
    plain = "أصيب طلاب بجروح أمس. وقال الطلاب إن الشرطة أطلقت الغاز عليهم."
    assert speaker_and_kind(plain, "أطلقت") == ("الطلاب", "anonymous")
    alone = "وقال الطلاب إن الشرطة أطلقت الغاز عليهم."
    assert speaker_and_kind(alone, "أطلقت") == ("الطلاب", "anonymous")


def test_a_bare_definite_noun_after_an_attribution_word_takes_the_described_group() -> None:
    """«وبحسب الطلاب، فإن …» after «طلاب في جامعة المدينة»: the same through an attribution (`attribution`)."""
    text = "أصيب طلاب في جامعة المدينة بجروح أمس. وبحسب الطلاب، فإن الشرطة أطلقت الغاز عليهم."
    assert speaker_and_kind(text, "أطلقت") == ("الطلاب", "descriptive")


def test_media_leaks_are_news_no_one_s() -> None:
    """«تسريبات إعلامية»: leaks are news, anonymous unless a body is named (data/news_nouns.txt; GUIDELINES 9.30.12,
    train-a 100); fails without «تسريبات» listed (read descriptive on the field nisba «إعلامية»), and then «هذه
    التسريبات» took that kind through `continuing.introduced_group`."""
    assert speaker_and_kind("وقالت تسريبات إعلامية إن الوزير سيستقيل.", "الوزير") == ("تسريبات إعلامية", "anonymous")
    text = "كشفت تسريبات إعلامية عن قرار جديد. وأكدت هذه التسريبات أن الوزير سيستقيل."
    assert speaker_and_kind(text, "الوزير")[1] == "anonymous"


def test_there_are_those_who_say_is_an_unnamed_speaker() -> None:
    """«وهناك من يقول إن …»، «وثمة من يرى أن …»: the «من» after an existential word is the speaker, anonymous, not
    the one named before (train-a 345 c4); fails without `speech.existential_who` (the claim went to سامي العلي)."""
    ali = ("سامي العلي", "person", "سامي العلي", ())
    for text in (
        "وقال سامي العلي إن الوضع مستقر. وهناك من يقول إن الحكومة فشلت في إدارة الأزمة.",
        "وقال سامي العلي إن الوضع مستقر. وثمة من يرى أن الحكومة فشلت في إدارة الأزمة.",
    ):
        claims, _ = run(text, [ali])
        said = next(c for c in claims if "فشلت" in c.text)
        assert said.speaker is not None
        assert (said.speaker.text, said.speaker.kind) == ("من", "anonymous")
