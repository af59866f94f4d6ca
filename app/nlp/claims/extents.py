"""Candidate extents of an unnamed speaker's phrase, each with what ends it, for the speaker ranker to choose.

Why: the rules close a source phrase after its adjectives and first qualifier, while the annotators keep the
whole noun phrase up to the complement, the outlet or a comma («مصدر قريب من خلية التحقيق المكلفة النظر في
المسألة») and drop an addressee or appositive after it («للصحافيين»، «رئيس الاتحاد»); which end is right
depends on the words around it, which the ranker weighs from train instead of one more hand rule.
"""

from __future__ import annotations

from app.nlp.claim_cues import (
    CLAUSE_OPENERS,
    COMPLEMENTISERS,
    OUTLET_WORDS,
    SOURCE_HEADS,
    SOURCE_INTRO,
    STATEMENT_WORDS,
    TIME_WORDS,
)
from app.nlp.claims.article import Article
from app.nlp.claims.continuing import RELATIVE_PRONOUNS
from app.nlp.claims.state import Zone
from app.nlp.claims.vocab import COMMAS, LAM, THEREFORE
from app.nlp.lexicon import FUNCTION_WORDS
from app.nlp.morphology import is_definite, is_nisba, lam_article, lam_glued, lam_prefixed, opens_with_bi, wa_joined
from app.nlp.types import SpeakerRef
from app.nlp.wordlists import words

MAX_WORDS = 14  # the longest phrase offered, in tokens (train's longest unnamed speakers run to 12)
LENGTHS = (1, 2, 3, 5, 8)  # length buckets: 1, 2, 3, 4–5, 6–8, more
ANONYMITY_OPENERS = words("anonymity_openers")
OPENERS = {"»": "«", ")": "(", "”": "“", '"': '"'}  # a closing mark kept at a phrase's end only with its opener inside
MAX_GAINED = 4  # words a phrase may gain past the rules' end («القريب من مندلي»); more is a clause (2-8 swept on train)
PHRASE_ENDERS = words("phrase_enders")  # نفسه، نقلا، يوم: a phrase ends before them
ADDRESSEES = words("addressees")  # للصحافيين: who a speaker talked to, outside his phrase
STOPS = frozenset({":", ".", "!", "?", "؟", "…"})  # punctuation no phrase runs past (commas too)


def extents(a: Article, i: int, zone: Zone, phrase: SpeakerRef) -> list[tuple[SpeakerRef, set[str]]]:
    """Every extent of the phrase from its first word up to its boundary, with the features of its end."""
    first = first_token(a, phrase)
    stop = boundary(a, i, zone.content_tok, first)
    out = []
    for k in range(first, min(stop, first + MAX_WORDS)):
        m = a.tok_mention[k]
        if (m is not None and a.mention_last[m] != k) or not a.nt[k].strip() or a.toks[k].end <= phrase.start:
            continue  # never cut a name; never end on an opening mark
        if a.nt[k] in ("«", '"', "(", "“") or a.nt[k] in COMMAS:
            continue
        end = a.toks[k].end
        ref = SpeakerRef(a.text[phrase.start : end], phrase.start, end, None, phrase.kind, phrase.affiliation)
        n = k + 1 - first
        feats = {
            "src:span",
            f"span_len:{next((b for b in LENGTHS if n <= b), 'long')}",
            f"span_next:{next_kind(a, k + 1, stop)}",
            f"span_last:{word_kind(a, k)}",
            f"span_next:{next_kind(a, k + 1, stop)}&span_last:{word_kind(a, k)}",
        }
        if end == phrase.end:
            feats.add("span_rule_end")
        elif end > phrase.end:
            feats.add("span_past_rule")
            feats |= {f"span_past_rule&span_next:{next_kind(a, k + 1, stop)}"}
        else:
            feats.add("span_within_rule")
        out.append((ref, feats))
    return out


def first_token(a: Article, phrase: SpeakerRef) -> int:
    """The token the phrase starts in (لمصادر: the phrase starts after the glued ل, inside its token)."""
    k = a.token_at(phrase.start)
    return k - 1 if k > 0 and a.toks[k - 1].end > phrase.start else k


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
    """Token k opens a clause saying only that the speaker is not named (رفض الكشف عن اسمه، الذي طلب عدم …)."""
    n = a.nt[k]
    if n in RELATIVE_PRONOUNS and k + 1 < len(a.nt):
        n = a.nt[k + 1]
    return n in ANONYMITY_OPENERS and a.tok_mention[k] is None


def next_kind(a: Article, k: int, stop: int) -> str:
    """What follows an extent's last word: the boundary, or the kind of the next word."""
    if k >= stop:
        n = a.nt[k] if k < len(a.nt) else ""
        return "stop:" + ("compl" if n in COMPLEMENTISERS else "punct" if n in COMMAS or n in STOPS else "open")
    n = a.nt[k]
    m = a.tok_mention[k]
    if n == LAM or lam_article(n) or (lam_glued(n) and (m is None or a.lam_prefixed(k, m))):
        return "lam"
    if n in TIME_WORDS:
        return "time"
    if n in RELATIVE_PRONOUNS:
        return "relative"
    if n in SOURCE_INTRO or n in SOURCE_HEADS or n in STATEMENT_WORDS:
        return "source"
    if n == "في" and k + 1 < len(a.nt) and (a.nt[k + 1] in SOURCE_HEADS or a.nt[k + 1] in STATEMENT_WORDS):
        return "in_source"
    if n in FUNCTION_WORDS:
        return f"fw:{n}" if n in ("في", "من", "علي", "عن", "الي", "مع") else "fw"
    if m is not None:
        return f"mention:{a.mentions[m].type}"
    if a.cue[k] is not None:
        return "cue"
    return word_kind(a, k)


def word_kind(a: Article, k: int) -> str:
    """The kind of one word of a phrase: a name's end, punctuation, a nisba, a definite or a joined word."""
    n = a.nt[k]
    m = a.tok_mention[k]
    if m is not None:
        return f"name:{a.mentions[m].type}"
    if not any(ch.isalnum() for ch in n):
        return "mark"
    if wa_joined(n) and len(n) > 3:
        return "wa"
    if opens_with_bi(n) and len(n) > 4:
        return "bi"
    if is_nisba(n):
        return "nisba_def" if is_definite(n) else "nisba"
    return "def" if is_definite(n) else "word"


def whole_phrase(a: Article, i: int, phrase: SpeakerRef, content_tok: int | None, *, outlets: bool) -> SpeakerRef:
    """A source phrase run on to where it ends («مصادر طبية ليبة»، «وفق حصيلة اعدتها الصحافة الفرنسية»): its
    boundary, a time word, a statement (في بيان), or with `outlets` (after a speech cue) who was told (لوكالة،
    «عكاظ»); only when what it gains is a few words (a name counted as one): more is a clause of its own."""
    first = first_token(a, phrase)
    stop = boundary(a, i, content_tok, first)
    k = a.token_at(phrase.end)
    while k < stop and not phrase_ends(a, k, stop, outlets=outlets):
        k += 1
    last = k - 1
    while last > first and trailing(a, first, last):
        last -= 1
    end = a.toks[last].end
    if end <= phrase.end or words_in(a, a.token_at(phrase.end), last + 1) > MAX_GAINED:
        return phrase
    return SpeakerRef(a.text[phrase.start : end], phrase.start, end, None, phrase.kind, phrase.affiliation)


def phrase_ends(a: Article, k: int, stop: int, *, outlets: bool) -> bool:
    """Token k is no longer the speaker's: a time word, a clause opener (فقد، بينما), a statement or a word that
    refers back (نفسه); with `outlets` also who was told: ل written apart, لوكالة، للصحافيين, a quoted name, an
    outlet («مصادر محلية لوكالة …»; a genitive ل stays: «القوات التابعة لحكومة الثني»)."""
    n, m = a.nt[k], a.tok_mention[k]
    if n in TIME_WORDS or n in PHRASE_ENDERS or n in CLAUSE_OPENERS or n in THEREFORE:
        return True
    if next_kind(a, k, stop) in ("source", "in_source"):
        return True
    media = m is not None and a.mentions[m].subtype == "media"
    return outlets and (n == LAM or lam_prefixed(n, OUTLET_WORDS) or n in ADDRESSEES or k in a.quotes or media)


def trailing(a: Article, first: int, last: int) -> bool:
    """The phrase's last token is left out: a function word, or a mark closing nothing opened in the phrase."""
    n = a.nt[last]
    if n in FUNCTION_WORDS:
        return True
    if any(ch.isalnum() for ch in n):
        return False
    opener = OPENERS.get(n)
    return opener is None or not any(a.nt[k] == opener for k in range(first, last))


def words_in(a: Article, lo: int, hi: int) -> int:
    """The words of tokens lo..hi-1, a name counted as one word."""
    return sum(1 for k in range(lo, hi) if (m := a.tok_mention[k]) is None or k == a.mention_last[m])
