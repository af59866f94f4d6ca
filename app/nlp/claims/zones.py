"""The zone between a cue and its complement, read token by token through an ordered list of named rules.

Each rule looks at the token where reading stands; the first that applies says where to go on (or
that the zone ends there, with or without a complement found). A token no rule takes ends the zone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.nlp.claim_cues import (
    COMPLEMENTISERS,
    HONORIFICS,
    NON_COMPLEMENT_BEFORE,
    OUTLET_WORDS,
    PRONOUN_PREPS,
    RELAY_SAYING,
    SOURCE_HEADS,
    SOURCE_INTRO,
    STATEMENT_WORDS,
    TIME_WORDS,
    VAGUE_QUALIFIERS,
    VAGUE_SPEAKERS,
    CueSpec,
)
from app.nlp.claims.article import Article
from app.nlp.claims.config import LIMITS
from app.nlp.claims.extents import RECEIVED_VERBS, anonymity
from app.nlp.claims.fallback import fallback_content
from app.nlp.claims.qualifiers import locator, one_source, place_before, source_phrase
from app.nlp.claims.segments import (
    MEDIA,
    given_phrase,
    glued_outlet,
    lam_medium,
    lam_outlet,
    outlet_end,
    outlet_named,
    outlet_word,
    scan_segment,
    segment_end,
    segment_start,
    source_phrase_end,
    source_ref,
    title_opener,
)
from app.nlp.claims.state import Zone
from app.nlp.claims.vocab import (
    ADDRESSEES,
    ADVERBIAL,
    AFFILIATED_TO,
    APPEAL_LEMMAS,
    BY_OUTLET,
    COMMAS,
    FROM,
    IN,
    ISSUED,
    LAM,
    ON_BEHALF,
    PEOPLE_HEADS,
    PERSON_HEADS,
    POINTING_WORDS,
    PRONOUN_SUFFIXES,
    PUBLISHED_BY,
    RELATIVE_WORDS,
    RELAYED_FROM,
    SAME_WORDS,
    THEREFORE,
    VOICED_BY,
    dual_head,
    lam_to,
    news_noun,
    people_word,
    person_dual,
    shared_title,
    source_stem,
)
from app.nlp.lexicon import FUNCTION_WORDS, ROLE_HEADS
from app.nlp.morphology import (
    PREPOSITIONS,
    TAA_MARBUTA,
    in_lexicon,
    is_definite,
    is_nisba,
    lam_prefixed,
    nominative_plural,
    opens_with_bi,
    wa_joined,
)
from app.nlp.normalize import written_taa_marbuta
from app.nlp.quotes import OPEN_BRACKET, OPENING_QUOTES
from app.nlp.types import SourceRef, SpeakerRef
from app.nlp.wordlists import words

# خادم الحرمين الشريفين، صاحب السمو الملكي: an honorific of several words; ولي العهد: a title of several words
RANK_PHRASES = words("rank_phrases") | words("title_phrases")
RANK_PHRASE_WORDS = max(len(p.split()) for p in RANK_PHRASES)
SUBJECT_REACH = 12  # the complement must open within this many words of the unnamed subject
ACCUSATIVE = "ا"  # تأكيدا، رسميا: an accusative or adverb, never the subject
PLURAL_ENDINGS = ("ات", "ون", "ين", "اء")
# words from a receiving verb after a statement to its complementiser («تلقت وكالة الأنباء الألمانية نسخة منه أن»)
COPY_REACH = 8
ISSUED_FROM = frozenset(("عن", FROM))


@dataclass(slots=True)
class Reading:
    """One zone being read: the article, the cue, the bounds, and whether a title phrase is open."""

    a: Article
    spec: CueSpec
    lim: int
    attrib: bool
    issuer: SpeakerRef | None  # the last statement's issuer, for «بحسب البيان»
    z: Zone
    title_mode: bool = False  # inside a title: bodies named here belong to it
    after_head: bool = False  # right after an indefinite title head: its next word belongs to it


@dataclass(frozen=True, slots=True)
class Step:
    """Where reading goes on, and whether the zone ends there."""

    at: int
    stop: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A named zone rule: None when it does not apply to the token."""

    name: str
    apply: Callable[[Reading, int], Step | None]


def read_zone(a: Article, j: int, lim: int, spec: CueSpec, issuer: SpeakerRef | None, attrib: bool = False) -> Zone:
    """Read speaker, titles, adverbials and source up to the complement of the cue."""
    r = Reading(a, spec, lim, attrib, issuer, Zone())
    while j < lim:
        step = next((s for rule in RULES if (s := rule.apply(r, j)) is not None), Step(j, stop=True))
        j = step.at
        if step.stop:
            break
    r.z.stop = j
    _antecedent(r)
    if r.z.content_tok is None and j < lim and not attrib:
        fallback_content(a, r.z, j, lim, spec, issuer)
    return r.z


# ----- complement openers ----------------------------------------------------------------------------
def _quotation(r: Reading, j: int) -> Step | None:
    """Quoted speech opens the complement; a quoted name is stepped over."""
    q = r.a.quotes.get(j)
    if q is None:
        return None
    if r.a.speech_quote(q):
        r.z.content_tok = j
        return Step(j, stop=True)
    outlet = j > 0 and outlet_word(r.a.nt[j - 1], glued=r.attrib)  # ووفقا لمحطة "كي إس إن"
    if (r.attrib or outlet or _after_verb(r, j)) and not r.z.cands:
        _quoted_name(r, j + 1, q.end_i)
        r.title_mode = outlet and bool(r.z.cands)  # صحيفة «تشاينا ديلي» الحكومية: its adjectives follow
    return Step(q.end_i + 1)


def _after_verb(r: Reading, j: int) -> bool:
    """«وأكد "المرصد السوري" أن»: a name quoted right after a speech verb (not دعا: its object) is its subject."""
    spec = r.a.cue[j - 1] if j > 0 else None
    return spec is not None and spec.form in ("past", "present") and spec.lemma not in APPEAL_LEMMAS


def _quoted_name(r: Reading, j: int, end: int) -> None:
    """«بحسب "رويترز"»: after an attribution cue, the body named inside the quote marks is the speaker."""
    m = next((r.a.tok_mention[k] for k in range(j, end) if r.a.tok_mention[k] is not None), None)
    if m is not None:
        r.z.cands.append((m, "subject"))


def _complementiser(r: Reading, j: int) -> Step | None:
    """أن/إن (not after a word that makes it something else) opens the complement after it."""
    if r.a.nt[j] in COMPLEMENTISERS and (j == 0 or r.a.nt[j - 1] not in NON_COMPLEMENT_BEFORE):
        r.z.content_tok = j + 1
        return Step(j, stop=True)
    return None


def _colon_or_preposition(r: Reading, j: int) -> Step | None:
    """A colon or the cue's own preposition (not ب) opens the complement, with an أن right after it skipped."""
    n = r.a.nt[j]
    if n == ":" or (r.a.prep(j, r.spec) and n != "ب"):
        r.z.content_tok = j + 2 if j + 1 < r.lim and r.a.nt[j + 1] in COMPLEMENTISERS else j + 1
        return Step(j, stop=True)
    return None


def _relay_saying(r: Reading, j: int) -> Step | None:
    """قوله and its kin are stepped over."""
    return Step(j + 1) if r.a.nt[j] in RELAY_SAYING else None


def _glued_bi(r: Reading, j: int) -> Step | None:
    """For a cue taking ب: a lone ب opens the complement after it, a glued one inside its word."""
    n = r.a.nt[j]
    if "ب" not in r.spec.preps or not opens_with_bi(n) or r.a.tok_mention[j] is not None or n == ON_BEHALF:
        return None
    if n == "ب":
        r.z.content_tok = j + 1
    elif n not in STATEMENT_WORDS:
        r.z.content_tok, r.z.content_char = j, r.a.toks[j].start + 1
    return Step(j, stop=True) if r.z.content_tok is not None else None


def _affiliated_body(r: Reading, j: int) -> Step | None:
    """«مسؤول بقطاع السجون التابع لوزارة الداخلية»: the body after التابع belongs to the phrase, never the outlet."""
    a, z = r.a, r.z
    m = a.tok_mention[j]
    if m is None or j == 0 or a.nt[j - 1] not in AFFILIATED_TO or not z.desc or z.desc[-1] != j - 1:
        return None
    if not a.lam_prefixed(j, m):
        return None
    z.desc.extend(range(j, a.mention_last[m] + 1))
    z.cands.append((m, "title"))
    return Step(a.mention_last[m] + 1)


def _relayed_from(r: Reading, j: int) -> Step | None:
    """«وأفادت صحيفة "سودويتشه تسايتونج" نقلا عن مصدر في الوزارة»: the outlet read so far is the source, the
    speaker is read after عن."""
    a, z = r.a, r.z
    prep = RELAYED_FROM.get(a.nt[j])
    if prep is None or j + 1 >= r.lim or a.nt[j + 1] != prep:
        return None
    if outlet_as_source(a, z) is None:
        return None
    z.cands.clear()
    z.desc.clear()
    r.title_mode = r.after_head = False
    return Step(j + 2)


def outlet_as_source(a: Article, z: Zone) -> int | None:
    """The zone's first body (no person), now its source unless it has one: an outlet that relays, never the
    speaker («نقلا عن»، «نقلت عنه»); None, the zone untouched, when it names none."""
    outlet = next((m for m, _ in z.cands if a.mentions[m].type != "person"), None)
    if outlet is not None:
        z.source = z.source or SourceRef(a.mentions[outlet].text, outlet)
    return outlet


def _voiced_by(r: Reading, j: int) -> Step | None:
    """«ودعت مؤسسة القدس على لسان مديرها العام، ياسين حمود، إلى»: the person named after «على لسان» speaks for the
    body read before, which stays only as the one he speaks for."""
    a, z = r.a, r.z
    after = VOICED_BY.get(a.nt[j])
    if after is None or j + 1 >= r.lim or a.nt[j + 1] != after:
        return None
    reach = range(j + 2, min(r.lim, j + 2 + LIMITS.holder_reach))
    k = next((k for k in reach if a.tok_mention[k] is not None or a.nt[k] in COMPLEMENTISERS), None)
    m = a.tok_mention[k] if k is not None else None
    if m is None or a.mentions[m].type != "person":
        return None
    z.cands = [(m, "subject"), *((c, "title") for c, _ in z.cands)]
    r.title_mode = r.after_head = False
    return Step(a.mention_last[m] + 1)


# ----- mentions --------------------------------------------------------------------------------------
def _lam_outlet(r: Reading, j: int) -> Step | None:
    """A body glued to ل is who was told (قال لوكالة … بأن), never the subject; right after a title, the title's; the
    source only when it is an outlet (media, or لوكالة …): «قال لمجلس العلاقات الخارجية» is an audience."""
    m = r.a.tok_mention[j]
    if m is None or r.z.statement or not r.a.lam_prefixed(j, m):
        return None
    if _title_body(r, j, m):
        return _into_title(r, m, r.a.mention_last[m] + 1)
    men = r.a.mentions[m]
    if not lam_medium(r.a, r.a.token_of(men.start), m, untyped=True):
        return Step(r.a.mention_last[m] + 1)
    r.z.source = r.z.source or SourceRef(r.a.mentions[m].text, m)
    return Step(r.a.mention_last[m] + 1)


def _title_body(r: Reading, j: int, m: int) -> bool:
    """«المتحدث الرسمي لوزارة التعليم»، «الرئيس التنفيذي لـ"زين"»: a body after ل right after an open title (token j
    the ل's) is the holder's organisation, not an outlet he spoke to; a media outlet (لوكالة، لصحيفة) stays one."""
    a, z = r.a, r.z
    men = a.mentions[m]
    if not (r.title_mode and z.desc and z.desc[-1] == j - 1) or men.type != "unit" or men.subtype == MEDIA:
        return False
    first = a.token_of(men.start)
    return not outlet_word(a.nt[first])


def _into_title(r: Reading, m: int, end: int) -> Step:
    """The body read into the open title (its words up to `end`), a candidate only as the title's body."""
    r.z.desc.extend(range(r.z.desc[-1] + 1, end))
    r.z.cands.append((m, "title"))
    return Step(end)


def _mention(r: Reading, j: int) -> Step | None:
    """A mention is a speaker candidate: the subject, or a body inside an open title."""
    m = r.a.tok_mention[j]
    if m is None:
        return None
    internal = r.title_mode and r.a.mentions[m].type != "person"
    r.z.cands.append((m, "title" if internal else "subject"))
    r.title_mode, r.after_head = internal, False
    return Step(r.a.mention_last[m] + 1)


# ----- punctuation -----------------------------------------------------------------------------------
def _comma(r: Reading, j: int) -> Step | None:
    """A comma: attribution content, an opener after it, or a segment (adverbial, appositive, source) to skip."""
    if r.a.nt[j] not in COMMAS:
        return None
    z, lim = r.z, r.lim
    if r.attrib and (z.cands or z.desc or z.statement) and j + 1 < lim and not segment_start(r.a, j + 1):
        z.content_tok = j + 2 if j + 2 < lim and r.a.nt[j + 1] in COMPLEMENTISERS else j + 1  # «، فإن …»
        return Step(j, stop=True)
    if j + 1 < lim and (r.a.opening(j + 1, r.spec) or r.a.nt[j + 1] in THEREFORE):
        return Step(j + 1)
    e = segment_end(r.a, j + 1, lim, r.spec)
    if e is None:
        return Step(j + 1, stop=True)
    scan_segment(r.a, z, j + 1, e, r.issuer)
    return Step(e)


def _parenthesis(r: Reading, j: int) -> Step | None:
    """A short parenthesis is stepped over; an unclosed one ends the zone."""
    if r.a.nt[j] != OPEN_BRACKET:
        return None
    e = r.a.parenthesis_close(j, r.lim)
    return Step(j, stop=True) if e is None else Step(e + 1)


# ----- sources ---------------------------------------------------------------------------------------
def _statement(r: Reading, j: int) -> Step | None:
    """بيان first in the zone: a statement speaks, its issuer is the speaker."""
    n = r.a.nt[j]
    said = n in STATEMENT_WORDS or (r.attrib and lam_prefixed(n, STATEMENT_WORDS))  # ووفقا لبيان الجيش
    if not said or r.z.cands or r.z.desc:
        return None
    r.z.statement = True
    r.title_mode = True
    return Step(j + 1)


def _received_copy(r: Reading, j: int) -> Step | None:
    """«وأوضح بيان لوزارة الزراعة | تلقت «اليوم» نسخة منه | أن …»: after a statement subject, the relative clause
    saying which outlet received or carried it is stepped over to its complementiser, the outlet the source (GUIDELINES
    9.6: «تلقت "الرياض" نسخة منه» makes the paper the source). Why: the quote opened at «تلقت», the clause read as the
    nominal object of «أوضح». The clause set off by commas is read so too («بيان …، تلقت «اليوم» نسخة منه، أن»)."""
    a, z = r.a, r.z
    opened = (a.nt[j] in RELATIVE_WORDS or a.nt[j] in COMMAS) and j + 1 < r.lim  # «البيان الذي تلقت …»، «بيان …، تلقت»
    v = j + 1 if opened else j
    if not z.statement or not (a.nt[v] in RECEIVED_VERBS or a.nt[v] in PUBLISHED_BY):
        return None
    for k in range(v + 1, min(r.lim, v + 1 + COPY_REACH)):
        if a.nt[k] in COMPLEMENTISERS:
            z.source = z.source or source_ref(a, v + 1, k, words=False)
            return Step(k)
        closing = a.nt[k] in COMMAS and k + 1 < r.lim and a.nt[k + 1] in COMPLEMENTISERS  # «…، أن»
        if (a.nt[k] in COMMAS and not closing) or a.active_cue(k):
            return None
    return None


def _source_phrase(r: Reading, j: int) -> Step | None:
    """في تصريح لـ X / خلال مقابلة مع X: a source phrase, scanned for its outlet."""
    n = r.a.nt[j]
    intro = n in SOURCE_INTRO and j + 1 < r.lim and in_lexicon(r.a.nt[j + 1], SOURCE_HEADS)
    if n not in SOURCE_HEADS and not intro:
        return None
    e = source_phrase_end(r.a, j, r.lim, r.spec)
    scan_segment(r.a, r.z, j, e, r.issuer)
    return Step(e)


def _according_to_outlet(r: Reading, j: int) -> Step | None:
    """وقال بحسب صحيفة هآرتس: the outlet, outside an attribution cue."""
    if r.attrib or r.a.nt[j] not in BY_OUTLET or j + 1 >= r.lim or not outlet_named(r.a, j + 1):
        return None
    e = outlet_end(r.a, j + 1 + (r.a.nt[j + 1] in OUTLET_WORDS), r.lim, r.spec)
    r.z.source = r.z.source or source_ref(r.a, j + 1, e)
    return Step(e)


def _lam(r: Reading, j: int) -> Step | None:
    """لـ X written apart: X is the outlet."""
    if r.a.nt[j] != LAM or j + 1 >= r.lim:
        return None
    e = outlet_end(r.a, j + 1, r.lim, r.spec)
    m = next((r.a.tok_mention[k] for k in range(j + 1, e) if r.a.tok_mention[k] is not None), None)
    if m is not None and _title_body(r, j, m):
        return _into_title(r, m, e)
    r.z.source = r.z.source or source_ref(r.a, j + 1, e)
    return Step(e)


def _lam_outlet_word(r: Reading, j: int) -> Step | None:
    """لصحيفة / لوكالة after a speaker: the outlet; «لوسائل الإعلام»، «لمراسلنا» (data/lam_outlets.txt) after a speaker
    or right after the cue («صرح لوسائل إعلام عربية»): the people given the statement (GUIDELINES 9.25.15)."""
    n = r.a.nt[j]
    told = not r.attrib and lam_outlet(n) and n not in ADDRESSEES  # «وفقا لمكتب …»: the attribution's speaker
    given = told and bool(r.z.cands or r.z.desc or r.a.cue[j - 1] is not None)
    if not ((glued_outlet(n) and (r.z.cands or r.z.desc)) or given) or j + 1 >= r.lim:
        return None
    if given and not glued_outlet(n):  # «لوسائل إعلام عربية قبيل …»: its words, then the zone goes on
        e = given_phrase(r.a, list(range(j, min(r.lim, j + LIMITS.max_segment))))[-1] + 1
        r.z.source = r.z.source or source_ref(r.a, j, e)
        return Step(e)
    e = outlet_end(r.a, j + 1, r.lim, r.spec)
    r.z.source = r.z.source or source_ref(r.a, j, e)
    return Step(e)


# ----- titles and descriptions -----------------------------------------------------------------------
def _addressee_title(r: Reading, j: int) -> Step | None:
    """«وقال لوزير الخارجية الأمريكي جون كيري إن»، «أكد لنظيره الروسي …»: a title glued to ل, outside an open title and
    before any title or source phrase, is who was told (GUIDELINES §6): it and the name after it are stepped over,
    never the speaker (the speaker is the one named before, or the story's continuing speaker)."""
    a, z = r.a, r.z
    if r.attrib or r.title_mode or z.statement or z.desc or not addressed_title(a.nt[j]):
        return None
    e = j + 1
    while e < r.lim and e - j <= LIMITS.qualifier_words and a.tok_mention[e] is None and _told_word(r, e):
        e += 1  # «لوزير الخارجية الأمريكي»: the title's own words
    m = a.tok_mention[e] if e < r.lim else None
    if m is not None and a.mentions[m].type == "person" and a.token_of(a.mentions[m].start) == e:
        e = a.mention_last[m] + 1
    return Step(e)


def addressed_title(n: str) -> bool:
    """A role head glued to ل (لوزير، لنظيره، للرئيس): the person a speaker talked to."""
    return lam_to(n, ROLE_HEADS)


def _told_word(r: Reading, e: int) -> bool:
    """A word of an addressee's title: definite or a nisba, no cue, complementiser or function word."""
    n = r.a.nt[e]
    return (
        (is_definite(n) or is_nisba(n)) and n not in FUNCTION_WORDS and r.a.cue[e] is None and n not in COMPLEMENTISERS
    )


def _title_head(r: Reading, j: int) -> Step | None:
    """A role or rank opens a title; an indefinite one takes its next word too."""
    n = r.a.nt[j]
    if not (title_opener(n) or shared_title(n, r.a.nt[j + 1] if j + 1 < r.lim else "")):
        return None
    r.title_mode, r.after_head = True, not is_definite(n)
    r.z.desc.append(j)
    return Step(j + 1)


def _rank_phrase(r: Reading, j: int) -> Step | None:
    """«أكد خادم الحرمين الشريفين الملك سلمان …»، «صاحب السمو الملكي ولي العهد الأمير X»: an honorific or a title of
    several words (data/rank_phrases.txt, title_phrases.txt) opens a title as a rank does. Why: its first word is no
    title word, so the zone read no speaker and the one before was carried onto the claim, or the claim opened at
    «ولي العهد»."""
    for n in range(RANK_PHRASE_WORDS, 1, -1):
        if j + n <= r.lim and " ".join(r.a.nt[j : j + n]) in RANK_PHRASES:
            r.title_mode, r.after_head = True, False
            r.z.desc.extend(range(j, j + n))
            return Step(j + n)
    return None


def _title_abbreviation(r: Reading, j: int) -> Step | None:
    """«م. المطيري»، «أ. د. طارق»: a lone letter and its dot abbreviate a title before the name."""
    if not (j + 1 < r.lim and r.a.abbreviation_dot(j + 1)):
        return None
    r.title_mode, r.after_head = True, False
    r.z.desc.extend((j, j + 1))
    return Step(j + 2)


def _outlet_head(r: Reading, j: int) -> Step | None:
    """«وكتبت صحيفة «صباح» …»: an outlet word first in the zone is stepped over to the name after it; before a news
    word and no name («وكالة الأنباء الرسمية») it heads an unnamed agency's name and stays in the phrase."""
    if not outlet_word(r.a.nt[j], glued=r.attrib) or r.z.cands or r.z.desc:
        return None
    if j + 1 < r.lim and r.a.tok_mention[j + 1] is None and news_noun(r.a.nt[j + 1]):
        r.z.desc.append(j)  # «وذكرت وكالة الأنباء الرسمية»: an unnamed agency, its class noun is in its name (RVF1)
    return Step(j + 1)


def _title_word(r: Reading, j: int) -> Step | None:
    """Inside a title: definite words, باسم, nisbas and qualifiers belong to it."""
    n = r.a.nt[j]
    if r.title_mode and locator(r.a, j, r.z.head()) and _placed_in(r, j):
        # «مسؤول في … في جيتيغا | المنطقة المؤيدة لـ …»: the place's words, not the title's (9.32.26)
        r.title_mode = False
        return None
    if not (
        r.title_mode
        and n not in FUNCTION_WORDS
        and (is_definite(n) or n == ON_BEHALF or is_nisba(n) or n in VAGUE_QUALIFIERS)
    ):
        return None
    r.z.desc.append(j)
    r.after_head = False
    return Step(j + 1)


def _placed_in(r: Reading, j: int) -> bool:
    """The place named right before token j follows في («مسؤول في … في جيتيغا»): where the title's holder is, not the
    title's genitive («مبعوث الأردن الأسبق»، «مدير طرق الشرقية المكلف»: their last word is the title's)."""
    a, m = r.a, place_before(r.a, j)
    first = a.token_of(a.mentions[m].start) if m is not None else 0
    return first > 0 and a.nt[first - 1] == IN


def _title_in(r: Reading, j: int) -> Step | None:
    """Inside a title: في before a definite word or a mention (مسؤول في الوزارة)."""
    a = r.a
    if not (
        r.title_mode
        and a.nt[j] == "في"
        and j + 1 < r.lim
        and (is_definite(a.nt[j + 1]) or a.tok_mention[j + 1] is not None)
    ):
        return None
    r.z.desc.append(j)
    return Step(j + 1)


def _after_head(r: Reading, j: int) -> Step | None:
    """The word after an indefinite title head belongs to it, unless it opens an anonymity clause («مسؤول | طلب عدم
    ذكر اسمه»، «مسؤول | رفض الكشف عن هويته»: GUIDELINES 9.15 keeps the clause out of the phrase)."""
    if not r.after_head:
        return None
    if anonymity(r.a, j):
        r.after_head = False
        return None
    r.z.desc.append(j)
    r.after_head = False
    return Step(j + 1)


def _vague_source(r: Reading, j: int) -> Step | None:
    """مصادر مطلعة، أوساط سياسية في الوزارة: a vague source, its adjectives and the body it belongs to. A
    demonstrative is none but before a news noun («هذه التسريبات»; `_demonstrative` reads «هذه المصادر»): «هذه» is a
    mined group head, and «وأكدت هذه الوثيقة أن» gave «هذه» the claim «الوثيقة أن …» (review RVL1)."""
    a, z = r.a, r.z
    if (
        z.cands
        or z.desc
        or (a.nt[j] in POINTING_WORDS and not news_noun(a.word_after(j)))  # «هذه التسريبات» stays a source
        or not (in_lexicon(a.nt[j], VAGUE_SPEAKERS) or dual_head(a.nt[j], a.word_after(j), VAGUE_SPEAKERS))
    ):
        return None
    z.vague = True
    return Step(source_phrase(a, z, j, r.lim))


def _unnamed_subject(r: Reading, j: int) -> Step | None:
    """Right after a speech verb, a noun no source list knows read by its grammar as the unnamed subject (see
    `unnamed_head`), when the complement (أن، a colon, a quotation) opens within a few words and no name or cue
    comes before it: «وقال أطباء في حي … أن»، «وقال مراسل RT في العراق إن»."""
    a, z = r.a, r.z
    if z.cands or z.desc or z.statement or r.attrib or not _after_verb(r, j) or not unnamed_head(a, j, r.lim):
        return None
    read = Zone(vague=True)
    if a.nt[j + 1] == FROM:  # the group counted is read as the source
        read.desc.extend((j, j + 1))
        e = source_phrase(a, read, j + 2, r.lim)
    else:
        e = source_phrase(a, read, j, r.lim)
    ahead = range(e, min(r.lim, j + SUBJECT_REACH))
    c = next((t for t in ahead if a.nt[t] in COMPLEMENTISERS or a.nt[t] == ":" or t in a.quotes), None)
    words = range(j, c) if c is not None else range(0)
    # «مقربون من بايدن»، «خصوم كلينتون»: a person after a people head is their genitive, no title's holder
    person = not people_head(a, j) and any(
        a.mentions[m].type == "person" for t in words if (m := a.tok_mention[t]) is not None
    )
    opens = c is not None and not person and all(a.cue[t] is None for t in words)  # unnamed: no name, no cue
    if not opens:  # else the noun is the verb's object, an adverbial, or a title before its holder's name
        return None
    z.vague, z.desc, z.cands, z.source = True, read.desc, read.cands, z.source or read.source
    return Step(e)


def unnamed_head(a: Article, j: int, lim: int) -> bool:
    """The grammar of `_unnamed_subject`: an indefinite noun before the unit or place it is of (مراسل RT، مهندسو
    مجموعة «X») or before في (أطباء في حي …), with an indefinite nisba after it (دول عربية), a second noun joined by
    و, or a nominative sound plural (مهندسون); any noun counting a definite plural after من (العشرات من الأطباء); a
    people head before whose or whom near they are (`people_head`: خصوم كلينتون، مقربون من بايدن)."""
    n = a.nt[j]
    if j + 1 >= lim or a.tok_mention[j] is not None or not plain_noun(n, a.toks[j].text, a.nt[j + 1]):
        return False
    after = a.nt[j + 1]
    body = a.tok_mention[j + 1]
    if people_head(a, j) and (body is not None or genitive_name(a, j + 1, lim)):
        return True  # «خصوم كلينتون»، «مقربون من بايدن»: the name is whose or whom near they are
    if body is not None:  # «مراسل RT في العراق»، «مهندسو مجموعة "مياموتو"»: the body it is of
        return not is_definite(n) and a.mentions[body].type in ("unit", "place")
    if after == IN and not is_definite(n):  # «أطباء في حي التضامن»: a noun and where it is
        return True
    if after == FROM:
        return j + 2 < lim and a.tok_mention[j + 2] is None and is_definite(a.nt[j + 2]) and plural_shape(a.nt[j + 2])
    if is_definite(n):
        return False
    joined = (
        wa_joined(after)
        and plain_noun(after[1:], a.toks[j + 1].text[1:], a.word_after(j + 1))
        and not is_definite(after[1:])
    )
    return nominative_plural(n) or joined or (is_nisba(after) and not is_definite(after))


def people_head(a: Article, j: int) -> bool:
    """Token j is an indefinite people head (`PEOPLE_HEADS`: خصوم، مقربون، مهندسو، صديق، مساعدو) whose genitive or
    «من» names whose they are. Why: «ويشير مقربون من بايدن»، «ويقول خصوم كلينتون»، «وقال صديق بايدن» gave the name
    the claim (GUIDELINES 9.31.8, 9.31.10). A feminine with its ة written is one too («وقالت زميلة بايدن»)."""
    n = a.nt[j]
    return not is_definite(n) and people_word(n, a.toks[j].text)


def genitive_name(a: Article, k: int, lim: int) -> bool:
    """Token k, after a people head, opens a name's genitive: «من» or an indefinite noun in construct, its opening
    mark aside, then the name («مقربون من | بايدن»، «مهندسو مجموعة "مياموتو"»)."""
    n = a.nt[k]
    construct = n.isalpha() and len(n) > 2 and n not in FUNCTION_WORDS and not is_definite(n)  # مجموعة (ة read as ه)
    if k + 1 >= lim or not (n == FROM or construct):
        return False
    e = k + 1
    if a.nt[e] in OPENING_QUOTES and e + 1 < lim:
        e += 1
    return a.tok_mention[e] is not None and a.tok_mention[k] is None


def plain_noun(n: str, written: str, after: str = "") -> bool:
    """A content word: no glued preposition (بشكل), accusative or adverb ending (تأكيدا; a people word's dual in
    construct with `after` is plain: `vocab.person_dual`), pronoun (ه also ends a ة as normalised; a people word's
    feminine as `written` with ة is plain: `feminine_person`), adverbial opener (أمام) or function word."""
    return (
        len(n) > 2
        and n not in FUNCTION_WORDS
        and n not in TIME_WORDS
        and n not in COMPLEMENTISERS
        and n not in ADVERBIAL
        and n[0] not in PREPOSITIONS  # بشكل، لدى، كما: a preposition letter glued to the word
        and (not n.endswith(ACCUSATIVE) or person_dual(n, after))  # مراسلا الوكالة: a dual in construct
        and (not n.endswith(PRONOUN_SUFFIXES) or feminine_person(n, written))
    )


def feminine_person(n: str, written: str) -> bool:
    """A people word's feminine, its ة written (مراسلة، مقربة، ناشطة; not زميله, a pronoun ه, nor جاهزية or إدارة, no
    people word). Why: the normalised ه read every feminine head as «noun + pronoun», so «وقالت مراسلة قناة X» gave
    the claim to the channel and «وقالت مقربة من X» to X where the masculine forms were unnamed speakers; opening it
    to every ة word made abstract nouns speakers («يعلن جاهزية القوات …», seeds 003; train-b −9 speakers)."""
    return written_taa_marbuta(written) and n.removesuffix(TAA_MARBUTA) in PERSON_HEADS


def plural_shape(n: str) -> bool:
    """A word with a plural ending (ات، ون، ين، اء: الأطباء، المهندسين)."""
    return n.endswith(PLURAL_ENDINGS)


def _antecedent(r: Reading) -> None:
    """«وأضاف المصدر»: read the source phrase written before with that noun (مصدر عسكري في …), said or not."""
    a, z = r.a, r.z
    noun = a.lone_noun(z.desc)
    if noun is None or not z.vague:
        return
    k = a.written_source(source_stem(a.nt[noun]), noun)
    if k is None:
        return
    earlier = Reading(a, r.spec, a.sent_end[k], r.attrib, r.issuer, Zone(vague=True))
    _one_source(earlier, k)
    z.antecedent = earlier.z


def _one_source(r: Reading, j: int) -> int:
    """One vague source noun from token j: its genitive, adjectives and qualifier; returns where it ends."""
    return one_source(r.a, r.z, j, r.lim)


def _unit_noun(r: Reading, j: int) -> Step | None:
    """وقالت الوزارة: a definite noun heading a unit named in the article."""
    n = r.a.nt[j]
    if r.z.cands or r.z.desc or not is_definite(n) or r.a.unit_by_head(n, j) is None:
        return None
    r.z.desc.append(j)
    return Step(j + 1)


def _issued_by(r: Reading, j: int) -> Step | None:
    """«وأكد بيان صادر عن | مكتب الوزيرة | أن»: after a statement, «صادر عن» and an unnamed body in construct (an
    indefinite noun, its definite genitive and their nisbas, no name) are the issuer, read as an unnamed phrase; a
    name after «عن» is left to the mention rule. Why: the title in it («الوزيرة») gave the claim to the person
    holding it, a statement speaks for a body (GUIDELINES 9.33.10, 9.13)."""
    a, z = r.a, r.z
    if (
        not z.statement
        or z.cands
        or z.desc
        or a.nt[j] not in ISSUED
        or j + 1 >= r.lim
        or a.nt[j + 1] not in ISSUED_FROM
    ):
        return None
    k = j + 2
    if k + 1 >= r.lim or any(a.tok_mention[t] is not None for t in (k, k + 1)):
        return Step(k)
    head, g = a.nt[k], a.nt[k + 1]
    if not (head.isalpha() and not is_definite(head) and head not in FUNCTION_WORDS and is_definite(g)):
        return Step(k)
    e = k + 2
    while e < r.lim and a.tok_mention[e] is None and is_definite(a.nt[e]) and is_nisba(a.nt[e]):
        e += 1
    z.vague, z.statement = True, False
    z.desc.extend(range(k, e))
    return Step(e)


def _same_word(r: Reading, j: int) -> Step | None:
    """«ووفقا للمصادر نفسها، فقد …»، «وأضاف المصدر ذاته أن»: نفسه/ذاته after the speaker read is his, stepped over;
    not before an accusative (`reflexive`), where it is the verb's object «himself»: «واعتبر الوزير نفسه مسؤولا»."""
    if r.a.nt[j] not in SAME_WORDS or not (r.z.desc or r.z.cands) or reflexive(r.a, j, r.lim):
        return None
    return Step(j + 1)


def reflexive(a: Article, j: int, lim: int) -> bool:
    """نفسه at j is the object «himself» of a judgement verb, an accusative after it («اعتبر/عدّ الوزير نفسه مسؤولا»;
    not a time word or adverb: «وقال الوزير نفسه أيضا»). Why: stepping over it cut «نفسه» from the claim of «اعتبر
    X Y» (GUIDELINES 9.27: X and Y are the claim)."""
    if j + 1 >= lim:
        return False
    n = a.nt[j + 1]
    return n.endswith(ACCUSATIVE) and n not in TIME_WORDS and n not in ADVERBIAL and n not in FUNCTION_WORDS


def _demonstrative(r: Reading, j: int) -> Step | None:
    """«وأكد ذلك المسؤول أن»، «وقال هذا الوزير إن»: a demonstrative opening the zone before a definite title, source,
    people or outlet noun («هذه الصحيفة», RVL1) is that subject's, stepped over so the noun is read as the speaker.
    Why: the zone stopped at it and the body of the sentence before spoke (review LEF1)."""
    a, z = r.a, r.z
    if a.nt[j] not in POINTING_WORDS or z.cands or z.desc or j + 1 >= r.lim or a.tok_mention[j + 1] is not None:
        return None
    n = a.nt[j + 1]  # «وتشير تلك العمليات إلى»: a demonstrative before no one who speaks is left alone
    who = title_opener(n) or in_lexicon(n, VAGUE_SPEAKERS) or in_lexicon(n, PEOPLE_HEADS)
    who = who or outlet_word(n, glued=False)  # «هذه الصحيفة»: the outlet named before
    return Step(j + 1) if who and is_definite(n) and a.cue[j + 1] is None else None


def _filler(r: Reading, j: int) -> Step | None:
    """Time words, pronoun prepositions and honorifics (اليوم، له، سموه) are stepped over."""
    n = r.a.nt[j]
    return Step(j + 1) if n in TIME_WORDS or n in PRONOUN_PREPS or n in HONORIFICS else None


RULES: tuple[Rule, ...] = (
    Rule("quotation", _quotation),
    Rule("complementiser", _complementiser),
    Rule("colon or preposition", _colon_or_preposition),
    Rule("relay saying", _relay_saying),
    Rule("glued bi", _glued_bi),
    Rule("affiliated body", _affiliated_body),
    Rule("relayed from", _relayed_from),
    Rule("voiced by", _voiced_by),
    Rule("lam outlet", _lam_outlet),
    Rule("mention", _mention),
    Rule("received copy", _received_copy),  # before the comma: «بيان …، تلقت «اليوم» نسخة منه، أن»
    Rule("comma", _comma),
    Rule("parenthesis", _parenthesis),
    Rule("statement", _statement),
    Rule("issued by", _issued_by),
    Rule("source phrase", _source_phrase),
    Rule("according to outlet", _according_to_outlet),
    Rule("lam", _lam),
    Rule("lam outlet word", _lam_outlet_word),
    Rule("addressee title", _addressee_title),
    Rule("rank phrase", _rank_phrase),
    Rule("title head", _title_head),
    Rule("outlet head", _outlet_head),
    Rule("title abbreviation", _title_abbreviation),
    Rule("title word", _title_word),
    Rule("title in", _title_in),
    Rule("after head", _after_head),
    Rule("demonstrative", _demonstrative),  # before it: «هذه» is also a mined group head (speaker_groups)
    Rule("vague source", _vague_source),
    Rule("unnamed subject", _unnamed_subject),
    Rule("unit noun", _unit_noun),
    Rule("filler", _filler),
    Rule("same word", _same_word),
)
