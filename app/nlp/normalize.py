"""Arabic-insensitive keys: one spelling of a name whatever its hamza, ya, taa marbuta or diacritics.

Used for matching names across articles and for search, on SQLite and PostgreSQL alike: both
store the key computed here, so neither database needs an Arabic collation.

Our own table, not pyarabic (`python -m bench.normalize_choice`, 300,000 SaudiNewsNet tokens): its
nearest composition gives the same key for 94.2 % of tokens only, because it folds ى to ا (على → علا)
and has no hamza-seat folding (رئيس stays; its normalize_hamza writes ء instead), and it runs 5×
slower (153k against 803k tokens/s). Changing the scheme would also re-key every stored name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "گ": "ك",
    "ک": "ك",
    "ی": "ي",
    "\u200c": None,
    "\u200d": None,
    "\u200e": None,
    "\u200f": None,
}
_PUNCT = re.compile(r"[^\w\s]")


def _presentation_forms() -> dict[str, str]:
    """Arabic presentation forms B (ﻭﻗﺎﻟﺖ, pasted from old PDFs and sites) as the folded letters they shape.

    Why: a name or cue written in them must key and match as the same word; a lone harakat form
    (U+FE70–FE7F, NFKC " ً") folds to nothing, as the marks do, and a lam-alef ligature to two letters.
    """
    out = {}
    for c in map(chr, range(0xFE70, 0xFEFD)):
        if unicodedata.name(c, ""):
            letters = _DIACRITICS.sub("", unicodedata.normalize("NFKC", c)).strip()
            out[c] = "".join(_FOLD.get(x) or x for x in letters)
    return out


_TRANSLATE = str.maketrans(_FOLD | _presentation_forms())


def normalize(text: str) -> str:
    """Fold hamza forms, alef maqsura, taa marbuta, diacritics, tatweel, presentation forms, case and spacing."""
    folded = _DIACRITICS.sub("", text).translate(_TRANSLATE).casefold()
    return " ".join(folded.split())


@lru_cache(maxsize=1 << 16)
def normalize_word(word: str) -> str:
    """normalize() of one token, memoised: why, news repeats its words within and across articles (a Doc's norms)."""
    return normalize(word)


def search_key(text: str) -> str:
    """normalize() without punctuation: the form stored for and compared by text search."""
    return " ".join(_PUNCT.sub(" ", normalize(text)).split())


_WRITTEN_TAA = "ة"  # as written, before normalize() folds it to ه (morphology.TAA_MARBUTA)
_TRANSLATE_TAA = str.maketrans(dict.fromkeys("\ufe93\ufe94", _WRITTEN_TAA))  # ﺓ ﺔ: presentation forms of ة


def written_taa_marbuta(word: str) -> bool:
    """The word as written ends in ة (محامية، مساعدة), marks and tatweel aside. Why: `normalize` folds ة to ه, so the
    folded «محاميه» is both «محامية» (a lawyer) and «محاميه» (his lawyer); only the written letter tells them apart."""
    letters = _DIACRITICS.sub("", word).translate(_TRANSLATE_TAA)
    return letters.endswith(_WRITTEN_TAA)
