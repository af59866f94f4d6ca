"""Who speaks, from what the zone found: a statement's issuer, a person, a title's holder, a body, a source."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace

from app.nlp.claim_cues import (
    COMPLEMENTISERS,
    OUTLET_WORDS,
    SOURCE_QUALIFIER_PREPS,
    SPEAKER_FIELDS,
    STATEMENT_WORDS,
    TIME_WORDS,
    norm,
)
from app.nlp.claims.article import Article
from app.nlp.claims.config import LIMITS
from app.nlp.claims.extents import qualifies
from app.nlp.claims.qualifiers import CONSTRUCT_HEADS, SOURCE_QUANTITIES
from app.nlp.claims.segments import MEDIA
from app.nlp.claims.state import Discourse, Mode, Role, Zone
from app.nlp.claims.vocab import (
    BODY_NOUNS,
    CLOSE_TO,
    COMMAS,
    DESCRIPTION_FILLERS,
    FROM,
    GENERAL_SOURCE_HEADS,
    INFORMANT_ANAPHORS,
    NON_INFORMANTS,
    ON_BEHALF,
    OTHER_WORDS,
    OUR,
    PEOPLE_HEADS,
    POINTING_WORDS,
    POST_HEADS,
    PRONOUN_SUFFIXES,
    RELATIVE_WORDS,
    SAME_WORDS,
    SOURCE_NOUNS,
    SOURCE_SINGULARS,
    field_stem,
    head_stem,
    nationality,
    people_plural,
    people_word,
    source_stem,
    vague_role,
)
from app.nlp.lexicon import FUNCTION_WORDS, RANKS, ROLE_HEADS, TITLE_WORDS
from app.nlp.morphology import (
    in_lexicon,
    is_definite,
    is_nisba,
    lam_article,
    lam_clitic,
    lam_glued,
    lam_noun,
    masculine,
    opens_with_bi,
    opens_with_lam,
    strip_article,
    without_conjunction,
)
from app.nlp.quotes import OPENING_QUOTES
from app.nlp.types import SourceRef, SpeakerRef

SPEAKER_TYPES = ("person", "unit", "place")
GLUED_BI = ("ب", "وب", "فب")  # ب glued before a name in its token (بمجلس النواب)
GLUED_ARTICLE = ("لل", "بال")  # ل or ب glued to a definite word (للرئيس): a preposition governs it
ON = "علي"  # «المسؤول على الحملة»: a qualifier of the noun's own
SINGLE_HEADS = ROLE_HEADS | frozenset(SOURCE_SINGULARS.values())  # مسؤول، مصدر، متحدث: one person's head
HOLDING_HEADS = ROLE_HEADS | SOURCE_NOUNS  # مسؤول، ممثل، مصدر: an indefinite description holding a name opens with one


def resolve(a: Article, z: Zone, cue_i: int, st: Discourse) -> tuple[SpeakerRef | None, Mode]:
    """Speaker from the zone: statement issuer, person, title holder, unit or place, or vague words."""
    if z.statement:
        received_by_outlet(a, z)
        issued = statement_issuer(a, z, cue_i, st)
        if issued is not None:
            return issued
        after = z.desc and z.desc[0] > 0 and a.nt[z.desc[0] - 1] in STATEMENT_WORDS
        if after and not lam_article(a.nt[z.desc[0]]):  # «وحسب تقرير إحصائي»: the whole phrase
            z.desc.insert(0, z.desc[0] - 1)  # «بيان | للجنة التنسيقية»: the body that issued it, alone
    spec = a.cue[cue_i]
    if spec is not None and spec.form != "relay":  # «نقل … عن ملحق بسفارة موسكو»: the words after عن are the source
        # «وقال للجنة الشؤون الخارجية بمجلس النواب»: a name after a glued ب or ل is no subject
        z.cands = [(m, role) for m, role in z.cands if role == "title" or not governed_by_preposition(a, m)]
    named = named_person(a, z)
    if named is not None:
        return named
    internal = [m for m, role in z.cands if role == "title"]  # before after_source turns names into titles
    spoken = spoken_body(a, z, cue_i, st)
    if spoken is not None:
        return spoken, "desc"
    if z.desc and not z.vague and (titled_speaker := title_or_body(a, z, cue_i)) is not None:
        return titled_speaker
    if z.vague and z.desc:
        after_source(a, z)
    others = [m for m, role in z.cands if role != "title" and a.mentions[m].type in SPEAKER_TYPES]
    if others and spoken_for(a, z, others[0]):  # «وقال الناطق باسم هيئة الكوارث»: the spokesman, of that body
        return holding_phrase(a, z, others[0]), "vague"
    if others:
        return a.ref(others[0]), "named"
    if z.desc:
        return unnamed_source(a, z, cue_i, st, internal)
    if internal:
        return a.ref(internal[0]), "named"
    return None, "none"


def named_person(a: Article, z: Zone) -> tuple[SpeakerRef, Mode] | None:
    """The person the zone names as subject, or the description holding the first name («مسؤول بحملة كلينتون»)."""
    persons = [m for m, role in z.cands if a.mentions[m].type == "person" and role != "title"]
    if len(persons) > 1 and governed(a, z, persons[0]):  # «ممثل السيستاني أحمد الصافي»: the second one speaks
        persons = persons[1:]
    persons = [m for m in persons if not after_body(a, z, m)]
    subjects = [m for m, role in z.cands if role != "title" and a.mentions[m].type in SPEAKER_TYPES]
    if subjects and held_name(a, z, (persons or subjects)[0]):  # «مسؤول بحملة كلينتون»: the description speaks
        return holding_phrase(a, z, (persons or subjects)[0]), "vague"
    if persons:
        return a.ref(persons[0]), "named"
    return None


def spoken_body(a: Article, z: Zone, cue_i: int, st: Discourse) -> SpeakerRef | None:
    """A lone definite noun heading bodies the article names («وأضاف المجلس») is the one of them that spoke in the
    cue's paragraph, not the last one named («مجلس الشورى» in the words between); None when none did or the last one
    named is it. Why: `Article.unit_by_head` knows only the order of names (train-a 3329 → 3330, train-b 3519 →
    3520, dev 292 on gold mentions)."""
    if len(z.desc) != 1 or z.cands or not is_definite(n := a.nt[z.desc[0]]) or in_lexicon(n, TITLE_WORDS):
        return None
    last = a.unit_by_head(n, cue_i)
    if last is None:
        return None
    keys = {a.mentions[m].key for m in a.units_by_head.get(strip_article(n), ())}
    for ref in reversed(st.history):
        if a.para[a.token_of(ref.start)] != a.para[cue_i]:
            return None
        if ref.mention is not None and a.mentions[ref.mention].key in keys:
            same = a.mentions[ref.mention].key == a.mentions[last].key
            return None if same or not said_by(a, ref) else desc_ref(a, z.desc, ref.mention)
    return None


def said_by(a: Article, ref: SpeakerRef) -> bool:
    """The speaker is written right after its cue («وذكر المجلس الوطني …»): it spoke there, not a guess from a name
    before the cue."""
    k = a.token_of(ref.start)
    return k > 0 and a.cue[k - 1] is not None


def title_or_body(a: Article, z: Zone, cue_i: int) -> tuple[SpeakerRef, Mode] | None:
    """A title whose holder the article names speaks as that person; a noun for a body named before, as that body."""
    p = title_holder(a, z.desc, cue_i, closing_bodies(a, z))
    if p is None and not z.statement:
        p = introduced_as(a, z, cue_i)
    if p is not None:
        return desc_ref(a, z.desc, p), "desc"
    for t in z.desc:
        u = a.unit_by_head(a.nt[t], cue_i)
        if u is None and len(z.desc) == 1 and is_definite(a.nt[t]):
            u = last_outlet(a, a.nt[t], cue_i)  # وقالت الصحيفة: the paper named before
        if u is None:
            continue
        if len(z.desc) == 1:  # وقالت الوزارة: a bare noun for a body named earlier is that body
            return desc_ref(a, [t], u), "desc"
        return described(a, z, u), "desc"  # المتحدث باسم الوزارة: a role in the body
    return None


def unnamed_source(a: Article, z: Zone, cue_i: int, st: Discourse, internal: list[int]) -> tuple[SpeakerRef, Mode]:
    """A description naming no one: the body its noun heads or introduced, the source described before, else the
    words themselves, tied to a unit the zone named as a title."""
    if len(z.desc) == 1 and is_definite(a.nt[z.desc[0]]):
        u = a.unit_by_head(a.nt[z.desc[0]], cue_i)
        if u is not None:  # وقال المعهد: a vague noun heading a body named earlier is that body
            return desc_ref(a, z.desc, u), "desc"
    earlier = anaphor(a, z, st)
    if earlier is not None:  # وأضاف المصدر: the source described before
        return earlier, "cont"
    body = named_body(a, z, cue_i)
    if body is None:
        body = unit_holding(a, z.desc, cue_i)  # «وذكرت الخارجية» after «وزارة الخارجية الروسية»
    if body is not None:  # «منظمة "هيومن رايتس ووتش"» … وأشارت المنظمة: the body that noun introduced
        return desc_ref(a, z.desc, body), "desc"
    units = [m for m in internal if a.mentions[m].type == "unit"]
    return described(a, z, units[0] if units else None), "vague"


def another(ref: SpeakerRef, st: Discourse) -> SpeakerRef:
    """«X آخر/أخرى» with nothing else (جناح آخر، شاهدة أخرى) takes the kind of the latest unnamed speaker headed by X
    («جناح من المسلحين … جناح آخر»: descriptive); as it stands with none. Why: GUIDELINES 9.35.6e, «X آخر» takes X's
    kind (11 of 11), where the bare noun alone read anonymous."""
    words = norm(ref.text).split()
    if len(words) != 2 or words[1] not in OTHER_WORDS or ref.affiliation is not None:
        return ref
    head = source_stem(words[0])
    earlier = next((r for r in reversed(st.unnamed) if source_stem(_first_word(r)) == head), None)
    return ref if earlier is None else replace(ref, kind=earlier.kind)


def received_by_outlet(a: Article, z: Zone) -> None:
    """«بيان للجنة التنسيقية للائتلاف تلقت «اليوم» نسخة منه»: an outlet named after the unnamed body that issued the
    statement received it; it is the claim's source, no candidate issuer (GUIDELINES 9.33.10)."""
    if not z.desc:
        return
    outlets = [m for m, _ in z.cands if a.mentions[m].subtype == MEDIA and a.token_of(a.mentions[m].start) > z.desc[-1]]
    if not outlets:
        return
    z.cands = [(m, role) for m, role in z.cands if m not in outlets]
    z.source = z.source or SourceRef(a.mentions[outlets[0]].text, outlets[0])


def statement_issuer(a: Article, z: Zone, cue_i: int, st: Discourse) -> tuple[SpeakerRef, Mode] | None:
    """The body that issued a statement («وقال البيان»), remembered as the issuer; None to read the zone further.
    Why apart: a statement speaks for a body, never for a person in it, so it is settled before persons are read."""
    units = [m for m, _ in z.cands if a.mentions[m].type != "person"]
    if units:
        return remember_issuer(a, cue_i, st, a.ref(units[0])), "named"
    for t in z.desc:
        u = a.unit_by_head(a.nt[t], cue_i)
        if u is not None and t > z.desc[0] and lam_article(a.nt[z.desc[0]]):
            # «بيان للجنة التنسيقية | للائتلاف»: a body of the one named earlier issued it, its phrase speaks
            return remember_issuer(a, cue_i, st, described(a, z, u)), "desc"
        if u is not None:  # بيان الوزارة: the body named earlier
            return remember_issuer(a, cue_i, st, SpeakerRef(a.toks[t].text, a.toks[t].start, a.toks[t].end, u)), "desc"
    issuer = st.issuer.mention if st.issuer is not None else None
    kept = issuer is not None and name_holds(a, z.desc, a.mentions[issuer].canonical)
    u = None if kept else unit_holding(a, z.desc, cue_i)
    if u is not None:  # «وقال البيان الأوروبي»: the body whose name holds the statement's nisba
        return remember_issuer(a, cue_i, st, desc_ref(a, z.desc, u)), "desc"
    return (st.issuer, "desc") if st.issuer is not None else None


def remember_issuer(a: Article, cue_i: int, st: Discourse, ref: SpeakerRef) -> SpeakerRef:
    """The one write of a statement's issuer into the discourse, ref returned; a headline's is not kept. Why: the
    body's «بحسب البيان» is not the headline's statement (RV3: «أكد بيان وزارة الصحة …» gave the body's claim its
    source)."""
    if not a.in_headline(cue_i):
        st.issuer = ref
    return ref


def named_body(a: Article, z: Zone, cue_i: int) -> int | None:
    """The unit introduced before the cue by the zone's lone definite noun («منظمة "هيومن رايتس ووتش"» → المنظمة),
    or None. Why: a unit whose own name opens with that noun was already taken by `resolve` (Article.unit_by_head)."""
    if len(z.desc) != 1 or not is_definite(a.nt[z.desc[0]]):
        return None
    return introduced_unit(a, strip_article(a.nt[z.desc[0]]), cue_i)


def unit_holding(a: Article, desc: list[int], cue_i: int) -> int | None:
    """The last unit named before the cue whose name holds every word of a definite description («الخارجية» →
    «وزارة الخارجية الروسية»، «السلطات القضائية» → «السلطات القضائية العراقية»، a construct «مكتب الحاكم» →
    «مكتب حاكم إقليم أغري»), or None. Why: `unit_by_head` reads only a name's first word, so a description by the
    name's other words found no body."""
    if not desc or not all(a.nt[t].isalpha() for t in desc) or not is_definite(a.nt[desc[-1]]):
        return None
    return unit_with_words(a, desc, cue_i)


def unit_with_words(a: Article, desc: list[int], cue_i: int) -> int | None:
    """The last unit named before the cue whose name holds every word at `desc` (`name_holds`), or None."""
    return next((m for m in a.units_before(cue_i) if name_holds(a, desc, a.mentions[m].canonical)), None)


def name_holds(a: Article, desc: list[int], name: str) -> bool:
    """Every word of the description is a word of the name, articles and feminine endings aside. Why as sets: a
    description takes the name's words in any order and agreement («البيان الأوروبي» for «الاتحاد الأوروبي»)."""
    return {masculine(strip_article(a.nt[t])) for t in desc} <= {
        masculine(strip_article(norm(w))) for w in name.split()
    }


def introduced_unit(a: Article, head: str, cue_i: int) -> int | None:
    """The last unit named before the cue right after that common noun («شركة سوما»، «منظمة "هيومن رايتس ووتش"»)."""
    return next(
        (m for m in a.units_before(cue_i) if (k := a.word_before(m)) >= 0 and strip_article(a.nt[k]) == head), None
    )


def after_source(a: Article, z: Zone) -> None:
    """A name after a vague source is no rival subject: with ب or ل glued it closes the source's phrase («المكتب
    الإعلامي للمقاومة الشعبية»), bare it is who was told or addressed («أبلغ مسؤولون حكوميون رويترز أنهم»)."""
    cands: list[tuple[int, Role]] = []
    for m, role in z.cands:
        if role == "title" or a.token_at(a.mentions[m].start) < z.desc[0]:
            cands.append((m, role))
        elif governed_by_preposition(a, m) or lam_article(a.nt[a.token_at(a.mentions[m].start)]):
            cands.append((m, "title"))
    z.cands = cands


def governed_by_preposition(a: Article, m: int) -> bool:
    """Mention m is written with ب or ل glued before it in its token (بمجلس النواب، لهادي): never a subject."""
    men = a.mentions[m]
    tok = a.toks[a.token_of(men.start)]
    if not tok.start < men.start:  # the name opens its own token: nothing glued before it
        return False
    glued = a.text[tok.start : men.start]
    return lam_clitic(glued) or glued in GLUED_BI


def held_name(a: Article, z: Zone, m: int) -> bool:
    """Mention m is named inside an unnamed description that opens the zone («مسؤول بحملة كلينتون»، «عضو في حزب
    الرئيس اليمني السابق علي عبدالله صالح»، «ممثل خامنئي»، «مقربون من بايدن»): an indefinite role, source or people
    noun first (`holding_head`), the name its genitive, past a preposition or past «من» after a closeness word; a
    construct head before the noun («أحد خصوم بايدن», «أحد المقربين من بايدن») is read past. Why: the name then says
    whose the speaker is; he is not named himself."""
    if not z.desc:
        return False
    first, k = z.desc[0], a.token_at(a.mentions[m].start)
    counted = a.nt[first] in CONSTRUCT_HEADS and first + 1 < k  # «أحد خصوم بايدن»، «أحد المقربين من بايدن»
    first += counted
    n = a.nt[first]
    held = holding_head(n) or people_word(n, a.toks[first].text)
    if not first < k <= first + LIMITS.holder_reach or (is_definite(n) and not counted) or not held:
        return False
    if any(a.nt[p] in COMMAS or a.nt[p] in COMPLEMENTISERS or a.in_quote[p] for p in range(first + 1, k)):
        return False
    if definite_title(a, first, k):  # «رئيس المجلس البلدي … الدكتور عبدالملك الجنيدي»: the name is its holder
        return False
    if a.mentions[m].type == "person":
        return k == first + 1 or genitive_person(a, first, k) or close_to(a, first, k)
    holder = any(a.mentions[c].type == "person" for c, role in z.cands if role != "title")  # he holds it
    return a.mentions[m].type == "unit" and not holder and genitive_unit(a, first, k)


def holding_head(n: str) -> bool:
    """An indefinite word that may open a description holding a name: a role or source noun (مسؤول، مصدر), or people
    told by their side, closeness, trade or tie to someone, in construct too (`PEOPLE_HEADS`: خصوم، مقربون، مهندسو،
    مساعدي، مقربي). Why: «ويشير مقربون من بايدن»، «ويقول خصوم كلينتون»، «وقال أحد مقربي بايدن» gave the name the
    claim; the phrase is the speaker (GUIDELINES 9.31.8, 9.31.10)."""
    return in_lexicon(n, HOLDING_HEADS) or in_lexicon(n, PEOPLE_HEADS)


def close_to(a: Article, first: int, k: int) -> bool:
    """The person at token k follows «من» after a closeness word («مقربون من بايدن»، «مصدر قريب من بايدن»): the
    people near him speak, not he (GUIDELINES 9.31.10)."""
    return k - 2 >= first and a.nt[k - 1] == FROM and in_lexicon(a.nt[k - 2], CLOSE_TO)


def definite_title(a: Article, first: int, k: int) -> bool:
    """The indefinite head at `first` is in construct with a definite word or another name before token k («رئيس
    المجلس»، «نائب رئيس الدائرة»، «رئيس مجلس الشورى»): the phrase is a definite title and a name after it its
    holder; an adjective, a preposition or the name itself right after the construct leaves it indefinite."""
    p = first + 1
    while p < k:
        w = a.nt[p]
        if a.tok_mention[p] is not None or is_definite(w):
            return True
        if not w.isalpha() or is_nisba(w) or w in SOURCE_QUALIFIER_PREPS or opens_with_bi(w) or opens_with_lam(w):
            return False
        p += 1
    return False


def genitive_unit(a: Article, first: int, k: int) -> bool:
    """The unit at token k is a genitive: right after the head («ممثل صندوق النقد»), after a preposition («مسؤول في
    …»، «متحدث باسم …»), after an indefinite noun («شركة فينيفست») or its quotation mark; not a bare name after an
    adjective («أبلغ مسؤولون حكوميون رويترز»: who was told)."""
    t = k - 1
    while t > first and a.nt[t] in OPENING_QUOTES:  # «منظمة «التأمين الاجتماعي»»
        t -= 1
    w = a.nt[t]
    return t == first or w in SOURCE_QUALIFIER_PREPS or opens_with_bi(w) or opens_with_lam(w) or construct_noun(a, t)


def construct_noun(a: Article, t: int, *, nisba_like: bool = False) -> bool:
    """Token t is an indefinite noun that may stand in construct with the name after it (بحملة، عائلة، شركة): a word of
    three letters or more (not هو), no article, no name, no function word; no nisba, unless `nisba_like` lets in a
    noun ending like one (هيئة، وكالة هيئة: `behalf_nouns`)."""
    w = a.nt[t]
    plain = len(w) > 2 and a.untagged_indefinite(t) and w not in FUNCTION_WORDS
    return plain and (nisba_like or not is_nisba(w))


def genitive_person(a: Article, first: int, k: int) -> bool:
    """The person at token k is a genitive: right after an indefinite noun («بحملة كلينتون»، «عائلة الملا عمر») or
    after the definite title he holds that is itself a genitive («حزب الرئيس اليمني السابق علي عبدالله صالح»،
    «موالٍ للرئيس عبد ربه منصور هادي»), ranks and honorifics before him aside."""
    t = k - 1
    while t > first and in_lexicon(a.nt[t], RANKS):
        t -= 1
    w = a.nt[t]
    if t > first and construct_noun(a, t):
        return True
    for _ in range(LIMITS.qualifier_words):  # back over the title's adjectives (اليمني السابق) to its role word
        if t <= first or in_lexicon(w, ROLE_HEADS) or not is_definite(w):
            break
        t -= 1
        w = a.nt[t]
    if t <= first or not is_definite(w) or not in_lexicon(w, ROLE_HEADS):
        return False
    before = a.nt[t - 1]
    return w.startswith(GLUED_ARTICLE) or (
        t - 1 > first and before.isalpha() and not is_definite(before) and not in_lexicon(before, ROLE_HEADS)
    )


def fronted_holding(a: Article, cue_i: int, ref: SpeakerRef) -> SpeakerRef | None:
    """The indefinite description holding a subject named before the cue («لكن مصدرا على صلة بميشيل بلاتيني قال»،
    «لكن قائد شرطة ولاية يوبي قال»), or None: the same test as `held_name`, from the nearest role or source noun
    before the name in its sentence. Why: a fronted subject is read without a zone."""
    if ref.mention is None or ref.kind != "named":
        return None
    k = a.token_at(a.mentions[ref.mention].start)
    if k >= cue_i:
        return None
    lo = max(a.sent_start[k], k - LIMITS.holder_reach) - 1
    first = next((p for p in range(k - 1, lo, -1) if in_lexicon(a.nt[p], HOLDING_HEADS)), None)
    if first is None:
        return None
    z = Zone(cands=[(ref.mention, "subject")], desc=list(range(first, k)))
    return holding_phrase(a, z, ref.mention) if held_name(a, z, ref.mention) else None


def holding_phrase(a: Article, z: Zone, m: int) -> SpeakerRef:
    """The description that holds mention m, run on to the name's end: a descriptive speaker of that body or person."""
    ref = desc_ref(a, z.desc, None)
    end = max(ref.end, a.mentions[m].end)
    unit = m if a.mentions[m].type == "unit" else None
    return SpeakerRef(a.text[ref.start : end], ref.start, end, None, "descriptive", unit)


def after_body(a: Article, z: Zone, m: int) -> bool:
    """Person m follows the zone's first candidate, a body's name, at once («مكتب الرئيس الفرنسي فرانسوا هولاند»،
    «مكتب رئيس الكاميرون بول بيا»): he is the one the body's name points to, and the body speaks."""
    if not z.cands or z.cands[0][1] != "subject":
        return False
    body = a.mentions[z.cands[0][0]]
    return body.type == "unit" and a.token_at(a.mentions[m].start) == a.token_at(body.end)


def governed(a: Article, z: Zone, m: int) -> bool:
    """Person m is the genitive of a title (ممثل السيستاني، محامي كلينتون، الناطقة باسم دي ميستورا), not its holder:
    the word before the name is an indefinite title word or باسم."""
    k = a.token_at(a.mentions[m].start) - 1
    if k < 0 or k not in z.desc:
        return False
    n = a.nt[k]
    return n == ON_BEHALF or (n.isalpha() and not is_definite(n) and in_lexicon(n, TITLE_WORDS))


def closing_bodies(a: Article, z: Zone) -> set[str]:
    """The bare words of the bodies named right after a title description, inside it («رئيس | منظمة الطاقة الذرية
    الإيرانية»، «المتحدثة باسم | المفوضية»). Why: the body says whose title it is, as `represented` does for the
    words after باسم the description holds itself; unread, the latest holder of the head word took the claim. Only
    after an indefinite last word (a construct, باسم): after a definite one the body is the verb's object («ودعا
    الرئيس الأميركي الاتحاد الأفريقي»)."""
    if not z.desc or is_definite(a.nt[z.desc[-1]]):
        return set()
    lead = behalf_nouns(a, z.desc[-1])
    end = a.toks[lead[-1] if lead else z.desc[-1]].end
    inner = [a.mentions[m] for m in title_units(a, z)]
    return (
        (
            {strip_article(norm(w)) for m in inner if end <= m.start <= end + LIMITS.body_gap for w in m.text.split()}
            | {strip_article(a.nt[t]) for t in lead}
        )
        - DESCRIPTION_FILLERS
        - FUNCTION_WORDS
    )


def spoken_for(a: Article, z: Zone, m: int) -> bool:
    """Unit m is the body a description closing with باسم speaks for («الناطق باسم | وكالة | هيئة إدارة الكوارث»),
    no holder of that title found: the unnamed spokesman speaks, of that body. Why: the body itself took the claim,
    named where the gold speaker is descriptive (issue 13, DSN1)."""
    if not z.desc or a.mentions[m].type != "unit" or all(a.nt[t] != ON_BEHALF for t in z.desc):
        return False
    last = z.desc[-1]  # «الناطق باسم وكالة هيئة | إدارة الكوارث»: the plain nouns may be read into the description
    return a.token_at(a.mentions[m].start) == last + 1 + len(behalf_nouns(a, last))


def behalf_nouns(a: Article, k: int) -> list[int]:
    """The plain nouns right after a description's closing باسم at token k, before the body's name («الناطق باسم |
    وكالة | هيئة إدارة الكوارث»): words of the body it speaks for. Why: unread, the body's name lay too far past باسم
    to close the title, and a spokesman of another body named later took the claim (issue 13, DSN1)."""
    if a.nt[k] != ON_BEHALF:
        return []
    run: list[int] = []
    t = k + 1
    while t < len(a.nt) and len(run) < LIMITS.qualifier_words and a.sent_start[t] == a.sent_start[k]:
        if not construct_noun(a, t, nisba_like=True) or a.cue[t] is not None:
            break
        run.append(t)
        t += 1
    return run


def title_holder(a: Article, desc: list[int], cue_i: int, bodies: Collection[str] = ()) -> int | None:
    """The person mention whose titles (or introducing words) best match a title description (and the bodies closing
    it, `closing_bodies`)."""
    words = {strip_article(a.nt[t]) for t in desc} - DESCRIPTION_FILLERS
    role_toks = [t for t in desc if in_lexicon(a.nt[t], TITLE_WORDS)]
    heads = {strip_article(a.nt[t]) for t in role_toks}
    if not heads:
        return None
    main = strip_article(a.nt[role_toks[0]])
    # «ضابط إسرائيلي» (no article, no construct) introduces someone new: only a holder of that very role can
    # be him; «المسؤول العراقي» or «وزير الخارجية الفرنسي» may point back at the one named before.
    indefinite = not any(is_definite(a.nt[t]) or (t + 1 < len(a.nt) and is_definite(a.nt[t + 1])) for t in role_toks)
    nisbas = {masculine(w) for w in words if is_nisba(w) and w not in ROLE_HEADS}
    body = represented(a, desc) | set(bodies)
    best: tuple[bool, int, int, int] | None = None
    best_m: int | None = None
    index = a.holders
    # Only persons sharing a role head (or, for a definite title, a nisba) can pass the test below.
    pool = set().union(*(index.by_word.get(h, ()) for h in heads))
    if not indefinite:
        pool = pool.union(*(index.by_nisba.get(n, ()) for n in nisbas))
    for mi in sorted(pool):
        m = a.mentions[mi]
        tw, their = index.words_of[mi]
        if not agree(a, nisbas, their, bool(heads & tw)):
            continue  # وزير الخارجية الفرنسي is not the one introduced as وزير الخارجية العراقي
        shared = nisbas & their
        if heads & POST_HEADS:  # another post: only a shared state tells («المتحدث الرسمي للخارجية» is not
            shared = a.national(shared)  # «وزير الخارجية المصري»); «المسؤول الأممي» may be «المبعوث الأممي»
        if not heads & tw and (indefinite or not shared):
            continue
        if indefinite and a.known_before(a.nt[role_toks[0]], a.toks[min(desc)].start, mi):
            continue  # «خبير نفطي» after «الخبير النفطي محمد الصالح» is another expert (9.33.2)
        if main in tw and names_principal(a, mi, main):
            continue  # «الرئيس اليمني» is not the one introduced as «مستشار الرئيس اليمني»
        if body and not body & tw:
            continue  # «الناطق باسم هيئة الكوارث» is not the one introduced as «الناطق باسم مكتب الأمم المتحدة»
        if body and not all(b <= body or body <= b for b in behalf_bodies(m.titles)):
            continue  # «المتحدث باسم وزارة الخارجية» is not the one titled «المتحدث باسم وزارة الداخلية»
        before = 1 if m.start < a.toks[cue_i].start else 0
        here = introduced_here(a, desc, a.token_at(m.start))
        key = (here, len(words & tw) + len(nisbas & their), before, m.start if before else -m.start)
        if best is None or key > best:
            best, best_m = key, mi
    return best_m


def behalf_bodies(titles: Iterable[str]) -> list[set[str]]:
    """The bare words after باسم in each of a person's titles («المتحدث باسم وزارة الداخلية» → وزارة، داخلية): the body
    he speaks for, which a description's body must name or be named by (the ministry, «الوزارة»). Why: one shared
    kind word («وزارة») made the Interior ministry's spokesman the Foreign ministry's (session 26 RVD1)."""
    words = [[strip_article(norm(w)) for w in t.split()] for t in titles]
    return [set(ws[ws.index(ON_BEHALF) + 1 :]) - DESCRIPTION_FILLERS for ws in words if ON_BEHALF in ws]


def names_principal(a: Article, m: int, head: str) -> bool:
    """Every title of mention m's entity that holds the head word opens, ranks aside, with another role word
    («مستشار الرئيس اليمني» for «الرئيس اليمني»): the head names whom he serves, not him. Why: the latest such
    adviser took the president's claims."""
    titles = [norm(t).split() for mm in a.by_key[a.mentions[m].key] for t in a.mentions[mm].titles]
    holding = [[strip_article(w) for w in t] for t in titles if head in {strip_article(w) for w in t}]
    roles = [next((w for w in t if not in_lexicon(w, RANKS)), head) for t in holding]  # past «الفريق»، «الدكتور»
    return bool(holding) and all(w != head and in_lexicon(w, ROLE_HEADS) for w in roles)


def agree(a: Article, ours: frozenset[str] | set[str], theirs: frozenset[str], same_head: bool) -> bool:
    """A description's nisbas and a holder's do not contradict: one side holds every nisba of the other, fields
    aside, or (the title's head word shared) the description adds no state's nisba («الوزير الاشتراكي الديمقراطي»
    is the one introduced as «وزير الاقتصاد الألماني»، «المسؤول الكردي» the one introduced as «مسؤول العلاقات
    الخارجية في حكومة الإقليم»); a country (العراقي / الفرنسي، Article.national) still tells holders apart."""
    added, other = (ours - theirs) - SPEAKER_FIELDS, (theirs - ours) - SPEAKER_FIELDS
    return not added or not other or (same_head and not a.national(added))


def introduced_as(a: Article, z: Zone, cue_i: int) -> int | None:
    """The person last introduced before the cue by the zone's definite noun and its nisbas («المحامية ليلى إحسان» …
    وقالت المحامية), or None. Why: `title_holder` reads only role and rank words, and an occupation noun
    («المحامية»، «البطريرك الماروني»، «القنصل») first in the zone points back at the one it introduced as surely."""
    desc = z.desc
    first = a.nt[desc[0]]
    head = strip_article(first)
    if not is_definite(first) or head in BODY_NOUNS or in_lexicon(first, TITLE_WORDS | SOURCE_NOUNS):
        return None
    if any(a.token_at(a.mentions[m].start) < desc[0] for m, _ in z.cands):  # «ذكرت مجلة "فوكوس" الألمانية»
        return None
    if not all(is_nisba(a.nt[t]) and is_definite(a.nt[t]) for t in desc[1:]):
        return None
    nisbas = {masculine(strip_article(a.nt[t])) for t in desc[1:]}
    limit = a.toks[cue_i].start
    index = a.holders
    found = [
        m
        for m in index.by_word.get(head, ())
        if a.mentions[m].start < limit
        and nisbas <= index.words_of[m][1]
        and (titled(a, head, m) or introduces(a, head, m))
    ]
    return found[-1] if found else None


def titled(a: Article, head: str, m: int) -> bool:
    """The noun is a word of one of the titles the mention's entity carries (المحامية for ليلى إحسان). Why: the
    article may have given her the title away from her name, where `introduces` does not look."""
    return head in a.title_words(m)


def introduces(a: Article, head: str, m: int) -> bool:
    """The noun stands before mention m in the words introducing it, with no relative clause between («المحامية
    ليلى إحسان», not «الدراسة التي أعدها الدكتور عمر الحسن»)."""
    k = a.token_at(a.mentions[m].start)
    at = next(
        (p for p in range(k - 1, max(-1, k - 1 - LIMITS.left_context), -1) if strip_article(a.nt[p]) == head), None
    )
    return at is not None and not any(a.nt[p] in RELATIVE_WORDS for p in range(at + 1, k))


def represented(a: Article, desc: list[int]) -> set[str]:
    """The words naming the body a spokesman speaks for, right after باسم in the description (empty without one,
    or when a name the description does not hold follows it: «المتحدث باسم | وزارة الخارجية»)."""
    at = next((n for n, t in enumerate(desc) if a.nt[t] == ON_BEHALF), len(desc))
    run: list[int] = []
    for t in desc[at + 1 :]:
        if t != desc[at + len(run)] + 1:
            break
        run.append(t)
    return {strip_article(a.nt[t]) for t in run} - DESCRIPTION_FILLERS


def introduced_here(a: Article, desc: list[int], k: int) -> bool:
    """The name at token k closes this very title (أكد مدير مكتب التعليم في محافظة القطيف عبد الكريم العليط):
    it follows the description in its sentence, a few tokens on, with no complementiser or quote between."""
    if not desc[-1] < k <= desc[0] + LIMITS.holder_reach or a.sent_start[k] > desc[0]:
        return False
    return not any(a.nt[p] in COMPLEMENTISERS or a.in_quote[p] for p in range(desc[-1] + 1, k))


def last_outlet(a: Article, n: str, before_tok: int) -> int | None:
    """The last media unit named before the cue, for a bare outlet noun (الصحيفة، الوكالة، القناة)."""
    if strip_article(n) not in OUTLET_WORDS:
        return None
    limit = a.toks[min(before_tok, len(a.toks) - 1)].start
    media = [mi for mi, m in enumerate(a.mentions) if m.subtype == MEDIA and m.start < limit]
    return media[-1] if media else None


def desc_ref(a: Article, desc: list[int], m: int | None) -> SpeakerRef:
    """A speaker reference spanning the description words, optionally resolved to mention m."""
    first_tok, last_tok = a.toks[desc[0]], a.toks[desc[-1]]
    start = first_tok.start
    first = a.nt[desc[0]]
    if lam_glued(first) and not lam_noun(first):  # a word of its own opening with ل (لجنة، لاجئون) keeps it
        start += 1  # لمصادر أمنية → مصادر أمنية
    return SpeakerRef(a.text[start : last_tok.end], start, last_tok.end, m)


def anaphor(a: Article, z: Zone, st: Discourse) -> SpeakerRef | None:
    """A lone definite source noun (المصدر، المصادر، المسؤول، المتحدث; هذه المصادر، المصدر ذاته) names the one
    described before; a definite noun with qualifiers that repeat part of an earlier phrase, that phrase
    (`repeated_part`)."""
    noun = a.lone_noun(z.desc)
    if noun is None:
        return repeated_part(a, z, st)
    head = source_stem(a.nt[noun])
    said = next((ref for ref in reversed(st.unnamed) if source_stem(_first_word(ref)) == head), None)
    if head in INFORMANT_ANAPHORS:  # «وأضاف المصدر» after «أحد العاملين في …»: the head need not repeat (9.20)
        # «المصدر نفسه» keeps an earlier phrase of its own head: "the same" source, not the one who spoke last
        latest = informant_before(st)
        if latest is not None and (said is None or (latest.start > said.start and not same_as_before(a, noun))):
            said = latest
    ante = z.antecedent
    if ante is not None and (said is None or a.toks[ante.desc[0]].start > said.start):
        return described_in_body(a, ante)  # introduced where it said nothing (عن مصادر مطلعة)
    if said is None and same_as_before(a, noun):  # «كما قالت الشرطة. وأضاف المصدر نفسه»: the last speaker
        return st.speaker
    if said is None and other_head(a, noun, st.speaker):  # «مصدر في الوزارة … وأضاف المسؤول» (§9.15)
        return st.speaker
    return said


def repeated_part(a: Article, z: Zone, st: Discourse) -> SpeakerRef | None:
    """A definite people or source noun whose qualifiers all repeat words of an earlier unnamed speaker's phrase, and
    not all of them («المصادر الطبية» after «مصادر طبية في مستشفى …»، «المسؤول الأمريكي» after «مسؤول كبير في الإدارة
    الأمريكية», «المصادر الصحافية» after «تقارير صحافية في ألمانيا»), is the latest such phrase, with its kind and
    affiliation; None for a bare noun (`anaphor` reads it), a whole repeat, a word of its own or a head that may not
    stand for the earlier one (`may_replace`). Why: ruling S25-1 (GUIDELINES 9.13, 9.15, 9.36.2; train-a 119, 169,
    471, 473)."""
    written = described(a, z, None)  # the words as written, a body closing them included, a time after them not
    words = [w for w in norm(written.text).split() if w not in POINTING_WORDS]
    if len(words) < 2 or not back_reference_head(words[0]):
        return None
    ours = [_word_forms(w) for w in words if w not in FUNCTION_WORDS]
    for ref in reversed(st.unnamed):
        if ref.start >= written.start:
            continue
        theirs = [_word_forms(w) for w in norm(ref.text).split() if w not in FUNCTION_WORDS]
        known: set[str] = set().union(*theirs[1:])  # the earlier head aside: «المسؤول التركي» needs «التركية»
        if all(forms & known for forms in ours[1:]):
            mine: set[str] = set().union(*ours)
            if not any(not forms & mine for forms in theirs[1:]):
                return None  # a whole repeat stands
            return ref if may_replace(words[0], ref, st, written.start) else None
    return None


def may_replace(head: str, ref: SpeakerRef, st: Discourse, at: int) -> bool:
    """The definite head (written at `at`) may stand for the head of the earlier phrase `ref`: the same noun in any
    number or a synonym (`head_stem`: «المتحدث» after «ناطق»), or a general source word (`GENERAL_SOURCE_HEADS`:
    «المصادر الصحافية» after «تقارير صحافية») when no other phrase before it has this head; never a plural after one
    person (a wider group). Why: GUIDELINES 9.36.2's final wording keeps «الصحف الإيرانية» after «مصادر إيرانية»,
    «الخبراء الأمنيون» after «مصدر أمني في الوزارة», a definite plural after a singular introducer (556 c9) and a head
    matching another phrase (923 c6) as written."""
    theirs = _head_words(ref)[-1]
    if in_lexicon(theirs, SINGLE_HEADS) and not in_lexicon(head, SINGLE_HEADS):
        return False
    stem = head_stem(head)
    if stem == head_stem(theirs):
        return True
    others = (r for r in st.unnamed if r is not ref and r.start < at)
    return stem in GENERAL_SOURCE_HEADS and not any(head_stem(_head_words(r)[-1]) == stem for r in others)


def back_reference_head(n: str) -> bool:
    """A definite noun naming people or sources (المصادر، المسؤول، الخبراء، السكان، التجار), not a body."""
    return is_definite(n) and (person_noun(n, ROLE_HEADS | SOURCE_NOUNS) or people_plural(n))


def _word_forms(n: str) -> set[str]:
    """A word's forms for matching a repeat: article, one conjunction, number and gender set aside (الأمريكيون،
    الأمريكية، وطبية → أمريكي، طبي)."""
    bare = without_conjunction(n)
    return {field_stem(n)} | ({field_stem(bare)} if bare is not None else set())


def informant_before(st: Discourse) -> SpeakerRef | None:
    """The last speaker when he is an unnamed phrase that may denote people who give information, not a medium, a
    platform, a report or a tally («وسائل إعلامية»، «حصيلة غير نهائية»), else None. Why: a bare «المصدر/المصادر»
    right after him goes back to him whatever his head (GUIDELINES 9.13, 9.20: the latest phrase; train-a 363, 431,
    453)."""
    last = st.speaker
    if last is None or last.mention is not None or last.kind == "named" or any(map(uninformed, _head_words(last))):
        return None
    return last


def _head_words(ref: SpeakerRef) -> list[str]:
    """A phrase's normalised words up to its head, read past a quantity or construct head and «من» («إحدى وسائل
    الإعلام»، «بعض المواقع»، «عدد من المصادر»): a medium behind a quantifier is still a medium (GUIDELINES 9.21)."""
    head: list[str] = []
    for w in norm(ref.text).split():
        head.append(w)
        if w not in CONSTRUCT_HEADS and w not in SOURCE_QUANTITIES and w != FROM:
            break
    return head


def uninformed(n: str) -> bool:
    """A phrase's first word heads no informant: a news, outlet, document or tally noun (`NON_INFORMANTS`)."""
    return strip_article(n) in NON_INFORMANTS


def other_head(a: Article, noun: int, last: SpeakerRef | None) -> bool:
    """A lone definite role noun (المسؤول، المتحدث) with no qualifier of its own, right after an unnamed speaker
    headed by another role or source noun of its number («مصدر في الوزارة … وأضاف المسؤول»): the head need not
    repeat (§9.15). A group noun (الطرفان) and a noun with its own qualifier («المسؤول على الحملة») are left as they
    stand."""
    if last is None or last.mention is not None or last.kind == "named":
        return False
    n, first = a.nt[noun], _first_word(last)
    after = a.nt[noun + 1] if noun + 1 < len(a.nt) else ""
    if after in SOURCE_QUALIFIER_PREPS or after == ON or opens_with_bi(after):
        return False
    return person_noun(n, ROLE_HEADS) and person_noun(first, ROLE_HEADS | SOURCE_NOUNS) and plural(n) == plural(first)


def person_noun(n: str, heads: Collection[str]) -> bool:
    """One of the role or source nouns that name a person or group (مسؤول، متحدث، مصدر), not a body."""
    return in_lexicon(n, heads) and strip_article(n) not in BODY_NOUNS


def plural(n: str) -> bool:
    """A source or role noun in the plural (مصادر، المسؤولون، مسؤولين، مصادرها); a singular with a pronoun suffix
    (مصدرها، مسؤوله) or a feminine ة (المسؤولة, normalised to ه) differs from its stem by that ending only."""
    stem, bare = source_stem(n), strip_article(n)
    return stem != bare and bare not in {stem + suffix for suffix in (*PRONOUN_SUFFIXES, OUR)}


def same_as_before(a: Article, noun: int) -> bool:
    """The source noun is followed by «نفسه»/«ذاته»: the same one as before, whoever spoke last (a demonstrative
    after it is the verb's object: «وأكد المصدر ذلك»)."""
    return noun + 1 < len(a.nt) and a.nt[noun + 1] in SAME_WORDS


def _first_word(ref: SpeakerRef) -> str:
    """The normalised first word of a speaker phrase."""
    words = norm(ref.text).split()
    return words[0] if words else ""


def described(a: Article, z: Zone, affiliation: int | None) -> SpeakerRef:
    """An unnamed speaker: the whole description, the body it belongs to, descriptive or anonymous."""
    desc = sorted(z.desc)
    while len(desc) > 1 and a.nt[desc[-1]] in TIME_WORDS:  # … في نيجيريا | اليوم الاثنين
        desc.pop()
    ref = desc_ref(a, desc, None)
    qualified = affiliation is not None or qualifies(a, desc[0], desc[-1] + 1)  # «مصدر في الوزارة»، «أمنيون»
    inner = [a.mentions[m] for m, role in z.cands if role == "title"]
    end = max([ref.end, *(m.end for m in inner if ref.start < m.start <= ref.end + LIMITS.body_gap)])
    if end > ref.end:  # المتحدث باسم | وزارة الداخلية: the body closes the phrase
        ref = replace(ref, text=a.text[ref.start : end], end=end)
    vague = z.vague or bare_people(a, desc) or vague_role([a.nt[t] for t in desc]) or lone_count(a, desc)
    anonymous = vague and not qualified
    return replace(ref, kind="anonymous" if anonymous else "descriptive", affiliation=affiliation)


def lone_count(a: Article, desc: list[int]) -> bool:
    """A count with nothing counted («وقال المئات»، «العشرات»): it names no one, as vague as «مراقبون». Why: GUIDELINES
    9.5 lists «المئات» among the vague plurals, anonymous; read as a bare definite word it was descriptive."""
    return len(desc) == 1 and a.nt[desc[0]] in SOURCE_QUANTITIES


def bare_people(a: Article, desc: list[int]) -> bool:
    """A word naming people by trade, allegiance or nation, alone or with only a nationality after it («ويقول التجار»،
    «قال الجمهوريون»، «التجار اليمنيون»): read by no source rule, it is still as vague as one (`people_plural`,
    `nationality`; GUIDELINES 9.32.8)."""
    head, *rest = desc
    return a.tok_mention[head] is None and people_plural(a.nt[head]) and all(nationality(a.nt[t]) for t in rest)


def title_units(a: Article, z: Zone) -> list[int]:
    """The bodies a zone names as titles, in order («مصدر في | وزارة الداخلية»): whom its description speaks for."""
    return [m for m, role in z.cands if role == "title" and a.mentions[m].type == "unit"]


def described_in_body(a: Article, z: Zone) -> SpeakerRef:
    """An unnamed speaker (`described`) tied to the first body its zone names as a title, if any."""
    units = title_units(a, z)
    return described(a, z, units[0] if units else None)
