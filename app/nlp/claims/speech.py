"""A claim at a speech verb or participle (قال، أكد، مشيراً، نقل … عن): zone, content, speaker, in that order."""

from __future__ import annotations

from dataclasses import replace

from app.nlp.claim_cues import COMPLEMENTISERS, RELAY_SAYING, CueSpec
from app.nlp.claims.article import Article
from app.nlp.claims.claim import carried_source, inherited_source, make, record_in_body
from app.nlp.claims.config import LIMITS
from app.nlp.claims.content import Content, content, postposed_clause, postposed_quote
from app.nlp.claims.continuing import (
    QAD,
    RESUMPTIVE_PREPS,
    Trace,
    adjacent_subject,
    continued_speaker,
    cue_gender,
    feminine_cue,
    fronted_subject,
    introduced_group,
    link_before,
    pointed_subject,
    postposed_subject,
    resumed_event,
    subject_after,
    subject_before_object,
)
from app.nlp.claims.documents import document_stem, pointed_document, speaking_document
from app.nlp.claims.extents import whole_phrase
from app.nlp.claims.ranker import rerank
from app.nlp.claims.segments import (
    MEDIA,
    document_ref,
    employer,
    fronted_relay,
    outlet_ref,
    outlet_word,
    relayed_pronoun,
    source_ref,
    talk_before,
    told_medium,
)
from app.nlp.claims.speaker import another, fronted_holding, remember_issuer, resolve
from app.nlp.claims.state import Discourse, Mode, Zone
from app.nlp.claims.vocab import (
    ACCORDING_TO,
    ANYONE,
    APPEAL_LEMMAS,
    AS,
    COLON_CUE,
    COMMAS,
    CONTENT_SUBJECTS,
    CONTRAST_CONNECTORS,
    EXISTENTIAL_NEGATIONS,
    GIVEN_TO,
    LAM,
    NEGATIONS,
    PLATFORM_LEADS,
    PLATFORMS,
    SPEECH_STARTERS,
    TOLD_LEMMAS,
)
from app.nlp.claims.zones import outlet_as_source, read_zone
from app.nlp.confidence import claim_features
from app.nlp.morphology import (
    BI,
    CONJUNCTIONS,
    chars_for_letters,
    is_definite,
    is_feminine,
    opens_with_bi,
    opens_with_lam,
    wa_joined,
    with_proclitic,
)
from app.nlp.types import Claim, SourceRef, SpeakerRef

RELAYED_FROM = "عن"  # نقل … عن X: X is the speaker
ACCUSATIVE_PARTICIPLE = "ا"  # a participle cue's accusative ending (داعيا، مطالبا): no verbal noun (مطالبة) reads so
CONTENT_PROCLITICS = "وبف"  # وأنه، بأنه، فأنه: no ل (لأنه gives a reason)
ACCUSATIVE_PLURAL = "ين"  # «دعت الكينيين إلى»: a sound plural in the accusative is the verb's object


def content_subject(n: str) -> bool:
    """أنه/أنها, bare or after و/ب/ف (وأنه، بأنه): the subject of a reported clause, so a present cue after it is the
    clause's own verb (never ل: «لأنه» gives a reason)."""
    return n in CONTENT_SUBJECTS or with_proclitic(n, CONTENT_SUBJECTS, CONTENT_PROCLITICS)


def speech_claim(a: Article, i: int, st: Discourse, trace: Trace | None, ranked: Trace | None = None) -> Claim | None:
    """Parse the speech cue at token i into a claim (or None when it has no speaker or complement)."""
    spec = a.cue[i]
    assert spec is not None and spec.form != "attrib"
    if i > 0 and a.nt[i - 1] in NEGATIONS:  # «ولم يوضح رزاق تحديدا التقارير»: a verb negated says nothing
        return None
    if nobody_says(a, i):  # «وليس هناك من يقول إن»، «ولا أحد يقول إن»: no one says it
        return None
    if spec.form == "present" and i > 0 and content_subject(a.nt[i - 1]):
        return None  # «واصفين أنه فعل جبان، وأنه يؤكد ضلال المنهج»: the reported clause's own verb, no cue
    if pointed_subject(a, i + 1, a.sent_end[i]) is not None:
        return None  # «أوضح ذلك وكيل الوزارة X، مشيرا»: ذلك points at the sentences before, the verb says nothing new
    spec, source, zone_from, relayed = relay_frame(a, i, spec)
    read = read_complement(a, i, st, spec, zone_from)
    if read is None:
        return None
    zone, (kind, start, end, last) = read
    if spec.strict and not straight_complement(a, i, spec, zone):
        return None
    clear_objects(a, i, st, spec, zone, relayed)
    chosen = choose_speaker(a, i, st, spec, zone, relayed, (start, end), trace, ranked)
    if chosen is None:
        return None
    spk, mode = chosen
    own = source or zone.source or platform(a, i, start) or fronted_relay(a, i) or trailing_relay(a, i, start)
    own = own or relayer_before(a, i, st, zone_from)
    own = own or told_object(a, i, start, spk) or told_between(a, i, start, spk)
    source = inherited_source(a, st, spk, own, zone.unrelayed, said_at=a.toks[i].start)
    source = source or pointed_document(a, i, zone)
    kept = carried_source(a, st, spk, source, zone, said_at=a.toks[i].start)
    advance_discourse(a, i, st, zone, spk, kept, last)
    st.stated = zone.statement and spk is not None and spk.mention is not None and not a.in_headline(i)
    feats = claim_features(mode, kind, spec.form, spec.strength)
    return make(a, kind, cue_text(a, i, spec, zone), start, end, spk, source, feats)


def relayer_before(a: Article, i: int, st: Discourse, zone_from: int) -> SourceRef | None:
    """«وكانت صحيفة "الخبر" نقلت عن مصادر عسكرية أن …»: for نقل with عن straight after it, the body named right before
    the verb (but قد and marks) relays the words of the one after عن: the claim's source (GUIDELINES §6, Source)."""
    spec = a.cue[i]
    if spec is None or spec.form != "relay" or zone_from != i + 2 or a.nt[i + 1] != RELAYED_FROM:
        return None
    ref, _ = fronted_subject(a, i, st)
    if ref is None or ref.mention is None:
        return None
    if any(a.nt[k] != QAD and a.nt[k].isalnum() for k in range(a.token_at(ref.end), i)):
        return None
    return SourceRef(ref.text, ref.mention)


def platform(a: Article, i: int, start: int) -> SourceRef | None:
    """«وكتب رزاق في بيان على فيسبوك أن»، «عبر حسابه في تويتر»: a platform named between the cue at token i and its
    content (to the sentence end when the content came first) is the claim's source (GUIDELINES 9.25.19)."""
    for k in range(i + 1, content_reach(a, i, start)):
        if quoted_words(a, k) or not platform_at(a, k):
            continue
        return platform_ref(a, k)
    return None


def platform_ref(a: Article, k: int) -> SourceRef:
    """The platform at token k as a source: its mention, else its word without a glued preposition (بتويتر)."""
    m = a.tok_mention[k]
    if m is not None:
        return SourceRef(a.mentions[m].text, m)
    tok = a.toks[k]
    return SourceRef(a.text[tok.start + (0 if a.nt[k] in PLATFORMS else chars_for_letters(tok.text, 1)) : tok.end])


def told_object(a: Article, i: int, start: int, spk: SpeakerRef | None) -> SourceRef | None:
    """«أبلغ مسؤولون حكوميون رويترز أن …»: the outlet a verb of data/told_lemmas.txt names as its object, between the
    cue and its content, is the claim's source (§6); never the speaker himself."""
    spec = a.cue[i]
    if spec is None or spec.lemma not in TOLD_LEMMAS:
        return None
    for k in range(i + 1, min(a.token_at(start), a.sent_end[i])):
        m = a.tok_mention[k]
        if m is None or (spk is not None and a.same(a.ref(m), spk)):
            continue
        found = SourceRef(a.mentions[m].text, m)
        return found if a.mentions[m].type != "person" and outlet_ref(a, found) else None
    return None


def told_between(a: Article, i: int, start: int, spk: SpeakerRef | None) -> SourceRef | None:
    """«أعلن العميد … أحد القادة المشاركين في تحرير عدن لـ«المدينة»: إن …»، «، وهو مسؤول سابق تحدث مع قناة
    الإخبارية، إن …»: a medium given the words, glued to ل (`segments.told_medium`) or after a lone لـ، or مع/إلى
    after a talk word (`segments.talk_before`), anywhere between the cue and its content (to the sentence end after a
    postposed cue, up to the next claim's cue: ««…»، قال X، وهو …، لـ«الإخبارية».») is the claim's source (§6), where
    the zone stopped reading before it. A name there counts only as a media mention (لـ"زين" after a title is the
    holder's company), never the speaker's employer («وهو المدير العام لهيئة الإذاعة البريطانية») or himself."""
    for k in range(i + 1, content_reach(a, i, start)):
        if a.quotes.get(k) is not None and a.speech_quote(a.quotes[k]):
            return None
        if next_cue(a, k):
            return None  # «…»، قال X، بينما قال المتحدث لـ"رويترز" إن …»: the next claim's outlet
        m = a.tok_mention[k]
        found = m if m is not None and told_medium(a, k, m) else given_medium(a, k)
        if found is None or employer(a, i, k) or (spk is not None and a.same(a.ref(found), spk)):
            continue
        return SourceRef(a.mentions[found].text, found)
    return None


def content_reach(a: Article, i: int, start: int) -> int:
    """Where the words between the cue at token i and its content end: the content's first token, or the sentence end
    when the content came first (a postposed cue): where `platform` and `told_between` look for a relay."""
    at = a.token_at(start)
    return min(at if at > i else a.sent_end[i], a.sent_end[i])


def next_cue(a: Article, k: int) -> bool:
    """Token k is another claim's speech cue after a comma, و or a narrator connector (بينما، فيما، كما): a relay past
    it is that claim's; after حسبما («حسبما ذكر أحدهم لوكالة …») it still relays this one."""
    spec = a.cue[k]
    if spec is None or spec.form == "attrib" or k == 0:
        return False
    return a.nt[k - 1] in COMMAS or a.nt[k - 1] in CONTRAST_CONNECTORS or wa_joined(a.nt[k])


def given_medium(a: Article, k: int) -> int | None:
    """The media mention after a lone لـ at token k, or after مع/إلى with a talk word before it: bare, in quotation
    marks (لـ«المدينة») or after an outlet word (مع قناة الإخبارية)."""
    n = a.nt[k]
    if n not in GIVEN_TO or (n != LAM and not talk_before(a, k)):
        return None
    j = k + 1
    while (
        j < len(a.nt)
        and j < k + 3
        and a.tok_mention[j] is None
        and (a.quotes.get(j) is not None or outlet_word(a.nt[j], glued=False))
    ):
        j += 1
    m = a.tok_mention[j] if j < len(a.nt) else None
    return m if m is not None and a.mentions[m].subtype == MEDIA else None


def trailing_relay(a: Article, i: int, start: int) -> SourceRef | None:
    """«…، حسبما نقلت "رويترز"»، «…، بحسب وكالة الأنباء الكويتية»، «…»، حسبما كتب في تغريدة على تويتر»: a relay
    closing the cue's sentence after its content names the outlet or platform (GUIDELINES 9.13, 9.25.19); after
    بحسب/وفقا the outlet ends the sentence, and a document there is the source itself («…، حسب التقرير»); a person
    there («حسبما أفاد الشحماني») is none."""
    c0 = a.token_at(start)
    lim = a.sent_end[i]
    link = next((p for p in range(c0 + 1, lim) if closing_link(a, p)), None) if c0 > i else None
    if link is None:
        return None
    d = link + 1
    doc = document_ref(a, d, lim) if d < lim and a.nt[link] in ACCORDING_TO and according_document(a.nt[d]) else None
    if doc is not None:
        return doc  # «…، بحسب البيان»، «…، بحسب بيان للجيش»: the document, its carrier first; «لتقرير X»: X, read on
    for k in range(link + 1, min(lim, link + 1 + LIMITS.trail_reach)):
        m = a.tok_mention[k]
        if a.nt[k] in COMMAS or (m is not None and a.mentions[m].type == "person"):
            return None
        if platform_at(a, k):
            return platform_ref(a, k)
        if m is not None:
            found = SourceRef(a.mentions[m].text, m)
            closes = a.nt[link] not in ACCORDING_TO or closing(a, m)  # «…، بحسب "رويترز".»
            return found if outlet_ref(a, found) and closes else None
    return None


def according_document(n: str) -> bool:
    """A document noun after بحسب/وفقا, bare or with ل glued to it (البيان، للتقرير، لتقرير)."""
    return document_stem(n) is not None or (opens_with_lam(n) and document_stem(n[1:]) is not None)


def closing(a: Article, m: int) -> bool:
    """Nothing but punctuation follows mention m in its sentence: «…، بحسب "رويترز".». Why: after بحسب/وفقا (a cue of
    its own) an outlet with more after it («…، بحسب وكالة … التي …») relays the claim's words too seldom."""
    return all(not a.nt[t].isalnum() for t in range(a.mention_last[m] + 1, a.sent_end[a.mention_last[m]]))


def closing_link(a: Article, p: int) -> bool:
    """Token p opens a trailing relay: بحسب/وفقا, or a speech verb after حسبما/كما (`postposed_link`), after a comma
    (past a closing quotation mark)."""
    n = a.nt[p]
    lead = p if n in ACCORDING_TO else a.postposed_link(p) if a.cue[p] is not None else None  # بحسب: a cue too
    if lead is None or lead < 1 or (a.cue[p] is not None and own_content(a, p)):
        return False
    k = lead - 1
    while k > 0 and not a.nt[k].isalnum() and a.nt[k] not in COMMAS:
        k -= 1
    return a.nt[k] in COMMAS


def own_content(a: Article, p: int) -> bool:
    """The link's verb at p has content of its own (a complementiser or a colon before the sentence ends, outside
    quotations): «…، كما ذكرت صحيفة "الوطن" أن الحكومة …» is a second claim, not a relay closing the first."""
    return any(
        not a.in_quote[k] and (a.nt[k] in COMPLEMENTISERS or a.nt[k] == COLON_CUE) for k in range(p + 1, a.sent_end[p])
    )


def quoted_words(a: Article, k: int) -> bool:
    """Token k is inside a quotation of words, not a quoted name alone («على "تويتر"»): a platform in quoted words is
    what the speaker talks about."""
    q = a.quotes.get(k - 1)
    return a.in_quote[k] and not (q is not None and q.end_i == k + 1)


def platform_at(a: Article, k: int) -> bool:
    """Token k is a platform (تويتر، بتويتر) the words were posted on (`posted_on`)."""
    n = a.nt[k]
    return (n in PLATFORMS or with_proclitic(n, PLATFORMS)) and posted_on(a, k)


def posted_on(a: Article, k: int) -> bool:
    """The platform at token k is where the words went (على تويتر، عبر فيسبوك، بتويتر، حسابه في تويتر), not a topic
    («بعد حجب تويتر»): a preposition glued to it, or a word of data/platform_leads.txt (past an open quote) before."""
    if a.nt[k] not in PLATFORMS:
        return opens_with_bi(a.nt[k])
    j = k - 1
    while j > 0 and not a.nt[j].isalnum():
        j -= 1
    return j >= 0 and a.nt[j] in PLATFORM_LEADS


def relay_frame(a: Article, i: int, spec: CueSpec) -> tuple[CueSpec, SourceRef | None, int, bool]:
    """Where the cue's zone starts, and for نقل … عن the relaying source: with عن right after the cue («ونقل عن مسؤول
    قوله») the zone starts after عن and no source is read here (`relayer_before` finds a body before the verb)."""
    lim = a.sent_end[i]
    relayed = relayed_pronoun(a, i + 1)  # «ونقلت عنه وكالة الصحافة الفرنسية قوله»: he speaks, the agency relays
    if relayed:
        return spec, None, i + 2, relayed
    if spec.form != "relay":
        return spec, None, i + 1, relayed
    an = next((k for k in range(i + 1, min(lim, i + LIMITS.relay_window)) if a.nt[k] == RELAYED_FROM), None)
    if an is not None and an == i + 1:  # «ونقل عن مسؤول قوله»، «وكانت صحيفة X نقلت عن مصادر أن»: who is after عن
        return spec, None, an + 1, relayed
    if an is None:  # «نقلت وكالة دوغان أن …»: نقل as "reported", its subject the speaker, أن straight after
        # after a postposed link («…، وفق ما نقلت وكالة الأناضول») the clause before is what it reported (session 25)
        strict = a.postposed_link(i) is None
        return replace(spec, form="past", strict=strict), None, i + 1, relayed
    return spec, source_ref(a, i + 1, an), an + 1, relayed


def read_complement(a: Article, i: int, st: Discourse, spec: CueSpec, zone_from: int) -> tuple[Zone, Content] | None:
    """The zone after the cue and what it says: its own complement, else a quotation or clause after the cue."""
    lim = a.sent_end[i]
    if zone_from < lim and a.nt[zone_from] in RESUMPTIVE_PREPS and link_before(a, i) is not None:
        zone_from += 1  # «بحسب ما أفاد به X، فإن …»: «به» points back to the link, it opens no complement
    zone = read_zone(a, zone_from, lim, spec, st.issuer)
    if zone.content_tok is None and zone.content_char is None:
        zone.content_tok = postposed_quote(a, i, st)
    if zone.content_tok is None and zone.stop == zone_from < lim and a.nt[zone_from] in SPEECH_STARTERS:
        zone.content_tok = zone_from  # «وقال نحن نعمل …»: the speaker's words at once, no أن, no name
    # «وفي سياق متصل، كما أكد ضرورة …»: «كما» opening the main clause is "also" (`link_before`), no clause before it
    linked = a.postposed_link(i) is None or link_before(a, i) is not None
    post = postposed_clause(a, i, st) if linked and not own_complement(a, i, zone) else None
    if post is not None and zone.nominal:  # «، كما أعلنت وكالة الأناضول»: the words after the cue name its speaker
        zone = read_zone(a, zone_from, lim, replace(spec, nominal=False), st.issuer)
    found = post or (content(a, zone, lim) if zone.content_tok is not None else None)
    return None if found is None else (zone, found)


def clear_objects(a: Article, i: int, st: Discourse, spec: CueSpec, zone: Zone, relayed: bool) -> None:
    """Names after a participle, a و-joined appeal or «نقلت عنه» are the cue's object or relay, never its speaker."""
    if spec.form == "participle":  # «داعيةً دول التكتل إلى»: unnamed words after a participle are its object
        zone.desc.clear()
        if a.nt[i].endswith(ACCUSATIVE_PARTICIPLE):  # «داعيا الجامعة إلى»: a name too; the subject speaks
            zone.cands.clear()
    if spec.lemma in APPEAL_LEMMAS and spec.prefixed and st.covered >= a.sent_start[i]:
        zone.cands.clear()  # «أكد القميشي أن …، وطالب قوات التحالف بالاستمرار»: the name is whom he calls on
        zone.desc.clear()
    if relayed:
        relay_only(a, zone)


def choose_speaker(
    a: Article,
    i: int,
    st: Discourse,
    spec: CueSpec,
    zone: Zone,
    relayed: bool,
    span: tuple[int, int],
    trace: Trace | None,
    ranked: Trace | None,
) -> tuple[SpeakerRef | None, Mode] | None:
    """The speaker named after the cue, else its subject before it, else the one the discourse goes on with; «X آخر»
    takes the kind of the X described before (`another`)."""
    if (who := existential_who(a, i)) is not None:  # «وهناك من يقول إن»
        return who, "vague"
    spk, mode = named_speaker(a, i, st, zone)
    if mode == "none" and (owner := resumed_event(a, i, st)) is not None:  # «رسالة من X عبر خلالها»
        spk, mode = owner, "named"
    spk, mode = fronted_speaker(a, i, st, spec, zone, (spk, mode))
    if mode == "none":
        if spec.form == "relay" and not relayed:
            return None
        spk, mode = continued_speaker(a, i, st, spec, zone, span, trace), "cont"
    spk, mode = speaking_document(a, i, zone, rerank(a, i, st, zone, (spk, mode), span, ranked), mode)
    return (another(introduced_group(a, spk), st) if spk is not None else None), mode


def existential_who(a: Article, i: int) -> SpeakerRef | None:
    """«وهناك من يقول إن»، «ثمة من يرى أن»: the relative «من» after an existential word right before the cue is its
    speaker, anonymous: someone the article does not name. Why: the continuation gave the claim to the last named
    speaker (train-a 345 c4: gold «من», anonymous)."""
    if not a.existential_subject(i):
        return None
    t = a.toks[i - 1]
    return SpeakerRef(t.text, t.start, t.end, None, "anonymous")


def nobody_says(a: Article, i: int) -> bool:
    """«وليس هناك من يقول إن»، «ولا يوجد من يقول»، «ولا أحد يقول»: the cue's subject is no one. Why: a negative that
    says nothing was said reports no content, no claim (GUIDELINES 9.13 negated cues; 9.34 «لم تعلن أي جهة مسؤوليتها»);
    `existential_who` gave it to «من», the continuation to the last speaker (RVB1)."""
    k = i - 2 if a.existential_subject(i) else i - 1 if i >= 1 and a.nt[i - 1] == ANYONE else None
    if k is None or k < 1:
        return False
    n = a.nt[k - 1]
    return n in EXISTENTIAL_NEGATIONS or with_proclitic(n, EXISTENTIAL_NEGATIONS, CONJUNCTIONS)


def named_speaker(a: Article, i: int, st: Discourse, zone: Zone) -> tuple[SpeakerRef | None, Mode]:
    """The speaker the zone names; an unnamed phrase read whole, or dropped when it is an appeal's object."""
    spk, mode = resolve(a, zone, i, st)
    if mode == "vague" and spk is not None and spk.mention is None:
        if appeal_object(a, i, spk):
            spk, mode = None, "none"
        else:
            spk = subject_before_object(a, i, whole_phrase(a, i, spk, zone.content_tok, outlets=True), st)
    if mode == "none" and (after := subject_after(a, i, zone)) is not None:  # «وأكد رجال أعمال أن»
        spk, mode = after, "vague"
    if mode == "none" and (post := postposed_subject(a, i)) is not None:  # «…، كما قالت مدعية المحكمة …»
        spk, mode = post, "named" if post.mention is not None else "vague"
    return spk, mode


def fronted_speaker(
    a: Article, i: int, st: Discourse, spec: CueSpec, zone: Zone, named: tuple[SpeakerRef | None, Mode]
) -> tuple[SpeakerRef | None, Mode]:
    """A plain verb inside its sentence may have its subject before it, which outranks a guess after it."""
    spk, mode = named
    if not (spec.form in ("past", "present") and not spec.prefixed and i != a.sent_start[i]):
        return spk, mode
    if mode == "none":
        spk, mode = fronted_subject(a, i, st)
    elif (subject := adjacent_subject(a, i, st, spec)) is not None:  # «وكان السيستاني دعا العبادي»
        spk, mode = subject
    elif zone.guessed:  # «وكالة رويتر كشفت النقاب عن …»: the subject came first
        fronted, how = fronted_subject(a, i, st)
        if fronted is not None:
            spk, mode = fronted, how
    if spk is not None and (held := fronted_holding(a, i, spk)) is not None:
        spk, mode = whole_phrase(a, i, held, zone.content_tok, outlets=True), "vague"  # «لكن مصدرا على صلة ب… قال»
    return spk, mode


def advance_discourse(
    a: Article, i: int, st: Discourse, zone: Zone, spk: SpeakerRef | None, source: SourceRef | None, last: int
) -> None:
    """Carry the claim into the discourse: its issuer, how far it reaches and who spoke (a headline's speaker, nor his
    statement's issuer, not: the body's «بحسب البيان» is none of his)."""
    if zone.in_statement and spk is not None:
        remember_issuer(a, i, st, spk)
    recorded = record_in_body(a, i, st, spk, source, last, cue_gender(a.nt[i], a.cue[i]))
    if recorded and spk is not None and not (st.history and a.same(st.history[-1], spk)):
        st.history.append(spk)


def appeal_object(a: Article, i: int, spk: SpeakerRef) -> bool:
    """«كما طالب المجتمع الدولي بتحمل …»، «كما دعت الكينيين إلى …»: after an appeal verb (دعا، طالب) the unnamed
    phrase running straight into the appeal's preposition is whom the appeal is to, its object, when كما continues
    the speaker before or the phrase is accusative (ـين); the speaker is the one before."""
    spec = a.cue[i]
    k = a.token_at(spk.end)
    if spec is None or spec.lemma not in APPEAL_LEMMAS or k >= len(a.nt):
        return False
    if not (a.prep(k, spec) or (BI in spec.preps and opens_with_bi(a.nt[k]) and a.tok_mention[k] is None)):
        return False
    h = a.token_of(spk.start)
    head = a.nt[h]
    return (i > 0 and a.nt[i - 1] == AS) or head.endswith(ACCUSATIVE_PLURAL) or thing_plural(a, i, h)


def thing_plural(a: Article, i: int, h: int) -> bool:
    """The phrase at token h after appeal verb i, not feminine (دعا، طالب; not دعت), is a definite plural with a
    feminine adjective («ودعا البلدان العربية | إلى»، «ودعا الأطراف الليبية | إلى»): a plural the verb does not agree
    with («ودعت البلدان» would), so whom it calls on, not the dual «البلدان» that calls. Why: «البلدان» read as the
    dual subject (data/vague_speakers.txt, SUBJ1) gave the plural object the appeal (session 24 RVF11)."""
    if h + 1 >= len(a.nt) or feminine_cue(a, i) or a.tok_mention[h + 1] is not None:
        return False
    head, adj = a.nt[h], a.nt[h + 1]
    return is_definite(head) and not is_feminine(head) and is_definite(adj) and is_feminine(adj)


def relay_only(a: Article, z: Zone) -> None:
    """After «نقلت عنه» the zone's body is the outlet that relays, never the speaker: it becomes the source."""
    outlet_as_source(a, z)
    z.cands.clear()
    z.desc.clear()


def own_complement(a: Article, i: int, z: Zone) -> bool:
    """The cue's complement (أن، a colon, a quotation), read straight to or with no comma before it; no noun phrase."""
    k = z.content_tok
    if k is None or z.nominal:
        return False
    return k <= z.stop + 1 or not any(a.nt[t] in COMMAS for t in range(i + 1, k))


def cue_text(a: Article, i: int, spec: CueSpec, zone: Zone) -> str:
    """The cue as written; for نقل … عن, its قوله when there is one."""
    if spec.form != "relay":
        return a.toks[i].text
    return next(
        (a.toks[k].text for k in range(i, zone.stop + 1) if k < len(a.nt) and a.nt[k] in RELAY_SAYING),
        a.toks[i].text,
    )


def straight_complement(a: Article, i: int, spec: CueSpec, z: Zone) -> bool:
    """A strict cue (بيّن, not بين "between"): the zone read straight to its opener, no place and no و-joined pair."""
    k, at = z.content_tok, z.stop
    if k is None or at <= i:
        return False
    colon = ":" in a.nt[max(i + 1, k - 2) : k]  # a colon, even past words the zone did not read (كتب على تويتر: …)
    # «كتب على حسابه في تويتر أن …»: an أن a few words past the zone, no comma between
    no_comma = not any(a.nt[t] in COMMAS for t in range(at, k))
    further = a.nt[k - 1] in COMPLEMENTISERS and k - 1 - at <= LIMITS.anna_reach and no_comma
    opener = a.nt[at] in COMPLEMENTISERS or a.prep(at, spec) or further
    glued = k == at and z.content_char is not None  # «مقراً بوجود …»: the cue's ب glued to the complement
    if not colon and not (k == at and k in a.quotes) and not (k > at and opener) and not glued:
        return False
    m = a.tok_mention[i + 1]
    if m is not None and a.mentions[m].type not in ("person", "unit"):
        return False
    return not any(a.tok_mention[t] is not None and wa_joined(a.nt[t]) for t in range(i + 1, at))
