"""When no complement marker follows the cue at once: jump over adverbials to a near one, or read a noun phrase."""

from __future__ import annotations

from app.nlp.claim_cues import COMPLEMENTISERS, NON_COMPLEMENT_BEFORE, TIME_WORDS, CueSpec, norm
from app.nlp.claims.article import Article
from app.nlp.claims.config import LIMITS
from app.nlp.claims.segments import outlet_named, relayed_pronoun, scan_segment, told_named, told_outlet
from app.nlp.claims.state import Zone
from app.nlp.claims.vocab import (
    ADVERBIAL,
    COMMAS,
    CUE_OBJECTS,
    FINAL,
    LAM,
    OCCASION_WORDS,
    POINTING_WORDS,
    RELATIVE_WORDS,
)
from app.nlp.lexicon import FREE_PREPOSITIONS, PLACE_TRIGGERS
from app.nlp.morphology import SOUND_PLURAL_ENDINGS, definite_nisba, is_definite, opens_with_bi, strip_article
from app.nlp.quotes import OPENING_QUOTES
from app.nlp.types import SourceRef, SpeakerRef
from app.nlp.wordlists import words

RENEW_LEMMA = "جدد"
STANCE_WINDOW = 12  # words after أبدى a stance noun is looked for in (its subject may come first)
ADJECTIVE_WORDS = 2  # definite nisbas a speaker's phrase may close with before its أن («الانتخابية»)
# جدد تأكيده / رفضه / دعوته / موقفه / تمسكه: the renewed thing, then the complement.
RENEWED = tuple(sorted(words("renewed_stems")))
SHOW_LEMMA = norm("أبدى")
SHOWN_STANCES = tuple(sorted(words("shown_stance_stems")))  # أبدى قلقه / استعداده / تحفظه: a stance, so a claim
JOINT_SUBJECTS = words("joint_subjects")  # كل من: its من opens a joint subject, no preposition's object


def fallback_content(a: Article, z: Zone, j: int, lim: int, spec: CueSpec, issuer: SpeakerRef | None) -> None:
    """No marker right away: jump over adverbials to a near marker, or read a nominal object."""
    has_speaker = bool(z.cands or z.desc)
    adverbial = a.nt[j] in ADVERBIAL or a.nt[j] in TIME_WORDS
    window = LIMITS.lookahead_nominal if spec.nominal and has_speaker else LIMITS.lookahead
    k = lookahead(a, j, lim, spec, window)
    if k is not None and (
        not spec.nominal
        or not has_speaker
        or adverbial
        or told_between(a, j, k)
        or adjectives_only(a, j, k)
        or a.nt[j] in RELATIVE_WORDS  # «أكد مصابو الانفجار | الذي وقع في المقر | أن»: the speaker's clause (9.29.3)
    ):
        scan_segment(a, z, j, k, issuer, appositive=False)
        skipped_speaker(a, z, j, k)
        n = a.nt[k]
        if n in COMPLEMENTISERS or n == ":":
            z.content_tok = k + 1
        elif a.prep(k, spec):
            z.content_tok = k + 2 if k + 1 < lim and a.nt[k + 1] in COMPLEMENTISERS else k + 1
        else:
            z.content_tok = k
        return
    if spec.nominal and not a.active_cue(j):
        if spec.lemma == SHOW_LEMMA and not shown_stance(a, j, lim):
            return
        if spec.lemma == RENEW_LEMMA and a.nt[j].startswith(RENEWED):
            j += 1
            if j < lim and a.nt[j] in spec.preps:
                j += 1
            elif j < lim and opens_with_bi(a.nt[j]) and len(a.nt[j]) > 3:
                z.content_tok, z.content_char = j, a.toks[j].start + 1
                return
        if j < lim and has_speaker:  # «أكد مسؤول بحملة كلينتون | الانتخابية، | انضمام …»: the phrase's adjective
            j = past_adjectives(a, j, lim)
        if j < lim and has_speaker:  # «يؤكد أهالي | محافظة أبين | إغلاق الطريق»: the place the head governs
            j = past_named_place(a, j, lim)
        if j < lim:
            z.content_tok, z.nominal = j, True


def shown_stance(a: Article, j: int, lim: int) -> bool:
    """A stance noun (data/shown_stance_stems.txt) among the first words after «أبدى» and its subject: «أبدى الوزير
    قلقه»; why: «أبدى الجيش مقاومة شرسة» shows a deed, and no claim."""
    return any(strip_article(a.nt[t]).startswith(SHOWN_STANCES) for t in range(j, min(lim, j + STANCE_WINDOW)))


def past_adjectives(a: Article, j: int, lim: int) -> int:
    """Past a definite nisba or two and the comma after them («الانتخابية،»): the speaker's phrase closing before a
    nominal object; else j."""
    k = j
    while k < lim and k - j < ADJECTIVE_WORDS and definite_nisba(a.nt[k]) and a.tok_mention[k] is None:
        k += 1
    return k + 1 if k > j and k + 1 < lim and a.nt[k] in COMMAS else j


def past_named_place(a: Article, j: int, lim: int) -> int:
    """Past a place's kind word and its name («محافظة أبين»، «مدينة حلب») right after a head in construct (indefinite,
    no name, no sound plural's ن: «أهالي»، «سكان»، «مسؤول»): the head's genitive, the speaker's place, no nominal
    object; else j. Why: the object was read from the kind word, the phrase cut to «أهالي» and the claims that refer
    back to it inherited the cut (GUIDELINES 9.18, 9.36.2: «أهالي + place» is one phrase)."""
    head = a.nt[j - 1] if j > 0 else ""
    construct = head.isalpha() and not is_definite(head) and not head.endswith(SOUND_PLURAL_ENDINGS)
    if not construct or a.tok_mention[j - 1] is not None or a.tok_mention[j] is not None or j + 1 >= lim:
        return j
    m = a.tok_mention[j + 1]
    if m is None or a.mentions[m].type != "place" or a.nt[j] not in PLACE_TRIGGERS:
        return j
    return a.mention_last[m] + 1


def adjectives_only(a: Article, j: int, k: int) -> bool:
    """The words from j up to the complement at k are a definite nisba or two, no name («وأكد مسؤول بحملة كلينتون
    | الانتخابية | أن»): the adjective of the speaker's phrase, which no nominal object opens with."""
    if not (a.nt[k] in COMPLEMENTISERS and 0 < k - j <= ADJECTIVE_WORDS):
        return False
    return all(definite_nisba(a.nt[t]) and a.tok_mention[t] is None for t in range(j, k))


def told_between(a: Article, j: int, k: int) -> bool:
    """«أكد المواطن X ولي أمر طالبة لـ"الوطن" أن»: a named outlet told (لـ + a name, لوكالة …) lies between the words
    read and the complement at k, so what comes first is the speaker's phrase, not the cue's nominal object."""
    for t in range(j, k):
        named = t + 1 < k and (a.quotes.get(t + 1) is not None or outlet_named(a, t + 1))
        if (a.nt[t] == LAM and named) or (told_outlet(a.nt[t]) and told_named(a, t, k)):
            return True
    return False


def skipped_speaker(a: Article, z: Zone, j: int, k: int) -> None:
    """A speaker in words jumped over: a person or unit mention no preposition governs (`preposition_object`), else
    leading definite words."""
    if z.cands:
        return
    found: list[int] = []
    seen: set[int] = set()
    for p in range(j, k):
        m = a.tok_mention[p]
        if m is None or m in seen:
            continue
        seen.add(m)
        before = p - 1
        while before > 0 and a.nt[before] in OPENING_QUOTES:  # لـ«الشرق الأوسط»: past the quote mark
            before -= 1
        # the outlet: لـ«الشرق الأوسط»، «كما نقلت عنها وكالة الأنباء الطلابية»
        if a.lam_prefixed(p, m) or (before >= 0 and (a.nt[before] == LAM or relayed_pronoun(a, before))):
            z.source = z.source or SourceRef(a.mentions[m].text, m)
            continue
        if not preposition_object(a, j, p):  # «وقال أمام ممثلي قادة الاتحاد الأفريقي …:»: whom he spoke before
            found.append(m)
    for typ in ("person", "unit"):
        hit = next((m for m in found if a.mentions[m].type == typ), None)
        if hit is not None:
            z.cands.append((hit, "subject"))
            return
    if z.desc:
        return
    p = j + 1 if j < k and a.nt[j] in CUE_OBJECTS else j  # لافتاً النظر إلى: the cue's object
    while p < k and p - j < LIMITS.guessed_words and is_definite(a.nt[p]) and a.nt[p] not in TIME_WORDS:
        z.desc.append(p)
        z.guessed = True
        p += 1


def preposition_object(a: Article, j: int, p: int) -> bool:
    """The name at token p, in words jumped over from token j, is a preposition's object: a preposition or adverbial
    (أمام، مع، خلال) stands right before it or before the indefinite nouns of its construct («أمام ممثلي قادة
    الاتحاد الأفريقي»). Why: the body before whom the speaker spoke took his claim and the one continuing it."""
    t = p - 1
    while t >= j and p - t <= LIMITS.guessed_words and plain_construct(a, t):
        if phrase_closed(a, t, p):
            return False  # «وقالت في وقت لاحق جبهة …»، «مع ذلك فهد …»: the name after a whole phrase is the subject
        t -= 1
    if t > j and f"{a.nt[t - 1]} {a.nt[t]}" in JOINT_SUBJECTS:
        return False  # «وقال كل من محمد … وصالح …»: a joint subject, no preposition's object
    return t >= j and (a.nt[t] in FREE_PREPOSITIONS or a.nt[t] in ADVERBIAL)


def phrase_closed(a: Article, t: int, p: int) -> bool:
    """Token t, stepped over back from the name at p, closes the preposition's phrase, so the name after it is no
    genitive of it: a demonstrative (مع ذلك), a time word (خلال اجتماع أمس), or an occasion noun with a word of its own
    between it and the name (في وقت لاحق). Why: such a phrase says when he spoke, and the name after it, the verb's
    subject, was dropped for the speaker before (RVF15, session 25)."""
    n = a.nt[t]
    return n in POINTING_WORDS or n in TIME_WORDS or (n in OCCASION_WORDS and t < p - 1)


def plain_construct(a: Article, t: int) -> bool:
    """Token t is an indefinite noun no name covers, the head of a construct (ممثلي، قادة)."""
    return a.nt[t] not in FREE_PREPOSITIONS and a.nt[t] not in ADVERBIAL and a.untagged_indefinite(t)


def lookahead(a: Article, j: int, lim: int, spec: CueSpec, window: int) -> int | None:
    """The next complement opener within `window` tokens, stopping at cues and full stops."""
    k = j
    while k < min(lim, j + window):
        n = a.nt[k]
        if (n in FINAL and not a.abbreviation_dot(k)) or (k > j and blocks_lookahead(a, k)):
            return None
        q = a.quotes.get(k)
        if q is not None:
            if a.speech_quote(q):
                return k
            k = q.end_i + 1
            continue
        if n in COMPLEMENTISERS and (a.nt[k - 1] not in NON_COMPLEMENT_BEFORE or a.prep(k - 1, spec)):
            return k  # the cue's own preposition before أن is no blocker (حذر … من أن)
        if n == ":" or (a.prep(k, spec) and n != "ب" and a.nt[k - 1] in COMMAS):
            return k
        k += 1
    return None


def blocks_lookahead(a: Article, k: int) -> bool:
    """A cue that opens a clause of its own; not بين "between", not an aside («- حسب ما أوردته الصحيفة -»)."""
    spec = a.cue[k]
    if spec is None or not a.active_cue(k) or not a.opens_clause(k):
        return False
    aside = spec.form == "attrib" or a.postposed_link(k) is not None
    return not aside
