"""Arabic morphology on normalised words, one function per concept: proclitics, the article, nisba, gender.

Every stage (claims, entities, cues) calls these, so each letter set is written once; before, the
same checks were written about nine times with different letters. Words are in `normalize()` form
(ة→ه, أ/إ/آ→ا, ى→ي, ئ→ي, ؤ→و), so the endings below are the normalised ones.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from app.nlp.normalize import normalize
from app.nlp.wordlists import words as word_set

PROCLITICS = "وفبلك"  # conjunctions و ف, prepositions ب ل ك
CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
WA = "و"  # the conjunction و alone: it joins a second name or speaker
LAM = "ل"  # the preposition ل alone: لصحيفه, لوكاله name an outlet
BI = "ب"  # the preposition ب alone: بوزاره, بتصعيد
GLUED_PROCLITICS = "وفبل"  # one letter glued to a known word (no ك: كمصدر is not a source)
BI_ARTICLE = "بال"  # ب glued to the article: بالشرطه, بالقوات
ARTICLE = "ال"
_ARTICLE_FORMS = ("وال", "فال", "بال", "كال", "لل", "ال")  # longest first
_DEFINITE_FORMS = ("ال", "لل", "وال", "بال", "فال")
NISBA_PLURAL_ENDINGS = ("يون", "يين")  # عراقيون، عراقيين
NISBA_DUAL_ENDINGS = ("يان", "يتان", "يتين")  # عسكريان، عسكريتان، عسكريتين (عسكريين is the plural's)
SOUND_PLURAL_ENDINGS = ("ون", "ين")  # مسوولون، مسوولين
NOMINATIVE_PLURAL = "ون"  # مهندسون: a sound plural in the nominative is a subject
CONSTRUCT_PLURAL = "و"  # مصابو، مسوولو: a sound plural in construct, its ن dropped
FEMININE_NISBA = "يه"  # السعوديه، العراقيه: the feminine nisba, also the shape of many place names
_NISBA_ENDINGS = ("ي", FEMININE_NISBA, *NISBA_PLURAL_ENDINGS)
_LAM_CLITIC_FORMS = ("ل", "ول", "فل")  # ل alone or after و/ف
_CIRCUMSTANTIAL_ENDINGS = ("ا", "ين")  # مثمنا، متوقعين: an accusative active participle
NISBA_ENDING = "ي"  # a nisba's masculine ending (masculine() drops the ه of يه)
LAM_NOUNS = word_set("lam_nouns")  # لجنة، لواء: ل + اللجنة is written للجنة (one ل of the article dropped)
PLACE_ENDINGS = ("", "ا", "يا", "يه", "ه")  # a place's name from its nisba's stem: عراق، استراليا، سعوديه
STAN = "ستان"  # a state's name whose nisba drops it: افغانستان → افغاني، اوزبكستان → اوزبكي (باكستاني keeps it)


def nominative_plural(n: str) -> bool:
    """A sound plural in the nominative (ناشطون، مسوولون): a subject's head, never in construct (its ن dropped)."""
    return n.endswith(NOMINATIVE_PLURAL)


def strip_article(n: str) -> str:
    """A word without its article and the proclitics before it (للمتحدث → متحدث, الوزير → وزير)."""
    for p in _ARTICLE_FORMS:
        if n.startswith(p) and len(n) - len(p) >= 2:
            return n[len(p) :]
    return n


def is_definite(n: str) -> bool:
    """True for a word carrying the article (ال، لل، وال، بال …)."""
    return any(n.startswith(p) and len(n) > len(p) + 1 for p in _DEFINITE_FORMS)


@lru_cache(maxsize=1 << 16)  # why: the span rules ask it of each word three times per article, news repeats words
def strip_proclitic(word: str) -> str:
    """The bare form of a word before ال: والعراق → العراق, للتحالف → التحالف, وبالجيش → الجيش.

    Only clitics in front of the article are removed: elsewhere (فلسطين, وليد) a first letter
    that looks like a clitic is usually part of the name.
    """
    w = word[1:] if len(word) > 4 and word[0] in CONJUNCTIONS and word[1] in PREPOSITIONS else word
    if w.startswith("لل") and len(w) > 4:
        return ARTICLE + w[1:] if lam_noun(w[1:]) else ARTICLE + w[2:]  # للجنه → اللجنه, للتحالف → التحالف
    if len(w) > 4 and w[0] in PROCLITICS and w[1:].startswith("ال"):
        return w[1:]
    if w is not word and not w.startswith("ال"):
        return word
    return w


def lam_noun(word: str) -> bool:
    """A word opening with ل that takes the article (لجنه → اللجنه): after لل it is ل + ال + it, one ل dropped (للجنه).
    Why one test: strip_proclitic reads لل by it and the span rules (entities._lam_before_lam_word) too."""
    return word in LAM_NOUNS


def without_conjunction(n: str, letters: str = CONJUNCTIONS) -> str | None:
    """The word after a leading و/ف (وقال → قال), or None when it has none to drop; `letters` picks other clitics
    (و alone, or ب/ل: بجدة → جدة)."""
    return n[1:] if len(n) > 3 and n[0] in letters else None


def without_wa(n: str, letters: str = CONJUNCTIONS) -> str:
    """The word without one leading و/ف however short (وبت → بت، وفي → في), else the word: for lists of short words,
    where `without_conjunction` keeps a short word whole."""
    return n[1:] if n[:1] in letters else n


def with_proclitic(n: str, lexicon: Collection[str], letters: str = GLUED_PROCLITICS) -> bool:
    """True for one proclitic glued to a lexicon word (ومصدر, لمسؤول): the word is read without it."""
    return bool(n) and n[0] in letters and n[1:] in lexicon


def lam_prefixed(n: str, lexicon: Collection[str]) -> bool:
    """True for ل glued to a lexicon word (لصحيفه, لوكاله): the outlet a report is attributed to."""
    return with_proclitic(n, lexicon, LAM)


def opens_with_lam(n: str) -> bool:
    """True for a word opening with ل, whatever its length: a glued ل may tie a phrase to a body."""
    return n.startswith(LAM)


def lam_glued(n: str) -> bool:
    """True for ل glued to a word longer than three letters (لمصادر), not the article's لل (للمصادر)."""
    return n.startswith(LAM) and not lam_article(n) and len(n) > 3


def chars_for_letters(token: str, letters: int) -> int:
    """Offset in a raw token just past its first `letters` letters and the marks after them (لِوسائل، بـتويتر): one
    way to cut a clitic off raw text, since a kasra or a tatweel has no letter in the normalised word."""
    pos = 0
    for _ in range(letters):
        pos += 1
        while pos < len(token) and normalize(token[pos]) == "":
            pos += 1
    return pos


def lam_article(n: str) -> bool:
    """True for a word opening with لل (للمتحدث): ل fused with the article, whatever its length."""
    return n.startswith(LAM + LAM)


def lam_clitic(glued: str) -> bool:
    """True when the letters glued before a name are ل, ول or فل (لداعش، ولبغداد): a preposition, not a name part."""
    return glued in _LAM_CLITIC_FORMS


def opens_with_bi(n: str) -> bool:
    """True for a word opening with ب, whatever its length: a glued ب may open a complement."""
    return n.startswith(BI)


def wa_joined(n: str) -> bool:
    """True for a word opening with و, whatever its length: a second name may be joined to the first."""
    return n.startswith(WA)


def wa_definite(n: str) -> bool:
    """True for a definite word joined by و (والدفاع): one more member of a coordinated name."""
    return n.startswith(WA + ARTICLE) and len(n) > 4


def after_glued_bi(n: str) -> str | None:
    """The definite word after a glued ب (بالشرطه → الشرطه), or None when the word has none."""
    return n[1:] if n.startswith(BI_ARTICLE) else None


def starts_with_article(n: str) -> bool:
    """True for a word opening with ال itself (no clitic before it), whatever its length."""
    return n.startswith(ARTICLE)


def after_article(n: str) -> str | None:
    """The word after a leading ال (القوات → قوات), or None; unlike strip_article no length guard."""
    return n[len(ARTICLE) :] if n.startswith(ARTICLE) else None


def in_lexicon(n: str, lexicon: Collection[str]) -> bool:
    """True when the word, without its article or one proclitic و/ف/ب/ل, is in the lexicon."""
    if n in lexicon or strip_article(n) in lexicon:
        return True
    return len(n) > 3 and n[0] in "وفبل" and (n[1:] in lexicon or strip_article(n[1:]) in lexicon)


def circumstantial_participle(n: str) -> bool:
    """م…ا / م…ين (مثمنا، متوقعين): the shape of a participle saying what the subject did as he spoke."""
    return n.startswith("م") and n.endswith(_CIRCUMSTANTIAL_ENDINGS) and len(n) >= 5


def is_nisba(n: str) -> bool:
    """True for an adjective of relation (عسكريه، عراقيون) by its ending."""
    return len(n) > 3 and n.endswith(_NISBA_ENDINGS)


POSSESSIVE_SUFFIXES = ("ها", "هم", "ه")  # دراستها، بيانهم، تقريره
OPEN_TAA = "ت"  # دراستها: the taa marbuta written open before a suffix
TAA_MARBUTA = "ه"  # as normalize() folds it
PLURAL_WAW, PLURAL_ALEF = "و", "ا"  # ذكروا: the alef after the plural waw drops before a pronoun (ذكروه)


def without_possessive(n: str, suffixes: tuple[str, ...] = POSSESSIVE_SUFFIXES, longer_than: int = 0) -> str | None:
    """The word without its possessive suffix, an open taa before it read back as ه (دراستها → دراسه، مصادرها →
    مصادر), or None when none is glued (or the word is not `longer_than`): one stripper for document and source
    nouns."""
    for suffix in suffixes:
        if n.endswith(suffix) and len(n) > longer_than:
            base = n[: -len(suffix)]
            return base[: -len(OPEN_TAA)] + TAA_MARBUTA if base.endswith(OPEN_TAA) else base
    return None


def verb_without_object(n: str) -> list[str]:
    """The verb a past form with an object pronoun glued may be (ذكرته → ذكرت، أعلنه → أعلن، ذكروه → ذكروا): the
    same pronouns as `without_possessive`, but a verb's open taa stays (it is the verb's own, not a taa marbuta)."""
    for suffix in POSSESSIVE_SUFFIXES:
        if n.endswith(suffix) and len(n) - len(suffix) >= 3:
            base = n[: -len(suffix)]
            return [base, base + PLURAL_ALEF] if base.endswith(PLURAL_WAW) else [base]
    return []


# a dual's endings and what its singular ends in instead, in construct (وزارتي، مجلسا)
_CONSTRUCT_DUAL_ENDINGS = (("تي", "ه"), ("تا", "ه"), ("ي", ""), ("ا", ""))
# a person's dual, nominative or in construct: no ين (مسوولين is the sound plural's too, which the plural readers
# take: «المسؤولين المصريين» as two was descriptive, train-a) nor a bare ي (الرئيسي, a nisba, is no two presidents)
_PERSON_DUAL_ENDINGS = (("تان", "ه"), ("ان", ""), ("تا", "ه"), ("ا", ""))


def dual_singular(n: str) -> str | None:
    """The singular a dual in construct may stand for (وزارتي/وزارتا → وزاره, مجلسي/مجلسا → مجلس), or None; the
    caller checks the singular against its noun list, since a final ي or ا ends many other words."""
    return next(iter(_dual_singulars(n, _CONSTRUCT_DUAL_ENDINGS)), None)


def dual_of(n: str, lexicon: Collection[str]) -> bool:
    """A person noun's dual, with or without the article, free or in construct (المتحدثان، الناطقتان، مسوولان، شاهدا
    عيان، مراسلا الوكاله → متحدث، ناطقه، مسوول، شاهد، مراسل), its singular in the lexicon. Why: the word lists hold
    singulars and plurals, so a dual subject was read as no speaker or as an accusative (session 26 DUA1). Only ال
    is dropped: a glued preposition (للصحافيين) makes the word an object, no subject."""
    return any(s in lexicon for s in _dual_singulars(after_article(n) or n, _PERSON_DUAL_ENDINGS))


def _dual_singulars(n: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """The singulars a dual with one of these endings may stand for, longest ending first."""
    return [n[: -len(e)] + end for e, end in endings if n.endswith(e) and len(n) - len(e) >= 3]


def is_feminine(n: str) -> bool:
    """A noun's or adjective's gender by its ending (ه: الاقتصاديه، القاعده), to see an adjective agree with a noun.

    An approximation: a final ه is also a masculine noun's pronoun suffix (كتابه) or root letter (وجه), and a broken
    plural takes a feminine adjective though it ends otherwise (الأوضاع الاقتصاديه)."""
    return n.endswith(TAA_MARBUTA)


def masculine(n: str) -> str:
    """The masculine form of a relational adjective (العراقيه → العراقي), for comparisons."""
    return n[:-1] if n.endswith("يه") else n


def definite_nisba(n: str) -> bool:
    """A definite nisba (العراقيه، الانتخابي، السياسيين): an adjective of relation after a definite noun."""
    return is_definite(n) and is_nisba(strip_article(n))


def is_definite_adjective(word: str) -> bool:
    """A definite nisba or participle adjective (العراقيه, الدولي, المشتركه, الامنيه)."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه", "ه", "يين"))
