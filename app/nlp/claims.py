"""Who said what: rule-based extraction of direct and reported claims from tokenised Arabic news.

Pure function over text, sentences and entity mentions (no model, no I/O): speech cues (verbs,
participles, نقل … عن … قوله, وفقاً لـ, headline colons) open a speaker zone and a complement
(أن/إن/عن/إلى/ب, a quotation, or a bare noun phrase); speakers resolve to mentions, titles,
statements (بيان) or the previous speaker; quotations are paired by app.nlp.quotes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Literal

from app.nlp import continuation
from app.nlp.claim_cues import (
    CLAUSE_OPENERS,
    COMPLEMENTISERS,
    CONNECTORS,
    NAME_WORDS,
    NON_COMPLEMENT_BEFORE,
    OUTLET_WORDS,
    PRONOUN_PREPS,
    RELAY_SAYING,
    SOURCE_ADJECTIVES,
    SOURCE_HEADS,
    SOURCE_INTRO,
    SOURCE_QUALIFIER_PREPS,
    SPEAKER_FIELDS,
    STATEMENT_WORDS,
    TIME_WORDS,
    VAGUE_QUALIFIERS,
    VAGUE_SPEAKERS,
    CueSpec,
    lookup_cue,
    norm,
)
from app.nlp.confidence import ClaimFeatures, calibrated_confidence, claim_features
from app.nlp.lexicon import FORCE_HEADS, FUNCTION_WORDS, GENERIC_HEADS, RANKS, ROLE_HEADS
from app.nlp.morphology import in_lexicon, is_definite, is_nisba, masculine, strip_article
from app.nlp.quotes import Quote, pair_quotes
from app.nlp.tokenize import Token
from app.nlp.types import Claim, ClaimKind, Mention, SourceRef, SpeakerRef
from app.nlp.wordlists import words

_COMMAS = frozenset({"،", ",", "؛"})
_FINAL = frozenset({".", "!", "?", "؟", "…"})
_OPEN_MARKS = frozenset({"«", '"', "“", "”", "„", "'"})
_TRIM_PUNCT = "،,.:؛;!?؟… \n\t\u00a0"
_SEGMENT_STARTERS = words("segment_starters")
_ADVERBIAL = _SEGMENT_STARTERS | words("adverbial_openers")
# لفت النظر، كشف النقاب: the verb's object, never its speaker.
CUE_OBJECTS = words("cue_objects")
# مصدر مقرب من …: what ties a source to a body.
CLOSE_TO = words("source_closeness")
_SPEAKER_TYPES = ("person", "unit", "place")
# How a speaker was found: a name, a description, a continuation, a vague source, colon speech, or not.
Mode = Literal["named", "desc", "cont", "vague", "colon", "none"]


@dataclass(frozen=True, slots=True)
class Limits:
    """The extractor's thresholds, in one place (each was set on the seeds and checked on Qala News dev)."""

    max_segment: int = 18  # tokens a skipped speaker segment may span between a cue and its complement
    near_quote_prefix: int = 4  # words before a quotation that still let it be the whole content
    quote_share: float = 0.6  # …or the share of the clause the quotation covers
    lookahead: int = 26  # tokens searched for a complement marker (أن، :، a quotation)
    lookahead_nominal: int = 14  # the same for a nominal cue with a speaker already found
    colon_strength: float = 0.45  # cue strength given to colon speech with no speech verb


LIMITS = Limits()


@dataclass(slots=True)
class _Zone:
    """What lies between a cue and its complement: speaker candidates, title words, source."""

    cands: list[tuple[int, str]] = field(default_factory=list)  # (mention, role)
    desc: list[int] = field(default_factory=list)
    vague: bool = False
    statement: bool = False
    in_statement: bool = False
    source: SourceRef | None = None
    content_tok: int | None = None
    content_char: int | None = None
    nominal: bool = False
    stop: int = 0
    guessed: bool = False  # desc holds definite words jumped over (a guess: they may be the cue's object)


@dataclass(slots=True)
class _State:
    """Running discourse state: the current speaker, its source and the last statement's issuer."""

    speaker: SpeakerRef | None = None
    source: SourceRef | None = None
    issuer: SpeakerRef | None = None
    covered: int = -1
    unnamed: list[SpeakerRef] = field(default_factory=list)  # descriptive and anonymous speakers so far
    history: list[SpeakerRef] = field(default_factory=list)  # speakers in order, a change of speaker each


def extract_claims(
    text: str,
    sentences: list[list[Token]],
    mentions: list[Mention],
    *,
    trace: dict[tuple[int, int], list[continuation.Candidate]] | None = None,
) -> list[Claim]:
    """Extract quoted and reported claims; every claim satisfies text[start:end] == claim.text.

    `trace`, when given, receives the continuation candidates of each continuation claim by (start, end).
    """
    extractor = _Extractor(text, sentences, mentions)
    extractor.trace = trace
    return extractor.run()


def _source_stem(n: str) -> str:
    """One form for a source noun in any number or definiteness (المصادر، مصادرها، مصدر → مصدر)."""
    b = strip_article(n)
    for suffix in ("ها", "هم", "ه"):
        if len(b) > 4 and b.endswith(suffix):
            b = b[: -len(suffix)]
            break
    if b.endswith(("ون", "ين")) and len(b) > 4:
        b = b[:-2]
    return {"مصادر": "مصدر", "متحدثه": "متحدث", "مسوولون": "مسوول"}.get(b, b)


def _field_word(n: str) -> bool:
    """A field or place adjective (عسكرية، الأمنيون، محليين، عيان) that makes a source descriptive."""
    b = strip_article(n)
    if b.endswith(("يون", "يين")):
        b = b[:-2]
    return masculine(b) in SPEAKER_FIELDS


class _Extractor:
    """One pass over one article; holds token, quote, cue and mention indexes."""

    def __init__(self, text: str, sentences: list[list[Token]], mentions: list[Mention]) -> None:
        """Index tokens, sentences, paragraphs, mentions, cues and quotations."""
        self.text = text
        self.trace: dict[tuple[int, int], list[continuation.Candidate]] | None = None  # fit-continuation reads it
        self.mentions = mentions
        self.toks: list[Token] = [t for s in sentences for t in s]
        self.tok_starts = [t.start for t in self.toks]  # for bisecting offsets to tokens, built once
        self.nt = [norm(t.text) for t in self.toks]
        self._left_contexts: dict[int, frozenset[str]] = {}
        self._holders: tuple[dict[str, list[int]], dict[str, list[int]]] | None = None
        self._holder_words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._unit_heads: dict[str, list[int]] | None = None
        self._mention_starts = sorted((m.start, mi) for mi, m in enumerate(mentions))
        self.sent_start: list[int] = []
        self.sent_end: list[int] = []
        base = 0
        for s in sentences:
            self.sent_start += [base] * len(s)
            self.sent_end += [base + len(s)] * len(s)
            base += len(s)
        self.para: list[int] = []
        p = 0
        for i, t in enumerate(self.toks):
            if i and "\n" in text[self.toks[i - 1].end : t.start]:
                p += 1
            self.para.append(p)
        self._index_mentions()
        self.cue: list[CueSpec | None] = [lookup_cue(t.text) for t in self.toks]
        self.quotes: dict[int, Quote] = {
            q.open_i: q for q in pair_quotes(text, self.toks, self.para, self._narrator_position)
        }
        self.issuer: SpeakerRef | None = None
        self.in_quote = [False] * len(self.toks)
        for q in self.quotes.values():
            for k in range(q.open_i + 1, q.end_i):
                self.in_quote[k] = True

    # ----- indexes -------------------------------------------------------------------------------
    def _index_mentions(self) -> None:
        """Map every token to the first mention overlapping it, and every mention to its token range."""
        self.tok_mention: list[int | None] = [None] * len(self.toks)
        self.mention_last: list[int] = []
        for mi, m in enumerate(self.mentions):
            first = max(0, bisect.bisect_right(self.tok_starts, m.start) - 1)
            last = first
            for k in range(first, len(self.toks)):
                t = self.toks[k]
                if t.start >= m.end:
                    break
                if t.end > m.start:
                    last = k
                    if self.tok_mention[k] is None:
                        self.tok_mention[k] = mi
            self.mention_last.append(last)

    # ----- small predicates ----------------------------------------------------------------------
    def _narrator_position(self, k: int) -> bool:
        """True when the cue at k starts a new narrator clause (after a comma, a connector, or a sentence)."""
        spec = self.cue[k]
        if spec is None:
            return False
        if spec.form == "participle" or spec.prefixed:
            return True
        p = k - 1
        connector = False
        while p >= self.sent_start[k] and self.nt[p] in CONNECTORS and k - p <= 3:
            connector = connector or self.nt[p] in ("فيما", "كما", "بينما")
            p -= 1
        return p < self.sent_start[k] or self.nt[p] in _COMMAS or connector

    def _active_cue(self, k: int) -> bool:
        """True for a cue token outside every quotation."""
        return self.cue[k] is not None and not self.in_quote[k]

    def _speech_quote(self, q: Quote) -> bool:
        """True for quoted speech (not a quoted name: an outlet, an operation, a group)."""
        inner = [k for k in range(q.open_i + 1, q.end_i) if self.toks[k].text.strip(_TRIM_PUNCT)]
        if len(inner) < 3:
            return False
        if q.open_i > 0:
            before = self.nt[q.open_i - 1]
            if before in ("ل", "لـ") or before in NAME_WORDS:
                return False
            if before[:1] in ("و", "ب", "ل", "ف") and before[1:] in NAME_WORDS:
                return False
        ms = {self.tok_mention[k] for k in inner}
        return not (len(ms) == 1 and None not in ms)

    def _prep(self, k: int, spec: CueSpec) -> bool:
        """Token k is the cue's preposition (أكد على), not a name that folds to it (علي العثيم)."""
        return self.nt[k] in spec.preps and self.tok_mention[k] is None

    def _opening(self, k: int, spec: CueSpec) -> bool:
        """True when token k can open the complement of the cue (أن، :، a preposition, speech)."""
        n = self.nt[k]
        if n in COMPLEMENTISERS or n == ":" or self._prep(k, spec) or n in RELAY_SAYING:
            return True
        q = self.quotes.get(k)
        return q is not None and self._speech_quote(q)

    def _quote_interior(self, q: Quote) -> tuple[int, int]:
        """Character span inside a quotation, trimmed (unclosed ones also lose trailing punctuation)."""
        start = self.toks[q.open_i].end
        end = self.toks[q.end_i].start if q.closed else self.toks[q.end_i - 1].end if q.end_i - 1 > q.open_i else start
        while start < end and self.text[start].isspace():
            start += 1
        strip = " \n\t\u00a0" if q.closed else _TRIM_PUNCT
        while end > start and self.text[end - 1] in strip:
            end -= 1
        return start, end

    # ----- main loop -----------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        """Walk the tokens once, turning headline colons and active cues into claims."""
        claims: list[Claim] = []
        seen: set[str] = set()
        st = _State()
        for i in range(len(self.toks)):
            made: Claim | None = None
            if i == 0 or self.para[i] != self.para[i - 1]:
                made = self._headline(i)
            if made is None and i > st.covered and self._active_cue(i):
                made = self._claim_at(i, st)
            if made is not None and made.text not in seen and made.text.strip():
                seen.add(made.text)
                claims.append(made)
        return claims

    def _headline(self, i: int) -> Claim | None:
        """A short line "Name: statement" is a claim by that name."""
        m = self.tok_mention[i]
        if m is None or self.mentions[m].type not in _SPEAKER_TYPES:
            return None
        colon = self.mention_last[m] + 1
        if colon >= len(self.toks) or self.nt[colon] != ":" or self.para[colon] != self.para[i]:
            return None
        line = [k for k in range(colon + 1, len(self.toks)) if self.para[k] == self.para[i]]
        if len(line) < 3 or len(line) > 25:
            return None
        start, end = self.toks[line[0]].start, self.toks[line[-1]].end
        while end > start and self.text[end - 1] in _TRIM_PUNCT:
            end -= 1
        first = self.nt[line[0]]
        kind: ClaimKind = "direct" if first.endswith("نا") or first.startswith("ن") else "indirect"
        men = self.mentions[m]
        spk = SpeakerRef(men.text, men.start, men.end, m)
        feats = claim_features("colon", kind, "colon", LIMITS.colon_strength)
        return self._make(kind, ":", start, end, spk, None, feats)

    def _claim_at(self, i: int, st: _State) -> Claim | None:
        """Parse the cue at token i into a claim (or None when it has no speaker or complement)."""
        spec = self.cue[i]
        assert spec is not None
        self.issuer = st.issuer
        lim = self.sent_end[i]
        source: SourceRef | None = None
        zone_from = i + 1
        if spec.form == "relay":
            an = next((k for k in range(i + 1, min(lim, i + 15)) if self.nt[k] == "عن"), None)
            if an is None or an == i + 1:
                return None
            source = self._source_ref(i + 1, an)
            zone_from = an + 1
        elif spec.form == "attrib":
            return self._attribution(i, st)
        zone = self._zone(zone_from, lim, spec)
        if zone.content_tok is None and zone.content_char is None:
            zone.content_tok = self._postposed_quote(i, st)
            if zone.content_tok is None:
                return None
        content = self._content(zone, lim)
        if content is None:
            return None
        kind, start, end, last = content
        if spec.lemma == "بين" and spec.form != "participle" and not self._bayyana(i, zone):
            return None
        spk, mode = self._resolve(zone, i, st)
        fronted_ok = spec.form in ("past", "present") and not spec.prefixed and i != self.sent_start[i]
        if mode == "none" and fronted_ok:
            spk, mode = self._fronted_subject(i, st)
        elif zone.guessed and fronted_ok:  # «وكالة رويتر كشفت النقاب عن …»: the subject came first
            fronted, how = self._fronted_subject(i, st)
            if fronted is not None:
                spk, mode = fronted, how
        if mode == "none":
            if spec.form == "relay":
                return None
            spk, mode = st.speaker, "cont"
            newer = self._nearest_person(i, after=st.covered)
            if newer is not None:  # «لم يشتبك الجنرال ديمبسي …، أيد الاتفاق. وقال:» the discourse moved on
                spk = newer
            elif spk is None:  # «دعا كارتر الكونغرس …، وقال إنه»: no claim yet, the person just named speaks
                spk = (
                    self._nearest_person(i)
                    or self._nearest_person(i, types=("unit",))
                    or self._nearest_person(i, types=("person", "unit"), same_paragraph=False)
                )
            # The model ranks only where the rule guessed: a statement's issuer («وأضاف البيان») and a person
            # named since the last claim («…ديمبسي …، أيد الاتفاق. وقال:») stay the rule's.
            if newer is None and not (zone.statement or zone.desc):
                cands = self._continuation_candidates(i, st, spec, spk)
                if self.trace is not None:
                    self.trace[(start, end)] = cands
                spk = continuation.choose(cands, spk)
        source = source or zone.source
        if source is None and st.speaker is not None and spk is not None and self._same(spk, st.speaker):
            source = st.source
        st.covered = max(st.covered, last)
        if zone.in_statement and spk is not None:
            st.issuer = spk
        st.speaker, st.source = spk, source
        if spk is not None and spk.kind != "named" and spk not in st.unnamed:
            st.unnamed.append(spk)
        if spk is not None and not (st.history and self._same(st.history[-1], spk)):
            st.history.append(spk)
        feats = claim_features(mode, kind, spec.form, spec.strength)
        cue_text = self.toks[i].text
        if spec.form == "relay":
            cue_text = next(
                (self.toks[k].text for k in range(i, zone.stop + 1) if k < len(self.nt) and self.nt[k] in RELAY_SAYING),
                cue_text,
            )
        return self._make(kind, cue_text, start, end, spk, source, feats)

    def _continuation_candidates(
        self, i: int, st: _State, spec: CueSpec, rule: SpeakerRef | None
    ) -> list[continuation.Candidate]:
        """Who may speak a continuation cue at token i, each with its features (app/nlp/continuation.py)."""
        found: list[tuple[str, SpeakerRef | None]] = [
            ("prev", st.speaker),
            ("person", self._nearest_person(i)),
            ("unit", self._nearest_person(i, types=("unit",))),
            ("far", self._nearest_person(i, types=("person", "unit"), same_paragraph=False)),
            ("hist2", st.history[-2] if len(st.history) > 1 else None),
            ("hist3", st.history[-3] if len(st.history) > 2 else None),
            ("unnamed", st.unnamed[-1] if st.unnamed else None),
        ]
        cands: list[continuation.Candidate] = []
        for name, ref in found:
            if ref is None:
                continue
            same = next((c for c in cands if self._same(c.ref, ref)), None)
            if same is None:
                cands.append(same := continuation.Candidate(ref))
            same.features.add(name)
        cue_at = self.toks[i].start
        context = {f"form:{spec.form}", "initial" if i == self.sent_start[i] else "inner"}
        if st.covered >= 0:
            last_para = self.para[min(st.covered, len(self.para) - 1)]
            context.add("prev_same_para" if last_para == self.para[i] else "prev_far")
        else:
            context.add("no_prev")
        sent_at = self.toks[self.sent_start[i]].start
        said = continuation.cue_ending(self.nt[i], spec.form)
        for c in cands:
            sources = set(c.features)
            kind = "desc" if c.ref.mention is None else self.mentions[c.ref.mention].type
            where = continuation.bucket(abs(cue_at - c.ref.start))
            c.features |= {f"kind:{kind}", where, f"{kind}&{where}"}
            head = strip_article(norm(c.ref.text.split()[0])) if c.ref.text.split() else ""
            pair = f"cue:{said}&name:{continuation.name_ending(head, kind)}"  # the model learns agreement
            c.features |= {pair} | {f"{s}&{pair}" for s in sources if s == "prev"}
            if c.ref.start >= sent_at:
                c.features.add("same_sentence")
            if rule is not None and self._same(c.ref, rule):
                c.features.add("pick")
            c.features |= {f"{s}&{x}" for s in sources for x in context}
            c.features |= {f"{s}&kind:{kind}" for s in sources}
        return cands

    def _postposed_quote(self, i: int, st: _State) -> int | None:
        """A quotation right before the cue ("…"، قال الوزير) is its content; returns its opener."""
        k = i - 1
        if k >= 0 and self.nt[k] in _COMMAS:
            k -= 1
        q = next((q for q in self.quotes.values() if q.closed and q.end_i == k), None)
        if q is None or q.open_i <= st.covered or not self._speech_quote(q):
            return None
        return q.open_i

    def _bayyana(self, i: int, z: _Zone) -> bool:
        """بيّن (not the preposition بين): a person/unit right after it, then أن/إن, no و-joined pair."""
        m = self.tok_mention[i + 1] if i + 1 < len(self.toks) else None
        k = z.content_tok
        if m is None or self.mentions[m].type not in ("person", "unit") or k is None or k - 1 <= i:
            return False
        if self.nt[k - 1] not in COMPLEMENTISERS:
            return False
        return not any(
            self.tok_mention[t] is not None and self.nt[t].startswith("و")
            for t in range(self.mention_last[m] + 1, k - 1)
        )

    def _attribution(self, i: int, st: _State) -> Claim | None:
        """وفقاً لـ / بحسب + speaker: sentence-initial with فإن/comma content, or trailing a clause."""
        lim = self.sent_end[i]
        spec = self.cue[i]
        assert spec is not None
        self.issuer = st.issuer
        j = i + 1
        if j < lim and self.nt[j] in ("ل", "لـ"):
            j += 1
        initial = i == self.sent_start[i] or (i == self.sent_start[i] + 1 and self.nt[i - 1] == "و")
        zone = self._zone(j, lim, spec, attrib=True)
        if not zone.cands and not zone.desc:
            return None
        spk, mode = self._resolve(zone, i, st)
        if spk is None:
            return None
        if initial:
            if zone.content_tok is None and zone.content_char is None:
                return None
            content = self._content(zone, lim)
        elif zone.stop >= lim - 1 and i > 0 and self.nt[i - 1] in _COMMAS:
            s0 = self.sent_start[i]
            if s0 <= st.covered:
                return None
            content = ("indirect", self.toks[s0].start, self.toks[i - 1].start, lim - 1)
        else:
            return None
        if content is None:
            return None
        kind, start, end, last = content
        while end > start and self.text[end - 1] in _TRIM_PUNCT:
            end -= 1
        source = zone.source
        if source is None and st.speaker is not None and self._same(spk, st.speaker):
            source = st.source
        st.covered = max(st.covered, last)
        st.speaker, st.source = spk, source
        if spk is not None and spk.kind != "named" and spk not in st.unnamed:
            st.unnamed.append(spk)
        return self._make(
            kind, self.toks[i].text, start, end, spk, source, claim_features(mode, kind, spec.form, spec.strength)
        )

    # ----- the zone between a cue and its complement ---------------------------------------------
    def _zone(self, j: int, lim: int, spec: CueSpec, attrib: bool = False) -> _Zone:
        """Read speaker, titles, adverbials and source up to the complement of the cue."""
        z = _Zone()
        title_mode = after_head = False
        while j < lim:
            n = self.nt[j]
            q = self.quotes.get(j)
            if q is not None:
                if self._speech_quote(q):
                    z.content_tok = j
                    break
                j = q.end_i + 1
                continue
            if n in COMPLEMENTISERS and (j == 0 or self.nt[j - 1] not in NON_COMPLEMENT_BEFORE):
                z.content_tok = j + 1
                break
            if n == ":" or (self._prep(j, spec) and n != "ب"):
                z.content_tok = j + 2 if j + 1 < lim and self.nt[j + 1] in COMPLEMENTISERS else j + 1
                break
            if n in RELAY_SAYING:
                j += 1
                continue
            if "ب" in spec.preps and n.startswith("ب") and self.tok_mention[j] is None and n != "باسم":
                if n == "ب":
                    z.content_tok = j + 1
                elif n not in STATEMENT_WORDS:
                    z.content_tok, z.content_char = j, self.toks[j].start + 1
                if z.content_tok is not None:
                    break
            m = self.tok_mention[j]
            if m is not None and not z.statement and self._lam_prefixed(j, m):  # a subject never takes ل
                z.source = z.source or SourceRef(self.mentions[m].text, m)  # قال (X) لوكالة … بأن
                j = self.mention_last[m] + 1
                continue
            if m is not None:
                internal = title_mode and self.mentions[m].type != "person"
                z.cands.append((m, "title" if internal else "subject"))
                j = self.mention_last[m] + 1
                title_mode, after_head = internal, False
                continue
            if n in _COMMAS:
                if attrib and (z.cands or z.desc) and j + 1 < lim and not self._segment_start(j + 1):
                    z.content_tok = j + 1
                    break
                if j + 1 < lim and (self._opening(j + 1, spec) or self.nt[j + 1] in ("فان", "فانه")):
                    j += 1
                    continue
                e = self._segment_end(j + 1, lim, spec)
                if e is None:
                    j += 1
                    break
                self._scan_segment(z, j + 1, e)
                j = e
                continue
            if n == "(":
                e = next((k for k in range(j + 1, min(lim, j + 8)) if self.nt[k] == ")"), None)
                if e is None:
                    break
                j = e + 1
                continue
            if n in STATEMENT_WORDS and not z.cands and not z.desc:
                z.statement = True
                title_mode = True
                j += 1
                continue
            intro = n in SOURCE_INTRO and j + 1 < lim and in_lexicon(self.nt[j + 1], SOURCE_HEADS)
            if n in SOURCE_HEADS or intro:
                e = self._source_phrase_end(j, lim, spec)
                self._scan_segment(z, j, e)
                j = e
                continue
            if not attrib and n in ("بحسب", "حسب") and j + 1 < lim and self._outlet_named(j + 1):
                e = self._outlet_end(j + 1 + (self.nt[j + 1] in OUTLET_WORDS), lim, spec)
                z.source = z.source or self._source_ref(j + 1, e)  # وقال بحسب صحيفة هآرتس: the outlet
                j = e
                continue
            if n in ("ل", "لـ") and j + 1 < lim:
                e = self._outlet_end(j + 1, lim, spec)
                z.source = z.source or self._source_ref(j + 1, e)
                j = e
                continue
            if n.startswith("ل") and n[1:] in OUTLET_WORDS and (z.cands or z.desc):
                e = self._outlet_end(j + 1, lim, spec)
                z.source = z.source or self._source_ref(j, e)
                j = e
                continue
            if in_lexicon(n, ROLE_HEADS) or in_lexicon(n, RANKS):
                title_mode, after_head = True, not is_definite(n)
                z.desc.append(j)
                j += 1
                continue
            if (
                title_mode
                and n not in FUNCTION_WORDS
                and (is_definite(n) or n == "باسم" or is_nisba(n) or n in VAGUE_QUALIFIERS)
            ):
                z.desc.append(j)
                after_head = False
                j += 1
                continue
            if (
                title_mode
                and n == "في"
                and j + 1 < lim
                and (is_definite(self.nt[j + 1]) or self.tok_mention[j + 1] is not None)
            ):
                z.desc.append(j)
                j += 1
                continue
            if after_head:
                z.desc.append(j)
                after_head = False
                j += 1
                continue
            if not z.cands and not z.desc and in_lexicon(n, VAGUE_SPEAKERS):
                z.desc.append(j)
                z.vague = True
                j += 1
                head_definite = is_definite(n)
                while j < lim and self.tok_mention[j] is None and self._vague_adjective(j, head_definite):
                    z.desc.append(j)
                    j += 1
                j = self._source_qualifier(z, j, lim)
                continue
            if not z.cands and not z.desc and is_definite(n) and self._unit_by_head(n, j) is not None:
                z.desc.append(j)
                j += 1
                continue
            if n in TIME_WORDS or n in PRONOUN_PREPS:
                j += 1
                continue
            break
        z.stop = j
        if z.content_tok is None and j < lim and not attrib:
            self._fallback_content(z, j, lim, spec)
        return z

    def _lam_prefixed(self, j: int, m: int) -> bool:
        """True when a non-person mention is glued to the preposition ل (لوكالة …) in token j."""
        men = self.mentions[m]
        if men.type == "person":
            return False
        glued = self.text[self.toks[j].start : men.start]
        return glued in ("ل", "ول", "فل")

    def _source_qualifier(self, z: _Zone, j: int, lim: int) -> int:
        """«مصدر عسكري في قيادة المنطقة الرابعة»: the body or place a source belongs to joins its phrase."""
        if j + 1 < lim and self.nt[j] in CLOSE_TO and self.nt[j + 1] == "من":  # «مصدر مقرب من التحقيقات»
            z.desc.append(j)
            j += 1
        k = j + 1 if j < lim and self.nt[j] in SOURCE_QUALIFIER_PREPS else j
        m = self.tok_mention[k] if k < lim else None
        if m is None and k == j and k < lim and self.nt[k].startswith("بال") and len(self.nt[k]) > 5:
            z.desc.append(k)  # «مصدر مطلع بالجامعة»: a glued ب and a body or field
            return k + 1
        if m is None and k < lim and self._generic_body(self.nt[k], glued=k == j):
            z.desc.extend(range(j, k + 1))  # «مصادر بالقوات»، «مصدر في الشرطة»: a body named only by its kind
            return k + 1
        if m is None and k > j and k < lim and is_definite(self.nt[k]) and self.nt[k] not in TIME_WORDS:
            e = k + 1  # «مراقبون في الساحة اليمنية»: a field the sources belong to
            while e < lim and e - k < 3 and is_definite(self.nt[e]) and is_nisba(strip_article(self.nt[e])):
                e += 1
            z.desc.extend(range(j, e))
            return e
        if m is None or self.mentions[m].type not in ("unit", "place"):
            return j
        if k == j and self.nt[k][:1] != "ب":  # glued ب: بوزارة الداخلية (a glued ل is the outlet: لوكالة …)
            return j
        if k > j:
            z.desc.append(j)
        z.cands.append((m, "title"))
        last = self.mention_last[m]
        z.desc.append(last)
        return last + 1

    @staticmethod
    def _generic_body(n: str, *, glued: bool) -> bool:
        """A definite generic body noun (الشرطة، القوات، الحكومة), with ب glued on when no preposition came first."""
        if glued:
            if not n.startswith("بال"):
                return False
            n = n[1:]
        base = strip_article(n)
        return is_definite(n) and (base in FORCE_HEADS or base in GENERIC_HEADS or n in FORCE_HEADS)

    def _vague_adjective(self, j: int, head_definite: bool) -> bool:
        """An adjective agreeing with a vague speaker noun (مصادر عسكرية، الأوساط السياسية)."""
        n = self.nt[j]
        if n in FUNCTION_WORDS:  # «المسؤول الذي فضل عدم …»: a relative pronoun ends the phrase
            return False
        if strip_article(n) in VAGUE_QUALIFIERS or _field_word(n):
            return is_definite(n) == head_definite or strip_article(n) == "مستوي"
        return is_definite(n) if head_definite else is_nisba(n) and not is_definite(n)

    def _fallback_content(self, z: _Zone, j: int, lim: int, spec: CueSpec) -> None:
        """No marker right away: jump over adverbials to a near marker, or read a nominal object."""
        has_speaker = bool(z.cands or z.desc)
        adverbial = self.nt[j] in _ADVERBIAL or self.nt[j] in TIME_WORDS
        window = LIMITS.lookahead_nominal if spec.nominal and has_speaker else LIMITS.lookahead
        k = self._lookahead(j, lim, spec, window)
        if k is not None and (not spec.nominal or not has_speaker or adverbial):
            self._scan_segment(z, j, k, appositive=False)
            self._skipped_speaker(z, j, k)
            n = self.nt[k]
            if n in COMPLEMENTISERS or n == ":":
                z.content_tok = k + 1
            elif self._prep(k, spec):
                z.content_tok = k + 2 if k + 1 < lim and self.nt[k + 1] in COMPLEMENTISERS else k + 1
            else:
                z.content_tok = k
            return
        if spec.nominal and not self._active_cue(j):
            if spec.lemma == "جدد" and self.nt[j].startswith(("تاكيد", "رفض", "دعو", "موقف", "تمسك")):
                j += 1
                if j < lim and self.nt[j] in spec.preps:
                    j += 1
                elif j < lim and self.nt[j].startswith("ب") and len(self.nt[j]) > 3:
                    z.content_tok, z.content_char = j, self.toks[j].start + 1
                    return
            if j < lim:
                z.content_tok, z.nominal = j, True

    def _skipped_speaker(self, z: _Zone, j: int, k: int) -> None:
        """A speaker in words jumped over: a person or unit mention, else leading definite words."""
        if z.cands:
            return
        found: list[int] = []
        seen: set[int] = set()
        for p in range(j, k):
            m = self.tok_mention[p]
            if m is None or m in seen:
                continue
            seen.add(m)
            before = p - 1
            while before > 0 and self.nt[before] in _OPEN_MARKS:  # لـ«الشرق الأوسط»: past the quote mark
                before -= 1
            if self._lam_prefixed(p, m) or (before >= 0 and self.nt[before] in ("ل", "لـ")):  # the outlet
                z.source = z.source or SourceRef(self.mentions[m].text, m)
                continue
            found.append(m)
        for typ in ("person", "unit"):
            hit = next((m for m in found if self.mentions[m].type == typ), None)
            if hit is not None:
                z.cands.append((hit, "subject"))
                return
        if z.desc:
            return
        p = j + 1 if j < k and self.nt[j] in CUE_OBJECTS else j  # لافتاً النظر إلى: the cue's object
        while p < k and p - j < 4 and is_definite(self.nt[p]) and self.nt[p] not in TIME_WORDS:
            z.desc.append(p)
            z.guessed = True
            p += 1

    def _lookahead(self, j: int, lim: int, spec: CueSpec, window: int) -> int | None:
        """The next complement opener within `window` tokens, stopping at cues and full stops."""
        k = j
        while k < min(lim, j + window):
            n = self.nt[k]
            if n in _FINAL or (k > j and self._active_cue(k)):
                return None
            q = self.quotes.get(k)
            if q is not None:
                if self._speech_quote(q):
                    return k
                k = q.end_i + 1
                continue
            if n in COMPLEMENTISERS and self.nt[k - 1] not in NON_COMPLEMENT_BEFORE:
                return k
            if n == ":" or (self._prep(k, spec) and n != "ب" and self.nt[k - 1] in _COMMAS):
                return k
            k += 1
        return None

    def _source_phrase_end(self, j: int, lim: int, spec: CueSpec) -> int:
        """End of في تصريح لـ X / في بيان مشترك / خلال مقابلة مع X, with or without a closing comma."""
        e = self._segment_end(j, lim, spec)
        if e is not None:
            return e
        k = j + (2 if self.nt[j] in SOURCE_INTRO else 1)
        while k < lim:
            n = self.nt[k]
            q = self.quotes.get(k)
            if q is not None and q.closed and not self._speech_quote(q):
                k = q.end_i + 1
            elif self.tok_mention[k] is not None:
                k = self.mention_last[self.tok_mention[k] or 0] + 1
            elif n in SOURCE_ADJECTIVES or n in ("ل", "لـ") or (n.startswith("ل") and n[1:] in OUTLET_WORDS):
                k += 1
            else:
                break
        return k

    def _outlet_named(self, a: int) -> bool:
        """Token a names an outlet or a body (a non-person mention, or صحيفة/وكالة … before one)."""
        k = a + 1 if self.nt[a] in OUTLET_WORDS and a + 1 < len(self.nt) else a
        m = self.tok_mention[k]
        return m is not None and self.mentions[m].type != "person"

    def _outlet_end(self, a: int, lim: int, spec: CueSpec) -> int:
        """End of an outlet named after لـ: a quoted name, a mention, or words up to a comma."""
        q = self.quotes.get(a)
        if q is not None and q.closed:
            return q.end_i + 1
        m = self.tok_mention[a]
        if m is not None:
            return self.mention_last[m] + 1
        return self._segment_end(a, lim, spec) or a + 1

    def _segment_start(self, k: int) -> bool:
        """True when token k can open a comma-delimited adverbial or appositive segment."""
        n = self.nt[k]
        return (
            self.tok_mention[k] is not None
            or n in _SEGMENT_STARTERS
            or n in TIME_WORDS
            or in_lexicon(n, RANKS)
            or in_lexicon(n, ROLE_HEADS)
            or in_lexicon(n, SOURCE_HEADS)
            or n in SOURCE_INTRO
            or n in PRONOUN_PREPS
        )

    def _segment_end(self, a: int, lim: int, spec: CueSpec) -> int | None:
        """End of the segment opened at a: the next comma or complement opener, if it is a real segment."""
        if a >= lim:
            return None
        k = a
        while k < min(lim, a + LIMITS.max_segment):
            n = self.nt[k]
            q = self.quotes.get(k)
            if q is not None and not (k > a and self._speech_quote(q)):
                k = q.end_i + 1
                continue
            if n in _FINAL:
                return None
            if k > a and (n in _COMMAS or self._opening(k, spec)):
                return k if (self._segment_start(a) or k - a <= 3) else None
            k += 1
        return None

    def _scan_segment(self, z: _Zone, a: int, e: int, appositive: bool = True) -> None:
        """Collect a source (في تصريح لـ X، بحسب البيان، لـ«X») and an appositive speaker from a segment."""
        for k in range(a, e):
            n = self.nt[k]
            b = strip_article(n)
            if n in ("بحسب", "حسب", "وفقا") and k + 1 < e:
                if self.nt[k + 1] in STATEMENT_WORDS:
                    issuer = self.issuer
                    if issuer is not None:
                        z.source = z.source or SourceRef(issuer.text, issuer.mention)
                else:
                    z.source = z.source or self._source_ref(k + 1, e)
                return
            if in_lexicon(n, SOURCE_HEADS):
                r = k + 1
                while r < e and self.nt[r] in ("منفصله", "خاصه", "صحفيه", "صحافيه", "متلفزه"):
                    r += 1
                if r < e and (self.nt[r] in ("ل", "لـ", "مع") or self.nt[r].startswith("ل")):
                    z.source = z.source or self._source_ref(r, e)
                elif b == "بيان":
                    z.in_statement = True
                return
            if n in ("ل", "لـ") and k + 1 < e and self.quotes.get(k + 1) is not None:
                z.source = z.source or self._source_ref(k + 1, e)
                return
        if not appositive:
            return
        k = a
        while k < e and (in_lexicon(self.nt[k], RANKS) or in_lexicon(self.nt[k], ROLE_HEADS)):
            k += 1
        if k < e and self.tok_mention[k] is not None:
            m = self.tok_mention[k]
            assert m is not None
            z.cands.append((m, "appos"))

    def _source_ref(self, a: int, e: int) -> SourceRef | None:
        """The outlet named in tokens [a, e): a mention, else a quoted name, else the words themselves."""
        for k in range(a, e):
            m = self.tok_mention[k]
            if m is not None and self.mentions[m].type != "person":
                return SourceRef(self.mentions[m].text, m)
        for k in range(a, e):
            q = self.quotes.get(k)
            if q is not None and q.end_i <= e:
                s, t = self._quote_interior(q)
                if t > s:
                    return SourceRef(self.text[s:t], None)
        skip = ("ل", "لـ", "مع", "(", ")")
        words = [k for k in range(a, e) if self.nt[k] not in skip and self.nt[k].isalnum()]
        if not words:
            return None
        return SourceRef(self.text[self.toks[words[0]].start : self.toks[words[-1]].end], None)

    # ----- complement ----------------------------------------------------------------------------
    def _content(self, z: _Zone, lim: int) -> tuple[ClaimKind, int, int, int] | None:
        """Claim kind, character span and last covered token of the complement opened in the zone."""
        k = z.content_tok
        assert k is not None
        if k >= len(self.toks):
            return None
        q = self.quotes.get(k)
        if q is not None and self._speech_quote(q):
            s, e = self._quote_interior(q)
            return ("direct", s, e, q.end_i if q.closed else q.end_i - 1) if e > s else None
        start = z.content_char if z.content_char is not None else self.toks[k].start
        end_tok = k
        limit = lim
        t = k
        while t < limit:
            if t > k and self._active_cue(t) and self._narrator_position(t):
                break
            qt = self.quotes.get(t)
            if qt is not None and qt.closed and qt.end_i >= limit:
                limit = min(len(self.toks), self.sent_end[qt.end_i])
            end_tok = t
            t += 1
        last = end_tok
        while end_tok > k and (self.nt[end_tok] in CONNECTORS or (self.toks[end_tok].text in _TRIM_PUNCT + "()")):
            end_tok -= 1
        end = self.toks[end_tok].end
        while end > start and self.text[end - 1] in _TRIM_PUNCT:
            end -= 1
        words = sum(1 for t in range(k, end_tok + 1) if self.toks[t].text not in _TRIM_PUNCT)
        if end <= start or words < (3 if z.nominal else 2):
            return None
        direct = self._partial_quote(k, end_tok, end)
        if direct is not None:
            return "direct", direct[0], direct[1], last
        return "indirect", start, end, last

    def _partial_quote(self, k: int, end_tok: int, end: int) -> tuple[int, int] | None:
        """When quoted speech makes up most of the reported content, the claim is the quoted part."""
        total = sum(1 for t in range(k, end_tok + 1) if self.toks[t].text not in _TRIM_PUNCT)
        for t in range(k, end_tok + 1):
            q = self.quotes.get(t)
            if q is None or not self._speech_quote(q):
                continue
            pre = sum(1 for p in range(k, t) if self.toks[p].text not in _TRIM_PUNCT)
            s, e = self._quote_interior(q)
            qlen = sum(1 for p in range(q.open_i + 1, q.end_i) if self.toks[p].text not in _TRIM_PUNCT)
            if e > s and (pre <= LIMITS.near_quote_prefix or qlen >= LIMITS.quote_share * total):
                return s, e
            return None
        return None

    # ----- speakers ------------------------------------------------------------------------------
    def _resolve(self, z: _Zone, cue_i: int, st: _State) -> tuple[SpeakerRef | None, Mode]:
        """Speaker from the zone: statement issuer, person, title holder, unit or place, or vague words."""
        if z.statement:
            units = [m for m, _ in z.cands if self.mentions[m].type != "person"]
            if units:
                ref = self._ref(units[0])
                st.issuer = ref
                return ref, "named"
            for t in z.desc:
                u = self._unit_by_head(self.nt[t], cue_i)
                if u is not None:  # بيان الوزارة: the body named earlier
                    ref = SpeakerRef(self.toks[t].text, self.toks[t].start, self.toks[t].end, u)
                    st.issuer = ref
                    return ref, "desc"
            if st.issuer is not None:
                return st.issuer, "desc"
        persons = [m for m, role in z.cands if self.mentions[m].type == "person"]
        if persons:
            return self._ref(persons[0]), "named"
        internal = [m for m, role in z.cands if role == "title"]
        if z.desc and not z.vague:
            p = self._title_holder(z.desc, cue_i)
            if p is not None:  # a title whose holder the article names speaks as that person
                return self._desc_ref(z.desc, p), "desc"
            for t in z.desc:
                u = self._unit_by_head(self.nt[t], cue_i)
                if u is None and len(z.desc) == 1 and is_definite(self.nt[t]):
                    u = self._last_outlet(self.nt[t], cue_i)  # وقالت الصحيفة: the paper named before
                if u is None:
                    continue
                if len(z.desc) == 1:  # وقالت الوزارة: a bare noun for a body named earlier is that body
                    return self._desc_ref([t], u), "desc"
                return self._described(z, u), "desc"  # المتحدث باسم الوزارة: a role in the body
        others = [m for m, role in z.cands if role != "title" and self.mentions[m].type in _SPEAKER_TYPES]
        if others:
            return self._ref(others[0]), "named"
        if z.desc:
            earlier = self._anaphor(z, st)
            if earlier is not None:  # وأضاف المصدر: the source described before
                return earlier, "cont"
            units = [m for m in internal if self.mentions[m].type == "unit"]
            return self._described(z, units[0] if units else None), "vague"
        if internal:
            return self._ref(internal[0]), "named"
        return None, "none"

    def _nearest_person(
        self, cue_i: int, after: int = -1, types: tuple[str, ...] = ("person",), same_paragraph: bool = True
    ) -> SpeakerRef | None:
        """The last person (or other `types`) named before the cue in its paragraph (past token `after`),
        outside quotations."""
        lo = bisect.bisect_left(self._mention_starts, (self.toks[cue_i].start, -1))
        for _, m in reversed(self._mention_starts[:lo]):
            men = self.mentions[m]
            k = bisect.bisect_left(self.tok_starts, men.start)
            if (same_paragraph and k < len(self.toks) and self.para[k] != self.para[cue_i]) or k <= after:
                return None
            if men.type in types and not any(q.open_i < k <= q.end_i for q in self.quotes.values()):
                return self._ref(m)
        return None

    def _fronted_subject(self, cue_i: int, st: _State) -> tuple[SpeakerRef | None, Mode]:
        """Subject written before the verb (وكان X أكد، يذكر أن X … قال، X يعلن)."""
        s0 = self.sent_start[cue_i]
        boundary = s0 - 1
        for k in range(cue_i - 1, s0 - 1, -1):
            if self.nt[k] in COMPLEMENTISERS or self.nt[k] in CLAUSE_OPENERS or k <= st.covered:
                boundary = k
                break
        found = [self.tok_mention[k] for k in range(boundary + 1, cue_i) if self.tok_mention[k] is not None]
        ms = [m for m in dict.fromkeys(found) if m is not None]
        for typ in ("person", "unit"):
            for m in ms:
                if self.mentions[m].type == typ:
                    return self._ref(m), "named"
        if ms and self.mentions[ms[0]].type == "place" and self.tok_mention[boundary + 1] == ms[0]:
            return self._ref(ms[0]), "named"
        return None, "none"

    def _title_holder(self, desc: list[int], cue_i: int) -> int | None:
        """The person mention whose titles (or introducing words) best match a title description."""
        stop = {"في", "باسم", "ل", "لـ", "و"}
        words = {strip_article(self.nt[t]) for t in desc} - stop
        role_toks = [t for t in desc if in_lexicon(self.nt[t], ROLE_HEADS | RANKS)]
        heads = {strip_article(self.nt[t]) for t in role_toks}
        if not heads:
            return None
        # «ضابط إسرائيلي» (no article, no construct) introduces someone new: only a holder of that very role can
        # be him; «المسؤول العراقي» or «وزير الخارجية الفرنسي» may point back at the one named before.
        indefinite = not any(
            is_definite(self.nt[t]) or (t + 1 < len(self.nt) and is_definite(self.nt[t + 1])) for t in role_toks
        )
        nisbas = {masculine(w) for w in words if is_nisba(w) and w not in ROLE_HEADS}
        best: tuple[int, int, int] | None = None
        best_m: int | None = None
        by_word, by_nisba = self._holder_index()
        # Only persons sharing a role head (or, for a definite title, a nisba) can pass the test below.
        pool = set().union(*(by_word.get(h, ()) for h in heads))
        if not indefinite:
            pool = pool.union(*(by_nisba.get(n, ()) for n in nisbas))
        for mi in sorted(pool):
            m = self.mentions[mi]
            tw, their = self._holder_words[mi]
            if nisbas - their and their - nisbas:
                continue  # وزير الخارجية الفرنسي is not the one introduced as وزير الخارجية العراقي
            if not heads & tw and (indefinite or not nisbas & their):
                continue
            before = 1 if m.start < self.toks[cue_i].start else 0
            key = (len(words & tw) + len(nisbas & their), before, m.start if before else -m.start)
            if best is None or key > best:
                best, best_m = key, mi
        return best_m

    def _holder_index(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Person mentions by the words of their titles and left context, and by their nisbas (built once)."""
        if self._holders is None:
            by_word: dict[str, list[int]] = {}
            by_nisba: dict[str, list[int]] = {}
            for mi, m in enumerate(self.mentions):
                if m.type != "person":
                    continue
                tw = frozenset({strip_article(norm(w)) for title in m.titles for w in title.split()})
                tw |= self._left_context(mi)
                their = frozenset(masculine(w) for w in tw if is_nisba(w) and w not in ROLE_HEADS)
                self._holder_words[mi] = (tw, their)
                for w in tw:
                    by_word.setdefault(w, []).append(mi)
                for w in their:
                    by_nisba.setdefault(w, []).append(mi)
            self._holders = (by_word, by_nisba)
        return self._holders

    def _left_context(self, mi: int) -> frozenset[str]:
        """Words introducing a mention in its sentence (up to six tokens before it); computed once a mention."""
        if mi not in self._left_contexts:
            k = bisect.bisect_left(self.tok_starts, self.mentions[mi].start)
            lo = max(self.sent_start[k], k - 6) if k < len(self.toks) else k
            self._left_contexts[mi] = frozenset(
                strip_article(self.nt[p]) for p in range(lo, k) if self.nt[p] not in _COMMAS
            )
        return self._left_contexts[mi]

    def _unit_by_head(self, n: str, before_tok: int) -> int | None:
        """The latest unit mention whose name starts with this common noun (القيادة → قيادة العمليات …)."""
        head = strip_article(n)
        if len(head) < 3:
            return None
        limit = self.toks[min(before_tok, len(self.toks) - 1)].start
        best: int | None = None
        for mi in self._units_by_head().get(head, ()):
            if best is None or self.mentions[mi].start < limit:
                best = mi
        return best

    def _last_outlet(self, n: str, before_tok: int) -> int | None:
        """The last media unit named before the cue, for a bare outlet noun (الصحيفة، الوكالة، القناة)."""
        if strip_article(n) not in OUTLET_WORDS:
            return None
        limit = self.toks[min(before_tok, len(self.toks) - 1)].start
        media = [mi for mi, m in enumerate(self.mentions) if m.subtype == "media" and m.start < limit]
        return media[-1] if media else None

    def _units_by_head(self) -> dict[str, list[int]]:
        """Unit mentions by the bare first word of their canonical name, in mention order (built once)."""
        if self._unit_heads is None:
            self._unit_heads = {}
            for mi, m in enumerate(self.mentions):
                if m.type == "unit" and m.canonical.split():
                    self._unit_heads.setdefault(strip_article(norm(m.canonical.split()[0])), []).append(mi)
        return self._unit_heads

    def _ref(self, m: int) -> SpeakerRef:
        """A speaker reference to mention m, as written."""
        men = self.mentions[m]
        return SpeakerRef(men.text, men.start, men.end, m)

    def _desc_ref(self, desc: list[int], m: int | None) -> SpeakerRef:
        """A speaker reference spanning the description words, optionally resolved to mention m."""
        a, b = self.toks[desc[0]], self.toks[desc[-1]]
        start = a.start
        first = self.nt[desc[0]]
        if first.startswith("ل") and not first.startswith("لل") and len(first) > 3:
            start += 1  # لمصادر أمنية → مصادر أمنية
        return SpeakerRef(self.text[start : b.end], start, b.end, m)

    def _anaphor(self, z: _Zone, st: _State) -> SpeakerRef | None:
        """A lone definite source noun (المصدر، المصادر، المسؤول، المتحدث) names the one described before."""
        if len(z.desc) != 1 or not is_definite(self.nt[z.desc[0]]):
            return None
        head = _source_stem(self.nt[z.desc[0]])
        for ref in reversed(st.unnamed):
            first = norm(ref.text).split()[0] if ref.text.strip() else ""
            if _source_stem(first) == head:
                return ref
        return None

    def _described(self, z: _Zone, affiliation: int | None) -> SpeakerRef:
        """An unnamed speaker: the whole description, the body it belongs to, descriptive or anonymous."""
        desc = sorted(z.desc)
        while len(desc) > 1 and self.nt[desc[-1]] in TIME_WORDS:  # … في نيجيريا | اليوم الاثنين
            desc.pop()
        ref = self._desc_ref(desc, None)
        qualified = affiliation is not None or any(
            self.tok_mention[t] is not None or _field_word(self.nt[t]) for t in z.desc
        )
        inner = [self.mentions[m] for m, role in z.cands if role == "title"]
        end = max([ref.end, *(m.end for m in inner if ref.start < m.start <= ref.end + 6)])
        if end > ref.end:  # المتحدث باسم | وزارة الداخلية: the body closes the phrase
            ref = replace(ref, text=self.text[ref.start : end], end=end)
        anonymous = z.vague and not qualified
        return replace(ref, kind="anonymous" if anonymous else "descriptive", affiliation=affiliation)

    def _same(self, a: SpeakerRef, b: SpeakerRef) -> bool:
        """True when two speaker references denote the same entity (or the same words)."""
        if a.mention is not None and b.mention is not None:
            return self.mentions[a.mention].key == self.mentions[b.mention].key
        return norm(a.text) == norm(b.text)

    # ----- output --------------------------------------------------------------------------------
    def _make(
        self,
        kind: ClaimKind,
        cue: str,
        start: int,
        end: int,
        speaker: SpeakerRef | None,
        source: SourceRef | None,
        feats: ClaimFeatures,
    ) -> Claim:
        """Build a claim with the mentions lying inside its span as `about`, and its calibrated confidence."""
        lo = bisect.bisect_left(self._mention_starts, (start, -1))
        hi = bisect.bisect_left(self._mention_starts, (end, -1))
        inside = (mi for _, mi in self._mention_starts[lo:hi] if self.mentions[mi].end <= end)
        about = tuple(sorted(inside))
        conf = calibrated_confidence(feats)
        return Claim(kind, cue, self.text[start:end], start, end, speaker, source, about, conf, feats.key)
