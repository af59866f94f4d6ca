"""Quotation-mark pairing on short Arabic lines: exact token indexes and character offsets."""

from __future__ import annotations

from app.nlp.quotes import (
    CLOSING_QUOTES,
    CURLY_CLOSE,
    GUILLEMET_CLOSE,
    OPENER_OF,
    OPENING_QUOTES,
    QUOTE_MARKS,
    SYMMETRIC_QUOTES,
    Quote,
    closes_opened,
    pair_quotes,
)
from app.nlp.tokenize import Token, tokenize


def paragraphs(text: str, toks: list[Token]) -> list[int]:
    """Paragraph number of every token (a line break between two tokens starts a new one)."""
    para: list[int] = []
    p = 0
    for i, t in enumerate(toks):
        if i and "\n" in text[toks[i - 1].end : t.start]:
            p += 1
        para.append(p)
    return para


def pair(text: str, cut_words: tuple[str, ...] = ()) -> tuple[list[Token], list[Quote]]:
    """Tokenise and pair; an unclosed quote is cut at any token whose text is in cut_words."""
    toks = tokenize(text)

    def cut_at(k: int) -> bool:
        """True for a token listed in cut_words."""
        return toks[k].text in cut_words

    return toks, pair_quotes(text, toks, paragraphs(text, toks), cut_at)


def spans(text: str, toks: list[Token], quotes: list[Quote]) -> list[tuple[int, int, bool]]:
    """Character offset of each opener and of its closer (or cut token, or end of text), with closed."""
    out = []
    for q in quotes:
        end = toks[q.end_i].start if q.end_i < len(toks) else len(text)
        out.append((toks[q.open_i].start, end, q.closed))
    return out


def test_guillemets_pair() -> None:
    """« … » pairs its opener and closer tokens."""
    text = "قال الوزير «نحن مستعدون للحوار» أمس"
    toks, quotes = pair(text)
    assert quotes == [Quote(2, 6, True)]
    assert spans(text, toks, quotes) == [(11, 30, True)]
    assert text[12:30] == "نحن مستعدون للحوار"


def test_straight_double_quotes() -> None:
    """A straight " opens before a word and closes after one."""
    text = 'وقال: "الوضع مستقر" في بغداد'
    toks, quotes = pair(text)
    assert quotes == [Quote(2, 5, True)]
    assert spans(text, toks, quotes) == [(6, 18, True)]
    assert text[7:18] == "الوضع مستقر"


def test_curly_quotes_in_sequence() -> None:
    """Two curly quotations on one line pair separately, in the order they close."""
    text = "أكد “نعم” ثم “لا” مجددا"
    toks, quotes = pair(text)
    assert quotes == [Quote(1, 3, True), Quote(5, 7, True)]
    assert spans(text, toks, quotes) == [(4, 8, True), (13, 16, True)]


def test_nested_quotes() -> None:
    """A straight quotation inside « » pairs on its own stack; the inner pair closes first."""
    text = '«قال "لا" ثم مضى»'
    toks, quotes = pair(text)
    assert quotes == [Quote(2, 4, True), Quote(0, 7, True)]
    assert spans(text, toks, quotes) == [(5, 8, True), (0, 16, True)]


def test_unclosed_quote_ends_at_paragraph() -> None:
    """An opener left open at a line break runs to the first token of the next paragraph."""
    text = "قال «نحن مستعدون للحوار\nسطر جديد هنا"
    toks, quotes = pair(text)
    assert quotes == [Quote(1, 5, False)]
    assert spans(text, toks, quotes) == [(4, 24, False)]
    assert toks[5].text == "سطر"


def test_closer_in_next_paragraph_does_not_pair() -> None:
    """Pairs never cross a line break: the opener is cut there and the late closer is ignored."""
    text = 'قال "نعم\nثم" مضى'
    toks, quotes = pair(text)
    assert quotes == [Quote(1, 3, False)]
    assert spans(text, toks, quotes) == [(4, 9, False)]


def test_unclosed_quote_cut_by_predicate() -> None:
    """An unclosed quotation stops at the first token the predicate accepts."""
    text = "قال «نحن مستعدون للحوار، وأضاف أن الأمر"
    toks, quotes = pair(text, ("وأضاف",))
    assert quotes == [Quote(1, 6, False)]
    assert spans(text, toks, quotes) == [(4, 25, False)]
    assert toks[6].text == "وأضاف"


def test_cut_skips_the_first_quoted_word() -> None:
    """The word right after the opener never cuts the quotation."""
    text = "قال «وأضاف مستعدون للحوار"
    toks, quotes = pair(text, ("وأضاف",))
    assert quotes == [Quote(1, 5, False)]
    assert spans(text, toks, quotes) == [(4, 25, False)]


def test_lone_closer_is_ignored() -> None:
    """A closing mark with nothing open pairs with nothing."""
    assert pair('نعم" قال الوزير')[1] == []


def test_a_mark_standing_apart_opens_when_a_word_follows() -> None:
    """A straight " with spaces on both sides opens a quotation when a word comes next."""
    text = 'وقال الأمير " يجب وصول رؤوس جديدة "، في إشارة'
    toks, quotes = pair(text)
    assert spans(text, toks, quotes) == [(text.index('"'), text.rindex('"'), True)]


def test_mark_sets_nest() -> None:
    """The derived sets keep their roles: symmetric marks open, » only closes, brackets are no quotation marks."""
    assert SYMMETRIC_QUOTES < OPENING_QUOTES < QUOTE_MARKS
    assert {GUILLEMET_CLOSE} == QUOTE_MARKS - OPENING_QUOTES
    assert set(OPENER_OF) <= CLOSING_QUOTES and set(OPENER_OF.values()) <= OPENING_QUOTES
    assert not {"(", ")"} & (QUOTE_MARKS | CLOSING_QUOTES)


def test_curly_closer_opens_in_right_to_left_text() -> None:
    """” typed before the quoted words opens like ", and pairs with the next ” (a symmetric mark)."""
    text = f"قال {CURLY_CLOSE}نحن هنا{CURLY_CLOSE} أمس"
    toks, quotes = pair(text)
    assert spans(text, toks, quotes) == [(4, 12, True)]


def test_a_closer_closes_what_was_opened_before_it() -> None:
    """closes_opened: symmetric marks by parity (”…” and “…” alike), « » and ( ) by their counts."""
    assert closes_opened(CURLY_CLOSE, [CURLY_CLOSE, "ابين"])  # right-to-left: ” opened, ” closes
    assert closes_opened(CURLY_CLOSE, ["\u201c", "ابين"])
    assert not closes_opened(CURLY_CLOSE, ['"', "ا", '"', "ب"])  # both opened ones are closed already
    assert closes_opened(GUILLEMET_CLOSE, ["«", "ابين"]) and not closes_opened(GUILLEMET_CLOSE, ["«", "ا", "»"])
    assert closes_opened(")", ["(", "رويك"]) and not closes_opened(")", ["رويك"])
    assert not closes_opened("-", ["«", "ابين"])  # no closing mark
