"""A document that speaks («وقالت الدراسة»، «وأضاف التقرير»): the body that issued, prepared or published it.

GUIDELINES §6, 9.3 and 9.10: a body's statement, report or study is the body's claim, the document phrase its source.
The body is named where the text ties the document to it: «دراسة أعدها مركز …»، «التقرير الذي يصدر عن وكالة …»،
«بيان للأمم المتحدة»، «أصدرت المنظمة تقريرا»، «وأوضح المرصد في تقريره» — in the cue's own sentence, before it, or
(first mention of the document) in the sentences right after it.
"""

from __future__ import annotations

from app.nlp.claim_cues import COMPLEMENTISERS, TIME_WORDS
from app.nlp.claims.article import Article
from app.nlp.claims.segments import MEDIA, published_by
from app.nlp.claims.speaker import unit_with_words
from app.nlp.claims.state import Mode, Zone
from app.nlp.claims.vocab import DOCUMENT_NOUNS, LAM, PUBLISHED_BY, STATEMENT_ADJECTIVES
from app.nlp.lexicon import FREE_PREPOSITIONS
from app.nlp.morphology import (
    ARTICLE,
    is_definite,
    is_nisba,
    masculine,
    strip_article,
    without_conjunction,
    without_possessive,
)
from app.nlp.types import SourceRef, SpeakerRef
from app.nlp.wordlists import words

DOCUMENT_PARTS = words("document_parts")  # نتائج، نص: a noun heading the document («نتائج الدراسة»)
ISSUING_WORDS = words("issuing_words")  # أعدها، أصدرت، الصادر: the document's tie to its body
SUBJECTLESS_CUES = words("subjectless_cues")  # جاء: «وجاء في البيان» has the document speak, «وأعرب في بيان» not
IN = ("في", "ضمن")  # «وجاء في الدراسة»، «أكدت الوزارة في بيان»
ACCUSATIVE = "ا"  # تقريرا
TIE_REACH = 3  # words from a document to its issuing word («التقرير الذي يصدر»، «الدراسة، التي أعدها»)
ISSUED_REACH = 8  # words from a document to the body an issuing word ties it to («التقرير الذي يصدر شهريا عن …»)
LAM_REACH = 3  # words from an indefinite document to a body glued to ل («بيان مشترك للأمم المتحدة»)
SUBJECT_REACH = 25  # words from a sentence's start to a document the sentence's subject issued
ISSUING_BEFORE = 4  # words before a document an issuing verb stands in («أصدرت منظمة الصحة العالمية تقريرا»)
FORWARD_REACH = 150  # words after the cue where a document's body may be named first («… وهو ما اعتبره التقرير الذي …»)


def document_reading(n: str) -> tuple[str, bool] | None:
    """The document noun a word is (التقرير، وتقريرها، دراستها، تقريرا → its bare singular) and whether a possessive
    is glued to it (تقريره: the sentence's subject owns it), or None. Why one function: the cue's subject and a
    document tied to a body elsewhere must be read alike to be matched. An issuing word is never one («نشره»،
    «نشرتها»: published it, not «نشرة»)."""
    if issuing(n):
        return None
    forms = [strip_article(n)]
    if (bare := without_conjunction(n, "و")) is not None:
        forms.append(strip_article(bare))
    for form in forms:
        if form in DOCUMENT_NOUNS:
            return form, False
        if form.endswith(ACCUSATIVE) and form[:-1] in DOCUMENT_NOUNS:
            return form[:-1], False
        if (base := without_possessive(form)) in DOCUMENT_NOUNS:
            return base, True
    return None


def document_stem(n: str) -> str | None:
    """The bare singular of the document noun a word is, or None."""
    reading = document_reading(n)
    return reading[0] if reading is not None else None


def owned(n: str) -> bool:
    """A document word with a possessive suffix (تقريره، بيانها)."""
    reading = document_reading(n)
    return reading is not None and reading[1]


def subject_document(a: Article, i: int) -> int | None:
    """The token of the document opening the zone of the cue at token i («وقالت الدراسة»، «وجاء في التقرير»، «أكدت
    نتائج الدراسة»), or None."""
    k = i + 1
    if k < len(a.nt) and (a.nt[k] in IN or a.nt[k] == LAM):  # «وجاء في الدراسة»، «وفقا لـ"التقرير"»
        k += 1
    if k < len(a.nt) and a.nt[k] in DOCUMENT_PARTS:
        k += 1
    if k >= len(a.nt) or a.tok_mention[k] is not None or document_stem(a.nt[k]) is None:
        return None
    return k


def subjectless_in(a: Article, i: int) -> bool:
    """The cue at token i has no subject of its own and في after it («وجاء في البيان»، «وورد في التقرير»): the
    document after في is where the words are, the claim's source (GUIDELINES 9.3, 9.10, 9.30.8). Why: such a cue
    has no speaker to hold the words, so the document does, whoever issued it."""
    spec = a.cue[i]
    return spec is not None and spec.lemma in SUBJECTLESS_CUES and i + 1 < len(a.nt) and a.nt[i + 1] in IN


def setting_in(a: Article, i: int) -> bool:
    """في after the cue at token i, which has a subject of its own («وأعرب في بيان»، «وأضاف في المذكرة»): the document
    after في is where the words were said, not who said them. Why one test: the document's phrase and the person's
    own setting read it alike (`subjectless_in`'s other side)."""
    return i + 1 < len(a.nt) and a.nt[i + 1] in IN and not subjectless_in(a, i)


def document_source(a: Article, i: int, generic: bool = False) -> SourceRef | None:
    """The document phrase of the cue at token i as the claim's source (GUIDELINES 9.3, 9.10: «الدراسة»، «تقرير
    اقتصادي»، «نتائج الدراسة»، «البيان الفرنسي»): the heading part, the noun and its adjectives (definite after a
    definite noun); None when a clitic is glued to it («لبيان»). `generic`: a bare definite noun in construct after
    an indefinite one, named by no mention, is its issuer and part of the phrase («بيان الجيش»، «بيان الوزارة»:
    9.30.8)."""
    d = subject_document(a, i)
    if d is None or not a.nt[d].startswith((ARTICLE, document_stem(a.nt[d]) or ARTICLE)):
        return None
    if setting_in(a, i):  # «وأعرب في بيان»: a setting
        return None
    first = d - 1 if a.nt[d - 1] in DOCUMENT_PARTS else d
    last = d
    if generic and generic_issuer(a, d):
        return SourceRef(a.text[a.toks[first].start : a.toks[d + 1].end])
    definite = is_definite(a.nt[d])
    while last + 1 < a.sent_end[d] and a.tok_mention[last + 1] is None:
        n = a.nt[last + 1]
        bare = strip_article(n) if definite and is_definite(n) else n if not definite else ""
        if not (is_nisba(bare) or bare in STATEMENT_ADJECTIVES) or issuing(n):
            break  # «تقرير اقتصادي حديث»، «البيان الفرنسي»: its own adjectives, definite as it is; not «الصادر»
        last += 1
    return SourceRef(a.text[a.toks[first].start : a.toks[last].end])


def generic_issuer(a: Article, d: int) -> bool:
    """The word after the bare indefinite document at token d is a definite noun in construct that no mention names
    and that is no adjective, issuing word, complementiser or time word («بيان الجيش»، «بيان الوزارة»; not «بيان
    الصادر»، «بيان اليوم»). Why: GUIDELINES 9.30.8 keeps a body with no mention of its own in the document phrase, so
    the source names whose statement it is."""
    k = d + 1
    if is_definite(a.nt[d]) or owned(a.nt[d]) or k >= a.sent_end[d] or a.tok_mention[k] is not None:
        return False
    n = a.nt[k]
    return (
        is_definite(n)
        and not is_nisba(n)
        and n not in STATEMENT_ADJECTIVES
        and not issuing(n)
        and n not in COMPLEMENTISERS
        and n not in TIME_WORDS
        and a.cue[k] is None
    )


def pointed_document(a: Article, i: int, zone: Zone) -> SourceRef | None:
    """«وقال نجم في البيان إن»، «وقال … في التقرير»: a definite document after في in the zone of the cue at token i
    points back to one the article named, and holds the words: the claim's source when it has none of its own or
    inherited (GUIDELINES 9.30.8). Only a definite word is read: the speaker's own («في بيانه»، «في تقريرها») is a
    setting, no source. Why: «في البيان» names no issuer, so no other rule takes it, and the claim went unsourced."""
    for k in range(i + 1, min(zone.stop, len(a.nt) - 1)):
        n = a.nt[k + 1]
        if a.nt[k] not in IN or not n.startswith(ARTICLE) or a.tok_mention[k + 1] is not None:
            continue
        if document_reading(n) is not None:
            return SourceRef(a.toks[k + 1].text)
    return None


def issuing(n: str) -> bool:
    """An issuing word, also with a glued و («وأصدرت»): why one function, the words after a document and before it
    are read alike."""
    return n in ISSUING_WORDS or without_conjunction(n, "و") in ISSUING_WORDS


def first_token(a: Article, m: int) -> int:
    """The token a mention opens in (its clitic's: «لمنظمة»)."""
    return a.token_of(a.mentions[m].start)


def issued_after(a: Article, k: int) -> int | None:
    """The unit an issuing word right after the document at k ties it to («دراسة أعدها مركز …»، «بيان صادر عن
    الوزارة»، «التقرير الذي يصدر شهريا عن وكالة …»), one glued to ل right after it («بيان للأمم المتحدة») or its
    genitive in construct («بيان وزارة الداخلية»: in_construct); None, also when a person is named there first or a
    complement opens first («في البيان أن 6 قرارات صادرة عن …»), or when an outlet carried it («بيان للوزارة نشرته
    «اليوم»»: the paper is the source, 9.6, not the issuer)."""
    tied = carried = False
    for t in range(k + 1, min(a.sent_end[k], k + 1 + ISSUED_REACH)):
        m = a.tok_mention[t]
        if m is not None:
            glued = t - k <= LAM_REACH and a.nt[t].startswith(LAM) and first_token(a, m) == t
            if carried and a.mentions[m].subtype == MEDIA:
                return None
            if (tied or glued or in_construct(a, k, m)) and a.mentions[m].type == "unit":
                return m
            return None
        if a.nt[t] in COMPLEMENTISERS or a.cue[t] is not None:
            return None
        tied = tied or (issuing(a.nt[t]) and t - k <= TIE_REACH)
        carried = carried or a.nt[t] in PUBLISHED_BY
    return None


def in_construct(a: Article, k: int, m: int) -> bool:
    """Mention m opens the token right after a bare document noun at k: its genitive («بيان وزارة الداخلية»، «تقارير
    الغرفة التجارية»), the body that issued it. Why: a construct ties a document to its body as «صادر عن» does."""
    n = a.nt[k]
    return first_token(a, m) == k + 1 == a.token_at(a.mentions[m].start) and not is_definite(n) and not owned(n)


def issued_before(a: Article, k: int) -> int | None:
    """The unit that is the subject of the sentence holding the document at k when the sentence ties the document to
    it («أصدرت منظمة الصحة العالمية تقريرا»، «وأوضح المرصد … في تقريره»، «أكدت الوزارة في بيان»), else None."""
    s0 = a.sent_start[k]
    if k - s0 > SUBJECT_REACH:
        return None
    tie = any(issuing(a.nt[t]) for t in range(max(s0, k - ISSUING_BEFORE), k))
    if not (owned(a.nt[k]) or (k > s0 and a.nt[k - 1] in IN) or tie):
        return None
    first = next((a.tok_mention[t] for t in range(s0, k) if a.tok_mention[t] is not None), None)
    return first if first is not None and a.mentions[first].type == "unit" else None


def issuer_at(a: Article, k: int) -> int | None:
    """The unit the text ties the document at token k to, or None."""
    after = issued_after(a, k)
    return after if after is not None else issued_before(a, k)


def referred(a: Article, k: int) -> bool:
    """The document at token k is another one the text refers to («وتطرق إلى تقرير صادر عن مكتب …»): after a
    preposition other than في, or inside a name."""
    before = a.nt[k - 1] if k > 0 else ""
    return a.tok_mention[k] is not None or (before in FREE_PREPOSITIONS and before not in IN)


def document_issuer(a: Article, i: int, d: int) -> SpeakerRef | None:
    """The body behind the document at token d, the subject of the cue at token i: tied to it right there, else the
    body tied last before to a document of the same noun, else the first tied to one in the sentences after."""
    stem = document_stem(a.nt[d])
    own = issuer_at(a, d)
    if own is not None:
        return a.ref(own)
    same = [k for k in range(len(a.nt)) if k != d and document_stem(a.nt[k]) == stem and not referred(a, k)]
    before = [m for k in reversed(same) if k < d and (m := issuer_at(a, k)) is not None]
    if before:
        return a.ref(before[0])
    after = [m for k in same if d < k <= i + FORWARD_REACH and (m := issuer_at(a, k)) is not None]
    if after:
        return a.ref(after[0])
    held = nisba_issuer(a, i, d)
    return a.ref(held) if held is not None else None


def nisba_issuer(a: Article, i: int, d: int) -> int | None:
    """The last unit named before the cue whose name holds the nisba right after an indefinite document at token d
    that the text ties to no body («وقال بيان خليجي» → «مجلس التعاون الخليجي»), or None. Why: a document's nisba names
    its body as a definite description's does (`speaker.unit_holding`); a state's (بيان أمريكي، تقرير مصري) names
    only a country, not the one body of it named before (السفارة الأمريكية)."""
    k = d + 1
    if is_definite(a.nt[d]) or k >= a.sent_end[d] or a.tok_mention[k] is not None or not is_nisba(a.nt[k]):
        return None
    if a.national({masculine(a.nt[k])}):
        return None
    return unit_with_words(a, [k], i)


def speaking_document(
    a: Article, i: int, zone: Zone, spk: SpeakerRef | None, mode: Mode
) -> tuple[SpeakerRef | None, Mode]:
    """The speaker and mode once a speaking document is read («وقالت الدراسة» → the body the text ties it to, the study
    the claim's source: 9.3, 9.10). Why one function: a cue's own speaker and an attribution's are read alike, and the
    issuer is looked up once. A relayed document («ونقل بيان عن …») is the source, not the speaker: left alone. A unit
    named in the zone right after the document («وقال بيان صادر عن مكتب الوزيرة») keeps its place."""
    spec = a.cue[i]
    d = subject_document(a, i) if spec is not None and spec.form != "relay" else None
    if d is not None and subjectless_in(a, i) and not owned(a.nt[d]):
        # «وجاء في بيان صادر عن الجبهة»: whoever speaks, the document holds it; «وجاء في بيانها»: the body's own
        # document after a preposition is no relay (GUIDELINES 9.30.8)
        zone.source = zone.source or published_by(a, d) or document_source(a, i, generic=True)
    body = document_issuer(a, i, d) if d is not None else None
    if d is not None and is_definite(a.nt[d]) and spk is not None and zone.source is None:
        # «وتابع البيان»: a statement named before speaks for the body, issuer tied or not; its carrier first (9.13).
        # A person read as a document's speaker («وأضاف التقرير» after his words): the document, when it becomes the
        # source, is this claim's only, not carried on to his own later words
        zone.source = published_by(a, d) or document_source(a, i)
        zone.own_only = zone.own_only or (zone.source is not None and a.person_ref(spk))
    if d is None or body is None or body.mention is None:
        return spk, mode
    key = a.mentions[body.mention].key
    if not _stands(a, i, d, spk, key) and not own_setting(a, i, spk, mode):
        spk, mode = body, "desc"
    said = a.mentions[spk.mention] if spk is not None and spk.mention is not None else None
    if said is not None and said.key == key and said.type != "person":  # the issuer speaks: the study is the source
        zone.source = zone.source or published_by(a, d) or document_source(a, i)
    return spk, mode


def own_setting(a: Article, i: int, spk: SpeakerRef | None, mode: Mode) -> bool:
    """The person the discourse goes on with speaks, and the document after في is where he said it («وأضاف في
    المذكرة» after Blinken's words: his memo, the ministry's issue). Why: the cue has a subject of its own (not
    «وجاء في»); the body the document is tied to issued it, it did not say it (train-b 3470 → 3473 tagged, 3533 →
    3536 on gold mentions)."""
    return mode == "cont" and spk is not None and a.person_ref(spk) and setting_in(a, i)


def _stands(a: Article, i: int, d: int, spk: SpeakerRef | None, key: str) -> bool:
    """The rules' speaker stays: the issuer itself, or a body (not a person) named between the cue and a few words
    past the document, the zone's own speaker."""
    if spk is None or spk.mention is None:
        return False
    m = a.mentions[spk.mention]
    return m.key == key or (m.type != "person" and i < first_token(a, spk.mention) <= d + ISSUED_REACH)
