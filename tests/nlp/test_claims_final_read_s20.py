"""Final-read fixes, session 20 (FR; issue 13). Each test fails without its fix: a short main clause before «، كما
قال X» is no opening adverbial (`continuing.clause_start(short=False)` in `link_before`), «وكما» opening the sentence
is "also" like «كما», a word whose ل is a root letter does not end a postposed subject (`subject_ends` with
`morphology.lam_noun`), and «به» after «بحسب ما أفاد» opens no complement (`speech.read_complement`)."""

from __future__ import annotations

from tests.nlp.test_claims import Ent, run, speaker_name

MINISTER: Ent = ("سامي العلي", "person", "سامي العلي", ("وزير الخارجية",))
MANSOUR: Ent = ("خالد المنصور", "person", "خالد المنصور", ())
SPOKESMAN: Ent = ("خالد المنصور", "person", "خالد المنصور", ("المتحدث الرسمي",))
SAID = "قال وزير الخارجية سامي العلي إن الوضع مستقر. "


def test_a_short_main_clause_before_kama_qala_keeps_its_claim() -> None:
    """«وفتحت المصارف أبوابها، كما قال خالد المنصور»: four words before the comma are the claim, not an opener."""
    claims, mentions = run(SAID + "وفتحت المصارف أبوابها، كما قال خالد المنصور.", [MINISTER, MANSOUR])
    opened = [c for c in claims if "المصارف" in c.text]
    assert len(opened) == 1 and speaker_name(opened[0], mentions) == "خالد المنصور"


def test_wa_kama_opening_the_sentence_means_also() -> None:
    """«وكما أكد ضرورة التنسيق …»: a glued و changes nothing, the minister goes on (no descriptive «ضرورة …»)."""
    claims, mentions = run(SAID + "وكما أكد ضرورة التنسيق بين الوزارات.", [MINISTER])
    added = next(c for c in claims if "التنسيق" in c.text)
    assert speaker_name(added, mentions) == "سامي العلي"


def test_a_root_lam_does_not_end_a_postposed_subject() -> None:
    """«…، كما قالت لجنة التحقيق الدولية»: «لجنة» is no «لـ + noun» (who was told), it opens the subject."""
    claims, _ = run(SAID + "وتأخر التحقيق أسابيع، كما قالت لجنة التحقيق الدولية.", [MINISTER])
    late = next(c for c in claims if "تأخر" in c.text)
    assert late.speaker is not None and late.speaker.text.startswith("لجنة التحقيق")


def test_bihi_after_bihasab_ma_afada_opens_no_complement() -> None:
    """«وبحسب ما أفاد به المتحدث الرسمي خالد المنصور، فإن الأمانة …»: the claim is what follows «فإن», not «ه …»."""
    text = SAID + "وبحسب ما أفاد به المتحدث الرسمي خالد المنصور، فإن الأمانة حرصت على التنظيف."
    claims, mentions = run(text, [MINISTER, SPOKESMAN])
    told = next(c for c in claims if "حرصت" in c.text)
    assert told.text.startswith("الأمانة") and speaker_name(told, mentions) == "خالد المنصور"
