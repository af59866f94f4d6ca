"""Turn NER tags into typed mentions: units by rule, clitics and titles peeled off, names resolved.

ANERCorp (the tagger's training data) leaves armies and forces untagged, so unit names are
also found by rule (a unit head noun plus its complement and adjectives) and merged with the
tagger's ORG spans. Every mention keeps exact offsets into the article text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path

from app.nlp.claim_cues import cue_of
from app.nlp.doc import Doc
from app.nlp.identity import COMMON_WORD_RANK, entity_key, resolve_names
from app.nlp.lexicon import (
    COORDINATED_HEADS,
    DESCRIPTIVE,
    DESCRIPTIVE_OF_FORCES,
    DIRECTIONS,
    EVENT_NOUNS,
    FACILITY_HEADS,
    FREE_PREPOSITIONS,
    FUNCTION_WORDS,
    GENERIC_HEADS,
    GENERIC_PLACE_WORDS,
    KNOWN_PLACES,
    KNOWN_UNITS,
    NAME_PARTICLES,
    NAME_RANKS,
    NISBA_LIKE_PLACES,
    ORGAN_ADJECTIVES,
    PLACE_HEADS,
    PLACE_NAME_PREFIXES,
    PLACE_TRIGGERS,
    RANKS,
    REGION_QUALIFIERS,
    ROLE_HEADS,
    STRONG_PLACE_TRIGGERS,
    TITLE_ONLY_HEADS,
    TITLE_STOPS,
    TITLE_WORDS,
    UNIT_HEADS,
    UNIT_SUBTYPES,
)
from app.nlp.morphology import (
    ARTICLE,
    BI,
    CONJUNCTIONS,
    FEMININE_NISBA,
    GLUED_PROCLITICS,
    LAM,
    NISBA_PLURAL_ENDINGS,
    PROCLITICS,
    SOUND_PLURAL_ENDINGS,
    TAA_MARBUTA,
    WA,
    after_article,
    chars_for_letters,
    dual_singular,
    is_definite,
    is_definite_adjective,
    is_feminine,
    is_nisba,
    lam_article,
    lam_noun,
    masculine,
    opens_with_lam,
    starts_with_article,
    strip_article,
    strip_proclitic,
    wa_definite,
    wa_joined,
    with_proclitic,
    without_conjunction,
    without_possessive,
)
from app.nlp.normalize import normalize
from app.nlp.quotes import OPENING_MARKS, QUOTE_MARKS, closes_opened
from app.nlp.tokenize import Token, tokenize
from app.nlp.types import EntityType, Mention
from app.nlp.wordlists import labelled
from app.nlp.wordlists import words as word_list

_LABELS: dict[str, EntityType] = {
    "PER": "person",
    "PERS": "person",
    "LOC": "place",
    "GPE": "place",
    "ORG": "unit",
    "MISC": "misc",
    "MIS": "misc",
}
_CUE_WORDS = frozenset(UNIT_HEADS) | PLACE_HEADS | FACILITY_HEADS | PLACE_TRIGGERS
_PLACE_CUES = PLACE_TRIGGERS | PLACE_HEADS  # the words _place_at reads a glued proclitic off
_PLACELESS_COUNCILS = word_list("placeless_councils")  # المجلس البلدي: a mention only before في/بـ/لـ X (9.13)
_PLAIN_COUNCIL_ADJECTIVES = word_list("plain_council_adjectives")  # الحالي: the council is still placeless
_IN = frozenset({normalize("في")})
_NOT_MENTIONS = labelled("not_mentions")  # الحكومة المركزية: what GUIDELINES says is never a mention
_JOB_BODY = "9.25.6"  # not_mentions' label of a body named by its job: a mention with its owner after it
_OWNER_LINKS = word_list("owner_links")  # في، داخل، بـ: a committee's owner follows (9.25.6)
_OWNER_WINDOW = 4  # words after a job-named body in which its link and owner stand («الجديد بـ ( فيفا»)


def _homographs(name: str) -> dict[tuple[str, ...], frozenset[int]]:
    """A homograph table (data/NAME.txt): each phrase's words and the 0-based positions where a name is another word."""
    return {tuple(p.split()): frozenset(int(k) - 1 for k in at.split(",")) for p, at in labelled(name).items()}


_PLACE_HOMOGRAPHS = _homographs("place_homographs")  # «النيل من»: harming, not the Nile (9.18)
_PLACE_DESCRIPTORS = word_list("place_descriptors")  # بلدة، قارة: outside a place's span (§4)
_HEADS_OUTSIDE = {
    name: frozenset(normalize(h.strip()) for h in heads.split(","))
    for name, heads in labelled("heads_outside_names").items()
}  # الصليب الأحمر: «منظمة» before it is outside the span (GUIDELINES 9.30.18)
_UNFINISHED_ENDS = word_list("unfinished_name_ends")  # آل، بن، بو: no name ends on one (_finished_names)
_HISTORICAL_STATES = word_list("historical_states")  # الاتحاد السوفيتي: a state gone, a place (9.17)
_ENVISAGED_CUES = word_list("envisaged_state_cues")  # إقامة، عصر: the state after is envisaged or an era, none (9.17)
_MAX_STATE_LEN = max(len(k.split()) for k in _HISTORICAL_STATES)
_PERSON_NOUNS = word_list("person_nouns")  # الناشط: a person's description, no title head (_title_of_next)
_ROLE_MODIFIERS = word_list("role_modifiers")  # العام: the role's own adjective, trimmed with it (_title_of_next)
_CLASS_NOUNS = word_list("class_nouns")  # الشركة، الوكالة: with adjectives only, a kind of body, no name (9.24)
_BA_LAM = BI + LAM  # بجدة، لمدينة: the council of a place; لخادم: the honorific after a preposition
# A comma between a name and what stands next to it (also between a name and its titles, _peel_titles).
_COMMAS = frozenset({"،", ","})
# وهو، -، (: between a name and the role set after it, each with what must close that role (_closes_apposition)
_APPOSITION_OPENERS = labelled("apposition_openers")
_FUTURE_PREFIXES = word_list("future_prefixes")  # سيـ، ستـ: a future verb, where a title after «وهو» ends
_CLAUSE_END_MARKS = _COMMAS | {"؛", ";", ".", "!", "?", "؟", ":"}  # where an apposition after ؛ may end
_RANK_QUALIFIERS = word_list("rank_qualifiers")  # الفريق أول ركن: words of a rank after its head
_RANK_PHRASES = word_list("rank_phrases")  # صاحب السمو الملكي: an honorific of several words, peeled as a rank
_RANK_PHRASE_FIRSTS = frozenset(p.split()[0] for p in _RANK_PHRASES)
# Words no title runs over: the listed stops and the function words that are no preposition (قد، لم، بعد، هذا): a
# clause or an adverbial begins there («الرئيس الفرنسي قد أصدر قرارا بمنح فلان»).
_TITLE_ENDS = TITLE_STOPS | (FUNCTION_WORDS - FREE_PREPOSITIONS)


_COMMON_NOUN_ROLES = word_list("common_noun_roles")  # الأمر، العضو: role heads that read as common nouns too
_COUNTERPARTS = word_list("counterpart_heads")  # نظيره: a title that reaches the name through one nisba at most
_TITLE_CONSTRUCT_HEADS = word_list("title_construct_heads")  # كبير المفاوضين: a title head before a definite word
_TITLE_BEFORE = 12  # words a title before a name may run to («المدير العام للعلاقات الخارجية في وزارة الشؤون …»)
_MAX_KNOWN_LEN = max(len(k.split()) for k in (*KNOWN_UNITS, *KNOWN_PLACES))
_KNOWN_FIRST_WORDS = frozenset(k.split()[0] for k in (*KNOWN_UNITS, *KNOWN_PLACES))


@dataclass
class _Span:
    """A candidate mention as token indexes [i, j) into one sentence."""

    sent: int
    i: int
    j: int
    type: EntityType
    subtype: str | None = None
    titles: list[str] = field(default_factory=list)
    bare_head: bool = False
    cued: bool = False  # typed by a cue or a gazetteer, which outranks the tagger's type
    spreads: bool = True  # False for a dual's second body (والداخلية): named elliptically, it names nothing alone
    titled_before: bool = False  # a title ends right before the person's name, no comma: a و/ف opening it is its own


# The span rules build_mentions can switch off one by one, each with what it adds on Qala News dev (39 articles, 307
# matched claims) and, in brackets, train-b (in-sample for the tagger): mention micro F1 and speakers right, from
# `python -m bench.rule_ablation --split dev|train-b` at session 26 (ABL1; shipped tagger ar_qala, unit rules off).
# A rule stays only with its dev gain written here (issue 11); "=" is no change. The three LEARNED_BY_QALA_TAGGER
# rules are off for that tagger: their gain is what switching them on adds.
RULES = frozenset(
    {
        "event_names",  # dev micro +.0030 (place F1 +.0073) [train-b +.0010]
        "propagate",  # dev micro +.0031, speaker +3 [train-b +.0001, speaker +2, subtypes +33]
        "spread_majority",  # dev micro +.0025 (unit F1 +.0050), subtypes -6 [train-b +.0003]
        "span_confidence",  # dev micro +.0019 (unit surface P +.021, R -.019) [train-b +.0014, speaker +8]
        "descriptor_out",  # dev micro +.0018 [train-b +.0001]
        "keep_place",  # dev micro +.0004 (place surface P +.004) [train-b -.0010: place surface R -.009]
        "nisba_adjective",  # dev micro +.0004 [train-b +.0002]
        "peel_titles",  # dev speaker +7, titles right +119 [train-b speaker +56, sources +24]
        "resolve_names",  # dev speaker +3, sources +8 [train-b speaker +10, sources +136]
        "subtype_table",  # dev subtypes +131, sources +10 [train-b subtypes +2001, speaker +6, sources +11]
        "closing_mark",  # dev = [train-b micro +.0007]
        "coordinated_wa",  # dev = [train-b micro +.0014 (place F1 +.0033)]
        "title_alone",  # dev = [train-b micro +.0002, speaker +3]
        "nisba_surname",  # dev = [train-b micro +.0001, speaker -1]
        "title_of_next",  # dev = [train-b speaker +1]
        "descriptive_only",  # dev = [train-b micro +.0002]
        "not_mentions",  # dev = [train-b micro +.0002]
        "split_dual",  # dev = [train-b micro +.0002]
        "historical_state",  # dev = [train-b micro +.0001]
        "place_homograph",  # dev = [train-b micro +.0001]
        "placeless_council",  # dev = [train-b unit F1 +.0001]
        "spread_reading",  # dev = [train-b unit F1 +.0001]
        "class_described",  # dev = [train-b unit F1 +.0001, subtypes -6]
        "rank_persons",  # off for ar_qala: dev = [train-b micro -.0009, speaker -1]
        "split_coordinated",  # off for ar_qala: dev = [train-b micro -.0010, speaker -11]
        "trailing_role",  # off for ar_qala: dev = [train-b micro -.0018, speaker -25]
    }
)
# Rules a tagger trained on Qala News has learned: with ar_qala-ner-1b2b5ff00d11 each adds 0.000 on dev
# (micro F1 0.912, speaker 0.916, alone and together) and together they cost train person F1 0.955 -> 0.942
# and speaker 0.840 -> 0.834 (`python -m bench.rule_ablation --split dev|train`, session 10). They stay for
# taggers that do not tag units (ANERCorp-only), which miss what these rules restore.
LEARNED_BY_QALA_TAGGER = frozenset({"rank_persons", "split_coordinated", "trailing_role"})


SPAN_CONFIDENCE = Path(__file__).resolve().parent / "data" / "span_confidence.json"


@cache
def span_floors() -> dict[str, float]:
    """The lowest CRF marginal a tagged span of each type needs (data/span_confidence.json; refit per model).

    Why: one setting, fitted by `python -m training.span_confidence` for the shipped tagger; a type not
    listed has no floor, and so has every span of a tagger that gives no marginals.
    """
    return _floors_of("min_marginal")


@cache
def unclaimed_floors() -> dict[str, float]:
    """The higher floors a span of each type needs when no claim names its mention (span_confidence.json's
    "unclaimed_min_marginal"): a speaker, an affiliation or a source is kept at `span_floors`, any other mention
    dropped under these, so the floor costs surfaces only where no claim needs them (issue 11's unit precision)."""
    return _floors_of("unclaimed_min_marginal")


def floors_in_force(min_confidence: Mapping[str, float] | None) -> Mapping[str, float]:
    """The span floors a mention pass applies: the caller's (the fit's, which chooses them) or else the shipped ones."""
    return span_floors() if min_confidence is None else min_confidence


def surer_floors(min_confidence: Mapping[str, float] | None, unclaimed: Mapping[str, float]) -> dict[str, float]:
    """The floors of the mentions no claim names: each type's span floor (`floors_in_force`) raised to its unclaimed
    floor."""
    floors = dict(floors_in_force(min_confidence))
    return floors | {t: max(v, floors.get(t, 0.0)) for t, v in unclaimed.items()}


def _floors_of(key: str) -> dict[str, float]:
    """One table of span_confidence.json (type -> lowest marginal); empty when the file or the key is missing."""
    if not SPAN_CONFIDENCE.exists():
        return {}
    floors = json.loads(SPAN_CONFIDENCE.read_text(encoding="utf-8")).get(key, {})
    return {str(t): float(v) for t, v in floors.items()}


def rules_off_for(tags_units: bool) -> frozenset[str]:
    """The span rules switched off for a tagger: those a Qala-trained tagger (one that tags units) does itself."""
    return LEARNED_BY_QALA_TAGGER if tags_units else frozenset()


def decode_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO or BIOES tags to (start, end, label) token spans; stray I-/E- open a new span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for k, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        continues = prefix in {"I", "E"} and lab == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, k, label))
            start, label = -1, ""
        if prefix in {"B", "S"} or (prefix in {"I", "E"} and start < 0):
            start, label = k, lab
        if prefix in {"E", "S"} and start >= 0:
            spans.append((start, k + 1, label))
            start, label = -1, ""
    return spans


def _governs_a_name(word: str) -> bool:
    """A free preposition or a place trigger (في، محافظة، ومدينة): the word after it takes no preposition of its own."""
    return (
        word in FREE_PREPOSITIONS
        or strip_proclitic(word) in PLACE_TRIGGERS
        or without_conjunction(word) in PLACE_TRIGGERS
    )


class TagReading:
    """What every mention pass over one tagged Doc reads alike, whatever its span floors: the words, the tagged spans
    and the span tests that depend on nothing else. Why: the Mentions stage passes twice over an article with a span
    under the unclaimed floors (`find_mentions` at two floors); one TagReading serves both, the second pass cheaper."""

    def __init__(self, doc: Doc) -> None:
        """Read the Doc's words (normalised once, by the Doc) and decode its tags, if any."""
        self.doc = doc  # the Doc read: a TagReading serves no other (`_reading_for`)
        self.norm = doc.sentence_norms
        self.vocab = Counter(doc.norms)
        # Words seen right after a free preposition (في بابل) or a place trigger in construct (محافظة بابل): their first
        # letter is no preposition.
        self.after_preposition = {
            row[k] for row in self.norm for k in range(1, len(row)) if _governs_a_name(row[k - 1])
        }
        self.tag_spans = [decode_tags(row) for row in doc.tags] if doc.tags is not None else []
        self.homographs: dict[tuple[int, int, int, str], bool] = {}  # _in_homograph_phrase by span
        self.subtypes: dict[tuple[str, str | None, bool], str] = {}  # unit_subtype by name, ruled subtype, table on

    @cached_property
    def envisaged(self) -> frozenset[tuple[int, int]]:
        """The tokens of the historical states' names no span keeps (`_envisaged_states`), read once."""
        return _envisaged_states(self.norm)


class _Article:
    """Token-level view of one article for the span rules."""

    def __init__(self, doc: Doc, lexicon: Mapping[str, int], reading: TagReading) -> None:
        """The Doc's sentences and the TagReading's words, with this pass's own span sets, empty."""
        self.text = doc.text
        self.lexicon = lexicon
        self.sentences = doc.sentences
        self.reading = reading
        self.norm = reading.norm
        self.vocab = reading.vocab
        self.after_preposition = reading.after_preposition
        self.tagged: set[tuple[int, int]] = set()
        self.person_tokens: set[tuple[int, int]] = set()  # tokens of person spans: no title runs over one
        self.unit_tokens: set[tuple[int, int]] = set()  # tokens of unit spans: a committee's owner (9.25.6)
        # an envisaged state's tokens («إقامة الإمبراطورية …»): none until `_refine_tagged` reads the TagReading's
        self.envisaged: frozenset[tuple[int, int]] = frozenset()
        self.name_ends: set[tuple[int, int]] = set()  # last tokens of place and unit spans: a construct ends there

    def is_word(self, s: int, k: int) -> bool:
        w = self.sentences[s][k].text
        return w[:1].isalpha()


def _unit_head(word: str) -> tuple[str, bool] | None:
    """(subtype, definite) when word opens a unit name (وقوات, القوات, للقوات...), else None."""
    bare = strip_proclitic(word)
    noun = after_article(bare)
    if noun is not None and noun in UNIT_HEADS:
        return noun, True
    if bare in UNIT_HEADS:
        return bare, False
    rest = without_conjunction(word)
    if rest is not None and rest in UNIT_HEADS:
        return rest, False
    return None


def subtype_keys(name: str) -> list[str]:
    """The keys a unit name's subtype is learnt and looked up by, most specific first.

    The head (first word without clitics or article: قوات) with the word after it, the complement
    that tells the kind (قوات الامن), then with the last word, often a nisba (القوات الجوية), then alone.
    """
    words = [
        masculine(strip_article(strip_proclitic(normalize(t.text)))) for t in tokenize(name) if t.text[:1].isalnum()
    ]
    if not words:
        return []
    head, rest = words[0], words[1:]
    return list(dict.fromkeys([f"{head} {w}" for w in rest[:1] + rest[-1:]] + [head]))


def unit_subtype(name: str, ruled: str | None, table: Mapping[str, str] = UNIT_SUBTYPES) -> str:
    """A unit mention's subtype: the table's (fitted on Qala News train) for its keys, else the rules', else other."""
    learnt = next((table[k] for k in subtype_keys(name) if k in table), None)
    return learnt or ruled or "other"


def _rule_units(art: _Article, ner_tokens: set[tuple[int, int]]) -> list[_Span]:
    """Unit spans by rule: head noun + complement/adjectives, and well-known unit names."""
    spans: list[_Span] = []
    for s, words in enumerate(art.norm):
        k = 0
        while k < len(words):
            known = _known_name_at(words, k)
            if known is not None:
                end, typ, subtype = known
                end = _adjectives_end(words, end) if typ == "unit" else end
                spans.append(_Span(s, k, end, typ, subtype, cued=True))
                k = end
                continue
            place = _place_at(art, s, k, ner_tokens)
            if place is not None:
                spans.append(place)
                k = place.j
                continue
            head = _unit_head(words[k])
            if head is None or not art.is_word(s, k):
                k += 1
                continue
            noun, definite = head
            if noun in TITLE_ONLY_HEADS and k > 0 and strip_proclitic(words[k - 1]) in ROLE_HEADS:
                k += 1  # وزير الخارجية: a title, not a mention of the ministry
                continue
            j = k + 1 if definite else _complement_end(words, k + 1, s, ner_tokens)
            if j is None:
                k += 1
                continue
            j = _adjectives_end(words, j, s, ner_tokens, generic=noun in GENERIC_HEADS)
            if noun in COORDINATED_HEADS and j < len(words) and wa_definite(words[j]):
                j = _adjectives_end(words, j + 1)  # لجنة الأمن والدفاع is one committee
            bare = definite and j == k + 1
            if bare and noun in GENERIC_HEADS:
                k += 1
                continue
            spans.append(_Span(s, k, j, "unit", UNIT_HEADS[noun], bare_head=bare))
            k = j
    return spans


def _complement_end(words: list[str], j: int, s: int, ner_tokens: set[tuple[int, int]]) -> int | None:
    """After an indefinite head: at most one more indefinite noun, then a definite noun or a name.

    قيادة العمليات, قيادة عمليات ديالى, جهاز مكافحة الإرهاب; not قوات بلاده في العراق.
    """
    for k in (j, j + 1):
        if k >= len(words) or not words[k][:1].isalpha() or words[k] in FUNCTION_WORDS:
            return None
        if starts_with_article(words[k]) or (s, k) in ner_tokens:
            return k + 1
        if _unit_head(words[k]) is not None:
            return None  # a second head starts its own unit (قوات مشاة البحرية)
    return None


def _adjectives_end(
    words: list[str], j: int, s: int = -1, ner_tokens: set[tuple[int, int]] | None = None, *, generic: bool = False
) -> int:
    """Extend a unit name over its adjectives (العراقية, المشتركة), stopping at descriptive ones and at an organ's
    before ل («اللجنة التنفيذية للاتحاد الأوروبي»: the named body alone is the mention, GUIDELINES 9.17)."""
    start = j
    while j < len(words) and j - start < 4:
        w = words[j]
        if w in DESCRIPTIVE or (generic and w in DESCRIPTIVE_OF_FORCES):
            break
        if w in ORGAN_ADJECTIVES and j + 1 < len(words) and opens_with_lam(words[j + 1]):
            break
        if not (is_definite_adjective(w) or (ner_tokens is not None and (s, j) in ner_tokens)):
            break
        j += 1
    return j


def _known_name_at(words: list[str], k: int) -> tuple[int, EntityType, str | None] | None:
    """A well-known unit (داعش, حزب الله) or country (المملكة المتحدة) at word k, longest first."""
    first = strip_proclitic(words[k])
    rest = without_conjunction(first)
    firsts = [first] if rest is None else [first, rest]  # وصلاح الدين
    firsts = [head for head in firsts if head in _KNOWN_FIRST_WORDS]  # most words start no known name: none is built
    for n in range(min(_MAX_KNOWN_LEN, len(words) - k) if firsts else 0, 0, -1):
        for head in firsts:
            phrase = " ".join([head, *words[k + 1 : k + n]])
            if phrase in KNOWN_UNITS:
                return k + n, "unit", KNOWN_UNITS[phrase]
            if phrase in KNOWN_PLACES:
                return k + n, "place", None
    return None


def _tagged(art: _Article, s: int, k: int) -> bool:
    """Whether the tagger gave token k any entity tag."""
    return (s, k) in art.tagged


def _place_at(art: _Article, s: int, k: int, ner_tokens: set[tuple[int, int]]) -> _Span | None:
    """A place by its cue: the name after محافظة/مدينة/مناطق…, or a facility (قاعدة بلد الجوية)."""
    words = art.norm[s]
    word = strip_proclitic(words[k])  # a word without a proclitic comes back as it is
    bare = word[1:] if len(word) > 3 and with_proclitic(word, _PLACE_CUES, PROCLITICS) else word
    if bare in PLACE_HEADS:
        end = _complement_end(words, k + 1, s, ner_tokens)
        return None if end is None else _Span(s, k, _adjectives_end(words, end), "place", cued=True)
    if bare not in PLACE_TRIGGERS and word not in PLACE_TRIGGERS:
        return None
    i = k + 1
    if i >= len(words) or not _name_word(art, s, i, first=False) or words[i] in GENERIC_PLACE_WORDS:
        return None
    if words[i] in DIRECTIONS or is_definite_adjective(words[i]):
        return None
    strong = bare in STRONG_PLACE_TRIGGERS or word in STRONG_PLACE_TRIGGERS
    if not strong and (s, i) not in ner_tokens and not _tagged(art, s, i):
        return None  # مناطق شاسعة: a weak cue only retypes a name the tagger found
    j = i + 1
    if j < len(words) and art.is_word(s, j) and words[j] not in FUNCTION_WORDS:
        second = words[j]
        joined = words[i] in PLACE_NAME_PREFIXES or (
            starts_with_article(second) and not starts_with_article(words[i]) and not is_definite_adjective(second)
        )
        j += joined
    return _Span(s, i, j, "place", cued=True)


def _merge(ner: list[_Span], rules: list[_Span]) -> list[_Span]:
    """Rule units absorb overlapping tagger spans of any type; other tagger spans stay."""
    out = list(rules)
    by_sentence: dict[int, list[_Span]] = {}
    for r in rules:
        by_sentence.setdefault(r.sent, []).append(r)
    for sp in ner:
        overlapping = [r for r in by_sentence.get(sp.sent, ()) if r.i < sp.j and sp.i < r.j]
        if not overlapping:
            out.append(sp)
            continue
        for r in overlapping:
            if sp.type == r.type == "unit":
                r.i, r.j = min(r.i, sp.i), max(r.j, sp.j)
                r.bare_head = False
    out.sort(key=lambda x: (x.sent, x.i, -x.j))
    merged: list[_Span] = []
    for sp in out:
        if merged and merged[-1].sent == sp.sent and sp.i < merged[-1].j:
            continue
        merged.append(sp)
    return merged


def _peel_titles(art: _Article, sp: _Span) -> None:
    """Move ranks at the start of a person span into titles and collect role titles around it."""
    words = art.norm[sp.sent]
    toks = art.sentences[sp.sent]
    while sp.j - sp.i > 1:
        two = " ".join(words[sp.i : sp.i + 2])
        one = strip_proclitic(words[sp.i])
        if two in RANKS and sp.j - sp.i > 2:
            sp.titles.append(_surface(art, sp.sent, sp.i, sp.i + 2))
            sp.i += 2
        elif one in RANKS:
            sp.titles.append(_surface(art, sp.sent, sp.i, sp.i + 1, strip=True))
            sp.i += 1
        elif _qualifies_rank_before(words, sp.i):
            # «اللواء متقاعد عبدالله …»: the tagger took the rank's qualifier, not the rank, into the name
            if sp.titles:
                sp.titles.pop()  # a rank peeled here: _ranks_before reads it again, its qualifiers with it
            sp.i += 1
        else:
            break
    # Before the name: ranks directly before, then (after an optional comma) a role phrase.
    k, ranks = _ranks_before(words, sp.i)
    sp.titles += [_surface(art, sp.sent, a, b, strip=True) for a, b in ranks]
    comma = k > 0 and toks[k - 1].text in _COMMAS
    if comma:
        k -= 1
    opened = k < sp.i and _after_preposition(words[k])  # «التقى الوزير بالرئيس فلان»: الوزير is not his
    role = None if opened else _role_before(art, sp.sent, k, comma)
    if role is not None:
        sp.titles += [_surface(art, sp.sent, a, b, strip=True) for a, b in _title_pieces(art, sp.sent, role, k)]
    first = min(role if role is not None else k, ranks[0][0] if ranks else k)
    # a title right after another name is that one's apposition («بير اغرين مسؤول الشرطة وإيفا مورين»): و is a list's
    sp.titled_before = not comma and first < sp.i and (first == 0 or (sp.sent, first - 1) not in art.person_tokens)
    after = sp.j + (1 if sp.j < len(toks) and toks[sp.j].text in _COMMAS else 0)
    opener = words[after] if after < len(toks) and words[after] in _APPOSITION_OPENERS else None
    if opener is not None:
        after += 1  # «وقال فرج اقعيم وهو قائد ميداني»، «الحرمي -محلل نفطي مستقل-»: the role after him is his (9.26.4)
    role_end = _role_after(art, sp.sent, after)
    if role_end is not None and opener is not None and _APPOSITION_OPENERS[opener] == "verb":
        role_end = _before_verb(words, after, role_end)
    elif role_end is not None and opener is not None and not _closes_apposition(words, opener, role_end):
        role_end = None
    if role_end is not None:
        sp.titles += [_surface(art, sp.sent, a, b, strip=True) for a, b in _title_pieces(art, sp.sent, after, role_end)]


def _qualifies_rank_before(words: list[str], k: int) -> bool:
    """Word k is a rank's qualifier (متقاعد، طبيب) right after a rank or another of its qualifiers («اللواء طبيب»،
    «العميد الركن متقاعد»): part of the rank, never of the name after it."""
    if k == 0 or words[k] not in _RANK_QUALIFIERS:
        return False
    return strip_proclitic(words[k - 1]) in RANKS or words[k - 1] in _RANK_QUALIFIERS


def _before_verb(words: list[str], start: int, end: int) -> int | None:
    """End of the role [start, end) after «وهو» cut before the first verb in it (a speech cue, a future سيـ), None when
    under two words are left. Why: «خالد حسن وهو وزير سابق سيترشح للانتخابات» gave him «وزير سابق سيترشح …»."""
    cut = next((p for p in range(start + 1, end) if _verb_like(words[p])), end)
    return cut if cut - start >= 2 else None


def _verb_like(word: str) -> bool:
    """A speech cue (قال، أكد) or a future verb (سيترشح: س, an imperfect prefix, a stem), not a nisba (سياسي) nor a
    word ending in ة (سيارة، سياسة، سيطرة: «وهو صاحب سيارة أجرة» lost his title; a verb ends so only with a pronoun)."""
    future = len(word) >= 5 and word[:2] in _FUTURE_PREFIXES and not is_nisba(word) and not is_feminine(word)
    return future or cue_of(word) is not None


def _closes_apposition(words: list[str], opener: str, end: int) -> bool:
    """Whether the role after `opener` ends (at word `end`) where that opener's apposition closes: a dash at the next
    dash, a bracket at «)», a semicolon at a comma, a semicolon or the sentence's end. Why: «أحمد علي - رئيس الوزراء
    لم يحضر - إن …» and «وغادر أحمد علي؛ رئيس الوزراء قال …» open a new clause, whose subject the name's title took."""
    closer = _APPOSITION_OPENERS[opener]
    if closer == "any":
        return True
    if closer == "clause":
        return end >= len(words) or words[end] in _CLAUSE_END_MARKS
    return end < len(words) and words[end] in closer.split()


def _title_pieces(art: _Article, s: int, i: int, j: int) -> list[tuple[int, int]]:
    """Words [i, j) as titles, cut where a second one starts with no و («نائب رئيس الوزراء وزير الدفاع»): an
    indefinite role head right after a definite word, which closes the first title's construct chain."""
    words = art.norm[s]
    cuts = [
        p
        for p in range(i + 1, j)
        if _second_title(words[p - 1], words[p]) or ((s, p - 1) in art.name_ends and words[p] in ROLE_HEADS)
    ]  # «أمير منطقة عسير رئيس مجلس …»: a name closes the chain as a definite word does
    pieces = []
    for a, b in zip([i, *cuts], [*cuts, j], strict=True):
        while b - a > 1 and _loose_end(words[b - 1]):
            b -= 1  # «قائد قوات الحلف الأطلسي في»: the reach ended inside a phrase, not at the title's end
        pieces.append((a, b))
    return pieces


def _loose_end(word: str) -> bool:
    """A word no title ends on: a preposition, a function word (قد، بعد) or a lone letter (ل of «لـ»); a closing
    mark may end one («مدير إعلام «أبين»»)."""
    return word in FREE_PREPOSITIONS or word in FUNCTION_WORDS or (len(word) < 2 and word.isalpha())


def _second_title(before: str, word: str) -> bool:
    """An indefinite role head (وزير، رئيس) after a definite word: no construct joins them, a new title opens."""
    if is_definite(before) and _role_word(word) and without_conjunction(word, WA) is not None:
        return True  # «نائب الرئيس اليمني ورئيس الحكومة»: a second title joined by و
    if starts_with_article(word) and _definite_role(word) and starts_with_article(before) and not _role_word(before):
        return True  # «رئيس اللجنة التنفيذية المتحدث الرسمي»: a definite noun takes no genitive, a title opens
    return word in ROLE_HEADS and not starts_with_article(word) and is_definite(before)


def _ranks_before(words: list[str], end: int) -> tuple[int, list[tuple[int, int]]]:
    """Start of the ranks right before word `end`, and each rank as a title of its own («الشيخ الدكتور»: two;
    «الفريق أول ركن»: one, its qualifiers kept): a rank with a preposition glued to it (بالرئيس) opens the run, so
    the rank before it («الوزير بالرئيس») is another phrase's; qualifiers with no rank before them are none."""
    k, start, pieces = end, end, []
    while k > 0:
        if short := _abbreviated_rank_before(words, k):  # «مدير جامعة الملك خالد أ.د. عبدالرحمن الداود»
            k -= short
            pieces.append((k, start))
            start = k
            continue
        n = _rank_phrase_before(words, k)
        if n == 0 and not (strip_proclitic(words[k - 1]) in RANKS or words[k - 1] in _RANK_QUALIFIERS):
            break
        k -= n or 1
        if n == 0 and words[k] in _RANK_QUALIFIERS:
            continue
        pieces.append((k, start))
        start = k
        if _after_preposition(words[k]):
            break
    return start, pieces[::-1]


def _abbreviated_rank_before(words: list[str], k: int) -> int:
    """Words of an abbreviated rank ending before word k, each letter with its dot («د.»، «م.»، «أ.د.»), 0 if none.
    Why: the dot stopped the ranks' run, and the role title before the rank («مدير جامعة الملك خالد») was lost."""
    n = 0
    while k - n >= 2 and words[k - n - 1] == "." and len(words[k - n - 2]) == 1 and words[k - n - 2].isalpha():
        n += 2
    return n


def _rank_phrase_before(words: list[str], k: int) -> int:
    """Words of an honorific phrase ending before word k (صاحب السمو الملكي، لخادم الحرمين الشريفين), 0 if none or
    if a role head governs it («سفير خادم الحرمين الشريفين»: the ambassador's title, not a rank)."""
    for n in (3, 2):
        if k < n:
            continue
        first = words[k - n]
        bare = _glued_rank_first(first) or first
        if " ".join([bare, *words[k - n + 1 : k]]) in _RANK_PHRASES:
            governed = k > n and bare == first and _role_word(words[k - n - 1]) and not is_definite(words[k - n - 1])
            return 0 if governed else n
    return 0


def _after_preposition(word: str) -> bool:
    """A word with ب/ل glued before its article or an honorific (بالرئيس، للرئيس، لخادم): a preposition's object."""
    glued = without_conjunction(word, _BA_LAM) is not None
    return glued and (strip_proclitic(word) != word or _glued_rank_first(word) is not None)


def _glued_rank_first(word: str) -> str | None:
    """The first word of an honorific after a glued ب/ل (لخادم → خادم), through morphology's one clitic stripper;
    None when the word is no such thing."""
    glued = without_conjunction(word, _BA_LAM)
    return glued if glued in _RANK_PHRASE_FIRSTS else None


def _role_before(art: _Article, s: int, end: int, comma: bool) -> int | None:
    """Start of a role title ending just before word `end` (رئيس الوزراء العراقي ...), if any: the first role word
    of the run of title words before it, a quoted programme name allowed in it, another person's name not (a comma
    before the name: the words before it may be that other name's apposition)."""
    words = art.norm[s]
    start = end
    while start > 0 and end - start < _TITLE_BEFORE:
        w = words[start - 1]
        # a quoted name may sit inside the title («لبرنامج ” فطن ”»); another person's name may not
        if not (w[:1].isalpha() or w in QUOTE_MARKS) or w in _TITLE_ENDS or (s, start - 1) in art.person_tokens:
            break
        start -= 1
    if start > 0 and (s, start - 1) in art.person_tokens:
        # right after another name: «صالحي رئيس المنظمة ومساعد وزير الخارجية عراقجي» (his apposition, this title
        # from the و on), «شمخاني الأمين العام، وحسن روحاني» (his, all of it); «استقبل الأمير فلان الرئيس الفرنسي
        # فرنسوا هولاند» (no و, no comma: the object's title, this name's)
        joined = next((k for k in range(start, end) if _joined_role(words, k)), None)
        start = joined if joined is not None else end if comma else start
        if joined is not None and not _role_word(words[joined]):
            return joined  # «وكبير المفاوضين عراقجي»: the construct head opens this one's title
    # «وقال إردوغان لرئيس الوزراء الصيني لي»: the preposition's object, this name, holds the title; after a role
    # word the ل is the title's own genitive («النائب الثاني لرئيس مجلس الوزراء»), which the first role word opens
    plain = [
        k
        for k in range(start, end)
        if _role_word(words[k]) and not _accusative(words[k]) and not _counterpart_too_far(words, k, end)
    ]
    letters = {k: _glued_role_letters(words[k]) for k in range(start, end)}
    glued = [k for k, n in letters.items() if n and not _glued_too_far(words, k, end, plain)]
    coordinated = [k for k in glued if letters[k] == 2]
    # «إلى الرئيس الصيني ولرئيس الوزراء الهندي مودي»: the second object's title opens at its و
    return max(coordinated) if coordinated else min(plain + glued, default=None)


def _counterpart_too_far(words: list[str], k: int, end: int) -> bool:
    """Whether word k is a counterpart (نظيره) more than a nisba away from the name at word `end`. Why: «مع نظيره
    الأهلي في مباراة أدارها الحكم خليل جلال» gave the referee the team's counterpart; «نظيره الروسي سيرغي لافروف»
    is the shape a counterpart's title has."""
    if (without_conjunction(words[k], WA) or words[k]) not in _COUNTERPARTS:
        return False
    return end - k > 2 or (end - k == 2 and not is_nisba(words[k + 1]))


def _glued_too_far(words: list[str], k: int, end: int, plain: list[int]) -> bool:
    """Whether the glued role at word k is no title of the name at word `end`: a plain role word follows it before
    the name, or a verb does. Why: «وفي رسالة لرئيس الوزراء العراقي طالب النائب محمد الكربولي»: the letter's
    addressee is another man, and the MP got «رئيس الوزراء العراقي طالب»."""
    return any(p > k for p in plain) or any(cue_of(words[p]) is not None for p in range(k + 1, end))


def _glued_role_letters(w: str) -> int:
    """Letters before a bare role head with ب/ل glued to it (لرئيس، برئيس، لوزير), where the title of the preposition's
    object opens: 1 (لرئيس), 2 after a joining و (ولرئيس: «… ولرئيس الوزراء الهندي ناريندرا مودي», which lost his
    title), 0 for no glued role. Why: neither the article nor و goes before it, so the role tests read it as no title
    word at all, and «لوزير الدفاع الاميركي اشتون كارتر» lost his title. Heads that read as common nouns (بأمر) are
    left out."""
    for letters, word in ((1, w), (2, without_conjunction(w, WA))):
        bare = without_conjunction(word, _BA_LAM) if word is not None else None
        if bare is not None and bare in ROLE_HEADS and bare not in _COMMON_NOUN_ROLES:
            return letters
    return 0


def _joined_role(words: list[str], k: int) -> bool:
    """Word k is a role head after a joining و (ومساعد، والمتحدث), or a construct head before a definite word
    (وكبير المفاوضين), not a role head whose و is its own first letter (وزير، وكيل، والي)."""
    w = words[k]
    rest = without_conjunction(w, WA)
    if rest is None or w in ROLE_HEADS:
        return False
    definite_next = k + 1 < len(words) and is_definite(words[k + 1])
    return _role_word(rest) or (rest in _TITLE_CONSTRUCT_HEADS and definite_next)


def _accusative(w: str) -> bool:
    """A role head in the accusative (رئيسا، وزيرا): «عُيّن رئيسا لمجلس …» says what he became, no title."""
    return w.endswith("ا") and w[:-1] in ROLE_HEADS


def _is_role(
    w: str,
    *,
    proclitic: bool = True,
    bare: bool = False,
    wa: bool = False,
    ranks: bool = False,
    feminine: bool = False,
    nouns_too: bool = True,
) -> bool:
    """The one test for a title word, a definite role head (المدير، للمتحدث), the callers' options widening or
    narrowing it: `proclitic` reads it after one proclitic (للمتحدث; off: الرئيس only, no preposition before),
    `bare` also without the article (وزير), `wa` after a joining و (ومساعد), `ranks` a rank (الشيخ; with `bare`
    with or without its article: شيخ، السماحة), `feminine` the ـة form (الممثلة), and `nouns_too` off drops the
    heads that read as common nouns (الأمر)."""
    word = strip_proclitic(w) if proclitic else w
    head = after_article(word) or ""
    if feminine and head.endswith(TAA_MARBUTA) and head[:-1] in ROLE_HEADS:
        head = head[:-1]
    if head in ROLE_HEADS and (nouns_too or head not in _COMMON_NOUN_ROLES):
        return True
    if ranks and (word in RANKS or (bare and (head in RANKS or ARTICLE + word in RANKS))):
        return True
    if bare and (word in ROLE_HEADS or w in ROLE_HEADS):
        return True
    return wa and without_conjunction(w, WA) in ROLE_HEADS


def _role_word(w: str) -> bool:
    """A role head, bare or definite, maybe after one proclitic (وزير، المدير، للمتحدث، ومساعد)."""
    return _is_role(w, bare=True, wa=True, nouns_too=False)


def _definite_role(w: str) -> bool:
    """A role head with the article (المدير، الرئيس) and no preposition before it (للرئيس: to the president), not
    one that reads as a common noun (الأمر)."""
    return _is_role(w, proclitic=False, nouns_too=False)


def _role_after(art: _Article, s: int, start: int) -> int | None:
    """End of a role title starting at word `start` (… الخفاجي المتحدث باسم القيادة قوله), if any. Where it runs into
    another person's name the words are that one's title («استقبل الأمير فلان رئيس الوزراء فلان»: none), from a
    joining و before a role head on («صالحي رئيس المنظمة ومساعد وزير الخارجية عراقجي»: رئيس المنظمة is صالحي's)."""
    words = art.norm[s]
    if (
        start >= len(words)
        or _accusative(words[start])
        or not (words[start] in ROLE_HEADS or _definite_role(words[start]))
    ):
        return None
    end = start + 1
    while end < len(words) and end - start < 5:
        w = words[end]
        if not w[:1].isalpha() or w in _TITLE_ENDS or (s, end) in art.person_tokens:
            break
        end += 1
    if end < len(words) and (s, end) in art.person_tokens:
        # the next name's title begins at a joining و before a role head (ومساعد وزير …): his ends there
        end = next((k for k in range(end - 1, start, -1) if _joined_role(words, k)), start)
    return end if end - start >= 2 else None


def _surface(art: _Article, s: int, i: int, j: int, *, strip: bool = False) -> str:
    """The exact text of tokens [i, j); with strip, without a leading و/ف or ب/ل before a title word."""
    toks = art.sentences[s]
    start = toks[i].start
    word = art.norm[s][i]
    rest = without_conjunction(word) if strip else None
    if rest is not None and (
        starts_with_article(rest) or rest in ROLE_HEADS or rest in RANKS or rest in _TITLE_CONSTRUCT_HEADS
    ):
        start += chars_for_letters(toks[i].text, 1)
        word = rest
    glued = _glued_role_letters(word) if strip else 0
    if glued:  # لرئيس الوزراء، ولرئيس الوزراء → رئيس الوزراء
        start += chars_for_letters(art.text[start : toks[i].end], glued)
    elif strip and _glued_rank_first(word) is not None:
        start += chars_for_letters(art.text[start : toks[i].end], 1)  # لخادم الحرمين → خادم الحرمين
    elif strip and word[:1] == "ب" and starts_with_article(word[1:]) and word[1:] in TITLE_WORDS:
        start += chars_for_letters(art.text[start : toks[i].end], 1)  # بالرئيس → الرئيس: no preposition in a title
    elif strip and lam_article(word) and strip_proclitic(word) in TITLE_WORDS:
        # للمتحدث باسم … → المتحدث باسم …: a title is a name, not a span, so it may be respelled.
        return "ال" + art.text[start + chars_for_letters(art.text[start : toks[i].end], 2) : toks[j - 1].end]
    return art.text[start : toks[j - 1].end]


def _clitic_offset(art: _Article, s: int, i: int) -> int:
    """Characters to skip at the start of token i: a proclitic whose remainder stands alone.

    والعراق → العراق, وبغداد → بغداد (بغداد occurs bare), وواشنطن → واشنطن (far more common
    bare); للتحالف keeps its clitic, since ل + ال leaves no clean substring spelling التحالف, but
    لليبيا is ل + ليبيا (the article reading اليبيا is no word). A first letter other than و before a
    remainder attested nowhere (فالكه, باليرمو) is part of the name; و before a word the lexicon
    lacks (وشبوه, وداماساك) is the conjunction; ك never goes by frequency alone (كابل, كلين).
    A second clitic, a preposition after و/ف (وب, ول), is cut only when its remainder is attested (ولبنان → لبنان,
    not بنان); ووادي and وفيصل are و + one word, never two clitics. Right after a
    speech verb that takes no such preposition (وقال بادي, وأكد «بادي»), the first letter is the name's, and so it
    is in a unit head written whole (لجنة، لجنتي: no ل + جنتي, however common the rest).
    """
    word = art.norm[s][i]
    if _first_letter_own(word) or _unit_head_word(word):
        return 0
    letters = 0
    for cut in (1, 2):
        rest = word[cut:]
        if len(rest) < 3:
            break  # before reading the clitic: a token may normalise to nothing (a lone tatweel)
        clitic = word[cut - 1]
        if clitic not in PROCLITICS or (cut == 2 and (word[0] not in CONJUNCTIONS or clitic in CONJUNCTIONS)):
            break  # a second clitic is a preposition after و/ف (وب، فل); ووادي is و + وادي, never و + و + ادي
        if opens_with_lam(rest) and clitic == LAM:
            if _lam_before_lam_word(art, s, i, rest):
                letters = cut
            break  # لل = ل + ال: no clean form inside this token
        attested = rest in _KNOWN_FIRST_WORDS or rest in _CUE_WORDS or _clean(art, rest)
        definite = len(rest) > 3 and starts_with_article(rest)
        definite = definite and (clitic == WA or attested or rest in art.lexicon)
        if cut == 2 and not (definite or attested):
            continue
        own = cut == 1 and (_subject_of_cue(art, s, i, clitic) or word in art.after_preposition)  # the name's letter
        frequent = clitic in GLUED_PROCLITICS and _more_frequent(art, rest, word) and not own
        unknown_after_wa = cut == 1 and clitic == WA and bool(art.lexicon) and word not in art.lexicon
        if definite or (attested and not (own and clitic != WA)) or frequent or unknown_after_wa:
            letters = cut
    return chars_for_letters(art.sentences[s][i].text, letters)


def _unit_head_word(word: str) -> bool:
    """A unit head as a whole word, or its dual in construct (لجنة، لجنتي، وزارة): its first letter is the head's own,
    though the rest (جنتي، زارة) may be a word too (لجنتي المالية is no «جنتي المالية»)."""
    return word in UNIT_HEADS or dual_singular(word) in UNIT_HEADS


def _subject_of_cue(art: _Article, s: int, i: int, clitic: str) -> bool:
    """Token i (an opening quote mark may stand between) follows a preposition (عن بادي) or a speech verb whose
    complements never open with this clitic (قال، أكد، لفت + بادي; never ل, whom one speaks to): its first letter is
    no preposition."""
    k = i - 1
    while k >= 0 and art.sentences[s][k].text in OPENING_MARKS:
        k -= 1
    if k < 0 and i + 1 < len(art.norm[s]) and art.norm[s][i + 1] == LAM:
        return True  # «بادي لـ«الشرق الأوسط»: …»: an interview's headline opens on the speaker's name, no preposition
    if k >= 0 and art.norm[s][k] in FREE_PREPOSITIONS:
        return True  # نقلت عن بادي: no second preposition after one
    cue = cue_of(art.norm[s][k]) if k >= 0 else None
    if clitic == LAM:
        return False  # قال لوكالة: ل names whom any speech verb is said to
    return cue is not None and cue.form in ("past", "present") and not cue.strict and clitic not in cue.preps


def _lam_before_lam_word(art: _Article, s: int, i: int, rest: str) -> bool:
    """لل read as ل + a word opening with ل (rest), not ل + ال: rest is far more common than the article reading of
    what follows لل (للتحالف is ل + التحالف), and either rest takes no article after لل (`lam_noun`; لليبيا: no
    الليبيا) or, when it does (اللجنه), the next word is no definite adjective, so rest is in construct (للجنة الأمن,
    not للجنة الأولمبية)."""
    if not _more_frequent(art, rest, ARTICLE + rest[1:]):
        return False
    words = art.norm[s]
    construct = i + 1 < len(words) and starts_with_article(words[i + 1]) and not is_definite_adjective(words[i + 1])
    return not lam_noun(rest) or construct


def _more_frequent(art: _Article, rest: str, word: str) -> bool:
    """The bare form is far more common in news than the attached one (واشنطن vs وواشنطن)."""
    rank = art.lexicon.get(rest)
    return rank is not None and rank * 2 < art.lexicon.get(word, 10**9)


def _clean(art: _Article, rest: str) -> bool:
    return art.vocab.get(rest, 0) > 0


def _to_mention(
    art: _Article, sp: _Span, *, wa_after_same: bool = False, without: frozenset[str] = frozenset()
) -> Mention | None:
    """The span as a Mention, punctuation trimmed and proclitics left out (with `wa_after_same`, a leading و too)."""
    toks = art.sentences[sp.sent]
    while sp.i < sp.j and not toks[sp.i].text[:1].isalnum():
        sp.i += 1
    while sp.j > sp.i and not toks[sp.j - 1].text[:1].isalnum():
        sp.j -= 1
    if sp.i >= sp.j:
        return None
    offset = _clitic_offset(art, sp.sent, sp.i)
    if sp.titled_before and art.norm[sp.sent][sp.i][:1] in CONJUNCTIONS:
        offset = 0  # «المتحدث باسم الرئاسة في بوروندي ويلي نياميتوي»: no و/ف joins a title to its own name
    if offset == 0 and wa_after_same and _listed_after_wa(art, art.norm[sp.sent][sp.i]):
        offset = chars_for_letters(toks[sp.i].text, 1)
    start = toks[sp.i].start + offset
    end = toks[sp.j - 1].end
    if "closing_mark" not in without and _closes_inner_mark(toks, sp):
        end = toks[sp.j].end  # سجن "نفحة": the mark opened inside the name closes it
        sp.j += 1  # the span ends where the mention does (_after_same_type reads the end)
    text = art.text[start:end]
    if len(normalize(text)) < 2:
        return None
    return Mention(
        text=text,
        start=start,
        end=end,
        type=sp.type,
        canonical=text,
        key=entity_key(text),
        subtype=sp.subtype,
        titles=tuple(dict.fromkeys(sp.titles)),
    )


def _closes_inner_mark(toks: list[Token], sp: _Span) -> bool:
    """The token after the span closes a quotation mark or bracket opened inside it (قصر «المعاشيق», معسكر (رويك)):
    the closing mark belongs to the name as its opening one does."""
    if sp.j >= len(toks):
        return False
    return closes_opened(toks[sp.j].text, [t.text for t in toks[sp.i + 1 : sp.j]])


def _after_same_type(art: _Article, sp: _Span, ends: set[tuple[int, int, EntityType]]) -> bool:
    """The span follows a mention of its own type, a comma at most between («أبين وشبوة», «سيعة، وذي مهنة»): a و
    opening it is the conjunction of a list, not a name's first letter (ويلي after a place stays whole)."""
    k = sp.i - 1 if sp.i > 0 and art.sentences[sp.sent][sp.i - 1].text in _COMMAS else sp.i
    return (sp.sent, k, sp.type) in ends


def _first_letter_own(word: str) -> bool:
    """The word's first letter is the name's own, never a clitic: وادي حضرموت, بني سويف (ادي، ني are other words)."""
    return word in PLACE_NAME_PREFIXES


def _listed_after_wa(art: _Article, word: str) -> bool:
    """A word opening with و whose remainder is a word of its own (وشبوه → شبوه, ومزدلفه → مزدلفه), not one far rarer
    than the whole (وزاره, whose زاره is rare) nor one the lexicon lacks (واسط: no اسط), nor a place-name prefix."""
    rest = word[1:]
    if _first_letter_own(word) or not wa_joined(word) or len(rest) < 2 or rest not in art.lexicon:
        return False
    return art.lexicon.get(word, 10**9) * 10 >= art.lexicon[rest]


def _keep_place(art: _Article, sp: _Span) -> bool:
    """Drop nisba adjectives (العراقية is no mention of العراق) and common nouns (المنطقة العربية), but not a
    region's name made of one (المنطقة الشرقية)."""
    if strip_proclitic(art.norm[sp.sent][sp.i]) in GENERIC_PLACE_WORDS:
        return sp.j - sp.i == 2 and art.norm[sp.sent][sp.i + 1] in REGION_QUALIFIERS
    if sp.j - sp.i != 1:
        return True
    w = strip_proclitic(art.norm[sp.sent][sp.i])
    return w in NISBA_LIKE_PLACES or not (starts_with_article(w) and w.endswith(("يه", *NISBA_PLURAL_ENDINGS)))


def _adjective_after_noun(art: _Article, sp: _Span, named: set[tuple[int, int]]) -> bool:
    """A nisba-shaped place name (السعودية, kept by nisba_like_places) read as the adjective it also is: right after a
    definite word (العلاقات السعودية, المطارات السعودية; agreement is checked only against a sound masculine plural,
    so «زار الوفد السعودية» still reads as one), or joined by و to a definite nisba
    (التحقيقات الكويتية والسعودية). Joined by و to a place (الكويت والسعودية) or to the last word of another mention
    (`named`: الاتحاد الأوروبي والسعودية) it stays a place."""
    if sp.j - sp.i != 1 or sp.i == 0 or not art.is_word(sp.sent, sp.i - 1):
        return False
    word = art.norm[sp.sent][sp.i]
    joined = without_conjunction(word)
    bare = word if starts_with_article(word) else joined
    if bare is None or not (starts_with_article(bare) and bare.endswith(FEMININE_NISBA)):
        return False  # للاقصي, بالسعوديه: a preposition governs a noun, never an adjective
    before = art.norm[sp.sent][sp.i - 1]
    if not is_definite(before) or before.endswith(SOUND_PLURAL_ENDINGS):
        return False  # «هاجم الحوثيون السعودية»: a sound masculine plural takes no feminine adjective
    return bare == word or (is_nisba(strip_article(before)) and (sp.sent, sp.i - 1) not in named)


def _names_an_event(art: _Article, sp: _Span) -> bool:
    """A place in construct right after an event noun (مهرجان أبها, «قمة شرم الشيخ», ومؤتمر جدة): part of the
    event's name, no mention (GUIDELINES 9.7); an opening quote mark may stand between them. A facility
    named by its head (تفجير مسجد الإمام الصادق) is the place the event happened at, and stays."""
    first = art.norm[sp.sent][sp.i]
    heads = PLACE_HEADS | FACILITY_HEADS
    if first in heads or with_proclitic(first, heads):
        return False
    k = sp.i - 1
    while k >= 0 and not art.is_word(sp.sent, k) and art.sentences[sp.sent][k].text in OPENING_MARKS:
        k -= 1
    if k < 0 or not art.is_word(sp.sent, k):
        return False
    word = art.norm[sp.sent][k]
    return word in EVENT_NOUNS or with_proclitic(word, EVENT_NOUNS)


def _rank_persons(art: _Article) -> list[_Span]:
    """Names right after a rank (اللواء تحسين الخفاجي): two to four name words the tagger may miss."""
    found: list[_Span] = []
    for s, words in enumerate(art.norm):
        for k, word in enumerate(words):
            if strip_proclitic(word) not in NAME_RANKS or (k + 1 < len(words) and words[k + 1] in RANKS):
                continue
            start = end = k + 1
            while end < len(words) and end - start < 4 and _name_word(art, s, end, first=end == start):
                end += 1
            if end - start >= 2:
                found.append(_Span(s, start, end, "person"))
    return found


def _name_word(art: _Article, s: int, k: int, *, first: bool) -> bool:
    """Could word k continue a personal name (not a particle, cue, role, unit head or rank)?"""
    w = art.norm[s][k]
    if not art.is_word(s, k) or (first and starts_with_article(w)):
        return False
    bare = strip_proclitic(w)
    stops = (FUNCTION_WORDS, TITLE_STOPS, ROLE_HEADS, RANKS)
    return not any(w in st or bare in st for st in stops) and _unit_head(w) is None


def _propagate(art: _Article, spans: list[_Span], without: frozenset[str] = frozenset()) -> list[_Span]:
    """Document consistency: a name tagged once is a mention wherever else it occurs untagged.

    Persons also propagate their surname (الخفاجي after تحسين الخفاجي) unless it is a very
    common word. A unit or place name the article has untagged more often than found does not
    spread, nor does a copy that reads as an adjective or a common noun phrase there.
    """
    forced = {_name_key(art, sp): sp.type for sp in spans if sp.cued}
    for sp in spans:  # محافظة صلاح الدين makes صلاح الدين a place throughout the article
        sp.type = forced.get(_name_key(art, sp), sp.type)
    names = _spreading_names(art, spans)
    if not names:
        return spans
    found = _untagged_occurrences(art, spans, names)
    if "spread_majority" not in without:
        found = _without_outvoted(art, spans, found)
    if "nisba_surname" not in without:
        found = [sp for sp in found if not _nisba_after_noun(art, sp)]
    if "spread_reading" not in without:
        found = [sp for sp in found if not _common_noun_reading(art, sp)]
    out = sorted([*spans, *found], key=lambda x: (x.sent, x.i))
    return _without_titles_alone(art, out, surnames_too=False) if "title_alone" not in without else out


def _nisba_after_noun(art: _Article, sp: _Span) -> bool:
    """A person's one-word nisba surname found right after a definite noun (محمود الأحوازي's surname in «الشعب
    الأحوازي»): an adjective agreeing with the noun, no mention of him. After a rank or title («الدكتور الأحوازي»,
    «الشيخ الأحوازي») it is the person."""
    if sp.type != "person" or sp.j - sp.i != 1 or sp.i == 0:
        return False
    word, before = art.norm[sp.sent][sp.i], art.norm[sp.sent][sp.i - 1]
    return is_definite_adjective(word) and word.endswith("ي") and is_definite(before) and not _title_word(before)


def _without_outvoted(art: _Article, spans: list[_Span], found: list[_Span]) -> list[_Span]:
    """Spread unit and place copies dropped where the name occurs untagged more often than found («بوينغ» once a
    company, then three times «طائرة بوينغ»; «الاستقبال»): the article uses it mostly as no name, and the copies are
    its common-noun readings (GUIDELINES 2, 3), whereas a name found at most places it occurs spreads on. Persons
    spread on: a person's name the tagger finds once is still his name elsewhere («شقيقها واثق»)."""
    found_at = Counter(_name_key(art, sp) for sp in spans)
    untagged = Counter(_name_key(art, sp) for sp in found if sp.type != "person")
    return [sp for sp in found if untagged[_name_key(art, sp)] <= found_at[_name_key(art, sp)]]


def _common_noun_reading(art: _Article, sp: _Span) -> bool:
    """A spread one-word definite unit name that reads here as a common noun phrase, no mention (GUIDELINES 2, 9.8):
    a nisba after a definite noun («الأوضاع الاقتصادية» where the paper الاقتصادية is cited) or a head an agreeing
    definite adjective follows («الوطن العربي», «القاعدة العسكرية» where the paper الوطن, the group القاعدة is)."""
    if sp.type != "unit" or sp.j - sp.i != 1:
        return False
    words = art.norm[sp.sent]
    word = words[sp.i]
    name = strip_proclitic(word)
    if not starts_with_article(name):
        return False
    before = words[sp.i - 1] if sp.i > 0 and art.is_word(sp.sent, sp.i - 1) else ""
    if is_definite_adjective(word) and word.endswith(("ي", "يه")) and is_definite(before):
        return True
    nxt = words[sp.j] if sp.j < len(words) and art.is_word(sp.sent, sp.j) else ""
    return is_definite_adjective(nxt) and is_feminine(nxt) == is_feminine(name)


def _name_key(art: _Article, sp: _Span) -> tuple[str, ...]:
    """A span's words, its first without proclitic: the form a name is looked up by across the article."""
    return tuple([strip_proclitic(art.norm[sp.sent][sp.i]), *art.norm[sp.sent][sp.i + 1 : sp.j]])


def _spreading_names(art: _Article, spans: list[_Span]) -> dict[tuple[str, ...], EntityType]:
    """The names that spread, with their type: full person, unit and place names, and rare person surnames."""
    names: dict[tuple[str, ...], EntityType] = {}
    for sp in spans:
        if sp.type not in ("person", "unit", "place") or sp.bare_head or not sp.spreads:
            continue
        words = _name_key(art, sp)
        if sp.type == "person" and len(words) == 1 and art.lexicon.get(words[0], 10**9) <= COMMON_WORD_RANK:
            continue  # a one-word "name" that is a very common word (فان → every فإن) spreads nowhere
        names.setdefault(words, sp.type)
        last = words[-1]
        if (
            sp.type == "person"
            and len(words) > 1
            and len(last) >= 4
            and art.lexicon.get(last, 10**9) > COMMON_WORD_RANK
            and not last.endswith("يه")  # الطبية، العسكرية: an adjective the tagger glued to a name
        ):
            names.setdefault((last,), "person")
    return names


def _untagged_occurrences(art: _Article, spans: list[_Span], names: dict[tuple[str, ...], EntityType]) -> list[_Span]:
    """Each place a name occurs outside every span, longest name first, read left to right without overlap."""
    longest = max(len(n) for n in names)
    firsts = {n[0] for n in names}
    covered = {(sp.sent, k) for sp in spans for k in range(sp.i, sp.j)} | art.envisaged
    added: list[_Span] = []
    for s, row in enumerate(art.norm):
        k = 0
        while k < len(row):
            hit = None
            first = strip_proclitic(row[k])
            for n in range(min(longest, len(row) - k), 0, -1) if first in firsts else ():
                cand = tuple([first, *row[k + 1 : k + n]])
                if cand in names and not any((s, x) in covered for x in range(k, k + n)):
                    hit = _Span(s, k, k + n, names[cand])
                    break
            if hit is None:
                k += 1
                continue
            added.append(hit)
            k = hit.j
    return added


def _split_coordinated(art: _Article, spans: list[_Span]) -> list[_Span]:
    """«كارتر وديمبسي», «لابورتا ويفوز»: a person span cut before a و-word; what follows stays a person
    only when the article names a person with that word elsewhere (ولد, as in ولد الشيخ, is a name part)."""
    person_words = {w for sp in spans if sp.type == "person" for w in art.norm[sp.sent][sp.i : sp.j]}
    out: list[_Span] = []
    for sp in spans:
        words = art.norm[sp.sent]
        cut = next(
            (k for k in range(sp.i + 1, sp.j) if wa_joined(words[k]) and len(words[k]) > 2 and words[k] != "ولد"),
            None,
        )
        if sp.type != "person" or cut is None:
            out.append(sp)
            continue
        out.append(_Span(sp.sent, sp.i, cut, "person"))
        if words[cut][1:] in person_words or any(words[cut][1:] == w for w in person_words):
            out.append(_Span(sp.sent, cut, sp.j, "person"))
    return out


def _split_dual(art: _Article, spans: list[_Span]) -> list[_Span]:
    """«وزارتي الدفاع والداخلية», «حركتي فتح وحماس»: a unit span opening with a dual head names two bodies, so it is
    cut before the و-word that adds the second (GUIDELINES 9.8's duals: «مجلسي النواب», «الشورى»)."""
    out: list[_Span] = []
    for sp in spans:
        words = art.norm[sp.sent]
        head = strip_proclitic(words[sp.i])
        glued = without_conjunction(head, GLUED_PROCLITICS)  # «إلى لوزارتي الدفاع»: ب/ل glued to a head with no ال
        singular = dual_singular(head)
        if glued is not None and singular not in UNIT_HEADS:
            singular = dual_singular(glued)
        cut = next((k for k in range(sp.i + 2, sp.j) if _second_of_dual(words[k])), None)
        if sp.type != "unit" or singular not in UNIT_HEADS or cut is None:
            out.append(sp)
            continue
        out += [_Span(sp.sent, sp.i, cut, "unit"), _Span(sp.sent, cut, sp.j, "unit", spreads=False)]
    return out


def _second_of_dual(word: str) -> bool:
    """A و-word that names the dual's second body (وحماس، والداخلية), not an adjective coordinated inside one name
    (والقروية in «وزارتي الشؤون البلدية والقروية») nor a new indefinite head (ووزارة)."""
    rest = without_conjunction(word, WA)
    if rest is None or rest in UNIT_HEADS:
        return False
    return not is_definite_adjective(rest) or after_article(rest) in UNIT_HEADS


def _trailing_role(art: _Article, spans: list[_Span]) -> list[_Span]:
    """«عمر عدلي الخبير», «جربوع شيخ قبلي»: a role noun after a name ends the person span
    (not after عبد/أبو/ولد, where it is part of the name: عبد الأمير, ولد الشيخ)."""
    out: list[_Span] = []
    for sp in spans:
        words = art.norm[sp.sent]
        name = next((k for k in range(sp.i, sp.j) if not _is_role(words[k], bare=True, ranks=True)), sp.j)
        cut = next(
            (
                k
                for k in range(name + 1, sp.j)
                if _is_role(words[k], bare=True, ranks=True) and words[k - 1] not in NAME_PARTICLES
            ),
            None,
        )
        out.append(_Span(sp.sent, sp.i, cut, "person") if sp.type == "person" and cut is not None else sp)
    return out


def build_mentions(
    text: str,
    sentences: list[list[Token]],
    tags: list[list[str]],
    lexicon: Mapping[str, int] | None = None,
    *,
    unit_rules: bool = True,
    without: frozenset[str] = frozenset(),
    confidence: list[list[float]] | None = None,
) -> list[Mention]:
    """All typed mentions of an article, sorted by offset, from its sentences and NER tags, names resolved.

    For callers holding sentences and tags but no Doc (benches, ablations); the pipeline runs
    `find_mentions` and `identity.resolve_names` as two stages. `without` may also name "resolve_names";
    `confidence` is the tags' marginals (ner.scored_tags), for the span floors as analyze() applies them.
    """
    doc = Doc(text, sentences)
    doc.tags = tags
    doc.tag_confidence = confidence
    mentions = find_mentions(doc, lexicon, unit_rules=unit_rules, without=without)
    return mentions if "resolve_names" in without else resolve_names(mentions)


def find_mentions(
    doc: Doc,
    lexicon: Mapping[str, int] | None = None,
    *,
    unit_rules: bool = True,
    without: frozenset[str] = frozenset(),
    min_confidence: Mapping[str, float] | None = None,
    reading: TagReading | None = None,
) -> list[Mention]:
    """The typed mentions of a tagged Doc, sorted by offset, before name resolution.

    `lexicon` (word -> frequency rank) lets a proclitic be peeled off a name seen only attached;
    `unit_rules=False` keeps only the tagger's spans (to measure what the rules add); `without` switches
    off named rules (RULES) one by one, so `bench.rule_ablation` can write each rule's dev gain beside it;
    `min_confidence` (type -> lowest span marginal) replaces `span_floors()`, for the fit that chooses them;
    `reading`, the Doc's `TagReading`, is shared with another pass over the same Doc (made here when None).
    """
    _check_tags(doc, without)
    art = _Article(doc, lexicon or {}, _reading_for(doc, reading))
    floors = {} if "span_confidence" in without else floors_in_force(min_confidence)
    ner, ner_tokens = _tagged_spans(art, without, _sure_spans(doc.tag_confidence, floors))
    ner = _refine_tagged(art, ner, without)
    spans = _merge(ner, _rule_units(art, ner_tokens) if unit_rules else [])
    if "propagate" not in without:
        spans = _propagate(art, spans, without)
    return _mentions_of(art, spans, without)


def _check_tags(doc: Doc, without: frozenset[str]) -> None:
    """Guard: only known rules can be switched off, and only a tagged Doc has spans to read."""
    unknown = without - RULES
    if unknown:
        raise ValueError(f"unknown rules: {sorted(unknown)}")
    if doc.tags is None:
        raise ValueError("find_mentions needs a tagged Doc: the tag stage has not run")


def _reading_for(doc: Doc, reading: TagReading | None) -> TagReading:
    """The Doc's TagReading: the one given, made from this Doc after its tag stage, else a fresh one. Why checked: a
    TagReading of another Doc, or of this one made before tagging (no tag spans), would read wrong spans silently."""
    if reading is None:
        return TagReading(doc)
    if reading.doc is not doc:
        raise ValueError("a TagReading serves only the Doc it was made from")
    if doc.tags is not None and len(reading.tag_spans) != len(doc.tags):
        raise ValueError("the TagReading was made before the Doc was tagged")
    return reading


def spans_under(doc: Doc, floors: Mapping[str, float], reading: TagReading | None = None) -> bool:
    """Whether some tagged span of the Doc falls under its type's floor (its mentions would change with the floors);
    `reading`, the Doc's `TagReading`, when one is at hand."""
    conf = doc.tag_confidence
    if conf is None or doc.tags is None:
        return False
    sure = _sure_spans(conf, floors)
    return any(
        (typ := _LABELS.get(label)) is not None and not sure(s, i, j, typ)
        for s, row in enumerate(_reading_for(doc, reading).tag_spans)
        for i, j, label in row
    )


def _sure_spans(conf: list[list[float]] | None, floors: Mapping[str, float]) -> Callable[[int, int, int, str], bool]:
    """Whether a tagged span's weakest tag marginal reaches its type's floor: a one-off guess under it reads as O (and
    so does a NaN marginal: `>=` is false for it, wherever it stands in the span)."""

    def sure(s: int, i: int, j: int, typ: str) -> bool:
        floor = floors.get(typ)
        return conf is None or floor is None or all(p >= floor for p in conf[s][i:j])

    return sure


def _tagged_spans(
    art: _Article,
    without: frozenset[str],
    sure: Callable[[int, int, int, str], bool] = lambda s, i, j, typ: True,
) -> tuple[list[_Span], set[tuple[int, int]]]:
    """The tagger's spans worth keeping, and the tokens (tagged or gazetteer places) that may complete a unit name."""
    ner: list[_Span] = []
    ner_tokens: set[tuple[int, int]] = set()
    for s, row in enumerate(art.reading.tag_spans):
        for i, j, label in row:
            typ = _LABELS.get(label)
            if typ is None or not sure(s, i, j, typ):
                continue
            sp = _Span(s, i, j, typ)
            if typ == "place" and "keep_place" not in without and not _keep_place(art, sp):
                continue
            ner.append(sp)
            art.tagged.update((s, k) for k in range(i, j))
            if typ in ("place", "unit"):  # names that may complete a unit name (قيادة عمليات ديالى)
                ner_tokens.update((s, k) for k in range(i, j))
    for s, words in enumerate(art.norm):  # gazetteer places may complete a unit name too (شرطة ديالى)
        ner_tokens.update((s, k) for k, w in enumerate(words) if w in KNOWN_PLACES)
    return ner, ner_tokens


def _refine_tagged(art: _Article, ner: list[_Span], without: frozenset[str]) -> list[_Span]:
    """The tagger's person spans cut at a و-name or a trailing role, and names after a rank it missed added."""
    if "split_coordinated" not in without:
        ner = _split_coordinated(art, ner)
    if "trailing_role" not in without:
        ner = _trailing_role(art, ner)
    if "split_dual" not in without:
        ner = _split_dual(art, ner)
    if "title_alone" not in without:
        ner = _without_titles_alone(art, ner)
    if "peel_titles" not in without:
        ner = [_without_title_run_on(art, sp) for sp in ner]
    ner = _finished_names(art, ner)
    if "descriptor_out" not in without:
        alone = {strip_proclitic(art.norm[sp.sent][sp.i]) for sp in ner if sp.type == "place" and sp.j - sp.i == 1}
        ner = [_without_descriptor(art, sp, alone | KNOWN_PLACES) for sp in ner]
        ner = [_without_class_head(art, sp) for sp in ner]
    if "historical_state" not in without:
        art.envisaged = art.reading.envisaged
        ner = [_as_historical_state(art, sp) for sp in ner if (sp.sent, sp.i) not in art.envisaged]
    covered = {(sp.sent, k) for sp in ner for k in range(sp.i, sp.j)}
    if "rank_persons" not in without:
        ner += [sp for sp in _rank_persons(art) if not any((sp.sent, k) in covered for k in range(sp.i, sp.j))]
    return ner


def _without_descriptor(art: _Article, sp: _Span, places: Collection[str]) -> _Span:
    """A tagged place span cut after the descriptor noun it opens with («بلدة فتقا» → «فتقا», «وقارة أفريقيا» →
    «أفريقيا»): GUIDELINES §4 leaves administrative descriptors outside the place's span, but only when the name
    without them is the same place (_descriptor_in_name: «مدينة الصدر», «مدينة جازان الاقتصادية» keep theirs)."""
    words = art.norm[sp.sent][sp.i : sp.j]
    head = _descriptor_head(words[0])
    if sp.type != "place" or len(words) < 2 or head is None or _descriptor_in_name(head, words, places):
        return sp
    return replace(sp, i=sp.i + 1)


def _without_class_head(art: _Article, sp: _Span) -> _Span:
    """A tagged unit span of a class noun and a name gold marks alone after it cut to the name («منظمة الصليب
    الأحمر» → «الصليب الأحمر», heads_outside_names.txt). Why: the speaker's text was no surface of the body."""
    words = art.norm[sp.sent][sp.i : sp.j]
    heads = _HEADS_OUTSIDE.get(" ".join(words[1:])) if sp.type == "unit" and len(words) > 1 else None
    if heads is None or not (words[0] in heads or strip_proclitic(words[0]) in heads):
        return sp
    return replace(sp, i=sp.i + 1)


def _descriptor_head(word: str) -> str | None:
    """The descriptor noun a word is, bare or after one proclitic (بلدة، وبلدة → بلدة); None for any other word."""
    if word in _PLACE_DESCRIPTORS:
        return word
    return word[1:] if with_proclitic(word, _PLACE_DESCRIPTORS, PROCLITICS) else None


def _descriptor_in_name(head: str, words: list[str], places: Collection[str]) -> bool:
    """The descriptor (head, words[0] without its proclitic) is part of the name: the last word is a definite
    adjective agreeing with it («مدينة جازان الاقتصادية»), or the next word is a definite common word, no known place
    nor one tagged alone in the article («مدينة الصدر», «مدينة الإنتاج الإعلامي»)."""
    last = words[-1]
    agrees = len(words) > 2 and is_definite_adjective(last) and is_feminine(last) == is_feminine(head)
    rest = words[1] not in places and " ".join(words[1:]) not in places
    return agrees or (is_definite(words[1]) and rest)


def _as_historical_state(art: _Article, sp: _Span) -> _Span:
    """A tagged unit that is an empire or a state now gone («الاتحاد السوفيتي», «الدولة العثمانية») typed place:
    GUIDELINES 9.17 makes a state that existed a place, whatever the tagger's type."""
    if sp.type == "unit" and _phrase(art, sp) in _HISTORICAL_STATES:
        return replace(sp, type="place", subtype=None, cued=True)
    return sp


def _envisaged_states(norm: list[list[str]]) -> frozenset[tuple[int, int]]:
    """Tokens of a historical state's name after «إقامة»/«عصر» (an envisaged state or an era: no mention, 9.17), which
    no span keeps and no name spreads to."""
    found: set[tuple[int, int]] = set()
    for s, row in enumerate(norm):
        for k in range(1, len(row)):
            cue = row[k - 1]
            if cue not in _ENVISAGED_CUES and not with_proclitic(cue, _ENVISAGED_CUES, PROCLITICS):
                continue
            for n in range(1, min(_MAX_STATE_LEN, len(row) - k) + 1):
                if " ".join([strip_proclitic(row[k]), *row[k + 1 : k + n]]) in _HISTORICAL_STATES:
                    found.update((s, x) for x in range(k, k + n))
    return frozenset(found)


def _title_word(word: str) -> bool:
    """A rank or a definite role noun (الشيخ، القاضي، المتحدث): a title, never a name by itself."""
    return _is_role(word, ranks=True)


def _without_title_run_on(art: _Article, sp: _Span) -> _Span:
    """A person span of two or more name words and a definite role head, cut before the head when the title runs on
    after the span («علي بن موسى زعلة الوكيل المساعد للتطوير»: الوكيل opens his title, a definite word after
    it). A family name after which no title follows stays («وعبدالله يحيى الحاكم، وهو …»)."""
    words = art.norm[sp.sent]
    last = words[sp.j - 1]
    if sp.type != "person" or sp.j - sp.i < 3 or sp.j >= len(words) or not is_definite(last):
        return sp
    if strip_article(last) not in ROLE_HEADS or words[sp.j - 2] in NAME_PARTICLES:
        return sp
    return replace(sp, j=sp.j - 1) if is_definite(words[sp.j]) else sp


def _finished_names(art: _Article, spans: list[_Span]) -> list[_Span]:
    """Person spans ending on a word no name ends on (آل، بن، بو) run on over the next word, or over the person span
    starting there («عبدالله بن زايد آل» + «نهيان» → one name). Why: the cut name was no surface of its entity."""
    starts = {(sp.sent, sp.i): sp for sp in spans if sp.type == "person"}
    merged: set[int] = set()
    out: list[_Span] = []
    for sp in spans:
        if id(sp) in merged:
            continue
        words = art.norm[sp.sent]
        if sp.type == "person" and sp.j < len(words) and words[sp.j - 1] in _UNFINISHED_ENDS:
            nxt = starts.get((sp.sent, sp.j))
            if nxt is not None:
                merged.add(id(nxt))
                sp = replace(sp, j=nxt.j)
            elif art.is_word(sp.sent, sp.j) and words[sp.j] not in FUNCTION_WORDS:
                sp = replace(sp, j=sp.j + 1)
        out.append(sp)
    return out


def _without_titles_alone(art: _Article, spans: list[_Span], *, surnames_too: bool = True) -> list[_Span]:
    """One-word person spans that are a title alone dropped (GUIDELINES 2: a title alone is no mention): before a
    name («الشيخ الدكتور عبدالرحمن السديس», also where آل الشيخ spread his surname) or, with `surnames_too`, when no
    person of the article bears it as a surname («وحدد القاضي قيمة الكفالة»); «الحاج» for حسين الحاج stays."""
    persons = [sp for sp in spans if sp.type == "person"]
    starts = {(sp.sent, sp.i) for sp in persons}
    surnames = {strip_proclitic(art.norm[sp.sent][sp.j - 1]) for sp in persons if sp.j - sp.i > 1}
    kept: list[_Span] = []
    for sp in spans:
        words = art.norm[sp.sent]
        if sp.type == "person" and sp.j - sp.i == 1 and _title_word(words[sp.i]):
            before_name = (sp.sent, sp.j) in starts or (sp.j < len(words) and _title_word(words[sp.j]))
            if before_name or (surnames_too and strip_proclitic(words[sp.i]) not in surnames):
                continue
        kept.append(sp)
    return kept


def _mentions_of(art: _Article, spans: list[_Span], without: frozenset[str]) -> list[Mention]:
    """The spans that name something, person titles peeled off and unit subtypes set, as Mentions."""
    full_unit_heads = {
        strip_proclitic(art.norm[sp.sent][sp.i]) for sp in spans if sp.type == "unit" and not sp.bare_head
    }
    named = {(sp.sent, k) for sp in spans for k in range(sp.i, sp.j)}
    art.person_tokens = {(sp.sent, k) for sp in spans if sp.type == "person" for k in range(sp.i, sp.j)}
    art.unit_tokens = {(sp.sent, k) for sp in spans if sp.type == "unit" for k in range(sp.i, sp.j)}
    art.name_ends = {(sp.sent, sp.j - 1) for sp in spans if sp.type in ("place", "unit")}
    ends: set[tuple[int, int, EntityType]] = set()  # where the mentions kept so far end
    mentions: list[Mention] = []
    for sp in spans:
        if sp.type == "unit" and "title_of_next" not in without:
            sp = _title_of_next(art, sp)
        if sp.i >= sp.j or _names_nothing(art, sp, full_unit_heads, named, without):
            continue
        if sp.type == "person" and "peel_titles" not in without:
            _peel_titles(art, sp)
        if sp.type == "unit" and sp.subtype is None:
            sp.subtype = _ruled_subtype(art, sp)
        wa_after_same = "coordinated_wa" not in without and _after_same_type(art, sp, ends)
        m = _to_mention(art, sp, wa_after_same=wa_after_same, without=without)
        if m is not None:
            ends.add((sp.sent, sp.j, sp.type))
            subtype = _unit_subtype(art, m.text, sp.subtype, "subtype_table" not in without)
            mentions.append(replace(m, subtype=subtype) if m.type == "unit" else m)
    return mentions


def _names_nothing(
    art: _Article, sp: _Span, full_unit_heads: set[str], named: set[tuple[int, int]], without: frozenset[str]
) -> bool:
    """A bare unit head no full unit name backs, a place that is part of an event's name, or a nisba adjective."""
    if sp.bare_head and strip_proclitic(art.norm[sp.sent][sp.i]) not in full_unit_heads:
        return True
    if sp.type == "place" and "event_names" not in without and _names_an_event(art, sp):
        return True
    if sp.type == "unit" and "placeless_council" not in without and _placeless_council(art, sp):
        return True
    if sp.type == "unit" and "not_mentions" not in without and _bare_phrase(art, sp):
        return True
    if sp.type == "unit" and "descriptive_only" not in without and _described_only(art, sp):
        return True
    if sp.type == "unit" and "class_described" not in without and _class_described(art, sp):
        return True
    if sp.type == "place" and "place_homograph" not in without and _in_homograph_phrase(art, sp):
        return True
    return sp.type == "place" and "nisba_adjective" not in without and _adjective_after_noun(art, sp, named)


def _bare_phrase(art: _Article, sp: _Span) -> bool:
    """A unit span that is a phrase GUIDELINES makes no mention; a body named by its job only with no owner after
    it («لجنة الإصلاحات» bare, not «لجنة الإصلاحات الجديد بـ(فيفا)»: 9.25.6)."""
    section = _NOT_MENTIONS.get(_phrase(art, sp))
    return section is not None and (section != _JOB_BODY or not _owner_follows(art, sp))


def _owner_follows(art: _Article, sp: _Span) -> bool:
    """A link word (في، داخل، بـ) or a glued ل/ب, then a unit's word, within a few words after the span."""
    words = art.norm[sp.sent]
    end = min(len(words), sp.j + _OWNER_WINDOW)
    for k in range(sp.j, end):
        glued = len(words[k]) > 2 and words[k][0] in _BA_LAM
        owner_from = k if glued else k + 1
        if (glued or words[k] in _OWNER_LINKS) and any((sp.sent, m) in art.unit_tokens for m in range(owner_from, end)):
            return True
    return False


def _unit_subtype(art: _Article, name: str, ruled: str | None, table: bool) -> str:
    """`unit_subtype` of a unit mention (with the fitted table or not), once per name in the article's TagReading."""
    key = (name, ruled, table)
    if key not in art.reading.subtypes:
        art.reading.subtypes[key] = unit_subtype(name, ruled, UNIT_SUBTYPES if table else {})
    return art.reading.subtypes[key]


def _in_homograph_phrase(art: _Article, sp: _Span) -> bool:
    """A place span whose every word a listed phrase around it makes another word («النيل من» is harming, «بلا حمص»
    the idiom, «كوبا أمريكا» a tournament: GUIDELINES 9.18's homographs, 9.7's event names); a span with more in it
    («وادي النيل» before من) is a name still. Once per span in the TagReading."""
    key = (sp.sent, sp.i, sp.j, sp.type)
    if key not in art.reading.homographs:
        art.reading.homographs[key] = _homograph_at(art.norm[sp.sent], sp)
    return art.reading.homographs[key]


def _homograph_at(words: list[str], sp: _Span) -> bool:
    """`_in_homograph_phrase` over the sentence's words, uncached."""
    for phrase, at in _PLACE_HOMOGRAPHS.items():
        for pos in at:
            start = sp.i - pos
            if start < 0 or start + len(phrase) > len(words):
                continue
            covers = {start + p for p in at} >= set(range(sp.i, sp.j))
            if covers and _phrase_at(words, start, phrase):
                return True
    return False


def _phrase_at(words: list[str], start: int, phrase: tuple[str, ...]) -> bool:
    """The phrase's words from `start`, its first maybe after a proclitic («والنيل من», «للتحالف مع») and its last
    maybe with a possessive («مسقط رأسه», «النيل منه»)."""
    first, last = words[start], words[start + len(phrase) - 1]
    opens = phrase[0] in (first, strip_proclitic(first)) or with_proclitic(first, {phrase[0]}, PROCLITICS)
    closes = last == phrase[-1] or without_possessive(last) == phrase[-1]
    return opens and closes and tuple(words[start + 1 : start + len(phrase) - 1]) == phrase[1:-1]


def _title_of_next(art: _Article, sp: _Span) -> _Span:
    """A unit span opening with a person's role noun right before a person's name, that noun and its own adjectives
    trimmed off («رئيس مجلس النواب سليم الجبوري» → «مجلس النواب», «الأمين العام للأمم المتحدة» → «الأمم المتحدة»);
    empty when nothing is left but nisbas («الناشطة الإيطالية نوال سوفي»: the name's title, no unit, GUIDELINES 2).
    Why trimmed, not dropped: the body inside the title is a mention (RV3 finding 4)."""
    words = art.norm[sp.sent]
    first = words[sp.i]
    if (sp.sent, sp.j) not in art.person_tokens or not _role_noun(first, bare=True):
        return sp
    k = sp.i + 1
    while k < sp.j and (words[k] in _ROLE_MODIFIERS or is_nisba(words[k])):
        k += 1
    return replace(sp, i=k)


def _role_noun(word: str, *, bare: bool = False) -> bool:
    """A person's role noun opening a unit span (الممثلة، مستشار، الناشط; with `bare` also without the article), a place
    descriptor excepted: «المحافظة» is the governorate far more often than the feminine of المحافظ (RV3 finding 4)."""
    if _descriptor_head(strip_article(strip_proclitic(word))) is not None:
        return False
    return _is_role(word, bare=bare, feminine=True) or _person_noun(word)


def _person_noun(word: str) -> bool:
    """A definite noun that describes a person and heads no title (الناشط، الناشطة): kept apart from the role heads,
    which also peel titles off names."""
    head = after_article(strip_proclitic(word)) or ""
    return head in _PERSON_NOUNS or head.removesuffix(TAA_MARBUTA) in _PERSON_NOUNS


def _described_only(art: _Article, sp: _Span) -> bool:
    """A definite head and only adjectives that describe it («القوات العسكرية», «الجماعات الإرهابية», «الحكومة
    الجديدة»): GUIDELINES 9.8's head + plain adjective with no name, no mention; a nisba or a name among them
    («القوات المسلحة السعودية») keeps it, as the unit rules stop at these adjectives (_adjectives_end)."""
    words = art.norm[sp.sent][sp.i : sp.j]
    head = after_article(strip_proclitic(words[0]))
    if head is None or len(words) < 2:
        return False
    generic = head in GENERIC_HEADS
    return all(w in DESCRIPTIVE or w in ORGAN_ADJECTIVES or (generic and w in DESCRIPTIVE_OF_FORCES) for w in words[1:])


def _class_described(art: _Article, sp: _Span) -> bool:
    """A definite class noun and adjectives only («الشركة الروسية», «الوكالة الفلسطينية الرسمية», «البنوك الإيرانية»):
    the kind of body and where it is from, no name of one (GUIDELINES 9.24, 9.25.20), whatever the adjectives."""
    head = _head_of_adjectives(art, sp)
    return head is not None and after_article(strip_proclitic(head)) in _CLASS_NOUNS


def _head_of_adjectives(art: _Article, sp: _Span) -> str | None:
    """The span's first word when every word after it is a definite adjective («الشركة الروسية»), else None."""
    words = art.norm[sp.sent][sp.i : sp.j]
    return words[0] if len(words) > 1 and all(is_definite_adjective(w) for w in words[1:]) else None


def _phrase(art: _Article, sp: _Span) -> str:
    """A span's normalised words, its first without a proclitic (والمجلس البلدي → المجلس البلدي)."""
    words = art.norm[sp.sent]
    return " ".join([strip_proclitic(words[sp.i]), *words[sp.i + 1 : sp.j]])


def _placeless_council(art: _Article, sp: _Span) -> bool:
    """«المجلس البلدي» / «المجلس المحلي» with no place after it (bare, or with a plain adjective: الحالي) names no
    council (GUIDELINES 9.13); before في/بـ/لـ X it is the council of X (9.12) and stays."""
    words = art.norm[sp.sent]
    phrase = _phrase(art, sp).split()
    while phrase and phrase[-1] in _PLAIN_COUNCIL_ADJECTIVES:
        phrase.pop()  # المجلس البلدي الحالي: the span may hold the adjective
    if " ".join(phrase) not in _PLACELESS_COUNCILS:
        return False
    k = sp.j
    while k < len(words) and words[k] in _PLAIN_COUNCIL_ADJECTIVES:
        k += 1
    nxt = words[k] if k < len(words) else ""
    return not (nxt in _IN or (len(nxt) > 2 and nxt[0] in _BA_LAM))


def _ruled_subtype(art: _Article, sp: _Span) -> str | None:
    """A unit span's subtype by rule: the known unit's, else its head noun's."""
    words = art.norm[sp.sent][sp.i : sp.j]
    head = _unit_head(words[0])
    known = KNOWN_UNITS.get(" ".join([strip_proclitic(words[0]), *words[1:]]))
    return known or (UNIT_HEADS[head[0]] if head else None)
