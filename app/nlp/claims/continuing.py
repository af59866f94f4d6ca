"""Speakers not named at the cue: a subject written before it, or whoever the discourse points to.

A continuation cue (وأضاف، مشيراً) first takes a subject its sentence writes: a name right after its verb, or the
name, title or source after the verb opening its sentence (for a cue opening its own, the sentence before); then
the person named since the last claim (the first in its own sentence, its subject; for a cue opening its paragraph,
the one standing first in the paragraph before's last sentence), else the previous speaker (or,
with none yet, the nearest person or unit); where that is a guess, app.nlp.continuation ranks candidates. An
unnamed source may also be written before its verb (وكان مسؤولون أكدوا، لكن محققين ذكروا).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import cache

from app.nlp import continuation
from app.nlp.claim_cues import (
    CLAUSE_OPENERS,
    COMPLEMENTISERS,
    STATEMENT_WORDS,
    TIME_WORDS,
    VAGUE_SPEAKERS,
    CueSpec,
    norm,
)
from app.nlp.claims.article import Article, title_form
from app.nlp.claims.config import LIMITS
from app.nlp.claims.extents import CLAUSE_PREPS, qualifies
from app.nlp.claims.qualifiers import past_count, source_phrase
from app.nlp.claims.speaker import (
    SPEAKER_TYPES,
    anaphor,
    desc_ref,
    described_in_body,
    governed_by_preposition,
    holding_phrase,
    title_holder,
)
from app.nlp.claims.state import Discourse, Mode, Zone
from app.nlp.claims.vocab import (
    ADVERBIAL,
    ALIF,
    ANONYMITY_OPENERS,
    APPEAL_LEMMAS,
    AS,
    BODY_NOUNS,
    BODY_TIES,
    COMMAS,
    CUE_OBJECTS,
    FEMININE_HEADS,
    FROM,
    IN,
    ISSUED,
    LAM,
    ON_BEHALF,
    PRONOUN_SUFFIXES,
    RELATIVE_WORDS,
    SOURCE_NOUNS,
    STATEMENT_ADJECTIVES,
    TOLD_LEMMAS,
    VERB_PARTICLES,
    nisba_adjective,
    person_dual,
    shared_title,
    source_stem,
    vague_role,
)
from app.nlp.lexicon import (
    DIRECTIONS,
    FREE_PREPOSITIONS,
    FUNCTION_WORDS,
    PLACE_TRIGGERS,
    RANKS,
    ROLE_HEADS,
    STATE_HEADS,
    TITLE_WORDS,
    UNIT_HEADS,
)
from app.nlp.morphology import (
    NISBA_ENDING,
    SOUND_PLURAL_ENDINGS,
    definite_nisba,
    in_lexicon,
    is_definite,
    is_feminine,
    is_nisba,
    lam_glued,
    lam_noun,
    nominative_plural,
    opens_with_bi,
    opens_with_lam,
    starts_with_article,
    strip_article,
    without_conjunction,
    without_wa,
)
from app.nlp.quotes import QUOTE_MARKS
from app.nlp.types import SpeakerKind, SpeakerRef
from app.nlp.wordlists import labelled, words

# continuation.cue_ending → the gender the cue gives its subject: «f» a feminine past (قالت), «m» a masculine past,
# present or accusative participle (قال، يقول، مشيرا), «f?» a feminine ending that tells no person's gender (a feminine
# participle, مشيرة، مؤكدة, is too often an adjective; تقول, a feminine present)
CUE_GENDER = {"t": "f", "h": "f?", "ta": "f?", "base": "m", "a": "m"}
PERSON_GENDERS = ("f", "m")  # the cue genders that tell a person's (gender_clash)
FEMININE_GENDERS = ("f", "f?")  # the cue genders of a feminine ending (قالت، مشيرة، تقول)
GENDERED_FORMS = ("past", "present", "participle")  # the verb forms whose ending tells (not بحسب، نقلت عن)
FEMININE = "t"  # continuation.cue_ending of a feminine past cue (قالت)
FEMININE_PAST = "ت"  # the ending of a feminine past verb (تبنت، اعترفت)
PRESENT_FEMININE = "ت"  # the prefix of a feminine present verb (تؤكد، ترفض)
T_FINAL_VERBS = words("t_final_verbs")  # صوت، أثبت، سكت: masculine past verbs ending in ت (no feminine)
OUR = "نا"  # an adverb ends in ا (مجددا، أيضا: vocab.ALIF), a noun with «our» too (مراسلنا)
OPENERS = COMPLEMENTISERS | {":"}
DEMONSTRATIVES = words("demonstratives")  # هؤلاء: people named before, no new speaker
PAST_COPULAS = words("past_copulas")  # وكان، كانت: «وكان X قد أكد»، the noun after it is the verb's subject
QAD = "قد"  # the particle before a past verb («مصادر قد أكدت»): not part of the source phrase
# الذي، التي: the cue endings that agree with each (continuation.cue_ending)
RELATIVE_PRONOUNS = {pronoun: tuple(endings.split()) for pronoun, endings in labelled("relative_pronouns").items()}
BREAKS = OPENERS | COMMAS | RELATIVE_WORDS  # «قيادة الجيش الذي يجري …»: no subject phrase runs past these
FRONTED_HEADS = VAGUE_SPEAKERS  # the nouns a source phrase before its verb may open with (hand-listed and fitted)
# «إيران - التي …»، «إيران - وهي …»: an aside about the place opens after its dash, no dateline
ASIDE_OPENERS = RELATIVE_WORDS | words("aside_openers")
DATELINE_WORDS = 8  # the words a dateline before its colon may take (a writer's name, the outlet, the city)
OPENING_WORDS = 4  # words an opening adverbial (من جهتها، وفي سياق متصل) may take before its comma
OPENING_ADVERBIALS = words("opening_adverbials")  # من جانبه، إلى ذلك: opening a sentence with no comma after them
CLAUSE_ADVERBIALS = words("clause_adverbials")  # في الوقت الذي، بعد أن: a clause before the main verb
SUBJECT_GAP = 3  # a continuation this near its sentence's start is no clause after its subject
SUBJECT_WORDS = 6  # the words a sentence's subject stands within: an opening adverbial, the verb, a title or two
HEAD_WORDS = 2  # title or head words (تنظيم، الأميرة، دولة) a name right after its verb may follow
# the title or head words a subject may open with before its name (الأميرة، تنظيم، منطقة، دولة)
TITLE_HEADS = ROLE_HEADS | {strip_article(r) for r in RANKS}  # وزير، دكتور، سيده: a title word without its article
GENDERLESS_TITLES = words("genderless_titles")  # معالي، سماحة: an honorific that tells no gender
SUBJECT_HEADS = TITLE_HEADS | UNIT_HEADS.keys() | PLACE_TRIGGERS | STATE_HEADS
SUBJECT_OPENERS = words("subject_openers")  # لكن، إلا أن: the noun after them is the next verb's subject
SAYING_NOUNS = words("saying_nouns")  # بالقول، بقوله: closing a narrator verb whose subject speaks
ISSUED_BY = words("issued_by") | ISSUED  # صادر عن، مشترك: between a statement word and the body that issued it
SUBJECT_PREPS = frozenset({FROM, IN})  # «عدد من المسؤولين في مختلف مناطق المملكة»: within a subject phrase
GLUED_PREPOSITIONS = ("بال", "لل", "كال", "وبال", "ولل")  # بالتفجير، للحكومة: the verb's complement begins
DASHES = frozenset({"-", "–", "—"})  # «بضعة دبلوماسيين -تحدثوا شريطة …-»: a clause set off
RESUMPTIVE_PREPS = words("resumptive_preps")  # «بحسب ما أفاد به»: the pronoun a «ما» clause leaves after its verb
POINTING_OBJECTS = words("pointing_objects")  # «أوضح ذلك X»: the verb's object points back, its subject follows

Trace = dict[tuple[int, int], list[continuation.Candidate]]


def nearest_person(
    a: Article, cue_i: int, after: int = -1, types: tuple[str, ...] = ("person",), same_paragraph: bool = True
) -> SpeakerRef | None:
    """The last person (or other `types`) named before the cue in its paragraph (past token `after`),
    outside quoted speech and a dateline closed by dashes («بغداد – واع –»: the agency is no one speaking)."""
    lo = bisect.bisect_left(a.mention_starts, (a.toks[cue_i].start, -1))
    for _, m in reversed(a.mention_starts[:lo]):
        men = a.mentions[m]
        k = a.token_at(men.start)
        if (same_paragraph and k < len(a.toks) and a.para[k] != a.para[cue_i]) or k <= after:
            return None
        if men.type in types and not in_speech(a, k) and not in_dash_dateline(a, k):
            return a.ref(m)
    return None


def in_dash_dateline(a: Article, k: int) -> bool:
    """Token k lies in a dateline closed by dashes opening its sentence (`dash_dateline_end`)."""
    s0 = a.sent_start[k]
    end = dash_dateline_end(a, s0, a.sent_end[k])
    return end is not None and k < end


def in_speech(a: Article, k: int) -> bool:
    """Token k lies inside quoted speech (a quoted name alone, «يوروتانل», is no quotation here)."""
    return any(q.open_i < k <= q.end_i and a.speech_quote(q) for q in a.quotes.values())


def first_person(
    a: Article, cue_i: int, after: int, *, governed: bool = True, same_paragraph: bool = True
) -> SpeakerRef | None:
    """The first person named past token `after` in the cue's paragraph (with `same_paragraph` off, before the cue
    anywhere), outside quoted speech (and, with `governed` off, not a preposition's object)."""
    lo = bisect.bisect_left(a.mention_starts, (a.toks[after + 1].start if after >= 0 else 0, -1))
    hi = bisect.bisect_left(a.mention_starts, (a.toks[cue_i].start, -1))
    for _, m in a.mention_starts[lo:hi]:
        men = a.mentions[m]
        k = a.token_at(men.start)
        if (same_paragraph and a.para[k] != a.para[cue_i]) or men.type != "person":
            continue
        if not in_speech(a, k) and (governed or not after_preposition(a, k)):
            return a.ref(m)
    return None


def fronted_subject(a: Article, cue_i: int, st: Discourse) -> tuple[SpeakerRef | None, Mode]:
    """Subject written before the verb (وكان X أكد، يذكر أن X … قال، X يعلن)."""
    boundary = clause_boundary(a, cue_i, st)
    antecedent = relative_antecedent(a, cue_i, st)
    if antecedent is not None:  # «… فرانسوا هولاند الذي قال»: the noun the relative pronoun stands for
        return antecedent, "named" if antecedent.mention is not None else "vague"
    opened = copula_opened(a, boundary) or subject_opened(a, boundary)
    phrase = copula_phrase(a, boundary + 1, cue_i) if opened else None
    if phrase is not None:  # «وكان عضو بحزب المخلوع علي عبد الله صالح قال»، «لكن محققين ذكروا»: words before the verb
        return referred_back(a, (phrase, "vague"), st)
    whole = fronted_phrase(a, boundary + 1, cue_i)
    if whole is not None:  # «وكان مسؤولون في الإدارة الأمريكية أكدوا»: a source phrase read whole, its body too
        return referred_back(a, (whole, "vague"), st)
    found = [a.tok_mention[k] for k in range(boundary + 1, cue_i) if a.tok_mention[k] is not None]
    ms = [m for m in dict.fromkeys(found) if m is not None and not governed_name(a, m, boundary)]
    for typ in ("person", "unit"):
        for m in ms:
            if a.mentions[m].type == typ:
                return a.ref(m), "named"
    if ms and a.mentions[ms[0]].type == "place" and a.tok_mention[boundary + 1] == ms[0]:
        return a.ref(ms[0]), "named"
    if not ms:
        return referred_back(a, fronted_source(a, boundary + 1, cue_i), st)
    return None, "none"


def referred_back(a: Article, found: tuple[SpeakerRef | None, Mode], st: Discourse) -> tuple[SpeakerRef | None, Mode]:
    """A fronted lone definite source noun («لكن المصدر ذاته قال»، «المصادر نفسها أكدت») is the source described
    before, read as after the verb (`anaphor`); any other phrase as found. Why: it was written as it stands where
    «وقال المصدر ذاته» is pinned (GUIDELINES 9.33.1, 9.15)."""
    ref = found[0]
    if ref is None or ref.mention is not None:
        return found
    desc = [t for t in range(a.token_of(ref.start), a.token_at(ref.end)) if a.nt[t].isalpha()]
    earlier = anaphor(a, Zone(desc=desc), st)
    return (earlier, "cont") if earlier is not None else found


def governed_name(a: Article, m: int, boundary: int) -> bool:
    """Mention m, between the clause boundary and the verb, is no subject: a preposition's object («مشروع قرار للدول
    الأعضاء في مجلس الأمن الدولي يدعو»، «بدول مجلس التعاون»), or named inside a relative clause («الحملة الجوية التي
    يشنها التحالف الدولي …، ولكنه أوضح»). Why: the first person or unit there took the claim from the subject before
    (train-a 3331 → 3332, train-b 3518 → 3519 on gold mentions)."""
    k = a.token_at(a.mentions[m].start)
    if governed_by_preposition(a, m) or after_preposition(a, k):
        return True
    return any(a.nt[p] in RELATIVE_WORDS for p in range(boundary + 1, k))


def clause_boundary(a: Article, cue_i: int, st: Discourse) -> int:
    """The last complementiser, clause opener or claimed token before the cue in its sentence (else the last token of
    a dateline opening it, `dateline_end`, or s0 - 1)."""
    s0 = a.sent_start[cue_i]
    for k in range(cue_i - 1, s0 - 1, -1):
        if a.nt[k] in COMPLEMENTISERS or a.nt[k] in CLAUSE_OPENERS or k <= st.covered:
            return k
    return dateline_end(a, s0, cue_i) - 1


def copula_opened(a: Article, k: int) -> bool:
    """Token k is كان opening its sentence or following a comma (not «وعما إذا كان …»)."""
    return k >= 0 and a.nt[k] in PAST_COPULAS and (k == a.sent_start[k] or a.nt[k - 1] in COMMAS)


def subject_opened(a: Article, k: int) -> bool:
    """Token k is a particle whose subject comes before its verb: لكن، or أن after إلا or غير («إلا أن مسؤولا قال»)."""
    return k >= 0 and (a.nt[k] in SUBJECT_OPENERS or (k > 0 and f"{a.nt[k - 1]} {a.nt[k]}" in SUBJECT_OPENERS))


def relative_antecedent(a: Article, cue_i: int, st: Discourse) -> SpeakerRef | None:
    """The name or source phrase right before a relative pronoun opening the cue's clause (a comma between
    allowed; a past copula and «قد» between the pronoun and the verb too: `relative_before`): «عزالدين الأصبحي، الذي
    أوضح»، «المصادر الأمريكية التي قالت»; None when there is none."""
    spec = a.cue[cue_i]
    r = relative_before(a, cue_i)
    agreeing = RELATIVE_PRONOUNS.get(a.nt[r], ()) if r > 0 else ()
    if spec is None or continuation.cue_ending(a.nt[cue_i], spec.form) not in agreeing:
        return None  # «الدول التي قال إنها»: no agreement, the noun is what the speaker spoke of
    p = r - 1
    if a.nt[p] in COMMAS:
        p -= 1
    if p <= st.covered or p < a.sent_start[cue_i]:
        return None
    m = a.tok_mention[p]
    if (spokesman := behalf_antecedent(a, p, FEMININE in agreeing)) is not None:
        return spokesman  # «المتحدثة باسم صندوق النقد التي أكدت»: she, not the fund
    if m is not None:  # a person before a feminine pronoun is rare: «المبادرة التي أطلقها بوتين التي تدعو»
        kinds = ("unit",) if FEMININE in agreeing else ("person", "unit")
        return a.ref(m) if a.mention_last[m] == p and a.mentions[m].type in kinds else None
    for k in range(p, max(a.sent_start[cue_i], p - LIMITS.guessed_words) - 1, -1):
        if a.tok_mention[k] is None and in_lexicon(a.nt[k], FRONTED_HEADS):
            z = Zone(vague=True)
            if source_phrase(a, z, k, cue_i) == p + 1:
                return described_in_body(a, z)
    return None


def behalf_antecedent(a: Article, p: int, feminine: bool) -> SpeakerRef | None:
    """The title closing with باسم before the body ending at token p («المتحدثة باسم | صندوق النقد التي أكدت»، a bare
    «المتحدث باسم | الوزارة الذي أكد») when its first word agrees with the relative pronoun (`feminine`): the
    spokesman is the antecedent, of that body (a bare noun's: the unit the article names under it); None otherwise.
    Why: the body took the spokeswoman's claim, named where the gold speaker is descriptive (issue 13, DSN1); a bare
    body gave it to the body or to the speaker before (session 26 RVD1)."""
    m = a.tok_mention[p]
    if m is not None and (a.mention_last[m] != p or a.mentions[m].type != "unit"):
        return None
    bare = is_definite(a.nt[p]) and strip_article(a.nt[p]) in BODY_NOUNS
    if m is None and not bare:
        return None
    k = p if m is None else a.token_at(a.mentions[m].start)
    if k < 2 or a.nt[k - 1] != ON_BEHALF:
        return None
    title = k - 2
    held = in_lexicon(a.nt[title], TITLE_WORDS) or shared_title(a.nt[title], ON_BEHALF)  # «المتحدثين باسم»
    if not held or is_feminine(strip_article(a.nt[title])) != feminine:
        return None
    if m is not None:
        return holding_phrase(a, Zone(desc=[title, k - 1]), m)
    return replace(words_ref(a, [title, k - 1, p]), kind="descriptive", affiliation=a.unit_by_head(a.nt[p], p))


def relative_before(a: Article, cue_i: int) -> int:
    """The token a relative pronoun before the cue would stand at: right before it, or before the past copula and
    «قد» framing its verb («عمر عبدالخالق، الذي كان قد أعلن»، «الذي قد أكد»). Why: the copula hid the antecedent,
    and the speaker before (the body that arrested him) took the claim and the one continuing it."""
    r = cue_i - 1
    if r > 0 and a.nt[r] == QAD:
        r -= 1
    if r > 0 and a.nt[r] in PAST_COPULAS and without_wa(a.nt[r]) == a.nt[r]:
        r -= 1
    return r


def adjacent_subject(a: Article, cue_i: int, st: Discourse, spec: CueSpec) -> tuple[SpeakerRef, Mode] | None:
    """«وكان السيستاني دعا العبادي»، «السنيورة يدعو الدول العربية»: the subject written right before an appeal verb
    (but «قد» or a comma) speaks, the name after it is its object; so does a subject after كان or before «قد» a
    few words before any cue («وكان مصدر سوري قد صرح لوسائل إعلام … دي ميستورا»); None otherwise."""
    framed = a.nt[cue_i - 1] == QAD or copula_opened(a, clause_boundary(a, cue_i, st))
    if spec.lemma not in APPEAL_LEMMAS and not framed:
        return None
    ref, mode = fronted_subject(a, cue_i, st)
    if ref is None:
        return None
    if framed and cue_i - a.token_at(ref.end) <= LIMITS.holder_reach:
        return ref, mode  # «وكان مصدر سوري قد صرح لوسائل إعلام … دي ميستورا»: the subject before the verb speaks
    after = a.token_at(ref.end)
    if any(a.nt[k] != QAD and a.nt[k] not in COMMAS for k in range(after, cue_i)):
        return None
    return ref, mode


def copula_phrase(a: Article, lo: int, cue_i: int) -> SpeakerRef | None:
    """The unnamed subject filling the words from token lo to the verb (but «قد») after كان: an indefinite head,
    then no comma, complementiser, relative pronoun, cue or quotation, and no person's name last; None when the
    words are no such phrase."""
    words = [k for k in range(lo, cue_i) if a.nt[k] != QAD]
    if len(words) > 1 and a.nt[words[-1]] in COMMAS and all(a.tok_mention[k] is None for k in words):
        words.pop()  # «وكان محامون وأقارب للصحافيين، قالوا»: a comma before the verb closes the subject
    if not words or len(words) > LIMITS.max_segment:
        return None
    if any(a.nt[k] in BREAKS or a.cue[k] is not None or a.in_quote[k] for k in words):
        return None
    if definite_head(a, words) and not object_noun(a.nt[words[0]], verb_feminine=feminine_cue(a, cue_i)):
        return definite_subject(a, words, cue_i)
    if not unnamed_head(a, words[0], accusative=True):
        return None
    last = a.tok_mention[words[-1]]
    if last is not None and a.mentions[last].type == "person":
        return None  # «وكان وزير الإدارة المحلية عبد الرقيب فتح قد أعلن»: a title closed by its holder's name
    return words_ref(a, words)


def definite_head(a: Article, words: list[int]) -> bool:
    """A few words opening with a definite noun, no name among them (الحكومة، الجماعة الانقلابية)."""
    n = a.nt[words[0]]
    if len(words) > LIMITS.guessed_words or not is_definite(n) or n in FUNCTION_WORDS or n in TIME_WORDS:
        return False
    return all(a.tok_mention[k] is None and a.nt[k].isalpha() for k in words)


def definite_subject(a: Article, words: list[int], cue_i: int) -> SpeakerRef:
    """A definite subject as what it stands for: a title's holder, the body its noun heads, else the words."""
    p = title_holder(a, words, cue_i)
    if p is None:
        p = a.unit_by_head(a.nt[words[0]], cue_i)
    return desc_ref(a, words, p) if p is not None else words_ref(a, words)


def words_ref(a: Article, words: list[int]) -> SpeakerRef:
    """An unnamed speaker spanning these tokens: descriptive when they qualify him (extents.qualifies) or open with a
    role (`role`), else anonymous; its affiliation the first unit named in it («قائد شرطة ولاية يوبي» speaks for that
    police)."""
    start, end = a.toks[words[0]].start, a.toks[words[-1]].end
    named = [m for k in words[1:] if (m := a.tok_mention[k]) is not None]
    kind: SpeakerKind = "descriptive" if qualifies(a, words[0], words[-1] + 1) or role(a, words) else "anonymous"
    unit = next((m for m in named if a.mentions[m].type == "unit"), None)
    return SpeakerRef(a.text[start:end], start, end, None, kind, unit)


def role(a: Article, words: list[int]) -> bool:
    """The tokens open with an indefinite role noun that is not as vague as a source noun («وزير سوري»، «ضابط»; not
    «مسؤول كبير»: `vague_role`): a role says who, descriptive, as `speaker.described` reads it after the verb. Why:
    GUIDELINES 9.5 («a role, a body or a field says who»); written before its verb («وكان وزير سوري أبلغ …») the
    same phrase read anonymous (train-a 478)."""
    nts = [a.nt[k] for k in words]
    return not is_definite(nts[0]) and in_lexicon(nts[0], ROLE_HEADS) and not vague_role(nts)


def subject_after(a: Article, i: int, zone: Zone) -> SpeakerRef | None:
    """«وأكد رجال أعمال أن»، «وقالت امرأة من ولاية الوحدة إن»: an unnamed phrase filling the words between a verb and
    its complement is its subject, whatever its head; None when the words are no such phrase."""
    spec = a.cue[i]
    if (
        spec is None
        or spec.form not in ("past", "present")
        or zone.content_tok is None
        or zone.statement
        or zone.nominal
    ):
        return None
    end = zone.content_tok
    while end - 1 > i and (a.nt[end - 1] in OPENERS or a.nt[end - 1] in COMMAS or a.prep(end - 1, spec)):
        end -= 1  # back over the complement's opener (أن، :، على)
    if i + 1 >= end or not (unnamed_head(a, i + 1) or counted_subject(a, i, end)):
        return None
    z = Zone(vague=True)
    stop = source_phrase(a, z, i + 1, end)
    if stop != end and not clause_after_subject(a, stop, end):
        adverbial = adverbial_tail(a, stop, end)
        # «وقال طلاب | من جامعة دمشق إن»: which students, whether the phrase read stopped at «من» or inside the body
        qualified = not adverbial and any(qualifier_tail(a, k, end) for k in range(i + 2, stop + 1))
        if qualified and end - i - 1 <= LIMITS.postposed_words:
            return words_ref(a, list(range(i + 1, end)))
        if not adverbial:
            return whole_subject(a, i + 1, end)
    return described_in_body(a, z)


def adverbial_tail(a: Article, k: int, end: int) -> bool:
    """Tokens k to the complement at `end` say when or where the subject before them spoke («وأعلنت هيئة الدفاع |
    خلال مؤتمر صحافي أمس أن»، «وأكدت ناخبة في حي | شمال العاصمة:»): they open with an adverbial, a time or a
    direction word (not `qualifier_tail`), and hold no person and no cue. Why: the subject read up to them was
    dropped, and the speaker carried from before, a named one, took the claim (issue 13, DSN1)."""
    n = a.nt[k]
    if not (n in ADVERBIAL or n in TIME_WORDS or n in DIRECTIONS) or qualifier_tail(a, k, end):
        return False
    return no_person_nor_cue(a, k, end)


def qualifier_tail(a: Article, k: int, end: int) -> bool:
    """Tokens k to `end` open with في or من before no time or statement word, and hold no person and no cue: they
    say which people or body the words before them are («طلاب | من جامعة دمشق»، «البنك المركزي | في مصر»), not when
    or how they spoke («في بيان»، «في مؤتمر صحافي»). Why: `adverbial_tail` read the untagged body as an adverbial and
    dropped it (session 26 RVD1)."""
    if a.nt[k] not in (IN, FROM) or k + 1 >= end or a.nt[k + 1] in TIME_WORDS or a.statement(k + 1):
        return False
    return no_person_nor_cue(a, k, end)


def no_person_nor_cue(a: Article, k: int, end: int) -> bool:
    """Tokens k to `end` hold no person's name and no cue: a tail of the subject, not another speaker or clause."""
    return all(a.cue[t] is None and not person_at(a, t) for t in range(k, end))


def person_at(a: Article, t: int) -> bool:
    """Token t lies in a person's mention."""
    m = a.tok_mention[t]
    return m is not None and a.mentions[m].type == "person"


def counted_subject(a: Article, i: int, end: int) -> bool:
    """A count (a function word too: كل، غالبية; `past_count`) right after cue i heads its subject, what it counts after
    it («وتفيد كل التوقعات بأن»), but not after an appeal or a telling verb: «وطالب كل الأطراف بأن»، «وأبلغ كل الحاضرين
    أن» — whom the words are addressed to, its object (its case unwritten), the speaker the one before (session 24
    RVF11's review of SUBJ1)."""
    spec = a.cue[i]
    if spec is None or spec.lemma in APPEAL_LEMMAS or spec.lemma in TOLD_LEMMAS:
        return False
    return past_count(a, i + 1, end) is not None


def postposed_subject(a: Article, i: int) -> SpeakerRef | None:
    """«…، كما قالت مدعية المحكمة الجنائية الدولية، مما …»، «…، على ما أفاد صحافيو وكالة فرانس برس.»، «وبحسب ما
    أفاد به المتحدث الرسمي لأمانة الأحساء خالد المنصور، فإن»: after a postposed link (`link_before`) the words from
    the cue (past «به») to a comma, complementiser, relative pronoun, glued ل or the sentence end are its subject: the
    last person named there (a title before his name), a body named alone, else a descriptive phrase with an
    indefinite head; None for anything else (an object: «كما أكد ضرورة …», an appeal's addressee, a definite noun:
    «كما ذكرت المصادر»). Why: the zone reads no subject without a complement after it, and the discourse's speaker
    took the claim (train-a 3334 → 3340, train-b 3525 → 3526 on gold mentions; 3282 → 3288, 3459 → 3460 tagged)."""
    spec = a.cue[i]
    if spec is None or spec.lemma in APPEAL_LEMMAS or link_before(a, i) is None:
        return None
    lim = a.sent_end[i]
    k = i + 1 + (i + 1 < lim and a.nt[i + 1] in RESUMPTIVE_PREPS)
    words: list[int] = []
    while k < lim and len(words) <= LIMITS.postposed_words and not subject_ends(a, k, first=not words):
        words.append(k)
        k += 1
    while words and not a.nt[words[-1]].isalnum():
        words.pop()  # a closing quotation mark
    if not words or len(words) > LIMITS.postposed_words:
        return None
    persons = [m for k in words if (m := a.tok_mention[k]) is not None and a.mentions[m].type == "person"]
    if persons:  # «كما أكد دعم الرئيس …»، «حسبما أعلن تعيين …»: a person inside the verb's object is none
        return a.ref(persons[-1]) if postposed_head(a, words[0]) else None
    m = a.tok_mention[words[0]]
    if m is not None and a.token_at(a.mentions[m].start) == words[0] and a.mention_last[m] == words[-1]:
        return a.ref(m)  # «كما ذكرت وزارة الداخلية»: a body named alone
    if not unnamed_head(a, words[0]):
        return postposed_body(a, i, words)
    phrase = words_ref(a, words)
    return phrase if phrase.kind == "descriptive" else None


def postposed_body(a: Article, i: int, words: list[int]) -> SpeakerRef | None:
    """«…، كما ذكر البنك المركزي.»: a postposed subject headed by a definite body noun is that body: the one named
    before under that head when the noun stands alone («كما أعلنت الوزارة»), else the words as written; None for any
    other definite noun («كما ذكرت المصادر»: the sources before go on); words saying when or how it spoke
    (`adverbial_tail`: «في بيان»، «أمس») are not the body's. Why: the discourse's speaker, a place named in the clause
    before, took the claim (issue 13, DSN1); the tail read into the phrase (session 26 RVD1)."""
    first = a.nt[words[0]]
    if not is_definite(first) or strip_article(first) not in BODY_NOUNS:
        return None
    tail = next((k for k in words[1:] if adverbial_tail(a, k, words[-1] + 1)), None)
    words = words if tail is None else words[: words.index(tail)]  # «كما ذكر البنك المركزي | في بيان»: how it spoke
    if len(words) == 1:
        u = a.unit_by_head(first, i)
        return a.ref(u) if u is not None else None
    return replace(words_ref(a, words), kind="descriptive")  # a body says who (GUIDELINES §6)


def postposed_head(a: Article, k: int) -> bool:
    """Token k may open a postposed cue's subject that names a person: a mention starts there, or a title word
    (المتحدث، الرئيس) or a speaker noun (مصدر) heads it. Why: an indefinite masdar after the cue («كما أكد دعم الرئيس
    عبدالله الأحمد للخطة»، «كما أعلن تأييده ترشيح …») opens its object, and the person named in it is no speaker."""
    m = a.tok_mention[k]
    if m is not None:
        return a.token_at(a.mentions[m].start) == k
    n = a.nt[k]
    return in_lexicon(n, TITLE_WORDS) or in_lexicon(n, VAGUE_SPEAKERS)


def link_before(a: Article, i: int) -> int | None:
    """Where a postposed link (كما، حسبما، بحسب ما: `Article.postposed_link`) starts before the cue at i (و glued to
    its first word too: «وبحسب ما أفاد»); None for none, or for «كما» opening the sentence or its main clause past an
    opening adverbial («كما أكد ضرورة …»، «وفي سياق متصل، كما أكد ضرورة …»: "also", the speaker before goes on).
    Why: a postposed link ties the cue to the clause before it, whose speaker is then written after the cue
    (`postposed_subject`); «كما» with no clause before it only adds to what the last speaker said."""
    k, s0 = a.postposed_link(i), a.sent_start[i]
    if k is None or (without_wa(a.nt[k]) == AS and k in (s0, clause_start(a, s0, i, short=False))):
        return None
    return k


def subject_ends(a: Article, k: int, *, first: bool) -> bool:
    """Token k ends the subject of a postposed cue: a comma, mark (not a quotation mark), complementiser, relative
    pronoun, cue, or a word opening with ل (لوكالة: who was told), or ب opening it (كما تشيد بهذا: the verb's
    complement); a listed source noun (باحث) is none of these. Why: a postposed subject has no complement after it
    to end it (the zone reads none), so the words that open the next clause or the verb's object end it."""
    n = a.nt[k]
    if n in COMMAS or n in COMPLEMENTISERS or n in RELATIVE_WORDS or a.cue[k] is not None:
        return True
    if not n.isalnum():
        return n not in QUOTE_MARKS
    if a.tok_mention[k] is not None or in_lexicon(n, FRONTED_HEADS):
        return False
    return (opens_with_lam(n) and not lam_noun(n)) or (first and opens_with_bi(n))


def clause_after_subject(a: Article, k: int, end: int) -> bool:
    """Token k opens a clause about the subject before the complement at `end`: an anonymity clause (طالبا عدم ذكر
    اسمه)، a relative (الذي، حيث) or one set off by a comma or dash, with no name or cue in it."""
    n = a.nt[k]
    if not (n in ANONYMITY_OPENERS or n in RELATIVE_WORDS or n in CLAUSE_OPENERS or n in COMMAS or n in DASHES):
        return False
    return all(a.tok_mention[t] is None and (t == k or a.cue[t] is None) for t in range(k, end))


def whole_subject(a: Article, lo: int, end: int) -> SpeakerRef | None:
    """«وتقول مراكز بحوث إن»، «وكشفت وثائق حكومية سورية مسربة أن»: a few plain indefinite words filling the gap to the
    complement are the subject as written, where no source phrase reads them; None for a longer or mixed gap."""
    if end - lo > LIMITS.guessed_words:
        return None
    if any(a.tok_mention[k] is not None or a.cue[k] is not None or not plain_word(a.nt[k]) for k in range(lo, end)):
        return None
    return words_ref(a, list(range(lo, end)))


def plain_word(n: str) -> bool:
    """An indefinite content word: no punctuation, article (الإجراءات، للحكومة), glued ل (لاستمرار), date or
    function word."""
    return n.isalpha() and not (is_definite(n) or opens_with_lam(n) or n in TIME_WORDS or n in FUNCTION_WORDS)


def unnamed_head(a: Article, k: int, *, accusative: bool = False) -> bool:
    """An indefinite noun that may head an unnamed subject: no name, function word, date, adverb (مجددا، أيضا), cue,
    word with a pronoun (سموه، اسمه، فيه) or a glued preposition (بالقول)."""
    n = a.nt[k]
    return (
        n.isalpha()
        and len(n) > 2
        and not is_definite(n)
        and not a.toks[k].text.endswith(PRONOUN_SUFFIXES)  # as written: ة (امرأة) is no pronoun ه (سموه)
        and n not in CUE_OBJECTS
        and n not in DEMONSTRATIVES
        and a.tok_mention[k] is None
        and a.cue[k] is None
        and n not in FUNCTION_WORDS
        and n not in TIME_WORDS
        and n not in ADVERBIAL
        and (
            not n.endswith(ALIF)
            or n.endswith(OUR)
            or person_dual(n, a.word_after(k))
            or (accusative and n[:-1] not in ADVERBIAL)
        )
    )


def fronted_phrase(a: Article, lo: int, cue_i: int) -> SpeakerRef | None:
    """A source phrase that fills the words before the verb (but «قد»), read as after it: «مصدر في وزارة الداخلية
    اليمنية قد أكد»، «إلا أن جماعات حقوقية أوضحت»; None when it does not reach the verb."""
    if lo >= cue_i or a.nt[lo] in FUNCTION_WORDS or a.tok_mention[lo] is not None:
        return None  # «هذه المعلومات أكد صحتها مصدر»: a demonstrative opens the verb's object
    if not in_lexicon(a.nt[lo], FRONTED_HEADS):
        return None
    z = Zone(vague=True)
    end = source_phrase(a, z, lo, cue_i)
    if any(a.nt[k] != QAD for k in range(end, cue_i)):
        words = subject_words(a, lo, cue_i)  # «مصادر أردنية مقربة من دوائر صنع القرار قالت»: read to the verb
        if not words:  # «للمصادر المقربة من …»: a glued preposition opens no subject
            return None
        return words_ref(a, words) if all(a.nt[k] == QAD for k in range(words[-1] + 1, cue_i)) else None
    return described_in_body(a, z)


def fronted_source(a: Article, lo: int, cue_i: int) -> tuple[SpeakerRef | None, Mode]:
    """An unnamed source written before the verb («وكان مسؤولون أميركيون أكدوا»، «مصدر أمني متابع قال»)."""
    words = [k for k in range(lo, cue_i) if a.nt[k] != QAD]
    if not words or len(words) > LIMITS.guessed_words or not in_lexicon(a.nt[words[0]], SOURCE_NOUNS):
        return None, "none"
    if any(a.tok_mention[k] is not None or not a.nt[k].isalpha() for k in words):
        return None, "none"
    return words_ref(a, words), "vague"


def sentence_subject(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«استنكرت مملكة البحرين تصريحات المالكي، معتبرة»، «رفضت مصر التدخل …، وشددت»: the name (a country too)
    right after the verb opening the cue's sentence is its subject, not a person named later, when no claim was
    read in that sentence yet."""
    return (
        opening_name(a, i, st)
        or opening_name(a, i, st, adverbial=False)
        or opening_title(a, i, st)
        or opening_body(a, i, st)
        or nominal_title(a, i, st)
    )


def nominal_title(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«الرئيس الإيراني في تصريحه التلفزيوني أثار سخرية واسعة …، حيث اعتبر»: a sentence opening (past an opening
    adverbial) with a definite title, its subject written before its verb, gives a cue deep in it, no claim read there
    yet, to the person holding that title. Why: `opening_verb` takes no definite word, so the previous speaker took the
    claim (train-b 3526 → 3528 on gold mentions and tagged; train-a 3340 → 3339: «الرئيس الإيراني» matched to the
    chairman of the Iranian parliament's committee named before, not the president named after)."""
    s0 = a.sent_start[i]
    if i - s0 < SUBJECT_GAP or st.covered >= s0 or in_speech(a, s0):
        return None
    s0 = clause_start(a, s0, i)
    n = a.nt[s0]
    if a.tok_mention[s0] is not None or not is_definite(n) or not in_lexicon(n, TITLE_WORDS):
        return None
    if any(a.nt[k] in RELATIVE_WORDS for k in range(s0 + 1, i)):
        return None  # «الرئيس اليمني استقبل السفير … الذي أكد أن»: the relative's antecedent speaks
    if cue_gender(a.nt[i], a.cue[i]) == "f" and titled_gender((a.toks[s0].text,)) == {"m"}:
        return None  # «الرئيس اليمني في زيارة …، حيث أكدت»: a feminine cue is not the masculine title's
    words = subject_words(a, s0, i)
    p = title_holder(a, words, i) if words else None
    return desc_ref(a, words, p) if p is not None else None


def opening_body(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«ورفضت الحكومة التدخل …، مؤكدة»: a definite noun right after the verb opening the cue's sentence, heading a
    body the article named before, is that body, the verb's subject."""
    s0 = opening_verb(a, i, st)
    if s0 is None or s0 + 1 >= i:
        return None
    k = s0 + 1
    if not definite_head(a, [k]):
        return None
    n = a.nt[k]
    if object_noun(n, verb_feminine=feminine_verb(a.nt[s0])):  # «وانتقد الحكومة أمس …، مؤكدا»: the object
        return None
    u = a.unit_by_head(n, i)
    return desc_ref(a, [k], u) if u is not None else None


def object_noun(n: str, *, verb_feminine: bool) -> bool:
    """A feminine singular noun (الحكومة) with a masculine verb is not its subject: «وانتقد الحكومة …»، «… الحكومة
    قال». Only this way round: a feminine verb also takes a plural (أكدت القوات، قالت الأمم المتحدة)."""
    return is_feminine(n) and not verb_feminine


def feminine_verb(n: str) -> bool:
    """A verb that may be feminine: a feminine past (انتقدت) or a present with ت (تؤكد; تحدث, a masculine past read so
    too, only keeps a subject)."""
    return feminine_past(n) or (without_conjunction(n) or n).startswith(PRESENT_FEMININE)


def feminine_cue(a: Article, i: int) -> bool:
    """The cue at i may be feminine (قالت، مشيرة، تقول; no speech verb tells nothing)."""
    spec = a.cue[i]
    return spec is None or cue_gender(a.nt[i], spec) in FEMININE_GENDERS


def opening_title(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«تطرق الرئيس الأميركي إلى …، مشيرا»: a title right after the opening verb, for the person holding it."""
    s0 = opening_verb(a, i, st)
    if s0 is None:
        return None
    k = pointed_subject(a, s0 + 1, i) or s0 + 1
    if k >= i or a.tok_mention[k] is not None or not in_lexicon(a.nt[k], TITLE_WORDS):
        return None
    words = subject_words(a, k, i)
    p = title_holder(a, words, i)
    return desc_ref(a, words, p) if p is not None else None


def previous_subject(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«لكن مكونيل رفض ما ذهب إليه اوباما. وقال»: a cue opening its sentence, no claim in the one before, goes to
    the person named (or titled: «استنكر المدير العام … الشيخ الفوزان …. وأكد») after the verb opening that
    sentence; a body or place there (as often what it did) only when the verb and the cue are both feminine
    («وتبنت الجبهة الهجوم …. وقالت»: `feminine_pair`)."""
    s1 = a.sent_start[i]
    if s1 == 0 or i - s1 >= SUBJECT_GAP or a.nt[a.sent_start[s1 - 1]] in PAST_COPULAS:
        return None  # «وكان سامي العلي زار الوزارة. وأضاف»: a past aside, the discourse goes on
    ref = (
        opening_name(a, s1 - 1, st, quoted=True)
        or opening_name(a, s1 - 1, st, adverbial=False, quoted=True)
        or titled_holder(a, s1 - 1, st)
    )
    if ref is None or ref.mention is None:
        return None
    if a.mentions[ref.mention].type == "person":
        return ref
    v = a.token_at(ref.start) - 1
    while v > 0 and a.nt[v] in QUOTE_MARKS:
        v -= 1
    if v < a.token_at(ref.start) - 1 and feminine_body(a, st.speaker):
        return None  # «وقالت جبهة … . وهاجمت «الاتحاد العربي» …. وأشارت»: the body before may be the verb's subject
    return ref if feminine_pair(a, v, i) else None


def feminine_body(a: Article, ref: SpeakerRef | None) -> bool:
    """ref names a body or place whose first word is feminine (جبهة، الحكومة): a feminine verb after it may have it as
    hidden subject, so a quoted name after that verb may be its object («وقالت جبهة التحرير …. واتهمت «المرصد
    الوطني» بالكذب»). Why: `opening_name(quoted=True)` made the quoted object the next cue's speaker (RVF15)."""
    if ref is None or ref.mention is None or a.mentions[ref.mention].type == "person":
        return False
    return is_feminine(a.nt[a.token_at(a.mentions[ref.mention].start)])


def titled_holder(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """The person a title after the verb opening the sentence of token i names, as that person's mention (the name
    speaks on, not the title words: «استنكر المدير العام … الشيخ الفوزان …. وأكد»)."""
    titled = opening_title(a, i, st)
    return a.ref(titled.mention) if titled is not None and titled.mention is not None else None


def feminine_pair(a: Article, v: int, i: int) -> bool:
    """Token v is a feminine past verb (تبنت، اعترفت) and the cue at i feminine too (وقالت، مشيرة): one subject."""
    spec = a.cue[i]
    if v < 0 or spec is None or a.cue[v] is not None:
        return False
    return feminine_past(a.nt[v]) and cue_gender(a.nt[i], spec) in FEMININE_GENDERS


def feminine_past(n: str) -> bool:
    """A feminine past verb (تبنت، اعترفت، صوتت), not a masculine one whose root ends in ت (صوت، أثبت، سكت)."""
    bare = without_wa(n)  # وبت: also a short verb, which without_conjunction keeps whole
    return n.endswith(FEMININE_PAST) and not {n, bare} & T_FINAL_VERBS


def opening_name(
    a: Article, i: int, st: Discourse, *, adverbial: bool = True, quoted: bool = False
) -> SpeakerRef | None:
    """The name right after the verb opening the cue's sentence (see `opening_verb`), else None; with `quoted`, a name
    in quotation marks too: for a cue opening the sentence after («وتبنت «جبهة النصرة» الهجوم …. وأشارت»), not for one
    deep in the same sentence, where a quoted name is most often an outlet whose report a later clause's speaker
    fills («ورصدت "الاقتصادية" …، حيث غرد الشيخ … قائلا»: train-a lost that speaker)."""
    s0 = opening_verb(a, i, st, adverbial=adverbial)
    if s0 is None:
        return None
    k = pointed_subject(a, s0 + 1, i) or s0 + 1
    while quoted and k < i and a.nt[k] in QUOTE_MARKS and a.tok_mention[k] is None:
        k += 1  # a name in quotation marks is the verb's subject no less
    headed = k < i and a.tok_mention[k] is None and strip_article(a.nt[k]) in UNIT_HEADS
    if headed:  # «وأدانت منظمة «هيومن رايتس ووتش» …، قائلة»: the body named after its head noun
        k += 1
        while k < i and a.tok_mention[k] is None and not a.nt[k].isalnum():
            k += 1
    m = a.tok_mention[k] if k < i else None
    if m is None or a.mentions[m].type not in SPEAKER_TYPES or a.token_at(a.mentions[m].start) != k:
        return None
    if headed and a.mentions[m].type != "unit":
        return None
    return a.ref(m)


def opening_verb(a: Article, i: int, st: Discourse, *, adverbial: bool = True, particle: bool = False) -> int | None:
    """The word opening the cue's sentence (with `adverbial`, past an opening adverbial: «من جهتها، رفضت»; with
    `particle`, past a particle before the verb: «كما أدانت»، `verb_particle`) when it may be a verb whose subject
    follows, the cue deep in that sentence and no claim read there yet; else None. A speech verb that made no claim is
    such a verb too («أعرب الرئيس الجزائري في رسالته عن الارتياح …، مؤكدا»)."""
    s0 = a.sent_start[i]
    if i - s0 < SUBJECT_GAP or st.covered >= s0 or in_speech(a, s0):
        return None
    s0 = clause_start(a, s0, i) if adverbial else s0
    if particle and s0 + 1 < i and verb_particle(a.nt[s0]):
        s0 += 1
    v = a.nt[s0]
    if a.tok_mention[s0] is not None or not v.isalpha():
        return None
    if v in FUNCTION_WORDS or v in TIME_WORDS or is_definite(v):
        return None
    return s0


def pointed_subject(a: Article, k: int, lim: int) -> int | None:
    """Token k is a speech verb's object pointing at the sentences before (ذلك، بذلك: data/pointing_objects): the
    token after it and any time words when it opens the verb's subject, a name or a title word («أوضح ذلك أمس وكيل
    الوزارة X، مشيرا»); else None. Why: the name after the verb read as its object's complement, the participle after
    it went to the speaker before (train-a 300, 373, 468, 535)."""
    if k >= lim or a.nt[k] not in POINTING_OBJECTS:
        return None
    t = k + 1
    while t < lim and (a.nt[t] in TIME_WORDS or named_addressee(a, t)):
        m = a.tok_mention[t]  # «ذلك لسامي العلي مسؤول»: the whole name, not its first word
        t = a.token_of(a.mentions[m].end - 1) + 1 if m is not None and a.nt[t] not in TIME_WORDS else t + 1
    if t >= lim or demonstrated_subject(a, t):
        return None
    m = a.tok_mention[t]
    if m is not None:
        return t if a.mentions[m].type in SPEAKER_TYPES and a.token_at(a.mentions[m].start) == t else None
    return t if in_lexicon(a.nt[t], TITLE_WORDS) else None


def named_addressee(a: Article, t: int) -> bool:
    """Token t is a name with ل glued to it («لرويترز»، «للصحفيين» not): whom the verb was said to, between the
    verb's object ذلك and its subject («وأكد ذلك لرويترز مسؤول في الوزارة»). Why: the addressee hid the subject, and
    «ذلك لرويترز مسؤول …» was read as a claim (review LEF1)."""
    return a.tok_mention[t] is not None and lam_glued(a.nt[t])


def demonstrated_subject(a: Article, t: int) -> bool:
    """The subject from token t runs, before any comma or cue, into أن/إن or a colon: ذلك before it is the subject's
    demonstrative («وأكد ذلك المسؤول أن …»: that official said it), not a pointing object. Why: the verb lost its
    claim (review RVN1)."""
    stops = (k for k in range(t, a.sent_end[t]) if a.nt[k] in OPENERS or a.nt[k] in COMMAS or a.cue[k] is not None)
    end = next(stops, None)
    return end is not None and a.nt[end] in OPENERS


def verb_particle(n: str) -> bool:
    """A particle that stands before a verb (كما، قد، لم، لن: data/verb_particles; و or ف glued): «كما أدانت دول
    عربية …»، «ولم يبد سائح …»: the verb, and its subject, come after it. Only `sentence_source` steps over it: its
    unnamed source must agree with the cue, while a definite noun after «كما أدان» is as often the object of a verb
    whose subject is the speaker before («كما أدان النظام القضائي …، مشيرا»: train-a 1 broken when opening_name stepped
    over it too)."""
    return without_wa(n) in VERB_PARTICLES


def sentence_source(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«استنكر علماء ووجهاء محافظة القطيف الجريمة …، مؤكدين»: the unnamed source right after the verb opening the
    cue's sentence is its subject, when the cue may go back to it (`takes_source`); for a plural cue opening its
    sentence, the one after the verb opening the sentence before («اتفق سياسيون أردنيون على …. واعتبروا»). A particle
    may stand before the verb («كما أدانت دول عربية وغربية الحادثة، …، مؤكدة»: `verb_particle`). Why: the source there
    was never read, and the last speaker took the claim (train-a 3345 → 3346 on gold mentions, with `subject_words`
    stopping before the object; session 24 CNT2)."""
    for adverbial in (True, False):  # «وتخوف بعض الخبراء الاقتصاديين، من …»: no adverbial before the comma
        s0 = opening_verb(a, i, st, adverbial=adverbial, particle=True)
        found = source_after(a, s0 + 1, i, i) if s0 is not None and s0 + 1 < i else None
        if found is None and s0 is not None:
            found = pointed_source(a, s0 + 1, i)
        if found is not None:
            return introduced_source(a, found, st)
    s1 = a.sent_start[i]
    if s1 == 0 or i - s1 >= SUBJECT_GAP or not plural_cue(a, i):
        return None
    s0 = opening_verb(a, s1 - 1, st)
    found = source_after(a, s0 + 1, s1, i) if s0 is not None and s0 + 1 < s1 else None
    return None if found is None else introduced_source(a, found, st)


def introduced_group(a: Article, ref: SpeakerRef) -> SpeakerRef:
    """A lone definite noun read anonymous («وقال الطلاب») that the article introduced before, indefinite and
    described («طلاب في جامعة المدينة»), is that group: descriptive, written as it stands. Why: GUIDELINES 9.32.31 (a
    bare definite plural tied to what the article described) and 9.36.2 (a shortened back-reference takes its
    introducing phrase's kind); `anaphor` pins only an introducer that spoke or a source noun."""
    if ref.mention is not None or ref.kind != "anonymous":
        return ref
    noun = a.lone_noun([t for t in range(a.token_of(ref.start), a.token_at(ref.end)) if a.nt[t].isalpha()])
    k = None if noun is None else indefinite_antecedent(a, noun)
    if k is None:
        return ref
    words = subject_words(a, k, a.sent_end[k])  # the introducing phrase, read as a subject («طلاب في جامعة المدينة»)
    return replace(ref, kind="descriptive") if words and qualifies(a, k, words[-1] + 1) else ref


def indefinite_antecedent(a: Article, noun: int) -> int | None:
    """The last indefinite noun of the definite noun's stem before it, outside quotations and names («طلاب» for
    «الطلاب»), or None: any noun's, where `Article.written_source` indexes source nouns only (and
    `Article.introducing_noun` is the body noun before a mention)."""
    stem = source_stem(a.nt[noun])
    for k in range(noun - 1, -1, -1):
        n = a.nt[k]
        if a.tok_mention[k] is not None or a.in_quote[k] or not n.isalpha() or is_definite(n) or n in FUNCTION_WORDS:
            continue
        if source_stem(n) == stem:
            return k
    return None


def introduced_source(a: Article, found: SpeakerRef, st: Discourse) -> SpeakerRef:
    """A lone definite people-word read as the sentence's source («وأكد المحققون …، مشيرين») is the unnamed speaker
    introduced before under its head («محققون فرنسيون في الملف …»: `referred_back`), with his kind; else as read. Why:
    GUIDELINES 9.36.2 and 9.13 — a shortened back-reference is its introducing phrase; read here it stayed a bare,
    anonymous word where after the verb it is pinned."""
    return referred_back(a, (found, "vague"), st)[0] or found


def pointed_source(a: Article, k: int, i: int) -> SpeakerRef | None:
    """«وأكد ذلك لرويترز مسؤول في الوزارة، مشيرا»: the unnamed subject after a pointing object (`pointed_subject`)
    is whom the cue goes back to, read up to the cue. Why: the object's addressee or the body before took it (review
    LEF1)."""
    t = pointed_subject(a, k, i)
    if t is None or a.tok_mention[t] is not None or not unnamed_head(a, t):
        return None
    words = subject_words(a, t, i)
    return words_ref(a, words) if words else None


def source_after(a: Article, k: int, lim: int, i: int) -> SpeakerRef | None:
    """The unnamed source at token k, read up to `lim`, that the cue at token i may go back to; else None."""
    if plural_subject(a, k, i):  # «واتهم المتمردون الحكومة …، معتبرين»
        plural = subject_words(a, k, lim)  # empty after a glued preposition («للمحتفلين»): no subject
        return words_ref(a, plural) if plural else None
    if not (unnamed_head(a, k) and in_lexicon(a.nt[k], FRONTED_HEADS)):
        return None
    # «أدانت دول عربية …، مؤكدة»: a feminine verb and cue agree with a broken plural, whatever its ending (train-b
    # 3531 → 3532 on gold mentions, SPK13)
    if not (takes_source(a, i, a.nt[k]) or feminine_pair(a, k - 1, i)):
        return None
    words = subject_words(a, k, lim)
    if not words:  # «وللخبراء»، «كالخبراء»: a glued preposition is_definite does not see opens no subject
        return None
    m = a.tok_mention[words[-1]]
    if m is not None and a.mentions[m].type == "person":
        return None  # «مدير شرطة الباحة مسفر الخثعمي»: a title before its holder
    if m is not None and a.mentions[m].type == "unit" and a.token_at(a.mentions[m].start) == k + 1:
        return a.ref(m)  # «أعلنت مجموعة بريتش بتروليوم …، مشيرة»: the body named after its head noun
    return words_ref(a, words)


def plural_cue(a: Article, i: int) -> bool:
    """The cue at token i is plural (قالوا، مؤكدين، يقولون)."""
    spec = a.cue[i]
    return spec is not None and continuation.cue_ending(a.nt[i], spec.form) == "pl"


def subject_words(a: Article, k: int, lim: int) -> list[int]:
    """An unnamed subject from token k to where the verb's object begins: indefinite nouns and what they govern (a
    definite genitive, a name, من/في and their noun), nouns joined by و and nisba adjectives; a definite noun or an
    indefinite one after a phrase closed by definiteness is the object («قدّر عدد من الخبراء النفطيين حجم …»), and so is
    a definite noun after the phrase's adjective («أدانت دول عربية وغربية الحادثة»)."""
    words: list[int] = []
    closed = False  # the last noun was definite or a name: only adjectives, و or a preposition go on
    named = False  # the last word ends a name: no adjective goes on («منطقة نجران العملية»)
    described = False  # the last word is a nisba adjective (عربية، وغربية): a definite noun after it is the object
    t = k
    while t < lim:
        n, m = a.nt[t], a.tok_mention[t]
        if m is not None and closed:
            break  # «وناشد مواطنون من الحديدة الحكومة اليمنية»: a name after a closed phrase is the object
        if m is not None:
            words += range(t, a.mention_last[m] + 1)
            t, closed, named = a.mention_last[m] + 1, True, True
            continue
        joined = without_conjunction(n, "و")
        if not n.isalpha() or a.cue[t] is not None or n in TIME_WORDS or glued_preposition(n):
            break
        owned = a.toks[t].text.endswith(PRONOUN_SUFFIXES)  # «نوابه»: a noun with a pronoun is definite
        count = counted(a, words, t)
        if words and owned and not n.startswith(FROM) and not count:
            break  # «ثلاثين عالما أميركيا بينهم باحثون»: a word pointing back opens a clause («منهم» is partitive)
        if n == FROM and closed:
            break  # «وقلل البعض من النتائج»: من after a definite head is the verb's complement
        if words and not closed and joined is None and nominative_plural(a.nt[words[-1]]) and definite_object(n):
            break  # «واتهم ناشطون الحكومة بالتقصير»: a sound plural in ون governs no genitive (ناشطو الحكومة would)
        if described and definite_object(n):
            break  # «أدانت دول عربية وغربية الحادثة»: a definite noun after the phrase's adjective is the object
        # a bare ي may end a construct plural («ممثلي الأحزاب»، «وأهالي المنطقة»): only يه/يون/يين tell an adjective
        described = (
            bool(words) and not n.endswith(NISBA_ENDING) and nisba_adjective(joined if joined is not None else n)
        )
        if n in SUBJECT_PREPS:
            closed = False
        elif nisba_adjective(n) and words and not named and is_definite(n) == closed:
            pass  # «الخبراء النفطيين»، «مواطنون أردنيون»
        elif joined is not None and joined.isalpha() and joined not in FUNCTION_WORDS:
            closed = is_definite(joined)  # «مشايخ وأهالي»، «الأطباء والممرضين»
        elif closed or n in FUNCTION_WORDS:
            break
        else:
            closed = is_definite(n)
        closed = closed or (count and owned)  # «بعض نوابه قرارات الحكومة»: what follows the counted noun is the object
        named = False
        words.append(t)
        t += 1
    while len(words) > 1 and a.nt[words[-1]] in SUBJECT_PREPS:
        words.pop()
    return words


def subject_before_object(a: Article, i: int, spk: SpeakerRef, st: Discourse) -> SpeakerRef:
    """An unnamed phrase read after the cue at token i cut where `subject_words` sees the verb's object begin
    (`accusative_start`): «واتهم المحققون | الشركة بالإهمال»، «وأكد عدد من ممثلي النقابات المهنية | القرار»; a bare
    word so cut is the phrase that introduced it (`introduced_source`). Why: the zone's source phrase read the object
    as a genitive or an adjective, and the speaker ran on into it (OBJ1)."""
    first, end = a.token_of(spk.start), a.token_at(spk.end)
    if spk.mention is not None or first <= i or not clause_closed(a, end):
        return spk  # «وقال مسؤول بقطاع السجون التابع لوزارة الداخلية إن»: the phrase runs to the complement, no object
    words = subject_words(a, first, end)
    t = words[-1] + 1 if words else end
    if t >= end or not accusative_start(a, t, end):
        return spk
    return introduced_source(a, words_ref(a, words), st)


def definite_object(n: str) -> bool:
    """A definite noun that is no nisba adjective (الحكومة، القرار): after a closed subject, the verb's object."""
    return is_definite(n) and not definite_nisba(n)


def clause_closed(a: Article, t: int) -> bool:
    """The verb's clause ends at token t (a comma, the sentence's end) or a ب-complement opens there («بأنها»): what
    the verb governs ran before it, its object too («واتهم ناشطون حقوقيون الحكومة بأنها …»). Why: before أن or who
    was told, a definite word after the subject is its adjective («مصادر داخل النادي الأحمر لصحيفة …»)."""
    if t >= a.sent_end[t - 1] or a.nt[t] in COMMAS:
        return True
    return a.nt[t] in OPENERS and opens_with_bi(a.nt[t])


def accusative_start(a: Article, t: int, end: int) -> bool:
    """Token t is the verb's object, the phrase's last word before `end` but for its ب complement («الشركة | بالإهمال»):
    a definite noun, no name, relative or time word. Why: a name after a noun is its genitive or apposition («أهالي
    محافظة …»، «داخل العاصمة صنعاء») and a definite word followed by more words is the phrase's adjective («الهجمات
    الإرهابية الأخيرة في البحرين»: train-a lost 11 speakers with either read as an object)."""
    n = a.nt[t]
    if a.tok_mention[t] is not None or n in FUNCTION_WORDS or n in RELATIVE_WORDS or n in TIME_WORDS:
        return False
    rest = range(t + 1, end)
    return starts_with_article(n) and definite_object(n) and all(glued_preposition(a.nt[k]) for k in rest)


def counted(a: Article, words: list[int], t: int) -> bool:
    """The subject read so far is a lone count (بعض، عدد، العديد; its vague adjectives: `past_count`) and token t the
    noun after it, what it counts, a pronoun on it too («وقد عكف بعض أصدقائه على …»). Why: the pronoun ended the phrase
    at «بعض», and the continuations after it had that word for their speaker (train-a 3346 → 3348 on gold mentions;
    session 24 CNT2)."""
    return bool(words) and past_count(a, words[0], t) == t


def glued_preposition(n: str) -> bool:
    """A word opening with a glued preposition and the article (بالتفجير، للحكومة): the verb's complement."""
    return n.startswith(GLUED_PREPOSITIONS)


def plural_subject(a: Article, k: int, i: int) -> bool:
    """A definite sound plural (المتمردون), no name, before a plural cue: the verb's subject, not its object."""
    spec = a.cue[i]
    n = a.nt[k]
    if spec is None or a.tok_mention[k] is not None or not is_definite(n) or n in FUNCTION_WORDS:
        return False
    plural = strip_article(n).endswith(SOUND_PLURAL_ENDINGS) or in_lexicon(n, FRONTED_HEADS)
    return plural and plural_cue(a, i)


def takes_source(a: Article, i: int, head: str) -> bool:
    """The cue may go back to a source phrase: a plural verb (أكدوا), a saying noun (بالقول), or a participle agreeing
    with the phrase's head (a feminine one, مؤكدة، with a head in ة or ات); a singular verb has a subject of its own."""
    spec = a.cue[i]
    said = continuation.cue_ending(a.nt[i], spec.form) if spec is not None else ""
    if said == "pl" or a.nt[i] in SAYING_NOUNS:
        return True
    if spec is None or spec.form != "participle":
        return False
    return head.endswith(FEMININE_HEADS) == (said == "h")


def clause_start(a: Article, s0: int, i: int, *, short: bool = True) -> int:
    """Past a dateline's colon opening the sentence (`dateline_end`), the first token after an opening subordinate
    clause closed by a comma (في الوقت الذي …،), else after a listed adverbial (من جانبه قال، إلى ذلك أيد), else (with
    `short`) after a short one closed by a comma (من جهتها، وفي سياق متصل،), else s0 (past any dateline); a listed one
    is read before a comma, so a comma after the subject («بدوره أيد البرلمان، قرار …») is no adverbial's.
    `short=False` for «كما»: a short main clause before a comma («وفتحت المصارف أبوابها، كما قال X») is no opener
    there, or its claim is lost (FR, session 20)."""
    s0 = dateline_end(a, s0, i)
    clause = adverbial_clause_end(a, s0, i)
    if clause is not None:
        return clause
    listed = listed_opener_end(a, s0, i, OPENING_ADVERBIALS)
    if listed is not None:
        return listed + 1 if a.nt[listed] in COMMAS and listed + 1 < i else listed
    for k in range(s0 + 1, min(s0 + OPENING_WORDS + 1, i) if short else s0 + 1):
        if a.nt[k] in COMMAS:
            return k + 1 if k + 1 < i else s0
    return s0


def dateline_end(a: Article, s0: int, i: int) -> int:
    """The token after a dateline's colon opening the sentence («كتب فلان الفلاني – الرياض: طالب …»): a colon within
    the first few words, no cue, quotation or comma before it; else after a dateline closed by dashes alone
    (`dash_dateline_end`); else s0. Why: the byline's name stood where the verb opening the sentence was looked for,
    so its subject went unread and the byline's writer took the claim. A clock time's colon («الرياض 12:30:») is
    stepped over, its three tokens counting as one word: taken for the dateline's, it left the byline's writer the
    claim again (RVF15)."""
    dashed = dash_dateline_end(a, s0, i)
    if dashed is not None:
        return dashed
    end = min(s0 + DATELINE_WORDS + 1, i - 1)
    for k in range(s0 + 1, i - 1):
        if k >= end:
            return s0
        n = a.nt[k]
        if n == ":" and clock_colon(a, k):
            end = min(end + 2, i - 1)
            continue
        if n == ":":
            return k + 1
        if a.cue[k] is not None or n in COMMAS or k in a.quotes or a.in_quote[k]:
            return s0
    return s0


def dash_dateline_end(a: Article, s0: int, i: int) -> int | None:
    """The token after a dateline closed by a dash opening the sentence before token i: a place named first, a dash
    after it, and perhaps an agency or a writer (a quoted paper too) closed by a second dash or a colon («الرياض -
    أعلنت …»، «بغداد – واع – قال …»، «أبوجا - رويترز: …»); None when the sentence opens otherwise. Why: the city
    or the agency before the dash was read as the verb's fronted subject or the nearest name and took the claim; a
    dateline only says where the story was filed and who carried it (GUIDELINES «Bylines and datelines»; RVF15's open
    note). An aside opened after the dash («إيران - التي تملك … - أكدت»، «- وهي …»: `ASIDE_OPENERS`) is about the
    place, the verb's subject: no dateline."""
    m = a.tok_mention[s0]
    if m is None or a.mentions[m].type != "place" or a.token_at(a.mentions[m].start) != s0:
        return None
    k = a.mention_last[m] + 1
    if k >= i or a.nt[k] not in DASHES or (k + 1 < i and a.nt[k + 1] in ASIDE_OPENERS):
        return None
    closers = (t for t in range(k + 1, min(k + 1 + DATELINE_WORDS, i)) if a.nt[t] in DASHES or dateline_colon(a, t))
    second = next(closers, None)
    if second is not None and not any(
        a.cue[t] is not None or a.nt[t] in COMMAS or (t in a.quotes and a.speech_quote(a.quotes[t]))
        for t in range(k + 1, second)
    ):
        k = second
    return k + 1


def dateline_colon(a: Article, k: int) -> bool:
    """Token k is a colon closing a dash dateline's agency or writer («أبوجا - رويترز: …»، «- «الشرق الأوسط»: …»), no
    clock time's. Why: the agency before it was read as the verb's fronted subject and took the claim."""
    return a.nt[k] == ":" and not clock_colon(a, k)


def clock_colon(a: Article, k: int) -> bool:
    """The colon at token k stands between the hours and minutes of a clock time (12:30)."""
    return 0 < k < len(a.nt) - 1 and a.nt[k - 1].isdigit() and a.nt[k + 1].isdigit()


def adverbial_clause_end(a: Article, s0: int, i: int) -> int | None:
    """The token after the first comma closing a subordinate clause that opens the sentence at s0 («في الوقت الذي
    وافقت فيه لجنة الطاقة …، قدّر عدد من الخبراء»), if one does and the main clause starts before token i."""
    if listed_opener_end(a, s0, i, CLAUSE_ADVERBIALS) is None:
        return None
    k = next((k for k in range(s0 + 1, i) if a.nt[k] in COMMAS), None)
    return k + 1 if k is not None and k + 1 < i else None


def listed_opener_end(a: Article, s0: int, i: int, phrases: frozenset[str]) -> int | None:
    """The token after the longest of `phrases` (a listed adverbial: من جانبه، إلى ذلك; a subordinate clause's opening:
    في الوقت الذي) opening the clause at s0 and ending before token i, a و/ف glued to its first word dropped
    (ومن جانبه، وفي الوقت الذي; فيما read as itself too); else None."""
    firsts = {a.nt[s0], without_wa(a.nt[s0])}
    for n in range(min(phrase_words(phrases), i - s0 - 1), 0, -1):
        if any(" ".join([w, *a.nt[s0 + 1 : s0 + n]]) in phrases for w in firsts):
            return s0 + n
    return None


@cache
def phrase_words(phrases: frozenset[str]) -> int:
    """The most words a phrase of a listed set has. Why: a listed opener is matched by its words, read from the
    sentence start up to that many tokens, whatever the list holds."""
    return max((len(p.split()) for p in phrases), default=0)


def named_after(a: Article, i: int) -> SpeakerRef | None:
    """«وأعلن تنظيم «داعش» المتطرف مسؤوليته»، «وأكدت الأميرة مضاوي …، أهمية»: a person or body named right
    after a past or present verb but an appeal (past quote marks and a title or head word or two) is its subject,
    where the zone read it as the complement; a place only after a head word («نفت دولة جنوب السودان»)."""
    spec = a.cue[i]
    if spec is None or spec.form not in ("past", "present") or spec.lemma in APPEAL_LEMMAS:
        return None  # «ودعا «حماس» إلى»: the name after an appeal verb is whom it calls on
    k, heads = i + 1, 0
    while k < len(a.toks) and a.tok_mention[k] is None:
        if a.nt[k] in QUOTE_MARKS:
            k += 1
        elif heads < HEAD_WORDS and subject_head(a.nt[k]):
            k, heads = k + 1, heads + 1
        else:
            return None
    if k >= len(a.toks) or a.para[k] != a.para[i]:
        return None
    m = a.tok_mention[k]
    if m is None or a.token_at(a.mentions[m].start) != k or in_speech(a, k):
        return None  # «وأضاف «جماعة الحوثي تشحذ …»»: a quotation opening with a name
    kinds = ("person", "unit", "place") if heads else ("person", "unit")
    return a.ref(m) if a.mentions[m].type in kinds else None


def statement_issuer(a: Article, i: int) -> SpeakerRef | None:
    """«وجاء في بيان لوزارة الخارجية الباكستانية أن»، «قال تقرير حديث صادر عن مؤسسة «ماكنزي غلوبل» إن»، «في بيان
    صادر عن الجبهة»: the body named right after a statement word opening the cue's zone issued it and speaks."""
    k = i + 1 + (i + 1 < len(a.nt) and a.nt[i + 1] == IN)
    if k >= len(a.nt) or a.nt[k] not in STATEMENT_WORDS:
        return None
    k += 1
    while k < len(a.nt) and a.tok_mention[k] is None and issuer_lead_in(a.nt[k]):
        k += 1  # «بيان مشترك صادر عن»، «تقرير حديث»
    if k >= len(a.nt) or a.para[k] != a.para[i]:
        return None
    m = a.tok_mention[k]
    if m is None:
        u = a.unit_by_head(a.nt[k], i) if is_definite(a.nt[k]) else None  # «بيان الوزارة»، «صادر عن الجبهة»
        return SpeakerRef(a.toks[k].text, a.toks[k].start, a.toks[k].end, u) if u is not None else None
    if a.token_at(a.mentions[m].start) != k or a.mentions[m].type not in ("unit", "person"):
        return None
    return a.ref(m)


def issuer_lead_in(n: str) -> bool:
    """A word between a statement word and its issuer: an adjective (مشترك، حديث), صادر عن, a head noun (مؤسسة).
    Not `segments.issued_by`, which asks whether a ل after «بيان» names the issuer."""
    return n in STATEMENT_ADJECTIVES or n in ISSUED_BY or n in QUOTE_MARKS or strip_article(n) in UNIT_HEADS


def subject_head(n: str) -> bool:
    """A title, rank or head noun that may open a subject before its name (الأميرة، تنظيم، منطقة)."""
    b = strip_article(n)
    return b in SUBJECT_HEADS or (b.endswith("ه") and b[:-1] in SUBJECT_HEADS)


def continued_speaker(
    a: Article, i: int, st: Discourse, spec: CueSpec, zone: Zone, span: tuple[int, int], trace: Trace | None
) -> SpeakerRef | None:
    """The speaker of a cue whose zone named no one; `trace` receives the ranked candidates by claim span."""
    named = named_after(a, i) or statement_issuer(a, i) or headline_subject(a, i, st)
    if named is not None:
        return named
    subject = own_subject(a, i, st)
    if subject is not None:
        return subject
    spk = st.speaker
    newer = nearest_person(a, i, after=st.covered) or across_paragraph(a, i, st)
    if newer is not None:  # «وظهر أبو يحيى …، يتوعد بقتل … حفتر، وأضاف»: the sentence's first person is its subject
        newer = newest_subject(a, i, st) or newer
    gender = cue_gender(a.nt[i], a.cue[i])  # «… وقال بير اغرين … . وأضافت»: no man goes on with a feminine cue
    if newer is not None and gender_clash(a, st, newer, gender):
        newer = None  # «وقال كريم الحسن …¶… والتقى الحسن الوزيرة …¶وأضافت»: the model's step, filtered, reads on
    if newer is not None and spk is not None and spk.mention is None and passing_name(a, i, newer):
        return spk  # «وكان قائد عسكري قال … . واندلعت مواجهات … الموالية للرئيس المخلوع علي عبد الله صالح … . وأشار»
    if newer is not None and spk is not None and sentence_speaker(a, i, st, spk) and not spoke_since(a, newer):
        return spk  # «حذر … X إسرائيل من …، محملا الحكومة ممثلة برئيسها Y …، كما طالب»: Y is in what X did
    if newer is not None:  # «لم يشتبك الجنرال ديمبسي …، أيد الاتفاق. وقال:» the discourse moved on
        spk = newer
    elif zone.statement and (body := issuing_body(a, st)) is not None:
        spk = body
    elif spk is None:  # «دعا كارتر الكونغرس …، وقال إنه»: no claim yet, the person just named speaks
        spk = (
            nearest_person(a, i)
            or nearest_person(a, i, types=("unit",))
            or nearest_person(a, i, types=("person", "unit"), same_paragraph=False)
        )
    # The model ranks only where the rule guessed: a statement's issuer («وأضاف البيان») and a person
    # named since the last claim («…ديمبسي …، أيد الاتفاق. وقال:») stay the rule's.
    # «وتابع البيان أن … . وأضاف أن»: after a named body's statement spoke, a continuation goes on with it, no guess
    if newer is None and not (zone.statement or zone.desc or st.stated):
        cands = candidates(a, i, st, spec, spk)
        if trace is not None:
            trace[span] = cands
        spk = continuation.choose([c for c in cands if not gender_clash(a, st, c.ref, gender)] or cands, spk)
    return spk


def resumed_event(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«رسالة من X عبر خلالها»، «تصريحات لـX التي قال فيها»، «ألقى X كلمة قال فيها»: a cue whose pronoun (فيها، خلاله)
    goes back to a speech noun before it is said by that speech's owner: the name or title after من/لـ past the noun,
    else the subject of the verb opening the sentence. Why: the speaker before, or the last name, took it (train-a
    named errors 130, 271, 320, 366, 381, 434, 505)."""
    n = a.spoken_in(i)
    if n is None:
        return None
    return event_owner(a, n, i) or event_giver(a, n, st)


def event_owner(a: Article, n: int, i: int) -> SpeakerRef | None:
    """The owner after speech noun n and before the cue at i: «من X»، «لـX» (a name, or a title for its holder), past
    the noun's adjectives («رسالة خطية من …»)."""
    t = next((k for k in range(n + 1, min(i, n + 4)) if a.nt[k] == FROM or opens_with_lam(a.nt[k])), None)
    if t is None or not all(is_nisba(a.nt[k].removesuffix(ALIF)) for k in range(n + 1, t)):
        return None  # «مذكرة رفعتها لرئيس الحكومة»: ل after a verb is who received it
    words = owner_words(a, t + 1, i)
    if a.nt[t] != FROM and role_before(a, [t]):  # «تصريحات للمتحدث باسم X»: the title is glued to its ل
        words = [t, *words]
    m = next((a.tok_mention[k] for k in [t, *words] if a.tok_mention[k] is not None), None)
    if m is not None and a.mentions[m].type != "person" and role_before(a, words):
        return title_ref(a, words)  # «رسالة من المتحدث باسم الحركة»: the spokesman speaks, for the body
    if m is not None:
        return a.ref(m) if a.mentions[m].type in SPEAKER_TYPES else None
    p = title_holder(a, words, i) if words else None
    if p is not None and a.mentions[p].start < a.toks[n].start:  # a title points back past the noun, not at a name
        return desc_ref(a, words, p)  # after it («من نظيره الفرنسي بحضور X»)
    return title_ref(a, words) if role_before(a, words) else None  # «رسالة من وزير الخارجية الفرنسي»: unnamed


def title_ref(a: Article, words: list[int]) -> SpeakerRef:
    """An unnamed owner whose phrase opens with a title: descriptive, a title says who (GUIDELINES 9.4), also a lone
    one («رسالة من الوزيرة»); a ل glued to the title stays in the text as written («للمتحدث باسم X»), as gold keeps
    it («للجنة …»، train-a 144, 166). Why: the lone title read anonymous, the glued one was not read (review LEF1)."""
    return replace(words_ref(a, words), kind="descriptive")


def role_before(a: Article, words: list[int]) -> bool:
    """The owner's phrase opens with a title word, not a name: the body named after it is whom the title serves."""
    return bool(words) and a.tok_mention[words[0]] is None and in_lexicon(a.nt[words[0]], TITLE_WORDS)


def owner_words(a: Article, k: int, i: int) -> list[int]:
    """The words of the owner's phrase from token k, up to a mark, cue or a preposition (`owner_break`)
    («اتصالا من نظيره الفرنسي بحضور X»: X only witnessed it). Why: the first name anywhere before the cue took it
    (review RVN1)."""
    end = next((t for t in range(k, i) if owner_break(a, t)), i)
    return list(range(k, end))


def owner_break(a: Article, t: int) -> bool:
    """Token t, outside a name or quotation marks, ends an owner's phrase: a mark, a cue, a function word or a glued
    ب («بحضور»، «بمشاركة»), but not a word tying a title to its body (باسم، في، لدى: data/body_ties)."""
    n = a.nt[t]
    if a.tok_mention[t] is not None or n in QUOTE_MARKS or n in BODY_TIES:
        return False
    return not n.isalpha() or a.cue[t] is not None or n in FUNCTION_WORDS or opens_with_bi(n)


def event_giver(a: Article, n: int, st: Discourse) -> SpeakerRef | None:
    """The subject right after the verb opening the sentence of speech noun n, past a particle («وقد ألقى خادم الحرمين
    الشريفين … كلمة»، «أصدرت الكتائب بيانا»): a name, or a title for its holder; no claim read in that sentence yet."""
    s1 = a.sent_start[n]
    if st.covered >= s1 or in_speech(a, s1):
        return None
    s0 = clause_start(a, s1, n)
    if s0 + 1 < n and verb_particle(a.nt[s0]):
        s0 += 1
    if s0 + 1 >= n or a.tok_mention[s0] is not None or not a.nt[s0].isalpha() or a.nt[s0] in FUNCTION_WORDS:
        return None  # a definite-looking verb is let through (ألقى → القي): a name or title must follow it
    m = a.tok_mention[s0 + 1]
    if m is not None:
        ok = a.mentions[m].type in SPEAKER_TYPES and a.token_at(a.mentions[m].start) == s0 + 1
        return a.ref(m) if ok else None
    if not in_lexicon(a.nt[s0 + 1], TITLE_WORDS):
        return None
    words = subject_words(a, s0 + 1, n)
    p = title_holder(a, words, n)
    return a.ref(p) if p is not None else None


def own_subject(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«…، معتبرة»، «…، وشددت»: a cue deep in a sentence of its own goes to that sentence's subject: the one of a verb
    after لكن it is joined to, the sentence's subject or source, else the subject of the sentence before."""
    return (
        opened_subject(a, i, st)
        or sentence_subject(a, i, st)
        or sentence_source(a, i, st)
        or previous_subject(a, i, st)
    )


def opened_subject(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«…، لكن إيران نفت هذا الأمر وقالت إن»: a cue joined by و to the verb of a clause that لكن (or إلا أن) opens
    shares that verb's subject: the subject read before the verb (`fronted_subject`) when the clause lies past the
    last claim, else the name right after the particle and before its verb (the claim before may have run over the
    clause). Why: the speaker of the claim before took it (a fronted subject is read for a plain verb only)."""
    spec = a.cue[i]
    if spec is None or not spec.prefixed or i == a.sent_start[i]:
        return None
    boundary = clause_boundary(a, i, st)
    if boundary > st.covered and subject_opened(a, boundary):
        ref, mode = fronted_subject(a, i, st)
        return ref if mode == "named" and ref is not None and not verb_disagrees(a, i, ref) else None
    b = next((k for k in range(i - 1, a.sent_start[i] - 1, -1) if a.nt[k] in BREAKS or a.nt[k] in CLAUSE_OPENERS), None)
    if b is None or not subject_opened(a, b) or b + 2 >= i:
        return None
    m = a.tok_mention[b + 1]
    if m is None or a.mentions[m].type not in SPEAKER_TYPES or a.token_at(a.mentions[m].start) != b + 1:
        return None
    v = a.mention_last[m] + 1  # the verb right after the name: a word, no name, no definite noun
    if v >= i or a.tok_mention[v] is not None or not a.nt[v].isalpha() or is_definite(a.nt[v]):
        return None
    ref = a.ref(m)
    return None if verb_disagrees(a, i, ref) else ref


def verb_disagrees(a: Article, i: int, ref: SpeakerRef) -> bool:
    """The verb right after the subject ref is feminine (نفت) and the cue at i masculine (وقال): the و-joined cue has
    a subject of its own, not ref («لكن إيران نفت ذلك وقال إن …»). Why: `opened_subject` gave the cue the country
    whatever the cue's gender (RVF15, session 25)."""
    if ref.mention is None:
        return False
    v = a.mention_last[ref.mention] + 1
    return v < i and feminine_past(a.nt[v]) and cue_gender(a.nt[i], a.cue[i]) == "m"


def cue_gender(n: str, spec: CueSpec | None) -> str | None:
    """The gender the cue word n, read by spec, gives its subject (CUE_GENDER): «f» (قالت), «m» (قال، يقول، مشيرا،
    لفت), «f?» (مشيرة، تقول: a feminine ending, no person's gender), None (plural, the dual past قالا, a cue that is
    no verb: بحسب). The one reading of a cue's gender: feminine agreement (FEMININE_GENDERS) and a person's
    (PERSON_GENDERS)."""
    if spec is None or spec.form not in GENDERED_FORMS:
        return None
    said = continuation.cue_ending(n, spec.form)
    if said == "a" and spec.form == "past":
        return None  # قالا، أكدا: a dual past, not the accusative participle مشيرا
    if said == FEMININE and not feminine_past(n):
        return "m"  # لفت، صوت: a masculine past whose root ends in ت
    return CUE_GENDER.get(said)


def gender_clash(a: Article, st: Discourse, ref: SpeakerRef, gender: str | None) -> bool:
    """A person whose cues so far (and titles) were all masculine does not speak a feminine one (بير اغرين … وأضافت).
    Why: the hand rule and the model carry the last speaker whatever the cue's gender (train-b 3520 → 3523 on gold
    mentions, 3450 → 3452 on the tagger's)."""
    if gender != "f" or ref.mention is None or a.mentions[ref.mention].type != "person":
        return False
    said = {g for r, _, g in st.spoken if g in PERSON_GENDERS and a.same(r, ref)}
    return (said | titled_gender(a.mentions[ref.mention].titles)) == {"m"}


def titled_gender(titles: tuple[str, ...]) -> set[str]:
    """The genders the first words of a person's titles give (الوزيرة، الدكتورة → f, الوزير → m), an honorific before
    them (معالي، سماحة) stepped over: a woman given a masculine cue (a joint «وكشف X وY») but titled so is not
    turned away."""
    out: set[str] = set()
    for t in titles:
        ws = [w for w in (strip_article(norm(w)) for w in t.split()) if w not in GENDERLESS_TITLES]
        first = ws[0] if ws else ""
        if is_feminine(first) and first[:-1] in TITLE_HEADS:
            out.add("f")  # الوزيرة، السيدة (سيد)
        elif first in TITLE_HEADS:
            out.add("m")
    return out


def newest_subject(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """The first person named since the last claim in the cue's sentence, or, for a cue opening its sentence, in the
    one before («وكان المستشار اقريرة … قد حث … على عدم الاعتراف بمحاكمة سيف الإسلام. وقال»): its subject; there, a
    preposition's object («وخلال لقائه مع الرئيس عباس، بحث كيري») is none."""
    own = first_person(a, i, max(a.sent_start[i] - 1, st.covered))
    return own if own is not None else subject_before(a, i, st, across=False)


def across_paragraph(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«وفي المدينة المنورة أنشأ فهد عبدالله فاجع … .¶وقال بأنه»: a cue opening its paragraph goes to the person in the
    first words of the previous paragraph's last sentence (its subject, no preposition's object, named since the last
    claim). Why: the person named since the last claim was looked for in the cue's paragraph only, so the speaker of
    the claim before kept it (train-a 3343 → 3345, train-b 3532 → 3533 on gold mentions; SPK15)."""
    s1 = a.sent_start[i]
    if s1 == 0 or a.para[s1 - 1] == a.para[i] or a.in_headline(s1 - 1):
        return None  # the headline's name does not take a body's bare «وقال» (as `claim.record_in_body`)
    return subject_before(a, i, st, across=True)


def subject_before(a: Article, i: int, st: Discourse, *, across: bool) -> SpeakerRef | None:
    """For a cue opening its sentence, the first person named since the last claim in the sentence before, no
    preposition's object: its subject; the one reading for `newest_subject` and (`across` a paragraph)
    `across_paragraph`. Across, only in its first words and not after a past copula; within the paragraph those
    guards cost train-b 2 speakers (RV3 finding 3, session 22 RVF4), so the first person anywhere in it stands."""
    s1 = a.sent_start[i]
    if s1 == 0 or i - s1 >= SUBJECT_GAP:
        return None
    s0 = a.sent_start[s1 - 1]
    if across and a.nt[s0] in PAST_COPULAS:
        return None  # «وكان سامي العلي زار الوزارة.¶وأضاف»: a past aside, the discourse goes on (`previous_subject`)
    p = first_person(a, i, max(s0 - 1, st.covered), governed=False, same_paragraph=not across)
    return p if p is not None and (not across or a.token_at(p.start) - s0 <= SUBJECT_WORDS) else None


def sentence_speaker(a: Article, i: int, st: Discourse, spk: SpeakerRef) -> bool:
    """The speaker before, a person, is named in the cue's own sentence and spoke there, and the cue goes on in it
    after a comma or «كما» («حذر … فلان الوزير الجهة من …، محملا الحكومة ممثلة برئيسها …، كما طالب»): a
    person named since is in what he said or did, no new subject. Why: that person took the claim (train-a +1 on gold
    mentions; train-b and dev unchanged: kept for its test)."""
    s0 = a.sent_start[i]
    if st.covered < s0 or spk.mention is None or a.mentions[spk.mention].type != "person":
        return False
    return a.token_at(spk.start) >= s0 and (a.nt[i - 1] in COMMAS or a.nt[i - 1] == AS)


def spoke_since(a: Article, ref: SpeakerRef) -> bool:
    """The person named since the last claim is the subject of a speech verb right before his name, a pronoun's
    preposition between allowed («، وهو ما شدد عليه الجبير، قائلا»، «وهو ما أكده الجبير، مشيرا»): he spoke
    there, so the cue after goes on with him. Why: `sentence_speaker` kept the speaker before (train-a 334); his own
    title and time words may stand between too («وهو ما أكده أيضا رئيس الوزراء X»، RVH1)."""
    k = a.token_at(ref.start) - 1
    own = a.title_words(ref.mention) if ref.mention is not None else frozenset()
    lo = k - LIMITS.guessed_words
    while k > max(lo, 0) and a.tok_mention[k] is None and between_verb_and_name(a.nt[k], own):
        k -= 1
    return k >= 0 and a.tok_mention[k] is None and a.speech_verb(k)


def between_verb_and_name(n: str, own: frozenset[str]) -> bool:
    """A word that may stand between a speech verb and its subject's name: a pronoun's preposition (عليه), a time
    word or adverb (أمس، أيضا) or a word of the name's own title («رئيس الوزراء»)."""
    return n in CLAUSE_PREPS or n in TIME_WORDS or title_form(n) in own


def passing_name(a: Article, i: int, ref: SpeakerRef) -> bool:
    """A person named in a sentence before the cue's as a preposition's object, a title or two between («الموالية
    للرئيس المخلوع علي عبد الله صالح»), is no subject and does not take an unnamed source's continuation. Why: the
    unnamed speaker before went on, a name in passing took the claim (train-a 3343 → 3344 on gold mentions; SPK13)."""
    k = a.token_at(ref.start)
    s0 = a.sent_start[k]
    if s0 >= a.sent_start[i]:
        return False
    return after_preposition(a, k) or any(glued_preposition(a.nt[j]) for j in range(max(s0, k - HEAD_WORDS), k))


def after_preposition(a: Article, k: int) -> bool:
    """The mention at token k is a preposition's object (مع الرئيس عباس، إلى كريم، بالرئيس، لـ«الشرق الأوسط»): no
    subject. Why the ل written apart: the outlet an interview was given to took the interviewee's claim (train-a
    3341 → 3344, train-b 3528 → 3529 on gold mentions)."""
    if glued_preposition(a.nt[k]):
        return True
    if k > 1 and a.nt[k - 1] in QUOTE_MARKS and a.nt[k - 2] == LAM:
        return True
    while k > 0 and in_lexicon(a.nt[k - 1], TITLE_WORDS):
        k -= 1
    return k > 0 and a.nt[k - 1] in FREE_PREPOSITIONS


def headline_subject(a: Article, i: int, st: Discourse) -> SpeakerRef | None:
    """«البلديات تشدد على …»، «الرئيس اليمني يجتمع بمستشاريه ويؤكد …»: in the headline (the first paragraph, no claim
    yet), the few words opening it before the cue are its subject: a name there, a title's holder, else the words."""
    if st.covered >= 0 or st.speaker is not None or not a.in_headline(i) or a.sent_start[i] != 0:
        return None
    words = [k for k in range(i) if a.nt[k] not in QUOTE_MARKS]
    if not words or len(words) > LIMITS.guessed_words or any(a.cue[k] is not None for k in words):
        return None
    if any(not a.nt[k].isalpha() or a.nt[k] in FUNCTION_WORDS or a.nt[k] in TIME_WORDS for k in words):
        return None
    for k in words:
        m = a.tok_mention[k]
        if m is not None and a.mentions[m].type in SPEAKER_TYPES:
            return a.ref(m)
    p = title_holder(a, words, i)
    return desc_ref(a, words, p) if p is not None else words_ref(a, words)


def issuing_body(a: Article, st: Discourse) -> SpeakerRef | None:
    """The latest speaker that is no person: a statement («ولفت التقرير») speaks for a body, never for a person."""
    for ref in reversed(st.history):
        if ref.mention is not None and a.mentions[ref.mention].type != "person":
            return ref
    return None


def candidates(
    a: Article, i: int, st: Discourse, spec: CueSpec, rule: SpeakerRef | None
) -> list[continuation.Candidate]:
    """Who may speak a continuation cue at token i, each with its features (app/nlp/continuation.py)."""
    cands = pooled(a, proposed(a, i, st))
    context = cue_context(a, i, st, spec)
    said = continuation.cue_ending(a.nt[i], spec.form)
    for c in cands:
        sources = set(c.features)
        kind = "desc" if c.ref.mention is None else a.mentions[c.ref.mention].type
        add_shape(a, i, c, (kind, said), sources)
        add_position(a, i, st, c, rule)
        c.features |= {f"{s}&{x}" for s in sources for x in context}
        c.features |= {f"{s}&kind:{kind}" for s in sources}
    return cands


def proposed(a: Article, i: int, st: Discourse) -> list[tuple[str, SpeakerRef | None]]:
    """Each source of a possible speaker, by name: the speakers before, the nearest names, the last unnamed one."""
    return [
        ("prev", st.speaker),
        ("person", nearest_person(a, i)),
        ("unit", nearest_person(a, i, types=("unit",))),
        ("far", nearest_person(a, i, types=("person", "unit"), same_paragraph=False)),
        ("far_person", nearest_person(a, i, same_paragraph=False)),  # past a unit named in between
        ("hist2", st.history[-2] if len(st.history) > 1 else None),
        ("hist3", st.history[-3] if len(st.history) > 2 else None),
        ("unnamed", st.unnamed[-1] if st.unnamed else None),
    ]


def pooled(a: Article, found: list[tuple[str, SpeakerRef | None]]) -> list[continuation.Candidate]:
    """One candidate per speaker, in first-proposed order, carrying the names of every source that proposed it."""
    cands: list[continuation.Candidate] = []
    for name, ref in found:
        if ref is None:
            continue
        same = next((c for c in cands if a.same(c.ref, ref)), None)
        if same is None:
            cands.append(same := continuation.Candidate(ref))
        same.features.add(name)
    return cands


def last_covered(a: Article, st: Discourse) -> int:
    """The last token of the last claim (-1 before any), clipped to the article."""
    return min(st.covered, len(a.toks) - 1)


def cue_context(a: Article, i: int, st: Discourse, spec: CueSpec) -> set[str]:
    """The cue's own features: its form, whether it opens its sentence, and how far back the last claim lies."""
    context = {f"form:{spec.form}", "initial" if i == a.sent_start[i] else "inner"}
    if st.covered >= 0:
        context.add("prev_same_para" if a.para[last_covered(a, st)] == a.para[i] else "prev_far")
    else:
        context.add("no_prev")
    return context


def add_shape(a: Article, i: int, c: continuation.Candidate, kind_said: tuple[str, str], sources: set[str]) -> None:
    """The candidate's kind and distance, and the cue's ending against the name's (the model learns agreement)."""
    kind, said = kind_said
    where = continuation.bucket(abs(a.toks[i].start - c.ref.start))
    c.features |= {f"kind:{kind}", where, f"{kind}&{where}"}
    head = strip_article(norm(c.ref.text.split()[0])) if c.ref.text.split() else ""
    pair = f"cue:{said}&name:{continuation.name_ending(head, kind)}"
    c.features |= {pair} | {f"{s}&{pair}" for s in sources if s == "prev"}


def add_position(a: Article, i: int, st: Discourse, c: continuation.Candidate, rule: SpeakerRef | None) -> None:
    """Where the candidate stands: in the cue's sentence, the rules' pick, named since the last claim or inside it."""
    last_tok = last_covered(a, st)
    covered_at = a.toks[last_tok].end if st.covered >= 0 else -1
    if c.ref.start >= a.toks[a.sent_start[i]].start:
        c.features.add("same_sentence")
    if rule is not None and a.same(c.ref, rule):
        c.features.add("pick")
    if c.ref.start >= covered_at:  # named since the last claim
        c.features.add("pos:new")
    elif (  # named inside the last claim after its speaker: its words or its object («قال البيان إن الحلو»)
        st.speaker is not None and st.speaker.end < c.ref.start and a.para[a.token_at(c.ref.start)] == a.para[last_tok]
    ):
        c.features.add("pos:in_prev")
