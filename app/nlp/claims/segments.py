"""Comma segments and source phrases between a cue and its complement: where they end, what outlet they name."""

from __future__ import annotations

from app.nlp.claim_cues import (
    OUTLET_WORDS,
    PRONOUN_PREPS,
    SOURCE_HEADS,
    SOURCE_INTRO,
    STATEMENT_WORDS,
    TIME_WORDS,
    CueSpec,
)
from app.nlp.claims.article import Article
from app.nlp.claims.config import LIMITS
from app.nlp.claims.state import Zone
from app.nlp.claims.vocab import (
    ACCORDING_TO,
    ADDRESSEES,
    AUDIENCE,
    COMMAS,
    FINAL,
    GIVEN_ILA_HEADS,
    GIVEN_TO,
    ILA,
    IN,
    LAM,
    LAM_OUTLETS,
    PUBLISHED_BY,
    RELATIVE_WORDS,
    RELAY_LEAD_FILLERS,
    RELAYED_PRONOUNS,
    SEGMENT_STARTERS,
    SOURCE_ADJECTIVES,
    STATEMENT_ADJECTIVES,
    TALKED_TO_BY,
    TALKED_TO_OBJECTS,
    lam_to,
)
from app.nlp.lexicon import RANKS, ROLE_HEADS
from app.nlp.morphology import (
    chars_for_letters,
    in_lexicon,
    is_definite,
    is_nisba,
    lam_glued,
    lam_prefixed,
    opens_with_lam,
    strip_article,
    without_wa,
)
from app.nlp.quotes import CLOSE_BRACKET, OPEN_BRACKET
from app.nlp.types import SourceRef, SpeakerRef
from app.nlp.wordlists import words

MEDIA = "media"  # the unit subtype of an outlet
PUBLISHED_REACH = 3  # words from a statement noun to the verb of its relative clause («بيان شديد اللهجة نشرته»)
TALK_WORDS = words("talk_words")  # تحدث، مقابلة، نسخة: مع/إلى after one gives the words to the outlet
EMPLOYED_HEADS = words("employed_heads")  # مراسلا، يعمل: a medium glued to ل after one is the speaker's employer
OUTLET_REACH = 4  # words from that verb to the outlet («أجرته معه «الشرق الأوسط»»، «تلقت وكالة الأنباء»)
OUTLET_SKIP = GIVEN_TO | {OPEN_BRACKET, CLOSE_BRACKET}  # words around an outlet named in plain words


def segment_start(a: Article, k: int) -> bool:
    """True when token k can open a comma-delimited adverbial or appositive segment."""
    n = a.nt[k]
    return (
        a.tok_mention[k] is not None
        or n in SEGMENT_STARTERS
        or n in TIME_WORDS
        or title_opener(n)
        or in_lexicon(n, SOURCE_HEADS)
        or n in SOURCE_INTRO
        or n in PRONOUN_PREPS
    )


def relayed_pronoun(a: Article, k: int) -> bool:
    """Token k is عنه/عنها right after a relay cue («ونقلت عنه وكالة الصحافة الفرنسية قوله»): the one named before
    speaks, and a body named after it only relays his words."""
    spec = a.cue[k - 1] if 0 < k < len(a.nt) else None
    return spec is not None and spec.form == "relay" and a.nt[k] in RELAYED_PRONOUNS


def segment_end(a: Article, at: int, lim: int, spec: CueSpec) -> int | None:
    """End of the segment opened at `at`: the next comma or complement opener, if it is a real segment."""
    if at >= lim:
        return None
    k = at
    while k < min(lim, at + LIMITS.max_segment):
        n = a.nt[k]
        q = a.quotes.get(k)
        if q is not None and not (k > at and a.speech_quote(q)):
            k = q.end_i + 1
            continue
        if n in FINAL:
            return None
        if k > at and (n in COMMAS or a.opening(k, spec)):
            return k if (segment_start(a, at) or k - at <= LIMITS.short_segment) else None
        k += 1
    return None


def scan_segment(a: Article, z: Zone, start: int, e: int, issuer: SpeakerRef | None, appositive: bool = True) -> None:
    """Collect a source (في تصريح لـ X، بحسب البيان، لـ«X») and an appositive speaker from a segment."""
    for k in range(start, e):
        n = a.nt[k]
        if n in ACCORDING_TO and k + 1 < e:
            if a.nt[k + 1] in STATEMENT_WORDS:
                if issuer is not None:
                    z.source = z.source or SourceRef(issuer.text, issuer.mention)
            else:
                z.source = z.source or source_ref(a, k + 1, e)
            return
        if in_lexicon(n, SOURCE_HEADS):
            r = k + 1
            while r < e and (a.nt[r] in STATEMENT_ADJECTIVES or a.nt[r] in PRONOUN_PREPS or a.nt[r] in TIME_WORDS):
                r += 1  # «في بيان له»: his own; «في تصريح أمس إلى "الوطن"»: a time, then the outlet
            given = r < e and given_to(a.nt[r], n) and not audience(a, r, e)
            so = source_ref(a, r, e) if given and not met_person(a, r, e) else None
            if so is not None and issued_by(a, n, r, so):  # «في بيان لجبهة النصرة»: whose statement, not to whom
                if (
                    a.nt[k - 1] == IN
                ):  # «في بيان» his own new statement; «ردا على بيان للمعارضة»: one answered holds no words of his
                    z.source = z.source or issued_statement(a, k, r, e, so)
            elif so is not None:
                z.source = z.source or so
            elif (carrier := published_by(a, k)) is not None:  # «في تصريح نشرته "الرياض"»
                z.source = z.source or carrier
            elif (r < e and audience(a, r, e)) or a.nt[r - 1] in PRONOUN_PREPS:  # «للصحافيين»، «له»: no outlet
                z.unrelayed = True
            if not given and strip_article(n) == "بيان":
                z.in_statement = True
                # «كما حذرت الجبهة في بيان»: a new statement of its own, no outlet: the last relay is not carried
                z.unrelayed = z.unrelayed or (z.source is None and not is_definite(n) and a.nt[k - 1] == IN)
            return
        if n == LAM and k + 1 < e and a.quotes.get(k + 1) is not None:
            z.source = z.source or source_ref(a, k + 1, e)
            return
        if (o := talked_to(a, k, e)) and (talker := source_ref(a, o, min(e, o + OUTLET_REACH), words=False)):
            z.source = z.source or (talker if outlet_ref(a, talker) else None)  # «تحدثت إليهم «الشرق الأوسط»»
            return
        if told_outlet(n) and told_named(a, k, e) and all(c is None for c in a.cue[start:k]):  # «، لوكالة فرانس برس:»
            z.source = z.source or source_ref(a, k, e)
            return
    if not appositive:
        return
    k = start
    while k < e and title_opener(a.nt[k]):
        k += 1
    if k < e and a.tok_mention[k] is not None:
        m = a.tok_mention[k]
        assert m is not None
        z.cands.append((m, "appos"))


def told_medium(a: Article, k: int, m: int) -> bool:
    """Mention m, starting in token k, is a medium glued to ل (لهيئة الإذاعة البريطانية، لوكالة فرانس برس): whom the
    speaker's words were given to, the claim's source (`speech.told_between`). Why: the zone reads such an outlet right
    after the speaker only (`zones._lam_outlet`); one after an appositive or a «بشأن» phrase was lost. A body that is
    no medium (لمجلس الأمن) is an addressee."""
    return a.toks[k].start < a.mentions[m].start and a.lam_prefixed(k, m) and lam_medium(a, k, m)


def lam_medium(a: Article, k: int, m: int, untyped: bool = False) -> bool:
    """The body m glued to ل in token k is a medium: of subtype media or after an outlet word (لوكالة، لصحيفة); with
    `untyped`, a body the tagger gave no subtype too (right after the speaker, `zones._lam_outlet`). One test for
    both readers of «قال لـX»."""
    sub = a.mentions[m].subtype
    return sub == MEDIA or (untyped and sub is None) or glued_outlet(a.nt[k])


def talk_before(a: Article, k: int) -> bool:
    """A talk or send word (data/talk_words.txt) one or two words before the مع/إلى at token k («تحدثت مع»، «نسخة منه
    إلى»، «أدلى بها إلى»): the outlet after it was given the words; else مع/إلى names a topic or a party («في إشارة
    إلى "الجزيرة"»، «بعد لقائه مع "الجزيرة"»)."""
    return any(in_lexicon(a.nt[j], TALK_WORDS) for j in range(max(0, k - 2), k) if a.nt[j] not in COMMAS)


def employer(a: Article, i: int, k: int) -> bool:
    """The medium glued to ل at token k (or after لـ there) follows a role head or a word of work for it (lexicon
    ROLE_HEADS/RANKS, data/employed_heads.txt) with only its adjectives between, in a clause after a comma past the cue
    at token i: «، وهو المدير العام لهيئة الإذاعة البريطانية»، «، الذي يعمل مراسلا لـ"رويترز"» name his employer, not
    whom he told; the speaker's own words («قال مسؤول أمني لرويترز») are no such clause."""
    j = k - 1
    while j > i and (is_definite(a.nt[j]) or is_nisba(a.nt[j])) and not role_word(a.nt[j]):
        j -= 1
    return j > i and role_word(a.nt[j]) and any(a.nt[t] in COMMAS for t in range(i + 1, j))


def role_word(n: str) -> bool:
    """A role head, a rank or a word of a speaker's work for an outlet (مراسلا، يعمل)."""
    return title_opener(n) or in_lexicon(n, EMPLOYED_HEADS)


def title_opener(n: str) -> bool:
    """A role head or a rank, perhaps after a clitic (lexicon ROLE_HEADS/RANKS: مدير، العميد): it opens a title."""
    return in_lexicon(n, ROLE_HEADS) or in_lexicon(n, RANKS)


def talked_to(a: Article, k: int, e: int) -> int | None:
    """Where the outlet starts when token k is a verb of an outlet's talk with the speaker, its object (إليهم، معه،
    آراءهم) right after it or after the outlet («تحدثت إليهم «الشرق الأوسط»»، «استطلعت «الشرق الأوسط» آراءهم»); None
    for a bare «تحدثت» («الوزيرة، التي تحدثت في مؤتمر "دافوس"، …»: the speaker's own talk)."""
    if a.nt[k] not in TALKED_TO_BY or k + 1 >= e:
        return None
    if a.nt[k + 1] in TALKED_TO_OBJECTS:
        return k + 2
    return k + 1 if any(a.nt[j] in TALKED_TO_OBJECTS for j in range(k + 2, min(e, k + 2 + OUTLET_REACH))) else None


def given_to(n: str, head: str) -> bool:
    """A source noun's next word names whom it was given to (لـ، مع، لوكالة; إلى after تصريحات/حديث only: «في كلمة
    إلى الشعب» names an addressee)."""
    if n == ILA:
        return in_lexicon(head, GIVEN_ILA_HEADS)
    return n in GIVEN_TO or opens_with_lam(n)


def met_person(a: Article, r: int, e: int) -> bool:
    """«غداة لقاء مع لافروف في ماليزيا»: the first name after the source noun is a person's, a meeting with him (the
    place after him no outlet)."""
    m = next((a.tok_mention[k] for k in range(r, e) if a.tok_mention[k] is not None), None)
    return m is not None and a.mentions[m].type == "person"


def audience(a: Article, r: int, e: int) -> bool:
    """Token r names an audience, not an outlet: «للصحافيين», or «إلى الصحفيين» written apart."""
    k = r + 1 if a.nt[r] in GIVEN_TO and r + 1 < e else r
    return strip_article(a.nt[k]) in AUDIENCE


def published_by(a: Article, k: int) -> SourceRef | None:
    """The outlet named by a relative clause right after the statement or document noun at token k («في تصريح نشرته
    "الرياض"»، «بيان تلقت وكالة الأنباء الألمانية نسخة منه»، «وثيقة حصلت عليها «الشرق الأوسط»»): a unit mention or a
    quoted name within a few words of the clause's verb; None when a name, a complement or a comma comes first. The
    issuer glued to ل right after the noun is read past («بيان للجنة التنسيقية للائتلاف تلقت «اليوم» نسخة منه»)."""
    lim = a.sent_end[k]
    t0 = issuer_past(a, k + 1, lim) if k + 1 < lim and opens_with_lam(a.nt[k + 1]) else k + 1
    for t in range(t0, min(lim, t0 + PUBLISHED_REACH)):
        if a.nt[t] in PUBLISHED_BY:
            return source_ref(a, t + 1, min(lim, t + 1 + OUTLET_REACH), words=False)
        if a.tok_mention[t] is not None or a.nt[t] in COMMAS or a.quotes.get(t) is not None:
            return None
    return None


def source_phrase_end(a: Article, j: int, lim: int, spec: CueSpec) -> int:
    """End of في تصريح لـ X / في بيان مشترك / خلال مقابلة مع X, with or without a closing comma."""
    e = segment_end(a, j, lim, spec)
    if e is not None:
        return e
    k = j + (2 if a.nt[j] in SOURCE_INTRO else 1)
    while k < lim:
        n = a.nt[k]
        q = a.quotes.get(k)
        if q is not None and q.closed and not a.speech_quote(q):
            k = q.end_i + 1
        elif a.tok_mention[k] is not None:
            k = a.mention_last[a.tok_mention[k] or 0] + 1
        elif n in SOURCE_ADJECTIVES or (n in GIVEN_TO and n != ILA) or glued_outlet(n):  # مشترك، لـ، مع
            k += 1
        else:
            break
    return k


def outlet_named(a: Article, at: int) -> bool:
    """Token `at` names an outlet or a body (a non-person mention, or صحيفة/وكالة … before one)."""
    k = at + 1 if a.nt[at] in OUTLET_WORDS and at + 1 < len(a.nt) else at
    m = a.tok_mention[k]
    return m is not None and a.mentions[m].type != "person"


def outlet_end(a: Article, at: int, lim: int, spec: CueSpec) -> int:
    """End of an outlet named after لـ: a quoted name, a name in parentheses (لـ(عكاظ)), a mention, or words up to a
    comma."""
    q = a.quotes.get(at)
    if q is not None and q.closed:
        return q.end_i + 1
    close = a.parenthesis_close(at, lim) if a.nt[at] == OPEN_BRACKET else None
    if close is not None:
        return close + 1
    m = a.tok_mention[at]
    if m is not None:
        return a.mention_last[m] + 1
    return segment_end(a, at, lim, spec) or at + 1


def source_ref(a: Article, start: int, e: int, words: bool = True) -> SourceRef | None:
    """The outlet named in tokens [start, e): a mention, else a quoted name, else the words themselves."""
    for k in range(start, e):
        m = a.tok_mention[k]
        if m is not None and a.mentions[m].type != "person":
            return SourceRef(a.mentions[m].text, m)
    for k in range(start, e):
        q = a.quotes.get(k)
        if q is not None and q.end_i <= e:
            s, t = a.quote_interior(q)
            if t > s:
                return SourceRef(a.text[s:t], None)
    plain = [k for k in range(start, e) if a.nt[k] not in OUTLET_SKIP and a.nt[k].isalnum()] if words else []
    if not plain:
        return None
    tok = a.toks[plain[0]]
    first = tok.start
    if lam_glued(a.nt[plain[0]]):  # «لوسائل الإعلام»: the phrase without its ل (GUIDELINES 9.25.15)
        first += chars_for_letters(tok.text, 1) if lam_outlet(a.nt[plain[0]]) else 0
        plain = given_phrase(a, plain)
    return SourceRef(a.text[first : a.toks[plain[-1]].end], None)


def issued_by(a: Article, n: str, r: int, so: SourceRef) -> bool:
    """«بيان» with ل glued to token r names its issuer, not the outlet it was given to: a body that is no outlet
    (`outlet_ref`), or plain words that are no outlet word nor quoted. Why: GUIDELINES 9.30.8 #8 makes a named issuer
    the speaker and the noun alone the source, and a generic one part of the source phrase («بيان للوزارة»); the
    reading of ل as «to» gave the issuer (or «للوزارة») as the source."""
    if strip_article(n) != "بيان" or not opens_with_lam(a.nt[r]) or a.quotes.get(r) is not None:
        return False
    return not outlet_ref(a, so) if so.mention is not None else not told_outlet(a.nt[r])


def issued_statement(a: Article, k: int, r: int, e: int, so: SourceRef) -> SourceRef:
    """The statement at token k whose issuer `so` is glued to ل at token r, as a claim's source: the outlet that
    carried it first («في بيان للجنة المركزية نشرته وسائل إعلام»: 9.13), else the noun with a generic issuer's words
    («بيان للوزارة»: 9.30.8), the noun alone when a mention names the issuer."""
    last = issuer_end(a, r, e) if so.mention is None else k
    return published_by(a, k) or SourceRef(a.text[a.toks[k].start : a.toks[last].end])


def document_ref(a: Article, k: int, lim: int) -> SourceRef | None:
    """The document noun at token k, after بحسب/وفقا, as the claim's source: its carrier (`published_by`) first; a
    named issuer glued to ل, that body (a statement relaying the speaker: 9.32.14); a generic one read as a segment's
    statement is (`issued_statement`: «…، بحسب بيان للجيش» and «في بيان للجيش» name the same source, 9.30.8); else the
    noun itself; None when ل is glued to the noun («وفقا للتقرير»: the noun alone is no word of the text)."""
    r = k + 1
    so = source_ref(a, r, lim) if r < lim and opens_with_lam(a.nt[r]) else None
    if so is not None and issued_by(a, a.nt[k], r, so):
        # «…، بحسب بيان للجيش» with the army named: the body whose statement relays the speaker (9.32.14)
        return published_by(a, k) or so if so.mention is not None else issued_statement(a, k, r, lim, so)
    carrier = published_by(a, k)
    if carrier is not None or opens_with_lam(a.nt[k]):
        return carrier
    return SourceRef(a.toks[k].text)


def issuer_end(a: Article, r: int, e: int) -> int:
    """The last token of a generic issuer's phrase glued to ل at token r, with its definite words and nisbas («بيان
    للجنة المركزية للحزب»، «بيان للوزارة الاتحادية»; not «أمس», a clause or a name after it). Why: the source phrase
    of 9.30.8 is the whole issuer; cut at its first word it named another body («بيان للجنة»). A relative word
    («التي»، «الذي») opens what follows the phrase though it reads as definite."""
    last = r
    while last + 1 < e and a.tok_mention[last + 1] is None and a.cue[last + 1] is None:
        n = a.nt[last + 1]
        if not (is_definite(n) or is_nisba(n)) or n in TIME_WORDS or n in PUBLISHED_BY or not n.isalnum():
            break
        if n in RELATIVE_WORDS:
            break
        last += 1
    return last


def issuer_past(a: Article, r: int, lim: int) -> int:
    """The token after an issuer glued to ل at token r: its mention, else its words (`issuer_end`)."""
    m = a.tok_mention[r]
    return a.mention_last[m] + 1 if m is not None else issuer_end(a, r, lim) + 1


def glued_outlet(n: str, definite: bool = False) -> bool:
    """An outlet word glued to ل (لوكالة، لصحيفة; with `definite` also للـ, ل fused with the article: للوكالة): one test
    for the medium a report is attributed to."""
    return lam_to(n, OUTLET_WORDS) if definite else lam_prefixed(n, OUTLET_WORDS)


def outlet_word(n: str, glued: bool = True) -> bool:
    """An outlet word, bare or glued to ل (وكالة، لصحيفة; the ل form only with glued, which a zone sets after an
    attribution cue: ووفقا لمحطة): the first word of a body named as a medium."""
    return n in OUTLET_WORDS or (glued and glued_outlet(n))


def told_outlet(n: str) -> bool:
    """An outlet word glued to ل (لوكالة، لصحيفة) or the media given a statement (لوسائل، لمراسلنا), never an
    addressee (للصحافيين): whom the words were given to, the claim's source."""
    return glued_outlet(n) or (lam_outlet(n) and n not in ADDRESSEES)


def told_named(a: Article, k: int, e: int) -> bool:
    """The outlet glued to ل at token k is named: a mention over it or right after it, or a quoted name after it."""
    if outlet_named(a, k):
        return True
    return k + 1 < e and (outlet_named(a, k + 1) or a.quotes.get(k + 1) is not None)


def lam_outlet(n: str) -> bool:
    """ل glued to an outlet or source word (لوسائل، لمراسلنا), never a word that opens with ل itself (لجنة، ليلة)."""
    return lam_glued(n) and lam_prefixed(n, LAM_OUTLETS) and n not in LAM_OUTLETS


def given_phrase(a: Article, plain: list[int]) -> list[int]:
    """The words of an outlet named in plain words: its head and the noun after it, then its definite words and nisbas
    («وسائل إعلام إيطالية»، «إحدى القنوات التلفزيونية الأرجنتينية»), not a clause or a time after them."""
    kept = plain[:1]
    for k in plain[1:]:
        n = a.nt[k]
        if k != kept[-1] + 1 or n in TIME_WORDS or n in RELATIVE_WORDS:  # «لمراسلنا أمس»، «… الأرجنتينية التي»
            break
        if len(kept) > 1 and not (is_definite(n) or is_nisba(n)):
            break
        kept.append(k)
    return kept


def fronted_relay(a: Article, i: int) -> SourceRef | None:
    """«وبحسب "رويترز"، فقد ذكر X»، «وفي تصريح لوكالة فرانس برس، قال X»، «ولـ"الاقتصادية" يرصد X»: a relay phrase
    opening the cue's sentence, before its verb, names the claim's outlet as after the verb (GUIDELINES 9.13)."""
    s0 = a.sent_start[i]
    e = i
    while e > s0 and (a.nt[e - 1] in COMMAS or a.nt[e - 1] in RELAY_LEAD_FILLERS):
        e -= 1
    if e - s0 < 2 or any(c is not None and c.form != "attrib" for c in a.cue[s0 + 1 : e]):
        return None
    if any(m is not None and a.mentions[m].type == "person" for m in a.tok_mention[s0:e]):
        return None  # «وفي حديث مع نسرين اسبر لـ…»: the speaker comes first, no phrase of its own
    n = a.nt[s0]
    lead = n if n in ACCORDING_TO or n in SOURCE_INTRO else without_wa(n, "و")  # وبحسب، وفي، ول
    if (lead in ACCORDING_TO and a.nt[s0 + 1] not in STATEMENT_WORDS) or lead == LAM:  # «بحسب البيان»: no outlet
        found = source_ref(a, s0 + 1, e, words=False)
    elif lead in SOURCE_INTRO and in_lexicon(a.nt[s0 + 1], SOURCE_HEADS):
        z = Zone()
        scan_segment(a, z, s0 + 1, e, None, appositive=False)
        found = z.source
    else:
        return None
    return found if found is not None and outlet_ref(a, found) else None


def outlet_ref(a: Article, so: SourceRef) -> bool:
    """A source that is an outlet: a media mention, a name in quotation marks or after an outlet word (وكالة، صحيفة),
    or words with no mention; a body met or spoken with («في لقاء مع وفد الكونغرس») is none."""
    if so.mention is None:
        return True
    men = a.mentions[so.mention]
    if men.subtype == MEDIA:
        return True
    k = a.token_of(men.start) - 1
    if k >= 0 and a.quotes.get(k) is not None:  # «بحسب "رويترز"»: a name in quotation marks
        return True
    return k >= 0 and outlet_word(a.nt[k])
