"""Unnamed speakers, the review of SPK7 (RVF1; issue 13, GUIDELINES 9.9, 9.15, 9.18, 9.30.12): news read past a
preposition, an indefinite body or an unnamed outlet is no one, the class noun of an unnamed agency, the relative
clause no judge of the kind, an outlet no body that makes news someone's. Each test fails without its fix (named)."""

from __future__ import annotations

from app.nlp.claims.article import Article
from app.nlp.claims.extents import qualifies
from app.nlp.claims.qualifiers import past_count
from app.nlp.claims.vocab import self_described
from app.nlp.doc import Doc
from app.nlp.normalize import normalize
from app.nlp.tokenize import split_sentences
from app.nlp.types import Mention
from tests.nlp.test_claims import first_speaker


def test_news_after_a_preposition_stays_anonymous() -> None:
    """«ووفقا لتقارير إعلامية تركية»: the news noun is read past its ل (vocab.news_noun by morphology.in_lexicon), so
    «إعلامية» makes no one of the reports (9.30.12); fails with news_noun stripping only the article."""
    assert first_speaker("ووفقا لتقارير إعلامية تركية فإن الحكومة ستستقيل.") == ("تقارير إعلامية تركية", "anonymous")


def test_an_indefinite_body_or_an_unnamed_outlet_is_no_one() -> None:
    """«وذكرت صحيفة بريطانية»، «ذكر موقع إخباري»، «وقالت وزارة»: an outlet with a nationality and an indefinite body
    noun name no one (9.9, 9.30.12): anonymous; a definite bare body stays descriptive (9.18). Fails with
    vocab.self_described taking any body or outlet noun (BODY_NOUNS) whatever its definiteness."""
    assert first_speaker("وذكرت صحيفة بريطانية أن الحكومة ستستقيل.")[1] == "anonymous"
    assert first_speaker("وذكر موقع إخباري أن الحكومة ستستقيل.")[1] == "anonymous"
    assert first_speaker("وقالت وزارة إن الحكومة ستستقيل.")[1] == "anonymous"
    assert first_speaker("وقالت الوزارة إن الحكومة ستستقيل.")[1] == "descriptive"  # guard: a definite bare body
    assert first_speaker("وقالت السلطات إن الحكومة ستستقيل.")[1] == "descriptive"


def test_an_unnamed_agency_is_no_authorless_news() -> None:
    """«وذكرت وكالة الأنباء الرسمية»: «الأنباء» names the agency the outlet word opens, not news with no author (9.30.12
    is for «تقارير، أنباء» as the subject): not anonymous; fails without zones._outlet_head keeping the outlet word as
    the phrase's head."""
    assert first_speaker("وذكرت وكالة الأنباء الرسمية أن الحكومة ستستقيل.")[1] == "descriptive"
    assert first_speaker("وذكرت الأنباء الواردة من المدينة أن الحكومة ستستقيل.")[1] == "anonymous"  # guard: news


def test_an_unnamed_agency_keeps_its_class_noun() -> None:
    """«وذكرت وكالة الأنباء الرسمية»: the outlet word is the head of the unnamed agency's name, so it stays in the
    phrase (the gold practice, train-a 513 «وكالة الأنباء الموالية لحكومة طرابلس»); fails without zones._outlet_head
    keeping it before a news word. «وكتبت صحيفة «صباح»» still steps over it to the name."""
    assert first_speaker("وذكرت وكالة الأنباء الرسمية أن الحكومة ستستقيل.") == ("وكالة الأنباء الرسمية", "descriptive")


def test_a_relative_clause_does_not_judge_the_kind() -> None:
    """«وقال المواطنون الذين خرجوا للاحتجاج على قرار الحكومة إن»: the clause stays in the phrase (9.29.3) but says what
    the people did, not who they are: the kind is judged on the words before الذين (anonymous, 9.18); fails without
    extents.whole_phrase's `own`."""
    text = "وقال المواطنون الذين خرجوا للاحتجاج على قرار الحكومة إن الأسعار مرتفعة."
    assert first_speaker(text) == ("المواطنون الذين خرجوا للاحتجاج على قرار الحكومة", "anonymous")


def test_an_outlet_makes_no_news_someone_s() -> None:
    """«معلومات حصلت عليها الوطن» read whole: the outlet that got the news is its source, the news stays anonymous
    (9.15); a ministry named in its place makes it descriptive (9.30.12). Fails with extents.body_mention taking a
    media outlet."""
    text = "وكشفت معلومات حصلت عليها الوطن أن الحكومة ستستقيل."
    start = text.index("الوطن")
    for subtype, described in (("media", False), ("government", True)):
        doc = Doc(text, split_sentences(text))
        doc.set_mentions([Mention("الوطن", start, start + len("الوطن"), "unit", "الوطن", "الوطن", subtype)])
        a = Article(doc)
        lo, hi = a.token_of(text.index("معلومات")), a.token_of(start) + 1
        assert qualifies(a, lo, hi) is described


def test_one_reading_of_a_count() -> None:
    """qualifiers.past_count, the one reading of a count (extents.counted_head and counted, qualifiers.one_source):
    past «عدد» and its vague adjectives stands من; «أحد» is no count (kept out: it lost on train-b, RVF1)."""
    text = "وقال عدد كبير من الاقتصاديين وأحد الخبراء إن الأسعار سترتفع."
    doc = Doc(text, split_sentences(text))
    doc.set_mentions([])
    a = Article(doc)
    count, one = a.token_of(text.index("عدد")), a.token_of(text.index("الخبراء")) - 1
    assert a.nt[past_count(a, count, len(a.nt)) or 0] == "من"
    assert past_count(a, one, len(a.nt)) is None
    assert first_speaker(text)[1] == "anonymous"


def test_the_spelling_of_statistics_with_ya_is_listed() -> None:
    """«الإحصائيات» is «الإحصاءات» as news often spells it: a definite head of figures (data/self_described.txt, train-a
    practice); an indefinite one is not («إحصائيات» needs what it counts). Fails without «إحصائيات» in the list."""
    assert self_described(normalize("الإحصائيات"))
    assert self_described(normalize("والإحصائيات"))
    assert not self_described(normalize("إحصائيات"))
