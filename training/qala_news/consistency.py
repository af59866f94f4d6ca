"""Gold surfaces marked in some articles and not in others: `python -m training.qala_news consistency`.

Why: compile marks every occurrence of an entity's surfaces within one article, so gold inconsistency
lives across articles — a string marked in some and left unmarked where it means the same, marked with
a shorter extent, or typed differently. For each normalised gold surface this lists the articles where
it is marked, where it occurs as whole words (after compile's proclitics, or ال) under no gold
mention, where a shorter gold mention cuts it, and the types it was given; most split practice first.
Model-free: it reads only the gold files and the pool text.

With --claims it lists the same kind of disagreement for the gold speaker phrases of unnamed speakers
(descriptive, anonymous): the scorer compares phrase texts, so the extent annotators chose is what counts;
and the claims whose cue compile resolved to a later occurrence of the cue word than the one that opens the quote's
sentence (a gold error, not a practice: the listing should be empty).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.nlp.morphology import ARTICLE, BI, BI_ARTICLE, LAM, lam_article, strip_article, wa_joined
from app.nlp.normalize import normalize
from app.nlp.tokenize import split_sentences
from app.nlp.wordlists import labelled, words
from training.qala_news.compile import find_word, fold, is_letter

Article = tuple[int, str, dict[str, Any]]  # (order, text, gold annotation file)


@dataclass(slots=True)
class SurfaceRow:
    """One normalised gold surface: in which articles it is marked, left unmarked, cut, and as what."""

    key: str
    form: str  # the commonest spelling in gold mentions, what is searched for
    marked: set[int] = field(default_factory=set)
    unmarked: set[int] = field(default_factory=set)  # an occurrence under no gold mention
    cut: set[int] = field(default_factory=set)  # an occurrence overlapped, not covered, by gold mentions
    inside: set[int] = field(default_factory=set)  # an occurrence inside a longer gold mention
    not_mention: int = 0  # unmarked occurrences GUIDELINES says are no mention (not counted above)
    types: Counter[str] = field(default_factory=Counter)  # articles per type label
    cut_by: Counter[str] = field(default_factory=Counter)  # the gold mention texts that cut it

    @property
    def minority(self) -> int:
        """Articles that follow the less common practice: marked or not (cut counts as not), and type (flag apart)."""
        split = min(len(self.marked), len(self.unmarked | self.cut))
        types = Counter[str]()
        for label, n in self.types.items():
            types[label.removesuffix(" rf")] += n  # a required flag is no type
        return split + sum(types.values()) - max(types.values(), default=0)


def type_label(entity: dict[str, Any]) -> str:
    """type[/subtype][ rf]: the gold practice a surface follows (rf: required:false)."""
    sub = f"/{entity['subtype']}" if entity.get("subtype") else ""
    return f"{entity['type']}{sub}{'' if entity.get('required', True) else ' rf'}"


def mention_key(mention: dict[str, Any], surfaces: Iterable[str]) -> str:
    """The normalised surface a mention stands for; a لل form (للجيش) is keyed as its ال surface."""
    if not mention.get("clitic"):
        return normalize(mention["text"])
    rest = normalize(mention["text"])[2:]
    options = [normalize("ال" + rest), normalize("ال" + mention["text"][1:])]
    known = {normalize(s) for s in surfaces}
    return next((o for o in options if o in known), options[0])


def _tokens(ftext: str) -> list[str]:
    """The folded text's words, letters only: a surface is compared word by word, punctuation never joins it."""
    return "".join(ch if is_letter(ch) else " " for ch in ftext).split()


def _words(ftext: str) -> set[str]:
    """The folded words of a text with and without proclitics or لل (a cheap filter before find_word)."""
    out: set[str] = set()
    for word in _tokens(ftext):
        for k in range(4):
            out |= {word[k:], "ا" + word[k + 1 :], "ال" + word[k + 1 :]}
    return out


def occurrences(text: str, ftext: str, form: str) -> list[tuple[int, int]]:
    """Where form stands as whole words: compile's proclitics (و ف ب ل ك, لل), and ال before a one-word name.

    Why one word only: ال on the first word of a construct («الحكومة حيدر العبادي» in «رئيس الحكومة حيدر العبادي»)
    makes another phrase, while a bare name takes it freely («الواتساب»). A لل reading that is the form itself
    after ل («للجنة» for «لجنة») is the form's own occurrence, not a second one.
    """
    found = [(s, e) for s, e, _ in find_word(text, ftext, form)]
    if len(form.split()) == 1 and not fold(form).startswith("ال"):
        found += [
            (s, e) for s, e, _ in find_word(text, ftext, "ال" + form) if not any(fs < e and s < fe for fs, fe in found)
        ]
    return sorted(set(found))


def surface_rows(articles: Iterable[Article], *, not_mentions: frozenset[str] | None = None) -> list[SurfaceRow]:
    """One row per normalised gold surface over the articles, most split practice first."""
    skip = frozenset(labelled("not_mentions")) if not_mentions is None else not_mentions
    arts = list(articles)
    rows: dict[str, SurfaceRow] = {}
    forms: dict[str, Counter[str]] = {}
    for order, _, ann in arts:
        ents = {e["id"]: e for e in ann["entities"]}
        seen: dict[str, set[str]] = {}
        for m in ann["gold"]["mentions"]:
            ent = ents[m["entity"]]
            key = mention_key(m, ent["surfaces"])
            row = rows.setdefault(key, SurfaceRow(key, ""))
            row.marked.add(order)
            seen.setdefault(key, set()).add(type_label(ent))
            if not m.get("clitic"):
                forms.setdefault(key, Counter())[m["text"]] += 1
        for key, labels in seen.items():
            rows[key].types.update(labels)
    for key, row in rows.items():
        row.form = forms[key].most_common(1)[0][0] if key in forms else key
    for order, text, ann in arts:
        ftext = fold(text)
        words = _words(ftext)
        spans = [(m["start"], m["end"], m["text"]) for m in ann["gold"]["mentions"]]
        for row in rows.values():
            if not set(_tokens(fold(row.form))[:1]) <= words:
                continue
            for s, e in occurrences(text, ftext, row.form):
                over = [(ms, me, mt) for ms, me, mt in spans if ms < e and s < me]
                if any(ms == s and me == e for ms, me, _ in over):
                    continue
                if any(ms <= s and e <= me for ms, me, _ in over):
                    row.inside.add(order)
                elif over:
                    row.cut.add(order)
                    row.cut_by.update(mt for _, _, mt in over)
                elif row.key in skip:
                    row.not_mention += 1
                else:
                    row.unmarked.add(order)
    return sorted(rows.values(), key=lambda r: (-r.minority, -len(r.marked) - len(r.unmarked), r.key))


def _orders(orders: set[int], limit: int = 15) -> str:
    """The first article orders of a row, then a count: enough to open them with `show`, short enough to scan."""
    shown = " ".join(str(o) for o in sorted(orders)[:limit])
    return shown + (f" …+{len(orders) - limit}" if len(orders) > limit else "")


def report(rows: Iterable[SurfaceRow], *, type_prefix: str | None = None, min_minority: int = 1) -> list[str]:
    """The listing, one block a surface: counts, types, and the orders of each practice."""
    out = []
    for r in rows:
        if r.minority < min_minority or (type_prefix and not any(t.startswith(type_prefix) for t in r.types)):
            continue
        types = ", ".join(f"{t} {n}" for t, n in r.types.most_common())
        out.append(
            f"{r.minority:3d}  «{r.form}»  marked {len(r.marked)}  unmarked {len(r.unmarked)}  cut {len(r.cut)}"
            f"  inside {len(r.inside)}  [{types}]" + (f"  (not a mention ×{r.not_mention})" if r.not_mention else "")
        )
        out.append(f"       marked: {_orders(r.marked)}")
        if r.unmarked:
            out.append(f"       unmarked: {_orders(r.unmarked)}")
        if r.cut:
            cut_by = ", ".join(f"«{t}» {n}" for t, n in r.cut_by.most_common(4))
            out.append(f"       cut: {_orders(r.cut)}  by {cut_by}")
    return out


def consistency(split: str | None, type_prefix: str | None) -> list[str]:
    """The listing over the gold files of one split (or all, or train+dev; None: train+dev).

    Why train+dev by default: the listing prints gold surfaces and orders, and the test split is opened only
    when asked for by name.
    """
    from training.qala_news.pool import load_pool
    from training.qala_news.score import gold_articles

    pool = load_pool()
    anns = gold_articles(split or "train+dev")
    rows = surface_rows((a["order"], pool[a["order"]].text, a) for a in anns)
    return report(rows, type_prefix=type_prefix)


# ---- speaker phrases (--claims) ----

UNNAMED = frozenset({"descriptive", "anonymous"})
PHRASE_STOPS = frozenset('،,.:;؛«»"“”()-–—!?؟')  # punctuation that ends the words read after a phrase
AFTER_WORDS = 6  # words read after a phrase: enough for a qualifier («في قيادة المنطقة الرابعة»), short to scan


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """One gold speaker phrase of an unnamed speaker, with the words the text has right after it."""

    order: int
    start: int
    end: int
    text: str
    kind: str
    after: tuple[str, ...]  # the words after the phrase up to punctuation; empty when punctuation follows at once


def words_after(text: str, end: int, limit: int = AFTER_WORDS) -> tuple[str, ...]:
    """The words right after a phrase, up to the first punctuation: what a longer extent would have taken in."""
    if end < len(text) and text[end] in PHRASE_STOPS:
        return ()  # a comma or a quotation mark closes the phrase: nothing a longer extent could take
    out: list[str] = []
    for word in text[end : end + 120].split():
        stop = next((i for i, ch in enumerate(word) if ch in PHRASE_STOPS), None)
        if stop is not None:
            if stop:
                out.append(word[:stop])
            break
        out.append(word)
    return tuple(out[:limit])


def speaker_phrases(articles: Iterable[Article]) -> list[SpeakerPhrase]:
    """Every distinct gold speaker phrase of an unnamed speaker (continuations pinned to one phrase count once)."""
    out: dict[tuple[int, int, int], SpeakerPhrase] = {}
    for order, text, ann in articles:
        for claim in ann["gold"]["claims"]:
            sp = claim["speaker"]
            if sp["kind"] in UNNAMED and (order, sp["start"], sp["end"]) not in out:
                after = words_after(text, sp["end"])
                out[order, sp["start"], sp["end"]] = SpeakerPhrase(
                    order, sp["start"], sp["end"], sp["text"], sp["kind"], after
                )
    return list(out.values())


def phrase_head(phrase: str) -> str:
    """The head a phrase is grouped by: its first word, normalised, without the article and a proclitic before it.

    Why only before ال: و and ف also begin words (وزير، وكالة، فلسطيني), so they are proclitics only there.
    """
    ws = normalize(phrase).split()  # empty for a phrase of marks alone (ـ): no head
    return strip_article(ws[0]) if ws else ""


def is_occasion(word: str) -> bool:
    """Whether a word after a preposition names a speech event, an outlet or a time, a pronoun suffix allowed.

    Why the suffix: «في بيانه», «في كلماتهم» are the same occasion as «في بيان»; the lists hold the bare noun.
    """
    occasions = words("source_heads") | words("time_words") | words("outlet_words") | words("occasion_words")
    bare = _bare(word)
    return any(bare[: len(bare) - k] in occasions for k in range(3) if len(bare) - k >= 3)


def _bare(word: str) -> str:
    """A normalised word without its article: how the occasion and time lists are keyed («البيان» is «بيان»)."""
    return strip_article(normalize(word))


def qualifier_class(word: str, nxt: str = "", heads: frozenset[str] = frozenset()) -> str | None:
    """The kind of qualifier a word (and the word after it) opens after a speaker noun, or None.

    Why classes, not words: whether annotators keep «في قيادة …» inside is one practice per head, and so are
    an anonymity clause (§9.15), a relative clause, a coordinated noun (و + ال, or و + a word that heads a gold
    phrase: «وسكان»). A preposition before a speech event or a time («في بيان», «في وقت سابق») and an outlet
    after لـ («لوكالة», «لـ»): the occasion and the source, outside by §6 and 9.1, are classes of their own.
    """
    w = normalize(word)
    if w in words("saying_nouns"):
        return None  # «بالقول إن»: the cue's own complement, no qualifier
    if w in words("anonymity_openers"):
        return "anonymity clause"
    if w in labelled("relative_pronouns") or (wa_joined(w) and w[1:] in labelled("relative_pronouns")):
        return "relative clause"
    if w in words("source_qualifier_preps"):
        if normalize(nxt) in words("complementisers"):
            return None  # «من أن …»: the cue's complement, no qualifier
        return f"{w} + occasion" if is_occasion(nxt) else f"{w} …"
    if w == LAM or (w[:1] in (LAM, BI) and _bare(w[1:]) in words("outlet_words")):  # «لـ» is «ل» normalised
        return "لـ + outlet"
    if lam_article(w) or w.startswith(BI_ARTICLE):
        return w[0] + "ـ …"
    if wa_joined(w) and (w[1:].startswith(ARTICLE) or w[1:] in heads):
        return "و …"
    return None


@dataclass(slots=True)
class BoundaryRow:
    """A head and a qualifier class: the articles keeping the qualifier inside the phrase, and those leaving it out."""

    head: str
    qualifier: str
    inside: dict[int, str] = field(default_factory=dict)  # order -> the gold phrase
    outside: dict[int, str] = field(default_factory=dict)  # order -> the gold phrase | the words after it

    @property
    def minority(self) -> int:
        """Articles in the less common practice: what ranks the row."""
        return min(len(self.inside), len(self.outside))


def _at(seq: tuple[str, ...] | list[str], i: int) -> str:
    """The i-th word, or "" past the end: the word after a qualifier opener may be missing."""
    return seq[i] if i < len(seq) else ""


def boundary_rows(phrases: Iterable[SpeakerPhrase]) -> list[BoundaryRow]:
    """Per head and qualifier class, inside against outside; only split practice, most split first."""
    phs = list(phrases)
    heads = frozenset(phrase_head(ph.text) for ph in phs)
    rows: dict[tuple[str, str], BoundaryRow] = {}
    for ph in phs:
        head = phrase_head(ph.text)
        ws = ph.text.split()
        inside = next((q for i in range(1, len(ws)) if (q := qualifier_class(ws[i], _at(ws, i + 1), heads))), None)
        if inside:
            rows.setdefault((head, inside), BoundaryRow(head, inside)).inside.setdefault(ph.order, ph.text)
        outside = qualifier_class(ph.after[0], _at(ph.after, 1), heads) if ph.after else None
        if outside:
            row = rows.setdefault((head, outside), BoundaryRow(head, outside))
            row.outside.setdefault(ph.order, f"{ph.text} | {' '.join(ph.after)}")
    split = [r for r in rows.values() if r.minority]
    return sorted(split, key=lambda r: (-r.minority, -len(r.inside) - len(r.outside), r.head, r.qualifier))


@dataclass(slots=True)
class CutRow:
    """The same wording, whole in some articles and cut before its last words in others."""

    short: str  # the cut phrase, normalised
    rest: str  # the words the whole phrase has after it, normalised
    cut: dict[int, str] = field(default_factory=dict)  # order -> the gold phrase | the words after it
    whole: dict[int, str] = field(default_factory=dict)  # order -> the gold phrase

    @property
    def minority(self) -> int:
        """Articles in the less common practice: what ranks the row."""
        return min(len(self.cut), len(self.whole))


def cut_rows(phrases: Iterable[SpeakerPhrase]) -> list[CutRow]:
    """Gold phrase P in one article followed by the words that make it gold phrase Q in another (Q = P + words)."""
    phs = list(phrases)
    by_key: dict[str, list[SpeakerPhrase]] = {}
    for ph in phs:
        by_key.setdefault(normalize(ph.text), []).append(ph)
    rows: dict[tuple[str, str], CutRow] = {}
    for ph in phs:
        short, after = normalize(ph.text), [normalize(w) for w in ph.after]
        for n in range(1, len(after) + 1):
            key = f"{short} {' '.join(after[:n])}"
            for whole in by_key.get(key, []):
                if whole.order == ph.order:
                    continue
                row = rows.setdefault((short, " ".join(after[:n])), CutRow(short, " ".join(after[:n])))
                row.cut.setdefault(ph.order, f"{ph.text} | {' '.join(ph.after)}")
                row.whole.setdefault(whole.order, whole.text)
    return sorted(rows.values(), key=lambda r: (-r.minority, -len(r.cut) - len(r.whole), r.short, r.rest))


@dataclass(slots=True)
class KindRow:
    """One normalised phrase given different speaker kinds in different articles (the scorer reads the kind too)."""

    key: str
    kinds: dict[str, dict[int, str]] = field(default_factory=dict)  # kind -> order -> the gold phrase

    @property
    def minority(self) -> int:
        """Articles that do not follow the commonest kind: what ranks the row."""
        sizes = [len(orders) for orders in self.kinds.values()]
        return sum(sizes) - max(sizes, default=0)


def kind_rows(phrases: Iterable[SpeakerPhrase]) -> list[KindRow]:
    """Phrases annotated descriptive in some articles and anonymous in others, most split first."""
    rows: dict[str, KindRow] = {}
    for ph in phrases:
        key = normalize(ph.text)
        rows.setdefault(key, KindRow(key)).kinds.setdefault(ph.kind, {}).setdefault(ph.order, ph.text)
    split = [r for r in rows.values() if len(r.kinds) > 1]
    return sorted(split, key=lambda r: (-r.minority, r.key))


def _examples(found: dict[int, str], limit: int = 4) -> str:
    """A few orders with the gold phrase each has: enough to see the practice and open the files with `show`."""
    shown = "; ".join(f"{o} «{found[o]}»" for o in sorted(found)[:limit])
    return shown + (f" …+{len(found) - limit}" if len(found) > limit else "")


@dataclass(frozen=True, slots=True)
class LateCue:
    """A claim whose cue compile resolved after its quote while the same cue word stands before the quote."""

    order: int
    claim: str  # the gold claim id (cN)
    cue: str
    start: int  # the occurrence compile resolved, after the quote
    before: int  # the same word before the quote, in the sentence the quote opens in


def late_cues(articles: Iterable[Article]) -> list[LateCue]:
    """Claims whose resolved cue lies after the quote though the same cue word opens the quote's own sentence.

    Why: compile takes the cue occurrence nearest the quote, so the next sentence's «ورأى» right after a quote beats
    the claim's own «ورأى X أن …» before it (train 484 c7, 524 c19 until session 24), and the speaker is then looked
    for after the wrong word. A trailing cue («…»، قال X) has no same word before the quote in its sentence; a cue
    pinned with cue_at is the annotator's choice; punctuation cues (a colon) are not read.
    """
    out: list[LateCue] = []
    for order, text, ann in articles:
        ftext = fold(text)
        starts = [sent[0].start for sent in split_sentences(text) if sent]
        pinned = [("cue_at" in c) for c in ann.get("claims", [])]
        for n, claim in enumerate(ann["gold"]["claims"]):
            cue, qs, qe = claim["cue"], claim["quote"]["start"], claim["quote"]["end"]
            if cue["start"] < qe or (n < len(pinned) and pinned[n]) or not any(is_letter(ch) for ch in cue["text"]):
                continue
            sentence = starts[bisect.bisect_right(starts, qs) - 1] if starts and starts[0] <= qs else 0
            found = find_word(text, ftext, cue["text"])
            before = [s for s, _, clitic in found if not clitic and sentence <= s and s + len(cue["text"]) <= qs]
            if before:
                out.append(LateCue(order, claim["id"], cue["text"], cue["start"], before[-1]))
    return out


def claims_report(phrases: Iterable[SpeakerPhrase], late: Iterable[LateCue] = ()) -> list[str]:
    """The --claims listing: qualifiers in or out per head, the same wording cut shorter, kinds, late cues."""
    phs = list(phrases)
    out = ["# qualifier after the head: inside the gold phrase in some articles, right after it in others"]
    for r in boundary_rows(phs):
        out.append(f"{r.minority:3d}  «{r.head}» + {r.qualifier}  inside {len(r.inside)}  outside {len(r.outside)}")
        out.append(f"       inside: {_examples(r.inside)}")
        out.append(f"       outside: {_examples(r.outside)}")
    out.append("# the same wording: whole in some articles, cut before its last words in others")
    for c in cut_rows(phs):
        out.append(f"{c.minority:3d}  «{c.short}» + «{c.rest}»  cut {len(c.cut)}  whole {len(c.whole)}")
        out.append(f"       cut: {_examples(c.cut)}")
        out.append(f"       whole: {_examples(c.whole)}")
    out.append("# the same phrase: descriptive in some articles, anonymous in others")
    for k in kind_rows(phs):
        counts = "  ".join(f"{kind} {len(orders)}" for kind, orders in sorted(k.kinds.items()))
        out.append(f"{k.minority:3d}  «{k.key}»  {counts}")
        out += [f"       {kind}: {_examples(orders)}" for kind, orders in sorted(k.kinds.items())]
    out.append("# a cue resolved after its quote while the same word opens the quote's sentence: pin it with cue_at")
    for lc in late:
        out.append(
            f"  {lc.order} {lc.claim}  «{lc.cue}» resolved at {lc.start}, the same word before the quote at {lc.before}"
        )
    return out


def claims_consistency(split: str | None) -> list[str]:
    """The --claims listing over the gold files of one split (None: train+dev, as `consistency`)."""
    from training.qala_news.pool import load_pool
    from training.qala_news.score import gold_articles

    pool = load_pool()
    articles = [(a["order"], pool[a["order"]].text, a) for a in gold_articles(split or "train+dev")]
    return claims_report(speaker_phrases(articles), late_cues(articles))
