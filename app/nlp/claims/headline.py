"""A short line «Name: statement» is a claim by that name (headlines and interview captions)."""

from __future__ import annotations

from app.nlp.claim_cues import VAGUE_SPEAKERS
from app.nlp.claims.article import Article
from app.nlp.claims.claim import make
from app.nlp.claims.config import LIMITS
from app.nlp.claims.named_later import definite_title, described_head
from app.nlp.claims.segments import source_ref, told_outlet
from app.nlp.claims.speaker import SPEAKER_TYPES, desc_ref, described, title_holder, uninformed
from app.nlp.claims.state import Zone
from app.nlp.claims.vocab import COMMAS, FROM, IN, LAM, SOURCE_SINGULARS
from app.nlp.confidence import claim_features
from app.nlp.morphology import LAM_NOUNS, is_definite, is_nisba, lam_article, lam_glued, strip_article
from app.nlp.normalize import normalize
from app.nlp.quotes import Quote
from app.nlp.types import Claim, ClaimKind, SourceRef, SpeakerRef
from app.nlp.wordlists import words

TOPIC_NOUNS = words("headline_topic_nouns")  # مقتل، ضبط: a place before the colon is where the news is, no speaker
# «في سطور»، «من الداخل»، «لماذا»: a phrase after the headline's name that makes it the topic, not where he spoke
TOPIC_ASIDES = frozenset(strip_article(n) for n in words("headline_topic_asides"))


def headline_claim(a: Article, i: int) -> Claim | None:
    """A short line "Name: statement" starting at token i is a claim by that name; the headline's «خبير أمني: …»
    by that description (GUIDELINES 9.20: `named_later` gives it to the person the article names)."""
    m = a.tok_mention[i]
    after = a.mention_last[m] + 1 if m is not None else i
    if m is None:
        m, after = led_mention(a, i)
    if m is None or a.mentions[m].type not in SPEAKER_TYPES:
        return described_headline(a, i)
    colon, source = headline_relay(a, i, after)
    if source is None and a.in_headline(i):
        colon = headline_aside(a, i, colon)
    if colon >= len(a.toks) or a.nt[colon] != ":" or a.para[colon] != a.para[i]:
        return None
    if a.mentions[m].type == "place" and colon + 1 < len(a.toks) and a.nt[colon + 1] in TOPIC_NOUNS:
        return None  # «تركيا: مقتل …»: a topic colon, the news told where it happens (GUIDELINES 9.20)
    return colon_claim(a, i, colon, a.ref(m), source)


def led_mention(a: Article, i: int) -> tuple[int | None, int]:
    """The speaker of a line that does not open on his name, and the token after him: a name in quotation marks
    («“العمل”: …»), or in the headline a person after his titles with nothing else before him («العميد الركن صالح
    حسن: …», «الأمير عبد الله بن مساعد: …»: titles stay outside a mention, §2)."""
    q = a.quotes.get(i)
    if q is not None and q.closed and i + 1 < q.end_i and (m := a.tok_mention[i + 1]) is not None:
        return (m, q.end_i + 1) if a.mention_last[m] + 1 == q.end_i else (None, i)
    if not a.in_headline(i):
        return None, i
    for k in range(i + 1, min(len(a.toks), i + LIMITS.headline_title_words + 1)):
        if a.nt[k] == ":" or a.nt[k] in COMMAS or a.cue[k] is not None or a.para[k] != a.para[i]:
            return None, i
        m = a.tok_mention[k]
        if m is not None:
            person = a.mentions[m].type == "person" and titled_from(a, i, k, m)
            return (m, a.mention_last[m] + 1) if person else (None, i)
    return None, i


def titled_from(a: Article, i: int, k: int, m: int) -> bool:
    """Tokens i..k-1 are all words of person mention m's titles: «العميد الركن X:» is X's headline, «رحيل الأمير X:»
    or «وداعا الأمير X:» tells news of X and quotes no one."""
    titles = {w for t in a.mentions[m].titles for w in normalize(t).split()}
    return all(a.nt[t] in titles for t in range(i, k))


def headline_aside(a: Article, i: int, k: int) -> int:
    """«الملك سلمان في “قمة الخليج”: …»، «أوباما من كينيا: …»، «قطان لرؤساء تحرير الصحف: …»: a short phrase opened
    by في، من or ل between the headline's speaker (ending before token k) and its colon: the colon's token (k when
    none)."""
    if k >= len(a.toks) or not (a.nt[k] in (IN, FROM) or told_to(a.nt[k])):
        return k
    if a.nt[k] in TOPIC_ASIDES or (k + 1 < len(a.toks) and strip_article(a.nt[k + 1]) in TOPIC_ASIDES):
        return k  # «X في سطور:»، «X من الداخل:»: the line is about X (data/headline_topic_asides.txt)
    for t in range(k + 1, min(len(a.toks), k + 1 + LIMITS.headline_relay_words)):
        if a.nt[t] == ":":
            return t
        if a.para[t] != a.para[i] or a.cue[t] is not None or a.nt[t] in COMMAS:
            return k
    return k


def told_to(n: str) -> bool:
    """A word that can open «لـ + whom he told» (ل alone, للصحفيين, لرؤساء, لإذاعة), not a noun whose first letter is
    ل (لجنة, لقاء: data/lam_nouns.txt; لاعب, لماذا: data/headline_topic_asides.txt)."""
    return n == LAM or lam_article(n) or (lam_glued(n) and n not in LAM_NOUNS)


def headline_relay(a: Article, i: int, k: int) -> tuple[int, SourceRef | None]:
    """«باتيس لـ " الوطن " : …»، «أمنيون لـ اليوم : …»: the outlet told, between the speaker ending before token k
    and the line's colon, is the claim's source (GUIDELINES 9.25.19); returns the colon's token (k when no relay)."""
    if k >= len(a.toks) or not (a.nt[k] == LAM or told_outlet(a.nt[k])):
        return k, None
    reach = range(k + 1, min(len(a.toks), k + 1 + LIMITS.headline_relay_words))
    colon = next((t for t in reach if a.nt[t] == ":" or a.para[t] != a.para[i] or a.cue[t] is not None), None)
    if colon is None or a.nt[colon] != ":" or a.para[colon] != a.para[i]:
        return k, None
    source = source_ref(a, k + 1 if a.nt[k] == LAM else k, colon)
    return (colon, source) if source is not None else (k, None)


def described_headline(a: Article, i: int) -> Claim | None:
    """The headline opened by an indefinite description of one person and a colon («خبير أمني: …»، «مسؤول بـ
    «المركزي الأمريكي»: …»): a claim by that description, descriptive, tied to a body named inside it; opened by a
    group or source noun (`vague_head`: «خبراء نفطيون: …»، «سياسيون: …»), a claim by those words, descriptive or
    anonymous as `described` reads them, unless a source noun in construct makes the line a topic («مصادر الطاقة:»)."""
    if i != 0 or not a.in_headline(i):
        return None
    vague = not described_head(a.nt[i])  # «خبراء نفطيون: …»: a group or source noun, not one person's description
    if vague and not vague_head(a.nt[i]):
        return None
    colon = next(
        (k for k in range(i + 1, min(len(a.toks), i + LIMITS.headline_description_words + 1)) if a.nt[k] == ":"), None
    )
    if colon is None or any(a.cue[k] is not None or a.nt[k] in COMMAS for k in range(i, colon)):
        return None
    told, source = colon, None
    for k in range(i + 1, colon):  # «أمنيون لـ اليوم :»
        end, found = headline_relay(a, i, k)
        if end == colon:
            told, source = k, found
            break
    start, end = a.toks[i].start, a.toks[told - 1].end
    units = [mi for mi in a.inside(start, end) if a.mentions[mi].type == "unit"]
    if vague:  # «خبراء نفطيون: …»، «سكان القرى الحدودية: …»: the group's words, descriptive or anonymous
        if source_construct(a, i, told):
            return None
        ref = described(a, Zone(desc=list(range(i, told)), vague=True), units[0] if units else None)
        return colon_claim(a, i, colon, ref, source)
    if definite_title(a.nt[i:told]):  # «وزير العدل: …»: a definite title is its holder's, named in the body (9.4)
        holder = title_holder(a, list(range(i, told)), told)
        words = list(range(i, told))
        return None if holder is None else colon_claim(a, i, colon, desc_ref(a, words, holder), source)
    ref = SpeakerRef(a.text[start:end], start, end, None, "descriptive", units[0] if units else None)
    return colon_claim(a, i, colon, ref, source)


def vague_head(n: str) -> bool:
    """An indefinite group or source noun heading a headline's speaker (خبراء، سياسيون، سكان، مصادر), not a news or
    document noun (تقرير: `uninformed`)."""
    return n in VAGUE_SPEAKERS and not is_definite(n) and not uninformed(n)


def source_construct(a: Article, i: int, told: int) -> bool:
    """«مصادر الطاقة: …»، «مصادر التمويل: …»: a source noun in construct with a definite word that is no nisba and no
    name is a topic (where money or energy comes from); a speaking source is qualified (مصادر أمنية، مصادر في …)."""
    if (a.nt[i] not in SOURCE_SINGULARS and a.nt[i] not in SOURCE_SINGULARS.values()) or i + 1 >= told:
        return False
    n = a.nt[i + 1]
    return is_definite(n) and not is_nisba(n) and a.tok_mention[i + 1] is None


def quoted_part(a: Article, c: Claim) -> bool:
    """A headline colon claim that quotes only a quoted part of its line (`colon_claim`: «البلد: الخلاف … “فني”»):
    the body's own claim of those words is a second statement (the gold keeps both), where the body's claim of a
    whole headline line's words is the same statement once (one claim)."""
    return any(q.closed and a.quote_interior(q) == (c.start, c.end) for q in a.quotes.values())


def quoted_words(a: Article, q: Quote) -> bool:
    """Quoted wording (`quoted_wording`), not a quoted name or a quoted figure («3440»)."""
    return a.quoted_wording(q) and not all(a.nt[k].isdigit() for k in range(q.open_i + 1, q.end_i))


def colon_claim(a: Article, i: int, colon: int, ref: SpeakerRef, source: SourceRef | None = None) -> Claim | None:
    """The statement after the colon, to the line's end, as a claim by `ref` (told `source`)."""
    line = [k for k in range(colon + 1, len(a.toks)) if a.para[k] == a.para[i]]
    if len(line) < LIMITS.headline_min_words or len(line) > LIMITS.headline_max_words:
        return None
    start, end = a.toks[line[0]].start, a.toks[line[-1]].end
    end = a.trimmed_end(start, end)
    quoted = [q for k in line if (q := a.quotes.get(k)) is not None and q.closed and quoted_words(a, q)]
    if len(quoted) == 1 and (quoted[0].open_i, quoted[0].end_i) != (line[0], line[-1]):
        # «البلد: الخلاف مع الجار … “فني”»: a partly quoted line is direct, the quote its quoted part (§6)
        start, end = a.quote_interior(quoted[0])
        feats = claim_features("colon", "direct", "colon", LIMITS.colon_strength)
        return make(a, "direct", ":", start, end, ref, source, feats)
    first = a.nt[line[0]]
    # A first word in نا/ن (قررنا، نرفض) speaks in the first person: the speaker's own words.
    kind: ClaimKind = "direct" if first.endswith("نا") or first.startswith("ن") else "indirect"
    feats = claim_features("colon", kind, "colon", LIMITS.colon_strength)
    return make(a, kind, ":", start, end, ref, source, feats)


def named_subject(a: Article, c: Claim) -> bool:
    """The claim's speaker is written as a mention (a country, a city, a broad body, a person), not a description
    resolved to a holder («وزير العدل: …»): the headline's claim is that mention's own, named (AN103), where an
    indefinite description's goes to whom the body names (9.20)."""
    s = c.speaker
    return s is not None and s.mention is not None and s.start == a.mentions[s.mention].start


def own_restatement(a: Article, head: Claim | None, c: Claim) -> bool:
    """The body's claim of a headline claim's words by another speaker than the headline's named subject («تونس
    تعلن …» then «قالت وزارة الداخلية التونسية …»): the lead's own claim, kept beside the headline's (AN103); by
    the same speaker it is the headline's statement told once (kept apart for any speaker, train-b predicted 3 more
    claims and matched none)."""
    if head is None or head.speaker is None or c.speaker is None:
        return False
    return not a.same(head.speaker, c.speaker)
