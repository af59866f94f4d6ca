"""Review findings on the session-13 claim rules (RVF): each test fails without its fix."""

from __future__ import annotations

from app.nlp.claims.article import Article
from app.nlp.claims.config import LIMITS
from app.nlp.claims.speaker import plural
from app.nlp.doc import Doc
from app.nlp.normalize import normalize
from app.nlp.tokenize import split_sentences


def test_a_headline_is_measured_in_words_not_marks() -> None:
    """A first line of 24 words and 5 commas (29 tokens) is still a headline: `in_headline` counts words against
    its own limit (LIMITS.headline_line_words), not tokens against the colon statement's headline_max_words."""
    line = "، ".join(["الوزير يزور المدينة اليوم"] * 6)
    text = line + "\nوقال الوزير إن الزيارة ناجحة."
    doc = Doc(text, split_sentences(text))
    doc.set_mentions([])
    a = Article(doc)
    assert a.para.index(1) > LIMITS.headline_line_words >= 24
    assert a.in_headline(0) and not a.in_headline(len(a.nt) - 1)


def test_a_singular_with_a_pronoun_suffix_is_no_plural() -> None:
    """`plural`: مصدرها، مصدرنا، المسؤولة differ from their stem by a suffix or ة only; مصادرها is plural."""
    assert all(plural(normalize(w)) for w in ("مصادر", "المسؤولون", "مسؤولين", "مصادرها", "مصادرنا"))
    assert not any(plural(normalize(w)) for w in ("مصدر", "مصدرها", "مصدرنا", "المسؤولة", "المتحدث"))
