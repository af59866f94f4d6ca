"""The words that extend a vague source noun: agreeing adjectives and the body or field it belongs to."""

from __future__ import annotations

from app.nlp.claim_cues import (
    RELAY_SAYING,
    SOURCE_HEADS,
    SOURCE_QUALIFIER_PREPS,
    STATEMENT_WORDS,
    TIME_WORDS,
    VAGUE_QUALIFIERS,
    VAGUE_SPEAKERS,
)
from app.nlp.claims.article import Article
from app.nlp.claims.config import LIMITS
from app.nlp.claims.state import Zone
from app.nlp.claims.vocab import (
    AFFILIATED_TO,
    BODY_NOUNS,
    CLOSE_TO,
    FROM,
    IN,
    LAM,
    RELATIVE_WORDS,
    field_word,
    nisba_adjective,
)
from app.nlp.lexicon import DIRECTIONS, FORCE_HEADS, FUNCTION_WORDS, GENERIC_HEADS, PLACE_TRIGGERS, ROLE_HEADS
from app.nlp.morphology import (
    BI,
    WA,
    after_glued_bi,
    definite_nisba,
    in_lexicon,
    is_definite,
    is_definite_adjective,
    is_feminine,
    is_nisba,
    lam_clitic,
    opens_with_bi,
    starts_with_article,
    strip_article,
    wa_definite,
    with_proclitic,
    without_conjunction,
)
from app.nlp.wordlists import words

CONSTRUCT_HEADS = words("construct_heads")  # أحد، وسائل: never without the noun they govern
SOURCE_QUANTITIES = words("source_quantities")  # عدد، بعض، كل، ثلاثة: a count of the sources after it or after من
LEVEL = "مستوي"  # «مصادر رفيعة المستوى»: agrees whatever the head's definiteness
# شركة، خلية، منظمات: a body named by its kind alone; after في it is where the source is (GUIDELINES 9.33.5)
KIND_BODIES = BODY_NOUNS | words("fielded_bodies")


def source_phrase(a: Article, z: Zone, j: int, lim: int) -> int:
    """A vague source from token j, with the sources joined to it by و (مصادر عسكرية وسكان); returns where it ends."""
    j = one_source(a, z, j, lim)
    while j < lim and coordinated_source(a, j):  # the sources speak together
        j = one_source(a, z, j, lim)
    return j


def one_source(a: Article, z: Zone, j: int, lim: int) -> int:
    """One vague source noun from token j: its genitive, adjectives and qualifier; returns where it ends."""
    n, j0 = a.nt[j], j
    z.desc.append(j)
    j += 1
    head_definite = is_definite(n)
    named = a.tok_mention[j] if j < lim and not head_definite else None
    if named is not None and a.mentions[named].type in ("unit", "place") and a.token_at(a.mentions[named].start) == j:
        return body_named(a, z, named, lim)  # «سكان الحديدة»، «مصادر طالبان»: the body or place it is of
    if not head_definite and j < lim and genitive(a, j):  # أحد السكان، وسائل الإعلام: the phrase is definite
        z.desc.append(j)
        j += 1
        head_definite = True
    elif (without_conjunction(n, WA) or n) in CONSTRUCT_HEADS:  # «أحد السياسيين»، «وسائل إعلام محلية»، «وأولياء أمور»
        while j < lim and not head_definite and any_genitive(a, j):
            z.desc.append(j)
            head_definite = is_definite(a.nt[j])
            j += 1
    while j < lim and a.tok_mention[j] is None and vague_adjective(a, j, head_definite):
        z.desc.append(j)
        j += 1
    # «عدد من سكان القرى الحدودية»: the group counted is read as a source of its own; the adjectives between were read
    # by agreement above (a count's only: `== j` here adds a false claim on train-b, RVF1)
    if past_count(a, j0, j) is not None and j + 1 < lim and a.nt[j] == FROM and a.tok_mention[j + 1] is None:
        z.desc.append(j)
        return one_source(a, z, j + 1, lim)
    if j < lim and past_count(a, j0, j) == j and counted_noun(a, j):  # «ثلاثة مصادر في الشرطة»: the noun counted
        return one_source(a, z, j, lim)
    return source_qualifier(a, z, j, lim)


def past_count(a: Article, c: int, hi: int) -> int | None:
    """Token c counts the sources (عدد، بعض، العشرات): the token after it and its vague adjectives before hi
    («عدد كبير | من»، «بعض | المراقبين»), where من or the group counted stands; None when c counts nothing. The one
    reading of a count for the phrase rules: the count names no one, what it counts does (GUIDELINES 9.5, 9.18)."""
    if a.nt[c] not in SOURCE_QUANTITIES:
        return None
    k = c + 1
    while k < hi and strip_article(a.nt[k]) in VAGUE_QUALIFIERS:
        k += 1
    return k


def counted_noun(a: Article, j: int) -> bool:
    """Token j, right after a count (`past_count`: ثلاثة، بعض), is the indefinite noun it counts, no من between
    («ثلاثة مصادر في الشرطة»، «اثنان من …» has من): a source of its own with its qualifier, as after من. Why: the phrase
    ended at the noun, its «في الشرطة» unread, and the speaker before took the claim (session 24 SUBJ1)."""
    return any_genitive(a, j) and not is_definite(a.nt[j]) and in_lexicon(a.nt[j], VAGUE_SPEAKERS)


def coordinated_source(a: Article, j: int) -> bool:
    """و joined to another vague source noun (وسكان، ومصدر، والمسعفون)."""
    rest = without_conjunction(a.nt[j], WA)
    return rest is not None and a.tok_mention[j] is None and in_lexicon(rest, VAGUE_SPEAKERS)


def vague_adjective(a: Article, j: int, head_definite: bool) -> bool:
    """An adjective agreeing with a vague speaker noun (مصادر عسكرية، الأوساط السياسية)."""
    n = a.nt[j]
    if n in FUNCTION_WORDS:  # «المسؤول الذي فضل عدم …»: a relative pronoun ends the phrase
        return False
    if n in RELAY_SAYING:  # «نقلت … عن المصادر | القول:»: the saying that opens the relayed words, no adjective
        return False
    if strip_article(n) in VAGUE_QUALIFIERS or field_word(n):
        return is_definite(n) == head_definite or strip_article(n) == LEVEL
    return is_definite(n) if head_definite else nisba_adjective(n) and not is_definite(n)


def genitive(a: Article, j: int) -> bool:
    """A definite noun that an indefinite source head governs (أحد السكان، خبراء الأرصاد), not a date or a name."""
    n = a.nt[j]
    return (
        is_definite(n)
        and a.tok_mention[j] is None
        and n not in TIME_WORDS
        and n not in FUNCTION_WORDS
        and strip_article(n) not in VAGUE_QUALIFIERS
        and not field_word(n)
        and a.cue[j] is None
    )


def any_genitive(a: Article, j: int) -> bool:
    """A noun that a construct head governs, definite or not (جنود، إعلام، السياسيين), not a name, date or cue."""
    n = a.nt[j]
    return (
        n.isalpha()
        and a.tok_mention[j] is None
        and n not in TIME_WORDS
        and n not in FUNCTION_WORDS
        and a.cue[j] is None
    )


def joined(a: Article, k: int) -> bool:
    """A definite noun joined by و, outside any name (والمقاومة): one more body the source belongs to."""
    return a.tok_mention[k] is None and wa_definite(a.nt[k]) and a.cue[k] is None


def field_end(a: Article, k: int, e: int, lim: int) -> int:
    """Where a field opened at token k ends: past its definite nisbas (الساحة اليمنية) and the definite nouns joined
    to it by و (في السلطة الشرعية والمقاومة), a few words at most."""
    while e < lim and e - k < LIMITS.qualifier_words and a.tok_mention[e] is None:
        n = a.nt[e]
        if not (definite_nisba(n) or joined(a, e)):
            break
        e += 1
    return e


def construct_field(a: Article, k: int) -> bool:
    """An indefinite noun and the definite noun it governs (حركة التمرد، منطقة الهجوم), not a statement (في تصريح)."""
    n = a.nt[k]
    return (
        any_genitive(a, k)
        and not is_definite(n)
        and n not in SOURCE_HEADS
        and n not in STATEMENT_WORDS
        and genitive(a, k + 1)
        and starts_with_article(a.nt[k + 1])  # «في إفادة للمنظمة»: a preposition, no genitive
    )


def place_kind(a: Article, k: int) -> bool:
    """An indefinite noun naming the kind of the place or body named right after it (محافظة أبين، جبهة الجفينة)."""
    n, m = a.nt[k], a.tok_mention[k + 1]
    return (
        m is not None
        and a.mentions[m].type in ("unit", "place")
        and a.tok_mention[k] is None
        and n.isalpha()
        and not is_definite(n)
        and n not in FUNCTION_WORDS
        and n not in TIME_WORDS
        and a.cue[k] is None
    )


def trailing_adjective(a: Article, k: int) -> bool:
    """A definite adjective (العراقية، القريبة، الموالية) right after a body or place, outside its name."""
    n = a.nt[k]
    return a.tok_mention[k] is None and is_definite_adjective(n) and n not in TIME_WORDS and a.cue[k] is None


def generic_body(n: str, *, glued: bool) -> bool:
    """A definite generic body noun (الشرطة، القوات، الحكومة), with ب glued on when no preposition came first."""
    if glued:
        bare = after_glued_bi(n)
        if bare is None:
            return False
        n = bare
    base = strip_article(n)
    return is_definite(n) and (base in FORCE_HEADS or base in GENERIC_HEADS or n in FORCE_HEADS)


def source_qualifier(a: Article, z: Zone, j: int, lim: int) -> int:
    """«مصدر عسكري في قيادة المنطقة الرابعة»: the body or place a source belongs to joins its phrase, and the
    qualifiers chained after it too («مصدر في المقاومة بالضالع»، «موظف في إدارة المساعدة في وزارة الشؤون»)."""
    e = one_qualifier(a, z, j, lim)
    while e < lim and not locator(a, e, z.head()) and (first := chained(a, e)) is not None:
        after = one_qualifier(a, z, e, lim, first)
        if after == e:
            break
        e = after
    return e


def chained(a: Article, k: int) -> str | None:
    """Token k may open one more qualifier: a qualifying preposition, or a body or place glued to ب, also joined
    by و («مصادر بالشرطة وبالمستشفيات»، «مصادر محلية وفي المقاومة»); the word read without its و, or None."""
    for n in (a.nt[k], without_conjunction(a.nt[k], WA)):
        if n is not None and (n in SOURCE_QUALIFIER_PREPS or (opens_with_bi(n) and after_glued_bi(n) is not None)):
            return n
    if a.tok_mention[k] is not None and opens_with_bi(a.nt[k]):
        return a.nt[k]
    return None


def one_qualifier(a: Article, z: Zone, j: int, lim: int, first: str | None = None) -> int:
    """One qualifier of a source from token j (a body, a place, a field), its first word read as `first` when
    given (و dropped); returns where it ends."""
    tied = tied_to(a, z, j, lim) if first is None else None
    if tied is not None:
        return tied
    n = a.nt[j] if first is None and j < lim else first or ""
    if close_to(n, a, j, lim):  # «مصدر مقرب من التحقيقات»
        z.desc.append(j)
        j += 1
        n = a.nt[j]
    k = j + 1 if j < lim and n in SOURCE_QUALIFIER_PREPS else j
    m = a.tok_mention[k] if k < lim else None
    kn = n if k == j else a.nt[k] if k < lim else ""
    if m is None:
        ended = unnamed_field(a, z, j, k, lim, kn)
        if ended is not None:
            return ended
        m = place_after_kind(a, z, j, k, lim)
    return body_qualifier(a, z, j, k, lim, m, kn)


def unnamed_field(a: Article, z: Zone, j: int, k: int, lim: int, kn: str) -> int | None:
    """A body or field named by no mention (its kind, a definite noun, a construct), read into the source; where it
    ends, or None when k opens none."""
    if k == j and k < lim and after_glued_bi(kn) is not None and len(kn) > 5:
        z.desc.append(k)  # «مصدر مطلع بالجامعة»: a glued ب and a body or field
        return k + 1
    if k < lim and generic_body(kn, glued=k == j):
        z.desc.extend(range(j, k + 1))  # «مصادر بالقوات»، «مصدر في الشرطة»: a body named only by its kind
        return k + 1
    if k > j and k < lim and is_definite(a.nt[k]) and a.nt[k] not in TIME_WORDS:
        e = field_end(a, k, k + 1, lim)  # «مراقبون في الساحة اليمنية»: a field the sources belong to
        z.desc.extend(range(j, e))
        named = a.tok_mention[e] if e < lim and e == k + 1 else None
        if named is None or a.mentions[named].type not in ("unit", "place") or a.token_at(a.mentions[named].start) != e:
            return e
        return body_named(a, z, named, lim)  # «سكان في العاصمة صنعاء»: the kind word, then the place it names
    if k > j and k + 1 < lim and construct_field(a, k):
        e = field_end(a, k, k + 2, lim)  # «مصدر في حركة التمرد»، «في منطقة الهجوم»: a field named by a construct
        z.desc.extend(range(j, e))
        return e
    body = kind_body_end(a, k, lim) if k > j else None
    if body is not None:  # «موقوفون في خلية»، «مسؤول في شركة نفطية»
        z.desc.extend(range(j, body))
        return body
    return None


def kind_body_end(a: Article, k: int, lim: int) -> int | None:
    """Where a body named by its kind alone from token k ends (an indefinite body noun: شركة، خلية، منظمات, naming no
    one after it, and its indefinite nisbas: «شركة نفطية»); None when k opens none. Why: «في/من/لدى + body» is always
    in the phrase (GUIDELINES 9.33.5); the phrase ended before it and the source read anonymous (train-a 542). A body
    governing a definite noun («وزارة الخارجية»، «شركة النفط»: `construct_field`) names itself: cut at its head, the
    genitive was left over and the phrase gained too much (session 26 RVK1). A definite generic body («الوزارة»،
    «الشرطة»: `generic_body`) with its definite nisbas too: past an object («مصدر مطلع على الملف | في الوزارة») no
    rule read it, and the phrase ended before «في» (RVK1)."""
    if k < lim and a.tok_mention[k] is None and generic_body(a.nt[k], glued=False):
        return field_end(a, k, k + 1, lim)
    if k >= lim or a.tok_mention[k] is not None or is_definite(a.nt[k]) or not in_lexicon(a.nt[k], KIND_BODIES):
        return None
    if k + 1 < lim and construct_field(a, k):
        return None
    e = k + 1
    while e < lim and a.tok_mention[e] is None and nisba_adjective(a.nt[e]) and not is_definite(a.nt[e]):
        e += 1
    return e if e >= lim or a.tok_mention[e] is None else None


def place_after_kind(a: Article, z: Zone, j: int, k: int, lim: int) -> int | None:
    """«مصادر محلية في مديرية المخا»: a place's kind word, read into the source, then the mention after it."""
    if k > j and k + 1 < lim and place_kind(a, k):
        z.desc.append(k)
        return a.tok_mention[k + 1]
    return None


def body_qualifier(a: Article, z: Zone, j: int, k: int, lim: int, m: int | None, kn: str) -> int:
    """A unit or place mention after في/من or a glued ب qualifies the source; anything else ends it at j."""
    if m is None or a.mentions[m].type not in ("unit", "place"):
        return j
    if k == j and not opens_with_bi(kn):  # glued ب: بوزارة الداخلية (a glued ل is the outlet: لوكالة …)
        return j
    if k > j:
        z.desc.append(j)
    return body_named(a, z, m, lim)


def close_to(word: str, a: Article, j: int, lim: int) -> bool:
    """Whether token j, read as `word`, opens «مقرب/قريب من …» (whoever follows is who the source is close to)."""
    return word in CLOSE_TO and j + 1 < lim and a.nt[j + 1] == FROM


def tied_to(a: Article, z: Zone, j: int, lim: int) -> int | None:
    """«مصدر مقرب من الرئيس هادي»، «مصادر موالية لهادي»: whoever a source is close or loyal to, a person too,
    belongs to its phrase and does not speak; None when token j ties the source to no one named."""
    if j >= lim:
        return None
    # «مصدر مقرب لرئيس الوزراء …»: a closeness adjective ties the source by ل as by من (GUIDELINES 9.13)
    loyal = tying(a.nt[j]) or (j > 0 and z.desc[-1:] == [j - 1] and tying(a.nt[j - 1]))
    if close_to(a.nt[j], a, j, lim):
        k, loyal = j + 2, False
    elif loyal:  # the adjective may already be in the phrase as a nisba (مصادر عسكرية موالية | لهادي)
        k = j + 1 if tying(a.nt[j]) else j
        if k >= lim or not a.nt[k].startswith(LAM):
            return None
    else:
        return None
    e = k
    while e < lim and e - k < LIMITS.qualifier_words and a.tok_mention[e] is None and tie_title(a.nt[e], e == k):
        e += 1  # «مقرب من الرئيس هادي»، «موال للرئيس عبد ربه منصور هادي»: his title first
    m = a.tok_mention[e] if e < lim else None
    if m is None:
        return None
    glued = a.text[a.toks[e].start : a.mentions[m].start]  # «لهادي»: ل before the name, in its token
    if glued and not (e == k and loyal and lam_clitic(glued)):
        return None
    z.desc.extend(range(j, e))
    return body_named(a, z, m, lim)


def locator(a: Article, k: int, head: int | None) -> bool:
    """Token k opens a direction (جنوب، بجنوب، في شمال) right after a place's name (not a body's), or a word agreeing
    with the place and not with the speaker's head token `head` (place_adjunct): it locates or describes the place
    («أطباء في حي التضامن | جنوب دمشق»، «مصادر محلية في محافظة «ابين» | بجنوب اليمن»، «شهود في مديرية زبيد | التابعة
    لمحافظة الحديدة»), which the annotators leave out of the speaker's phrase (GUIDELINES 9.29.4)."""
    n = a.nt[k]
    if n == IN and k + 1 < len(a.nt):
        n = a.nt[k + 1]  # «في شمال القوقاز» after the place: with or without a preposition (9.29.4)
    elif place_adjunct(a, k, head):
        return place_before(a, k) is not None
    if n not in DIRECTIONS and not with_proclitic(n, DIRECTIONS, BI):
        return False
    return place_before(a, k) is not None


def place_before(a: Article, k: int) -> int | None:
    """The place mention whose name ends right before token k, past its closing mark («محافظة «ابين» | بجنوب»), token
    k no word of it («جنوب شرق آسيا»: «شرق» inside the name), else None: only after one does a direction or an
    agreeing word locate or describe a place (`locator`, `head_agrees`, `zones._placed_in`)."""
    p = k - 1
    if p > 0 and a.tok_mention[p] is None and not a.nt[p].isalnum():
        p -= 1  # «محافظة «ابين» بجنوب»: past the name's closing mark
    m = a.tok_mention[p] if p >= 0 else None
    return m if m is not None and a.mentions[m].type == "place" and a.mention_last[m] == p else None


def place_adjunct(a: Article, k: int, head: int | None) -> bool:
    """Token k, outside any name, is a definite word that is no nisba, relative pronoun, time or cue, nor agrees with
    the speaker's head (`head_agrees`): after a place's name it agrees with the place — a participle or adjective
    («موبتي | القريبة»، «زبيد | التابعة لمحافظة الحديدة»، «تعز | المحاصرة»، «أنسي | الواقعة جنوب شرق فرنسا») or a noun
    in apposition («جيتيغا | المنطقة المؤيدة لـ …») — and stays out of the speaker's phrase (GUIDELINES 9.32.15,
    9.32.26, 9.33.5: train-a gold 8 out, 0 in); a nisba stays in («مدينة الموصل العراقية»: 6 in, 2 out)."""
    n = a.nt[k]
    if a.tok_mention[k] is not None or a.cue[k] is not None or not n.isalpha() or not starts_with_article(n):
        return False
    if is_nisba(strip_article(n)) or n in RELATIVE_WORDS or n in TIME_WORDS:
        return False
    return not head_agrees(a, head, k)


def head_agrees(a: Article, head: int | None, k: int) -> bool:
    """The speaker's head token `head` is definite and of token k's gender: k may describe him as well as the place
    before it («الناشط الإعلامي في حلب | المعارض للنظام»: the activist is the opponent), so k stays in his phrase; a
    definite word cannot agree with an indefinite head («ناشط في حلب | المعارضة للنظام»، «أحد الضباط في بلدة موبتي |
    القريبة»), nor one of the other gender with a definite one («المسؤول في مدينة تعز | المحاصرة»): the place's."""
    if head is None or not is_definite(a.nt[head]):
        return False
    feminine = is_feminine(a.nt[k])
    m = place_before(a, k)
    if m is not None and place_feminine(a, m) == feminine:
        return False  # «في مخيم اليرموك | المحاصر»، «في حي الوعر | الخاضع لسيطرة …»: it agrees with the place too
    return is_feminine(a.nt[head]) == feminine


def place_feminine(a: Article, m: int) -> bool:
    """Place mention m takes a feminine adjective: by its trigger word, inside the name or right before it («مخيم
    اليرموك»، «حي الوعر»: masculine; «مدينة تعز»: feminine; data/place_triggers.txt), else a bare city's name is
    feminine («حلب»، «دمشق»), a definite one masculine («العراق»، «اليمن»). Why: `head_agrees` gave a masculine head
    «المحاصر»، «الخاضع …» after a masculine place, and «الطبيب في حي الوعر | الخاضع لسيطرة …» lost its place (RVF11)."""
    first = a.token_of(a.mentions[m].start)
    for t in (first, first - 1):
        if t >= 0 and in_lexicon(a.nt[t], PLACE_TRIGGERS):
            return is_feminine(a.nt[t])
    return not is_definite(a.nt[first])


def tying(n: str) -> bool:
    """An adjective tying a source to whoever follows its ل (موالية لهادي، مقرب لرئيس الوزراء)."""
    return n in AFFILIATED_TO or n in CLOSE_TO


def tie_title(n: str, first: bool) -> bool:
    """A word of the title before the name a source is tied to: definite (الرئيس، الوزراء), or its head first,
    indefinite and perhaps glued to ل («لرئيس الوزراء حيدر العبادي»، «من وزير الدفاع …»)."""
    return title_word(n) or (first and in_lexicon(n, ROLE_HEADS))


def title_word(n: str) -> bool:
    """A definite word that may stand before a name (الرئيس، الفرنسي), not a date or a function word."""
    return is_definite(n) and n not in TIME_WORDS and n not in FUNCTION_WORDS


def body_named(a: Article, z: Zone, m: int, lim: int) -> int:
    """A body or place mention qualifying a source joins its phrase, with the adjectives right after its name."""
    z.cands.append((m, "title"))
    e = a.mention_last[m] + 1
    while e < lim and e - a.mention_last[m] <= LIMITS.qualifier_words and (trailing_adjective(a, e) or joined(a, e)):
        if locator(a, e, z.head()):
            break  # «في بلدة موبتي | القريبة»: the place's, not the source's (9.32.26)
        e += 1  # «مصادر مطلعة في مدينة الموصل العراقية»: an adjective outside the name still qualifies the source
    z.desc.append(e - 1)
    return e
