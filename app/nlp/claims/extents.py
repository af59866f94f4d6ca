"""How far an unnamed speaker's phrase runs: past the rules' end up to what closes it, a few words at most.

Why: the rules close a source phrase after its adjectives and first qualifier, while the annotators keep the
whole noun phrase up to the complement, the outlet or a comma (§6, §9.15: «مصادر طبية ليبة»، «القوات التابعة
لحكومة الثني»، «وفق حصيلة اعدتها الصحافة الفرنسية») and leave out who was told, a time word, a statement and
an anonymity clause («مسؤول طلب عدم نشر اسمه»). A span generator with the speaker ranker choosing among its
extents was measured against this and gained nothing held out (bench/README.md, speaker phrases, session 11).
"""

from __future__ import annotations

from app.nlp.claim_cues import (
    CLAUSE_OPENERS,
    OUTLET_WORDS,
    PRONOUN_PREPS,
    SOURCE_HEADS,
    SOURCE_INTRO,
    SOURCE_QUALIFIER_PREPS,
    STATEMENT_WORDS,
    TIME_WORDS,
    VAGUE_QUALIFIERS,
    norm,
)
from app.nlp.claims.article import GENERIC_PLACES, Article
from app.nlp.claims.qualifiers import (
    CONSTRUCT_HEADS,
    SOURCE_QUANTITIES,
    construct_field,
    field_end,
    generic_body,
    genitive,
    kind_body_end,
    locator,
    past_count,
)
from app.nlp.claims.segments import MEDIA, glued_outlet, published_by
from app.nlp.claims.vocab import (
    ADDRESSEES,
    ANONYMITY_OPENERS,
    BARE_BODIES,
    CLOSE_TO,
    COMMAS,
    FINAL,
    FROM,
    IN,
    LAM,
    NEGATIONS,
    NOT_OF,
    OCCASION_WORDS,
    PUBLISHED_BY,
    RELATION_NOUNS,
    RELATIVE_WORDS,
    SAME_WORDS,
    SOURCE_NOUNS,
    STATES,
    THEREFORE,
    field_stem,
    field_word,
    nationality,
    news_noun,
    nisba_adjective,
    people_noun,
    self_described,
)
from app.nlp.lexicon import FREE_PREPOSITIONS, FUNCTION_WORDS
from app.nlp.morphology import (
    WA,
    after_glued_bi,
    definite_nisba,
    in_lexicon,
    is_definite,
    is_nisba,
    lam_article,
    opens_with_lam,
    starts_with_article,
    strip_article,
    without_conjunction,
    without_possessive,
)
from app.nlp.normalize import written_taa_marbuta
from app.nlp.quotes import PAIRED_OPENERS, closes_opened
from app.nlp.types import SpeakerRef
from app.nlp.wordlists import words

# quotes.closes_opened: a closing mark kept at a phrase's end only with its opener inside (not continuing.OPENERS,
# a clause's openers)
MAX_GAINED = 4  # words a phrase may gain past the rules' end («القريب من مندلي»); more is a clause (2-8 swept on train)
FIELDED_BODIES = words("fielded_bodies")  # مراكز، غرفة: a body an indefinite noun in construct gives a field
MIM = "م"  # a participle's prefix («مسلحة»، «مانحة»): an adjective after a body noun, no field in construct
# «مقاولات»، «معلومات»: a body's adjective agrees as a feminine singular (منظمات مستقلة), so a م-word in ات is a noun
FEMININE_PLURAL = "ات"
# سكان، أهالي، شهود; النواب، مشرعون (a legislature's seat): descriptive by themselves (9.18, 9.33.8)
BOUND_GROUPS = words("bound_groups") | words("seat_holders")
TAKING_PART = words("taking_part")  # شاركوا، مشاركة، متورطون: «في» after them brings the event they took part in
SYSTEM_NOUNS = words("system_nouns")  # نظام: a system, not the regime, with an adjective naming no state
PHRASE_ENDERS = words("phrase_enders") | SAME_WORDS  # نقلا، يوم، نفسه: a phrase ends before them
STOPS = FINAL | {":"}  # punctuation no phrase runs past (commas too)
KIND_WORDS = 2  # words naming a place's or body's kind before its name («في منطقة شرق افريقيا»)
QUOTE_OPENERS = PAIRED_OPENERS  # marks stepped over before a place's name, kept with their closer
STATE_PLACES = STATES | frozenset(strip_article(p) for p in words("state_places"))  # واشنطن، الولايات المتحدة
SIDE_FIGHTERS = words("side_fighters")  # المسلحون، بعض المتمردين: a side's fighters, descriptive (9.32.9)
STRANGERS = words("strangers")  # مجهولون، أجانب: fighters so described belong to no side (9.32.9)
EVENT_BOUND_DEFINITES = words("event_bound_definites")  # المحققون: the investigation's, descriptive (9.32.31)
TOPIC_ENDERS = words("topic_enders")  # حول، بشأن، بعد: end a phrase unless a noun in a prepositional phrase owns them
PRESS_REACH = words("press_reach")  # محلي: how far the press reaches, whose it is not (9.32.4)
UNPLACED_NOUNS = words("unplaced_nouns")  # الملف، الساحة، الجانبين: after في/من they place no one (9.5)
OBJECT_PREPS = SOURCE_QUALIFIER_PREPS | FREE_PREPOSITIONS | TOPIC_ENDERS  # في، على، عن، حول، بشأن: an object follows
STANCE_HEADS = words("stance_heads")  # حلفاء، خصوم، معارضو: whose side, told only by a name (9.31.8)
CLAUSE_PREPS = words("clause_pronoun_preps")  # إليهم، عليها: after a verb, a clause on how the speakers were reached
RECEIVED_VERBS = words("received_verbs")  # تلقت، حصلت: how an outlet obtained the statement
CARRIER_REACH = 6  # words from a statement noun back from the verb naming its carrier («بيان للجنة … نشرته»)
ADVERBIAL_OPENERS = words("adverbial_openers")  # أمام: «أحد المختطفين | أمام الكاميرا» says where he spoke
UNFIELDED = words("unfielded_nisbas")  # حالي، غربي، كردي: a nisba naming no field, read as a nationality (9.5)


def boundary(a: Article, i: int, content_tok: int | None, first: int) -> int:
    """The first token no speaker phrase runs past: the cue (a fronted subject), the complement or what
    opens it (أن، the cue's preposition, قوله, a quotation of speech), punctuation, or the sentence end."""
    lim = a.sent_end[min(first, len(a.toks) - 1)]
    if first < i:
        lim = min(lim, i)
    if content_tok is not None and content_tok > first:
        lim = min(lim, content_tok)
    spec = a.cue[i]
    for k in range(first, lim):
        n = a.nt[k]
        if n in STOPS or n in COMMAS or (spec is not None and a.opening(k, spec)) or anonymity(a, k):
            return k
    return lim


def anonymity(a: Article, k: int) -> bool:
    """Token k opens a clause saying only that the speaker is not named (رفض الكشف عن اسمه، الذي طلب عدم …، دون ذكر
    اسمه)."""
    n = a.nt[k]
    if n in RELATIVE_WORDS and k + 1 < len(a.nt):
        n = a.nt[k + 1]
    return (n in ANONYMITY_OPENERS or a.negated_speech(k)) and a.tok_mention[k] is None


def whole_phrase(a: Article, i: int, phrase: SpeakerRef, content_tok: int | None, *, outlets: bool) -> SpeakerRef:
    """A source phrase run on to where it ends («مصادر طبية ليبة»، «وفق حصيلة اعدتها الصحافة الفرنسية»): its
    boundary, a time word, a relay or an occasion (نقلا، عقب: phrase_ends), a topic before any preposition (بشأن:
    topic_ends), a statement (في بيان), or with `outlets` (after a speech cue) who was told (لوكالة، «عكاظ»); only
    when what it gains is a few words (a name counted as one): more is a clause of its own — unless it is a relative
    clause right after the phrase that runs on to its boundary («مصابو التفجير الإرهابي | الذي وقع في قوة الطوارئ
    بأبها | بأن»: 9.29.3; boundary() already stops before a comma and an anonymity clause)."""
    first = a.token_of(phrase.start)
    stop = boundary(a, i, content_tok, first)
    k = a.token_at(phrase.end)
    dangling = k - 1 if k - 1 > first and a.nt[k - 1] == IN else None
    if dangling is not None:
        k -= 1  # «مسؤول في | منطقة محافظة «ابين»»: the rules stopped past في, the place after it is still read
    places: list[tuple[int, int]] = []  # the tokens of the places gained after في (kind words, marks and name)
    relative = k < stop and a.nt[k] in RELATIVE_WORDS  # the gain opens with الذي، التي …
    own = k if relative else stop  # a relative clause says what the people did, not who they are: it never judges
    held: list[int] = []  # where the phrase may end: before and after each place, body, event or field read
    while k < stop:
        if a.nt[k] == IN and not locator(a, k, first) and (e := place_end(a, k + 1, stop)) is not None:
            places.append((k + 1, e))
            held += [k, e]
            k = e
            continue
        if a.nt[k] == IN and k > first and (e := event_taken_part_in(a, k, stop)) is not None:
            held += [k, e]
            k = e  # «مسؤولون شاركوا في | المفاوضات»: the event ties them (9.33.8)
            continue
        if a.nt[k] == IN and k > first and (e := kind_body_end(a, k + 1, stop)) is not None:
            places.append((k + 1, e))  # «مسؤول في | شركة نفطية»: a body by its kind (9.33.5)
            held += [k, e]
            k = e
            continue
        if a.nt[k] == IN and k > first and (e := field_after(a, k + 1, stop)) is not None:
            # «خبير في | مجال الطاقة» (the dangling في), «باحث يمني | في شؤون الجماعات المتطرفة»: his field
            places.append((k + 1, e))
            held += [k, e]
            k = e
            continue
        if k == a.token_at(phrase.end) and a.nt[k] in ADVERBIAL_OPENERS:
            break  # «أحد المختطفين | أمام الكاميرا»: where he spoke, right after the rules' phrase
        if (q := quoted_name(a, first, k)) is not None:
            k = q  # «غرفة عمليات معركة «لهيب داريا»»: the noun's own name, no outlet told
            continue
        if phrase_ends(a, k, outlets=outlets) or locator(a, k, first) or topic_ends(a, first, k):
            relative = False  # the clause was cut short: no whole subject
            break
        k += 1
    last = kept_last(a, first, k - 1)
    lo = a.token_at(phrase.end)
    chained = relative or described(a, lo, last, read_units(held))  # «في القاهرة» after his field: one word
    while held and not chained and gained(a, lo, last, places) > MAX_GAINED:
        last = kept_last(a, first, held.pop() - 1)  # «مشاركون في المفاوضات | التي جرت في …»: what he is of stays
    end = a.toks[last].end
    if end <= phrase.end or (not chained and gained(a, lo, last, places) > MAX_GAINED):
        return phrase if dangling is None else unhung(a, first, phrase)
    # «مصدر | في الوزارة»: the gain places him; «المواطنون | الذين خرجوا … على قرار الحكومة»: the clause does not
    kind = "descriptive" if qualifies(a, first, min(last + 1, own)) else phrase.kind
    return SpeakerRef(a.text[phrase.start : end], phrase.start, end, None, kind, phrase.affiliation)


def quoted_name(a: Article, first: int, k: int) -> int | None:
    """The token after a quoted name at k that names the indefinite noun before it, inside the phrase from token first
    («غرفة عمليات معركة «لهيب داريا»»: the battle's name), or None: a quotation that names no outlet, after a noun in
    construct that is not the phrase's head (a bare head's «مصدر «الشرق الأوسط»» is who was told)."""
    q = a.quotes.get(k)
    if q is None or k - 1 <= first or a.tok_mention[k - 1] is not None:
        return None
    before = a.nt[k - 1]
    if not before.isalpha() or is_definite(before) or is_nisba(before) or before in FUNCTION_WORDS:
        return None
    inside = range(k + 1, q.end_i)
    if any((m := a.tok_mention[t]) is not None and a.mentions[m].subtype == MEDIA for t in inside):
        return None
    return q.end_i + 1


def event_taken_part_in(a: Article, k: int, stop: int) -> int | None:
    """Where the event ends that the في at token k brings after a word of taking part (data/taking_part.txt: «شاركوا
    في المفاوضات»، «المشاركة في الاجتماع»): a definite noun, no time or statement, and its definite nisbas; None when
    none. Why: read as an occasion, «في» ended the phrase and the source read anonymous, where the event says who the
    people are (GUIDELINES 9.33.8)."""
    if not in_lexicon(a.nt[k - 1], TAKING_PART) or k + 1 >= stop or a.tok_mention[k + 1] is not None:
        return None
    n = a.nt[k + 1]
    if not n.isalpha() or not is_definite(n) or n in TIME_WORDS or a.statement(k + 1):
        return None
    return field_end(a, k + 1, k + 2, stop)


def field_after(a: Article, k: int, stop: int) -> int | None:
    """Where a field in construct from token k ends («مجال الطاقة»، «شؤون الجماعات المتطرفة»، «قطاع النفط»: an
    indefinite noun, no statement, and its definite genitive, with their definite nisbas), before stop; None when k
    opens none. Why: after the في a title's head took, it is the field the speaker works in (GUIDELINES 9.29.6)."""
    if k + 1 >= stop or not construct_field(a, k) or in_lexicon(a.nt[k], OCCASION_WORDS):
        return None  # «مسؤول في | ختام الاجتماع»، «في أعقاب الهجوم»: an occasion, no field (9.5)
    return field_end(a, k, k + 2, stop)


def unhung(a: Article, first: int, phrase: SpeakerRef) -> SpeakerRef:
    """The phrase without the preposition it ends on («مسؤول في | وقت سابق»): what follows is no place or field of
    his, and a phrase never ends on a preposition."""
    last = kept_last(a, first, a.token_at(phrase.end) - 1)
    end = a.toks[last].end
    kind = phrase.kind if qualifies(a, first, last + 1) or phrase.affiliation is not None else "anonymous"
    return SpeakerRef(a.text[phrase.start : end], phrase.start, end, phrase.mention, kind, phrase.affiliation)


def qualifies(a: Article, lo: int, hi: int) -> bool:
    """Tokens lo..hi-1, an unnamed speaker's phrase headed at lo, make him descriptive: a name that is no state, a
    field word that is no people noun heading it («مصادر عسكرية»، «أمنيون»; not «دبلوماسيون»، «عدد من الاقتصاديين»),
    or a body or place (placed); a bare body or figures by themselves («وقالت السلطات»، «البيانات»), news or the local
    or national press only with a body named («تقارير إعلامية»، «وسائل إعلام محلية» stay anonymous: media_means). The
    head is read past a count (counted_head). The one test for every reading of such a phrase (GUIDELINES 9.5, 9.18,
    9.19, 9.30.12, 9.32.4; bare figures: train-a practice)."""
    words = range(lo, hi)
    head = counted_head(a, lo, hi)
    # «تقارير إعلامية»، «وسائل إعلام محلية»: only a body makes news or the press someone's (9.30.12, 9.32.4)
    if news_noun(a.nt[head]) or media_means(a, head, hi):
        return any(body_mention(a, t) for t in words)
    if a.tok_mention[head] is None and self_described(a.nt[head]):  # «وقالت السلطات»، «وذكرت الإحصاءات»
        return True
    if strip_article(conjoined(a.nt[head])) in STANCE_HEADS:  # «معارضو الاتفاق»: only a body or name is a side (9.31.8)
        return any(a.tok_mention[t] is not None or side_noun(a, t) for t in words if t != head)
    # not «اقتصاديون»، nor a status negated by «غير» («منظمات غير حكومية»: anonymous, 9.35.6c)
    fielded = (field_word(a.nt[t]) and not (t == head and people_noun(a.nt[t])) and not negated(a, t) for t in words)
    if any(qualifying_mention(a, t) for t in words) or any(fielded) or fielded_after(a, head, hi):
        return True
    if fielded_body(a, head, hi):  # «مراكز بحوث»، «غرفة عمليات»: a body and its field in construct (9.35.5b)
        return True
    return placed(a, lo, hi)


def fielded_body(a: Article, head: int, hi: int) -> bool:
    """The head, an indefinite body noun (data/fielded_bodies.txt: مراكز، غرفة، شركات), governs the indefinite noun
    after it («مراكز بحوث»، «غرفة عمليات»، «شركات نفط»): the body's field, so the phrase says who (GUIDELINES 9.35.5b,
    train-a 531, 282: read anonymous). Not an adjective (a nisba, a vague word, a participle in م: «منظمات دولية»،
    «مجموعات مسلحة»; a م-noun in ات is no participle: «شركات مقاولات»), news or an outlet («وكالة أنباء»: an
    anonymous outlet, 9.30.12), a name or a function word."""
    n = a.nt[head]
    if is_definite(n) or n not in FIELDED_BODIES or head + 1 >= hi or a.tok_mention[head + 1] is not None:
        return False
    g = a.nt[head + 1]
    if not g.isalpha() or is_definite(g) or g in FUNCTION_WORDS or g in TIME_WORDS or g in SOURCE_QUALIFIER_PREPS:
        return False
    if g == NOT_OF:  # «منظمات غير حكومية»: a status (9.35.6c)
        return False
    participle = g.startswith(MIM) and not g.endswith(FEMININE_PLURAL)  # «شركات مقاولات»: a field, no participle
    adjective = nisba_adjective(g) or strip_article(g) in VAGUE_QUALIFIERS or participle
    return not adjective and not news_noun(g) and strip_article(g) not in OUTLET_WORDS


def negated(a: Article, t: int) -> bool:
    """Token t follows «غير» («منظمات غير حكومية»، «مصادر غير رسمية»): a status the source lacks, no field of his.
    Why: GUIDELINES 9.35.6c — «غير حكومية» is a status, not a field, and bodies with only it are anonymous."""
    return t > 0 and a.nt[t - 1] == NOT_OF


def side_noun(a: Article, t: int) -> bool:
    """Token t is a definite body noun, generic («الحكومة»، «الجيش») or bare («السلطات»، «المعارضة»، «النظام»:
    `self_described`), after a stance head: the side it names makes the speaker descriptive (GUIDELINES 9.31.8, 9.18);
    not a system («النظام الانتخابي»: `system_noun`)."""
    n = a.nt[t]
    return (generic_body(n, glued=False) or self_described(n)) and not system_noun(a, t)


def system_noun(a: Article, t: int) -> bool:
    """Token t is a body noun of data/system_nouns.txt (نظام) with a definite nisba after it that names no state
    («النظام الانتخابي»، «النظام الأساسي»): a system or a statute, not the regime («النظام السوري» is). Why: RVF10 made
    «النظام» a side, and «معارضو النظام الانتخابي» turned descriptive (session 24 RVF11)."""
    if not in_lexicon(a.nt[t], SYSTEM_NOUNS) or t + 1 >= len(a.nt) or a.tok_mention[t + 1] is not None:
        return False
    n = a.nt[t + 1]
    return definite_nisba(n) and not nationality(n)


def fielded_after(a: Article, head: int, hi: int) -> bool:
    """A field nisba (`field_nisba`) after the head of tokens head..hi-1, before any object: «مصادر إخبارية»; not
    after an outlet word («موقع إخباري»: no one), nor the object's nisba-ending words («مصادر مطلعة على القضية»).
    Why apart: read only when no earlier test settled the phrase, not for every one."""
    if strip_article(a.nt[head]) in OUTLET_WORDS:
        return False
    return any(field_nisba(a, t) for t in range(head + 1, before_object(a, head + 1, hi)))


def field_nisba(a: Article, t: int) -> bool:
    """Token t, after the head, is a nisba naming a field, a body or a side — any but a nationality, a vague adjective,
    the press's reach or one listed as naming no field (unfielded_nisbas.txt: حالي، غربي، كردي): «مصادر إخبارية»،
    «الجناح المسلح للحزب الكردستاني»، «شباب القرى الحدودية». Why: GUIDELINES 9.5 leaves a source anonymous with only a
    nationality or a vague adjective, any field makes it descriptive, and the listed fields (speaker_fields.txt) miss
    the rarer ones (train-b kind: descriptive 458 → 465)."""
    n = conjoined(a.nt[t])
    if a.tok_mention[t] is not None or not is_nisba(strip_article(n)) or nationality(n) or negated(a, t):
        return False
    stem = field_stem(n)
    # the masculine singular for each list («مسؤولون إضافيون»: إضافي), as vague_qualifiers.txt lists it (RV6 finding 4)
    return stem not in UNFIELDED and stem not in PRESS_REACH and stem not in VAGUE_QUALIFIERS


def before_object(a: Article, lo: int, hi: int) -> int:
    """The first of tokens lo..hi-1 that opens a preposition's object — a preposition written apart (في، على، عن،
    حول) or a definite word with ل/ب glued («متابعة للقضية») — else hi. Why: a nisba-ending word past it is the object
    or its adjective («مطلعة على القضية/العملية»، «في المنطقة الشرقية»), no field of the source's (RV6 finding 1); a
    body noun after a glued ل is the phrase's genitive, its adjective the body's («الجناح المسلح للحزب الكردستاني»)."""
    for t in range(lo, hi):
        n = a.nt[t]
        glued = (lam_article(n) and not in_lexicon(n, BARE_BODIES)) or after_glued_bi(n) is not None
        if n in OBJECT_PREPS or (a.tok_mention[t] is None and glued):
            return t
    return hi


def media_means(a: Article, head: int, hi: int) -> bool:
    """«وسائل (ال)إعلام (ال)محلية/السورية»: a construct head governing a news word is the press itself, no one's until
    a body is named, when its adjectives say only how local or national it is (GUIDELINES 9.32.4, 9.30.12); another
    («وسائل إعلام رسمية/حوثية») says whose press it is, and the field rules judge it."""
    if a.nt[head] not in CONSTRUCT_HEADS or head + 1 >= hi or not news_noun(a.nt[head + 1]):
        return False
    return all(not is_nisba(n) or field_stem(n) in PRESS_REACH or nationality(n) for n in a.nt[head + 2 : hi])


def counted_head(a: Article, lo: int, hi: int) -> int:
    """The head noun of tokens lo..hi-1: past a count, its vague adjectives and من («عدد من الاقتصاديين»، «بعض
    المراقبين»), the group counted; else lo. Why: the count names no one, the noun after it decides
    the kind (GUIDELINES 9.18)."""
    k = past_count(a, lo, hi)
    if k is None:
        return lo
    if k + 1 < hi and a.nt[k] == FROM:
        k += 1
    return k if k < hi else lo


def body_mention(a: Article, t: int) -> bool:
    """Token t is in a body's name that is no state or outlet (وزارة الخارجية; not الولايات المتحدة, not «معلومات
    حصلت عليها الوطن»: the outlet is the source, the news anonymous, 9.15): it makes news someone's."""
    m = a.tok_mention[t]
    return m is not None and a.mentions[m].type == "unit" and a.mentions[m].subtype != MEDIA and not names_state(a, m)


def placed(a: Article, lo: int, hi: int) -> bool:
    """Tokens lo..hi-1 say where or whose the unnamed speaker is — a body or place below the state, a group bound to
    its place, a body in construct, a tie to someone (`related`) — so the speaker is descriptive, not anonymous
    (GUIDELINES 9.5, 9.18, 9.19)."""
    return located(a, lo, hi) or bound_group(a, lo, hi) or body_genitive(a, lo, hi) or related(a, lo, hi)


def related(a: Article, lo: int, hi: int) -> bool:
    """A word of tokens lo..hi-1 names people by their tie to someone (data/relation_nouns.txt, the closeness words)
    and says to whom: a pronoun glued («بعض أصدقائه»، «مساعدوه»), after it («مساعدون له»، «مقربون منه») or a ل glued
    to whom («مساعدون لبايدن»، «أحد المقربين للدواعش»). Why: GUIDELINES 9.5 — whose the source is makes him
    descriptive, a person's tie as much as «مصدر مقرب من الرئيس» (train-a 457, 306: gold descriptive, read
    anonymous)."""
    for t in range(lo, hi):
        b = strip_article(conjoined(a.nt[t]))
        # a written ة is no pronoun: «محامية»، «مساعدة» name no one's lawyer or aide, whatever the folded ه says
        glued = not written_taa_marbuta(a.toks[t].text) and without_possessive(b, longer_than=3) in RELATION_NOUNS
        if glued:
            return True
        if (b not in RELATION_NOUNS and b not in CLOSE_TO) or t + 1 >= hi:
            continue
        after = a.nt[t + 1]
        if after in PRONOUN_PREPS or (lam_to_whom(after) and not in_lexicon(after, TIME_WORDS)):
            return True
    return False


def lam_to_whom(n: str) -> bool:
    """A word with ل glued, bare or fused with the article (لبايدن، للدواعش), no function word (لكن، لدى)."""
    return len(n) > 3 and opens_with_lam(n) and n not in FUNCTION_WORDS


def located(a: Article, lo: int, hi: int) -> bool:
    """Tokens lo..hi-1 tie the source to a body or a place below the state («مصدر في الوزارة»، «مصادر داخل
    المقاومة»، «مصدر مطلع بالجامعة»): a qualifying preposition (not «من» after a count: «عدد من المواطنين») before a
    word or a name that is no state, or a definite word with ب glued; close to anyone named, a person too («مصدر
    مقرب من الرئيس»), but not to a file or an investigation («مصدر قريب من التحقيق»: anonymous). Why: GUIDELINES 9.5,
    9.19 — a body or a place makes the source descriptive, a country does not; 9.31.10 for «قريب من»."""
    for t in range(lo, hi):
        n = a.nt[t]
        close = t > lo and a.nt[t - 1] in CLOSE_TO and t + 1 < hi and a.tok_mention[t + 1] is not None
        if n in SOURCE_QUALIFIER_PREPS and not counted(a, lo, t) and t + 1 < hi and (close or placing(a, t + 1)):
            return True
        if a.tok_mention[t] is None and after_glued_bi(n) is not None and placing(a, t):
            return True
    return False


def body_genitive(a: Article, lo: int, hi: int) -> bool:
    """A noun of tokens lo..hi-1 governs a definite noun that is no adjective, count or state («خبراء الصندوق»،
    «مسؤولي المتنزه»، «عدد من قيادات اللجنة»): the body the people belong to (9.5: a source qualified by a body)."""
    for t in range(lo, informed_object(a, lo, hi) - 1):
        head, g = a.nt[t], a.nt[t + 1]
        if not head.isalpha() or is_definite(head) or head in FUNCTION_WORDS:
            continue
        if head in SOURCE_QUANTITIES or head in CONSTRUCT_HEADS or strip_article(head) in VAGUE_QUALIFIERS:
            continue  # «مصادر واسعة الاطلاع»، «مسؤول رفيع المستوى»: an adjective's construct, no body
        plain = g.isalpha() and starts_with_article(g) and genitive(a, t + 1) and not is_nisba(g)
        if plain and not state_name(g) and not in_lexicon(g, SOURCE_NOUNS):
            return True
    return False


def informed_object(a: Article, lo: int, hi: int) -> int:
    """Where the object of a vague adjective opens among tokens lo..hi-1 («مطلع على | تفاصيل الاتفاق»، «قريب من |
    مجريات التحقيق»), else hi: what the source knows of or is close to is a matter, not the body he is of. Why:
    GUIDELINES 9.31.10 — a file or an investigation is no body; read as a genitive body it made the source descriptive
    beside «مطلع على القضية» anonymous. «من» after a closeness word («قريب/مقرب من») opens such an object too: «من»
    is no object preposition elsewhere («عدد من قيادات اللجنة»), and «مجريات التحقيق» read as a body (session 26
    RVK1)."""
    for t in range(lo + 1, hi - 1):
        before, n = strip_article(a.nt[t - 1]), a.nt[t]
        if (before in VAGUE_QUALIFIERS and n in OBJECT_PREPS) or (before in CLOSE_TO and n == FROM):
            return t
    return hi


def bound_group(a: Article, lo: int, hi: int) -> bool:
    """A word of tokens lo..hi-1 is a group noun bound to its place by itself (سكان، الأهالي، شهود: 9.18)."""
    return any(bound_word(a, t) for t in range(lo, hi))


def bound_word(a: Article, t: int) -> bool:
    """Token t is a group noun bound by itself: a place's people (سكان، شهود), a legislature's members (النواب), the
    event's investigators when definite
    (المحققون, 9.32.31), a side's fighters alone or counted («المسلحون»، «بعض المتمردين») but not described as strangers
    («مسلحون مجهولون»، «مقاتلون أجانب»: no side, anonymous; 9.32.9)."""
    n = conjoined(a.nt[t])
    b = strip_article(n)
    if b in SIDE_FIGHTERS:
        return t + 1 >= len(a.nt) or strip_article(a.nt[t + 1]) not in STRANGERS
    return b in BOUND_GROUPS or (is_definite(n) and b in EVENT_BOUND_DEFINITES)


def conjoined(n: str) -> str:
    """A word read past its و («مسؤولون وشهود»: the witnesses bind the coordination too, 9.32.21)."""
    return without_conjunction(n, WA) or n


def placing(a: Article, k: int) -> bool:
    """Token k names a body or a place that is not a state (الوزارة، المقاومة، عدن، «منطقة شرق افريقيا»; not اليمن،
    نيجيريا): not a vague word, an affair or side (الملف، الساحة، الجانبين) or a generic place (المنطقة) alone (9.5,
    9.19: a vague qualifier or a country leaves the source anonymous)."""
    m = a.tok_mention[k]
    if m is not None:
        return a.mentions[m].type != "person" and not names_state(a, m)
    n = a.nt[k]
    bare = strip_article(after_glued_bi(n) or n)
    if not n.isalpha() or n in FUNCTION_WORDS or n in TIME_WORDS or len(bare) <= 2:
        return False
    if bare in GENERIC_PLACES:  # «في منطقة شرق افريقيا»: a generic place word places only with the name after it
        return k + 1 < len(a.nt) and a.tok_mention[k + 1] is not None and placing(a, k + 1)
    return not state_name(n) and bare not in VAGUE_QUALIFIERS and bare not in UNPLACED_NOUNS


def names_state(a: Article, m: int) -> bool:
    """Mention m is a state or a capital standing for one (نيجيريا، الولايات المتحدة، واشنطن): it places an unnamed
    source no more than a nationality does (GUIDELINES 9.19). A person is none («كاميرون», Cameron, not الكاميرون: RV6
    finding 5)."""
    return a.mentions[m].type != "person" and state_name(norm(a.mentions[m].canonical), STATE_PLACES)


def state_name(n: str, names: frozenset[str] = STATES) -> bool:
    """The word as written, or past its article (or a glued ب and its article), is one of the names (states; with
    STATE_PLACES a capital standing for one too: اليمن، بالعراق، واشنطن). Why: strip_article alone reads «بالاو»
    (Palau) as ب + ال + «او» (RV6 finding 6)."""
    return any(w in names for w in (n, strip_article(n), strip_article(after_glued_bi(n) or n)))


def qualifying_mention(a: Article, t: int) -> bool:
    """Token t is in a name that qualifies an unnamed speaker: any mention but a state or a capital standing for one
    («مصادر في نيجيريا»، «مسؤولون في واشنطن»: anonymous, GUIDELINES 9.19)."""
    m = a.tok_mention[t]
    return m is not None and not names_state(a, m)


def counted(a: Article, lo: int, t: int) -> bool:
    """The preposition at token t follows a count of the sources, past its vague adjectives («عدد من السكان»، «عدد
    كبير من المواطنين»، «العشرات من»): what it brings is the group counted, not where the source is (9.5)."""
    return any(past_count(a, c, t) == t for c in range(lo, t))


def read_units(held: list[int]) -> list[tuple[int, int]]:
    """Each «في» whole_phrase read with what it opens (a place, a body by its kind, an event, a field: `held`'s pairs
    of start and end), one unit. Why: a speaker's description chains them («باحث مصري في شؤون الحركات | في القاهرة»،
    «معتقلون في خلية شاركت في التفجيرات | في الكويت»); counted word by word, the second ran the gain past MAX_GAINED
    and the phrase was cut before it, though no clause was read (GUIDELINES 9.33: the whole description)."""
    return list(zip(held[::2], held[1::2], strict=True))


def described(a: Article, lo: int, last: int, units: list[tuple[int, int]]) -> bool:
    """Tokens lo..last, each unit one word (`read_units`), gain a few words at most, end on a unit, and outside the
    units hold only words, no function word or preposition: the description read, not a clause or an object after
    it («مشاركون في المفاوضات | التي جرت»، «| مع الحكومة»، «مطلع على ملف المفاوضات»: what the talks or the file were,
    not who the people are)."""
    inside = {t for p, e in units for t in range(p, e)}
    free = [a.nt[t] for t in range(lo, last + 1) if t not in inside]
    clause = any(n in FUNCTION_WORDS or n in OBJECT_PREPS or n in RELATIVE_WORDS for n in free)
    return not clause and last + 1 in {e for _, e in units} and gained(a, lo, last, units) <= MAX_GAINED


def gained(a: Article, lo: int, last: int, places: list[tuple[int, int]]) -> int:
    """The words tokens lo..last add to a phrase, each place gained (its kind words with its name) counted as one
    word, only as far as it is kept: a place the trim cut into counts the words left of it, a place opening before lo
    (a dangling «في») only its words from lo."""
    kinds = sum(max(words_in(a, max(p, lo), min(e, last + 1)) - 1, 0) for p, e in places if p <= last)
    return words_in(a, lo, last + 1) - kinds


def phrase_ends(a: Article, k: int, *, outlets: bool) -> bool:
    """Token k is no longer the speaker's: a time word, a listed ender (نقلا، يوم، عقب، ردا: phrase_enders.txt), a
    clause opener (فقد، بينما), a statement, a word that refers back (نفسه), a clause on how the speakers were reached
    or the statement obtained or carried (تحدثت إليهم، تلقت، نشرته: `reached_by`, received_verbs.txt,
    `carried_clause`; 9.33.5); with `outlets` also who was told: ل
    written apart, لوكالة، للصحافيين, a quoted name, an outlet («مصادر محلية لوكالة …»; a genitive ل stays: «القوات
    التابعة لحكومة الثني»)."""
    n, m = a.nt[k], a.tok_mention[k]
    if n in TIME_WORDS or n in PHRASE_ENDERS or n in CLAUSE_OPENERS or n in THEREFORE:
        return True
    if n in SOURCE_INTRO or n in SOURCE_HEADS or n in STATEMENT_WORDS or n in NEGATIONS:
        return True
    if reached_by(a, k) or n in RECEIVED_VERBS or carried_clause(a, k):  # «تحدثت إليهم …»، «تلقت/نشرته «اليوم»»
        return True
    media = m is not None and a.mentions[m].subtype == MEDIA
    told = media or addressee(a, k)
    return outlets and (n == LAM or glued_outlet(n, definite=True) or n in ADDRESSEES or k in a.quotes or told)


def carried_clause(a: Article, k: int) -> bool:
    """Token k, a verb of data/published_by.txt (نشرته), opens the clause naming the outlet that carried a statement
    a few words before it (`segments.published_by`: «بيان للوزارة نشرته «اليوم»»): the outlet is the source (GUIDELINES
    9.6), not part of the issuer's phrase. Why: the phrase ran on to the paper, which then took the claim."""
    if a.nt[k] not in PUBLISHED_BY:
        return False
    lo = max(a.sent_start[k], k - CARRIER_REACH)
    return any(a.nt[d] in STATEMENT_WORDS and published_by(a, d) is not None for d in range(lo, k))


def reached_by(a: Article, k: int) -> bool:
    """Token k is a verb with a pronoun preposition after it («تحدثت إليهم «الشرق الأوسط»»، «حصلت عليها»): a clause
    saying who reached the speakers, out of their phrase (GUIDELINES 9.33.5)."""
    verb = a.untagged_indefinite(k) and a.nt[k] not in FUNCTION_WORDS
    return verb and k + 1 < len(a.nt) and a.nt[k + 1] in CLAUSE_PREPS


def topic_ends(a: Article, first: int, k: int) -> bool:
    """حول، بشأن، بعد at token k end the phrase from token first only when no preposition opened before it: right after
    the head or its adjective they say what or when he spoke of («مسؤول حكومي | بشأن الحادث»), after a noun inside
    «من/على/عن/في …» they are that noun's («مصدر مطلع على المحادثات حول الملف النووي»; RV4 finding 4)."""
    return a.nt[k] in TOPIC_ENDERS and not any(a.nt[t] in FREE_PREPOSITIONS for t in range(first, k))


def addressee(a: Article, k: int) -> bool:
    """A name written bare right after an adjective (أبلغ مسؤولون حكوميون رويترز أنهم) is the verb's object: an
    adjective closes the construct, so the name can no longer be the phrase's genitive."""
    m = a.tok_mention[k]
    bare = m is not None and a.mentions[m].start == a.toks[k].start
    return bare and k > 0 and a.tok_mention[k - 1] is None and is_nisba(a.nt[k - 1])


def place_end(a: Article, k: int, stop: int) -> int | None:
    """Where a body or place named from token k ends, a kind word or two before its name at most (quotation marks
    not counted: «في جزيرة صقلية»، «في العاصمة صنعاء»، «في منطقة محافظة «ابين»»), its closing mark kept; None when
    the tokens name none. Why: «في + body or place» stays in a phrase (§9.17), «في» before anything else (a time, an
    occasion: «في وقت سابق»، «في المقابل») ends it."""
    kinds = 0  # kind words read so far (quotation marks are none: «في منطقة محافظة «ابين»»)
    for e in range(k, stop):
        m = a.tok_mention[e]
        if m is not None:
            if a.mentions[m].type not in ("unit", "place"):
                return None
            end = a.mention_last[m] + 1
            opened = any(a.nt[p] in QUOTE_OPENERS for p in range(k, e))
            if opened and end < stop and closes_opened(a.nt[end], a.nt[k:end]):
                end += 1
            return end
        n = a.nt[e]
        if n in QUOTE_OPENERS:
            continue
        if kinds == KIND_WORDS:
            return None
        if not n.isalpha() or n in TIME_WORDS or n in FUNCTION_WORDS or a.cue[e] is not None or a.statement(e):
            return None  # «في تصريحات لصحيفة …»: an occasion, not a place
        kinds += 1
    return None


def kept_last(a: Article, first: int, last: int) -> int:
    """The last token a phrase from token first keeps up to token last, `trailing` words and marks left out."""
    while last > first and trailing(a, first, last):
        last -= 1
    return last


def trailing(a: Article, first: int, last: int) -> bool:
    """The phrase's last token is left out: a function word, or a mark closing nothing opened in the phrase."""
    n = a.nt[last]
    if n in FUNCTION_WORDS:
        return True
    if any(ch.isalnum() for ch in n):
        return False
    return not closes_opened(n, a.nt[first:last])


def words_in(a: Article, lo: int, hi: int) -> int:
    """The words of tokens lo..hi-1, a name counted as one word, marks not at all."""
    return sum(1 for k in range(lo, hi) if word_or_name_end(a, k))


def word_or_name_end(a: Article, k: int) -> bool:
    """Token k counts as a word: a word outside a name, or the last token of a name."""
    m = a.tok_mention[k]
    return any(ch.isalnum() for ch in a.nt[k]) if m is None else k == a.mention_last[m]
