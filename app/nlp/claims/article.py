"""The per-article read-only context every claim rule reads: tokens, forms, sentences, mentions, cues, quotes."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from functools import cached_property

from app.nlp.claim_cues import (
    COMPLEMENTISERS,
    CONNECTORS,
    NAME_WORDS,
    RELAY_SAYING,
    SOURCE_HEADS,
    STATEMENT_WORDS,
    TIME_WORDS,
    CueSpec,
    cue_of,
    norm,
)
from app.nlp.claims.config import LIMITS
from app.nlp.claims.vocab import (
    ACCORDING_TO,
    ANONYMITY_OPENERS,
    BODY_NOUNS,
    COMMAS,
    CONTRAST_CONNECTORS,
    ENACTING_CUES,
    EVENT_WINDOW,
    EXISTENTIALS,
    FEMININE_PRONOUN,
    FROM,
    LAM,
    LEGAL_BODIES,
    LEGAL_CHARGE_CUES,
    MANY_HOLDER_HEADS,
    NEGATING_NOUNS,
    POINTING_WORDS,
    POSTPOSED_LINKS,
    RESUMPTIVE_IN,
    SOURCE_NOUNS,
    SOURCE_PEOPLE,
    TRIM_PUNCT,
    event_agrees,
    place_nisba,
    source_stem,
    speech_event,
    state_nisba,
)
from app.nlp.doc import Doc
from app.nlp.lexicon import DIRECTIONS, FREE_PREPOSITIONS, GENERIC_PLACE_WORDS, ROLE_HEADS, STATE_HEADS, TITLE_WORDS
from app.nlp.morphology import (
    BI,
    in_lexicon,
    is_definite,
    is_nisba,
    lam_clitic,
    masculine,
    opens_with_bi,
    strip_article,
    verb_without_object,
    with_proclitic,
    without_wa,
)
from app.nlp.quotes import CLOSE_BRACKET, Quote, pair_quotes
from app.nlp.tokenize import Token
from app.nlp.types import SpeakerRef

PAST_FORMS = ("past", "relay")  # the forms a verb with an object pronoun glued is read in (ذكرته، نقلته)

VERB_FORMS = ("past", "present", "participle")  # a verb row's own forms, not «حسب»/«وفقا» (attrib) or a relay

# جنوب، دولة، المنطقة: words of a place's name that name no country («جنوب السودان» makes no الجنوبي national)
GENERIC_PLACES = frozenset(f for w in DIRECTIONS | STATE_HEADS | GENERIC_PLACE_WORDS for f in (w, strip_article(w)))


class Article:
    """One article indexed once; nothing here changes after construction (the two lookups are built lazily).

    The tokens, their forms, sentence bounds, paragraphs and the token → mention index are the Doc's
    own (app.nlp.doc), read here under the names the claim rules use; only cues and quotations are new.
    """

    def __init__(self, doc: Doc) -> None:
        """Take the Doc's indexes (its mention stage has run), then index cues and quotations."""
        self.text = doc.text
        self.mentions = doc.mentions
        self.toks: list[Token] = doc.tokens
        self.tok_starts = doc.tok_starts
        self.nt = doc.norms
        self.mention_starts = doc.mention_starts
        self.sent_start = doc.sent_start
        self.sent_end = doc.sent_end
        self.para = doc.para
        self.tok_mention, self.mention_last = doc.tok_mention, doc.mention_last
        self._doc = doc
        specs = [cue_of(n) for n in self.nt]
        self.cue: list[CueSpec | None] = [None if self._no_cue(k, s) else s for k, s in enumerate(specs)]
        for k, n in enumerate(self.nt):
            if self.cue[k] is None and self.postposed_link(k) is not None:
                self.cue[k] = _object_cue(n)
        self.quotes: dict[int, Quote] = {
            q.open_i: q for q in pair_quotes(self.text, self.toks, self.para, self.narrator_position)
        }
        self.in_quote = [False] * len(self.toks)
        for q in self.quotes.values():
            for k in range(q.open_i + 1, q.end_i):
                self.in_quote[k] = True

    # ----- token predicates ----------------------------------------------------------------------
    def _no_cue(self, k: int, spec: CueSpec | None) -> bool:
        """The cue `spec` spelled at k is a noun after a preposition or a negating noun («عدم ذكر»), or a court's
        verdict or a prosecutor's charge."""
        if spec is None:
            return False
        if self.negated(k):
            return True
        if spec.form in VERB_FORMS and self._after_preposition(k):
            return True
        return spec.lemma in LEGAL_CHARGE_CUES and self._legal_subject(k)

    def _legal_subject(self, k: int) -> bool:
        """A court, prosecutor or jury (data/legal_bodies.txt) is the subject right after the cue at k (one time word
        may come first): «أدانت المحكمة X بـ» passes a verdict, «اتهمت النيابة X بـ» lays a charge: no claim."""
        p = k + 2 if k + 2 < len(self.nt) and self.nt[k + 1] in TIME_WORDS else k + 1
        return p < len(self.nt) and strip_article(self.nt[p]) in LEGAL_BODIES

    def _after_preposition(self, k: int) -> bool:
        """Token k follows a free preposition, so a verb's or participle's spelling there is a noun: «وفي وصف الحادث
        بأنه …» (the verbal noun). Not after «من» («من قال إن» "whoever said") nor a name folding to one («علي»)."""
        before = without_wa(self.nt[k - 1]) if k > 0 else ""
        return before in FREE_PREPOSITIONS and before != FROM and self.tok_mention[k - 1] is None

    def negated(self, k: int) -> bool:
        """Token k is the verbal noun after «عدم/دون» or an anonymity verb (طلب عدم ذكر اسمه، رفض ذكر اسمه): "not
        saying" or the saying refused, which reports no speech."""
        return k > 0 and (self.nt[k - 1] in NEGATING_NOUNS or self.nt[k - 1] in ANONYMITY_OPENERS)

    def negated_speech(self, k: int) -> bool:
        """«دون ذكر اسمه» opens at k: a speech word negated, which says only that the speaker goes unnamed."""
        return self.nt[k] in NEGATING_NOUNS and k + 1 < len(self.nt) and cue_of(self.nt[k + 1]) is not None

    def narrator_position(self, k: int) -> bool:
        """True when the cue at k starts a new narrator clause (after a comma, a connector, or a sentence)."""
        spec = self.cue[k]
        if spec is None:
            return False
        if spec.form == "participle" or spec.prefixed:
            return True
        first = p = k - 3 if self.existential_subject(k) else k - 1  # «، فيما هناك من يرى أن»: read before «هناك من»
        connector = False
        while p >= self.sent_start[k] and self.nt[p] in CONNECTORS and first - p < LIMITS.connector_window:
            connector = connector or self.nt[p] in CONTRAST_CONNECTORS
            p -= 1
        return p < self.sent_start[k] or self.nt[p] in COMMAS or connector

    def existential_subject(self, k: int) -> bool:
        """«هناك من»، «ثمة من»، «يوجد من» (data/existentials.txt) right before the cue at k: "there are those who",
        the cue's own subject (speech.existential_who), so a clause opens before it as before a cue."""
        return k >= 2 and self.nt[k - 1] == FROM and in_lexicon(self.nt[k - 2], EXISTENTIALS)

    def opens_clause(self, k: int) -> bool:
        """A cue that ends the clause before it: any cue but a strict one (بين "between") with no opener after it."""
        spec = self.cue[k]
        if spec is None or not spec.strict:
            return spec is not None
        return k + 1 < len(self.toks) and (self.opening(k + 1, spec) or self.glued_bi(k + 1, spec))

    def glued_bi(self, k: int, spec: CueSpec) -> bool:
        """Token k opens with the cue's own ب glued to its complement (مقراً بوجود), and names nothing."""
        return "ب" in spec.preps and opens_with_bi(self.nt[k]) and len(self.nt[k]) > 2 and self.tok_mention[k] is None

    def abbreviation_dot(self, k: int) -> bool:
        """The dot of «د.»، «(د. ب. أ)»: after a lone letter, inside a sentence the tokenizer kept whole."""
        before = self.nt[k - 1] if k > 0 else ""
        return self.nt[k] == "." and len(before) == 1 and before.isalpha() and k + 1 < self.sent_end[k]

    def parenthesis_close(self, j: int, lim: int) -> int | None:
        """The «)» closing the parenthesis opened at token j, a few tokens on and before lim; None when unclosed."""
        return next(
            (k for k in range(j + 1, min(lim, j + LIMITS.parenthesis_window)) if self.nt[k] == CLOSE_BRACKET), None
        )

    def postposed_link(self, i: int) -> int | None:
        """Where «كما»، «حسبما»، «بحسب ما» start right before token i, tying it to the clause before it, و glued to
        the first word too («وبحسب ما أفاد»، «وحسبما ذكرت»)."""
        return next(
            (
                k
                for k in (i - 1, i - 2)
                if k >= 0
                and any(
                    " ".join([w, *self.nt[k + 1 : i]]) in POSTPOSED_LINKS for w in (self.nt[k], without_wa(self.nt[k]))
                )
            ),
            None,
        )

    def active_cue(self, k: int) -> bool:
        """True for a cue token outside every quotation."""
        return self.cue[k] is not None and not self.in_quote[k]

    def speech_quote(self, q: Quote) -> bool:
        """True for quoted speech (not a quoted name: an outlet, an operation, a group)."""
        return self.quoted_wording(q, LIMITS.speech_quote_words)

    def quoted_wording(self, q: Quote, min_words: int = 1) -> bool:
        """True for quoted words that are no quoted name (after لـ or a name word, or one mention), however short."""
        inner = [k for k in range(q.open_i + 1, q.end_i) if self.toks[k].text.strip(TRIM_PUNCT)]
        if len(inner) < min_words:
            return False
        if len(inner) == 2 and not is_definite(self.nt[inner[0]]) and self.construct_second(inner[1]):
            return False  # «والي الشمال»، «عاصفة الحزم»، «جنيف 3»: a construct names a title, an operation, a plan
        if q.open_i > 0:
            before = self.nt[q.open_i - 1]
            if before == LAM or before in NAME_WORDS:
                return False
            if with_proclitic(before, NAME_WORDS):
                return False
        ms = {self.tok_mention[k] for k in inner}
        return not (len(ms) == 1 and None not in ms)

    def construct_second(self, k: int) -> bool:
        """Token k can close a construct name: a definite word or a number."""
        return is_definite(self.nt[k]) or self.nt[k].isdigit()

    def in_headline(self, k: int) -> bool:
        """Token k lies in the headline: the first paragraph, a short line (in words, marks not counted) with more
        paragraphs after it."""
        return k < self._headline_end

    @cached_property
    def _headline_end(self) -> int:
        """The token after the headline, 0 when the first paragraph is no headline. Why cached: every speech cue
        asks, and the answer is the article's."""
        if not self.para:
            return 0
        first = bisect.bisect_right(self.para, self.para[0])
        if first >= len(self.para):
            return 0
        words = sum(1 for n in self.nt[:first] if any(ch.isalnum() for ch in n))
        return first if words <= LIMITS.headline_line_words else 0

    def prep(self, k: int, spec: CueSpec) -> bool:
        """Token k is the cue's preposition (أكد على), not a name that folds to it (علي العثيم)."""
        return self.nt[k] in spec.preps and self.tok_mention[k] is None

    def opening(self, k: int, spec: CueSpec) -> bool:
        """True when token k can open the complement of the cue (أن، :، a preposition, speech)."""
        n = self.nt[k]
        if n in COMPLEMENTISERS or n == ":" or self.prep(k, spec) or n in RELAY_SAYING:
            return True
        q = self.quotes.get(k)
        return q is not None and self.speech_quote(q)

    def lam_prefixed(self, j: int, m: int) -> bool:
        """True when a non-person mention is glued to the preposition ل (لوكالة …) in token j."""
        men = self.mentions[m]
        if men.type == "person":
            return False
        glued = self.text[self.toks[j].start : men.start]
        return lam_clitic(glued)

    def quote_interior(self, q: Quote) -> tuple[int, int]:
        """Character span inside a quotation, trimmed (unclosed ones also lose trailing punctuation)."""
        start = self.toks[q.open_i].end
        end = self.toks[q.end_i].start if q.closed else self.toks[q.end_i - 1].end if q.end_i - 1 > q.open_i else start
        while start < end and self.text[start].isspace():
            start += 1
        return start, self.trimmed_end(start, end, " \n\t\u00a0" if q.closed else TRIM_PUNCT)

    def trimmed_end(self, start: int, end: int, strip: str = TRIM_PUNCT) -> int:
        """The end of text[start:end] less the trailing characters in strip: no claim ends on «،», «.» or a space."""
        while end > start and self.text[end - 1] in strip:
            end -= 1
        return end

    def token_at(self, offset: int) -> int:
        """The first token starting at or after a character offset."""
        return self._doc.token_at(offset)

    def spoken_in(self, i: int) -> int | None:
        """The speech noun before the cue at i that the pronoun after the cue (فيها، خلاله) goes back to («كلمة قال
        فيها»، «تصريحات لـX التي أكد فيها»; فيها to كلمة or تصريحات, فيه to بيان, RVN1), in the sentence; else None."""
        if i + 1 >= len(self.nt) or self.nt[i + 1] not in RESUMPTIVE_IN:
            return None
        feminine = self.nt[i + 1].endswith(FEMININE_PRONOUN)
        back = range(i - 1, max(self.sent_start[i], i - EVENT_WINDOW) - 1, -1)
        return next((k for k in back if event_agrees(speech_event(self.nt[k]), feminine=feminine)), None)

    def word_after(self, k: int) -> str:
        """The normalised token after token k, "" at the article's end: what a word is read against (a dual's
        construct, `vocab.dual_head`)."""
        return self.nt[k + 1] if k + 1 < len(self.nt) else ""

    def token_of(self, offset: int) -> int:
        """The token holding a character offset: for a name after a glued ل or ب (لمصادر) the clitic's token, else
        the first token starting at or after it."""
        k = self.token_at(offset)
        return k - 1 if k > 0 and self.toks[k - 1].end > offset else k

    def untagged_indefinite(self, k: int) -> bool:
        """Token k is a word no mention covers, without the article (ممثلي، قادة، تحدثت): a construct head or a verb,
        never a name."""
        n = self.nt[k]
        return self.tok_mention[k] is None and n.isalpha() and not is_definite(n)

    def lone_noun(self, desc: list[int]) -> int | None:
        """The token of a description's one definite noun, a pointing word before or after it set aside («المصدر»،
        «هذه المصادر»، «المصدر ذاته»), or None when the description holds more. Why: a pointing word makes the noun
        refer back no less («هذه المصادر» is the sources described before), so it must not count as a qualifier."""
        words = [t for t in desc if self.nt[t] not in POINTING_WORDS]
        return words[0] if len(words) == 1 and is_definite(self.nt[words[0]]) else None

    # ----- speaker references --------------------------------------------------------------------
    def ref(self, m: int) -> SpeakerRef:
        """A speaker reference to mention m, as written."""
        men = self.mentions[m]
        return SpeakerRef(men.text, men.start, men.end, m)

    def sentence_before(self, offset: int, at: int) -> bool:
        """The character `offset` lies in a sentence before the one holding character `at`."""
        return offset < self.toks[self.sent_start[self.token_at(at)]].start

    def person_ref(self, s: SpeakerRef) -> bool:
        """The speaker is resolved to a person mention (not a body's, not a phrase)."""
        return s.mention is not None and self.mentions[s.mention].type == "person"

    def same(self, a: SpeakerRef, b: SpeakerRef) -> bool:
        """True when two speaker references denote the same entity (or the same words)."""
        if a.mention is not None and b.mention is not None:
            return self.mentions[a.mention].key == self.mentions[b.mention].key
        return norm(a.text) == norm(b.text)

    def inside(self, start: int, end: int) -> tuple[int, ...]:
        """The mentions lying wholly inside [start, end), in index order."""
        lo = bisect.bisect_left(self.mention_starts, (start, -1))
        hi = bisect.bisect_left(self.mention_starts, (end, -1))
        return tuple(sorted(mi for _, mi in self.mention_starts[lo:hi] if self.mentions[mi].end <= end))

    # ----- lookups built once, on first use ------------------------------------------------------
    @cached_property
    def units_by_head(self) -> dict[str, list[int]]:
        """Unit mentions by the bare first word of their canonical name or of the mention as written, and by the
        common noun written right before them («وكالة ستاندرد آند بورز» → وكالة), in mention order."""
        heads: dict[str, list[int]] = {}
        for mi, m in enumerate(self.mentions):
            if m.type != "unit" or not m.canonical.split():
                continue
            names = {*self.name_heads(mi), self.introducing_noun(mi)} - {""}
            for head in names:
                heads.setdefault(head, []).append(mi)
        return heads

    def name_heads(self, m: int) -> set[str]:
        """The bare first words of mention m's canonical name and of the mention as written (وزاره for «وزارة
        الداخلية التونسية» whose canonical is «الداخلية التونسية»). Why one place: the units index keys names by them,
        and unit_by_head tells a name's own head from an introducing noun; why both: a bare «الوزارة» stands for the
        ministry written in full, whatever name its entity keeps."""
        men = self.mentions[m]
        return {strip_article(norm(ws[0])) for ws in (men.canonical.split(), men.text.split()) if ws}

    def introducing_noun(self, m: int) -> str:
        """The body noun written right before mention m, past quotation marks («منظمة "هيومن رايتس ووتش"» →
        منظمه); empty when the word there is none (a comma, a verb, another noun). Why: the bare noun (المنظمة) may
        later stand for that body, though its own name does not open with it."""
        k = before = self.word_before(m)
        for _ in range(LIMITS.introducer_reach):  # «وكالة التصنيف الائتماني ستاندرد آند بورز»: past its qualifiers
            if k < 1 or strip_article(self.nt[k]) in BODY_NOUNS or not self.definite_word(k):
                break
            k -= 1
        if k < before and is_definite(self.nt[k]):  # «الحكومة العراقية داعش»: a definite noun, its own phrase
            return ""
        noun = strip_article(self.nt[k]) if k >= 0 else ""
        return noun if noun in BODY_NOUNS else ""

    def definite_word(self, k: int) -> bool:
        """Token k is a definite word outside any name and quotation: a qualifier an introducing phrase may hold."""
        return self.nt[k].isalpha() and is_definite(self.nt[k]) and self.tok_mention[k] is None and not self.in_quote[k]

    def speech_verb(self, k: int) -> bool:
        """Token k is a speech verb, bare or with its object pronoun glued («شدد»، «أكده»)."""
        return self.cue[k] is not None or _object_cue(self.nt[k]) is not None

    def cited_aside(self, m: int) -> bool:
        """Mention m is named after a glued ل or ب («الموالية لحكومة طرابلس»), or after an «according to» word with
        a speech verb right after it («وبحسب وكالة الصحافة الفرنسية قالت»): a body cited as a genitive or a relay,
        not one acting in the text. Why: a bare «الوكالة» after it is the body that spoke, not the outlet that
        relayed it (train-a 322, 335); «وبحسب المنظمة فإن …» alone has the body speak."""
        men = self.mentions[m]
        k = self.token_of(men.start)
        glued = self.text[self.toks[k].start : men.start] if self.toks[k].start < men.start else ""
        before, after = self.word_before(m), self.token_at(men.end)
        if glued and (lam_clitic(glued) or without_wa(norm(glued)) == BI):
            return not self.voiced_by(k - 1)
        while after < len(self.nt) and self.nt[after] in COMMAS:
            after += 1
        relayed = after < len(self.nt) and self.cue[after] is not None
        return relayed and before >= 0 and without_wa(self.nt[before]) in ACCORDING_TO

    def voiced_by(self, k: int) -> bool:
        """Token k, right before a body glued to ل or ب, says the body speaks there: an «according to» word
        («ووفقا لوزارة الصحة»), a statement word («في بيان لوزارة الصحة») or a source or role head («مسؤول بوزارة
        الصحة»), also past its definite qualifiers («المتحدث الرسمي لوزارة الصحة»، «البيان الختامي للمؤتمر»). Why:
        `cited_aside` read those as genitives and a later bare «الوزارة» skipped the body that spoke."""
        for j in range(k, max(k - LIMITS.introducer_reach, 0) - 1, -1):
            n = self.nt[j]
            if without_wa(n) in ACCORDING_TO or self.statement(j) or in_lexicon(source_stem(n), SOURCE_PEOPLE):
                return True
            if not self.definite_word(j):
                return False
        return False

    def statement(self, k: int) -> bool:
        """Token k is a statement or interview word (بيان، تصريحات، حديث): «في بيان» after a speaker is its source."""
        return k < len(self.nt) and (in_lexicon(self.nt[k], SOURCE_HEADS) or self.nt[k] in STATEMENT_WORDS)

    def units_before(self, k: int) -> Iterator[int]:
        """Unit mentions starting before token k, latest first. Why: the rules looking back for the body a
        description names (speaker.unit_holding, speaker.introduced_unit) walk them the same way."""
        lo = bisect.bisect_left(self.mention_starts, (self.toks[k].start, -1))
        return (m for _, m in reversed(self.mention_starts[:lo]) if self.mentions[m].type == "unit")

    def word_before(self, m: int) -> int:
        """The token right before mention m, past quotation marks but not a comma (-1 at the text's start). Why:
        the noun introducing a body («منظمة "هيومن رايتس ووتش"») is read by two rules, and once here."""
        k = self.token_at(self.mentions[m].start) - 1
        while k >= 0 and not self.nt[k].isalnum() and self.nt[k] not in COMMAS:
            k -= 1
        return k

    def unit_by_head(self, n: str, before_tok: int) -> int | None:
        """The latest unit mention whose name starts with this common noun (القيادة → قيادة العمليات …), one that
        acted before one only cited since (`cited_aside`)."""
        head = strip_article(n)
        if len(head) < 3:
            return None
        limit = self.toks[min(before_tok, len(self.toks) - 1)].start
        found = self.units_by_head.get(head, ())
        before = [mi for mi in found if self.mentions[mi].start < limit]
        acting = [mi for mi in before if not self.cited_aside(mi)]
        if acting:  # a body that acted, over one only cited as a relay or a genitive since
            return acting[-1]
        # none before: a body named later under its own name (the headline's «الوزارة»), not one a noun
        # introduces later («وقالت الشركة» … «شركة سوما»)
        later = next((mi for mi in found if mi not in before and head in self.name_heads(mi)), None)
        return before[-1] if before and later is None else later

    def national(self, nisbas: Iterable[str]) -> set[str]:
        """The nisbas (masculine forms) of a state (`state_nisba`: العراقي، الافغاني) or of a place the article names
        (الاسترالي: استراليا), not of a party, a field or a people (الاشتراكي، الخارجي، الكردي). Why: two titles differ
        when their holders' countries do (وزير الخارجية الفرنسي / العراقي); a party or a field word may describe the
        same minister («الوزير الاشتراكي الديمقراطي» for the one introduced as «وزير الاقتصاد الألماني»). A word of a
        person's name is none («أشرف غاني» is no Ghanaian: RV6 finding 5)."""
        return {
            n for n in nisbas if n not in self._person_words and (state_nisba(n) or place_nisba(n, self._place_words))
        }

    @cached_property
    def _person_words(self) -> frozenset[str]:
        """The words of the article's person names (اشرف، غاني): a nisba-ending one names the man, no state."""
        names = (name for m in self.mentions if m.type == "person" for name in (m.canonical, m.text) if name)
        return frozenset(norm(w) for name in names for w in name.split())

    @cached_property
    def _place_words(self) -> frozenset[str]:
        """The bare words of the article's place names (عراق، استراليا), less the generic words of a place's name
        (جنوب، دولة); the states' are `state_nisba`'s."""
        named = (w for m in self.mentions if m.type == "place" for w in (m.canonical or m.text).split())
        forms = (f for w in named for f in (norm(w), strip_article(norm(w))))
        return frozenset(f for f in forms if f not in GENERIC_PLACES)

    @cached_property
    def by_key(self) -> dict[str, list[int]]:
        """Mention indexes by entity key, in text order (how often, and where first, an entity is named)."""
        keys: dict[str, list[int]] = {}
        for mi, m in enumerate(self.mentions):
            keys.setdefault(m.key, []).append(mi)
        return keys

    def first_start(self, m: int) -> int:
        """Where m's entity is first named: whether the writer knew a person before a description or a guess."""
        return min(self.mentions[i].start for i in self.by_key[self.mentions[m].key])

    def known_before(self, head: str, start: int, m: int) -> bool:
        """A description from character `start` whose head word `head` names one of many holders («مسؤول يمني»، «خبير
        نفطي»: many_holder_heads.txt; not a post one person holds, «متحدثة لشبكة …») was written after m's entity was
        named: the writer who knew him would have named him, so the description is someone else (GUIDELINES 9.33.2,
        9.33.9). The one reason for `named_later` (the next speaker) and `speaker.title_holder` (a holder before)."""
        return in_lexicon(head, MANY_HOLDER_HEADS) and self.first_start(m) < start

    def is_first(self, m: int) -> bool:
        """No mention of m's entity starts before m: why, whether a speaker is introduced where he speaks, whatever
        order a caller passed the mentions in."""
        return self.first_start(m) >= self.mentions[m].start

    @cached_property
    def written_sources(self) -> dict[str, list[int]]:
        """Indefinite source nouns (مصدر، مسؤولون; not الحصيلة) outside quotations and names, by stem, in order."""
        found: dict[str, list[int]] = {}
        for k, n in enumerate(self.nt):
            bare = n[1:] if with_proclitic(n, SOURCE_NOUNS) else n
            if bare in SOURCE_NOUNS and not is_definite(bare) and not self.in_quote[k] and self.tok_mention[k] is None:
                found.setdefault(source_stem(bare), []).append(k)
        return found

    def written_source(self, stem: str, before_tok: int) -> int | None:
        """The last indefinite source noun of this stem written before a token («مصدر عسكري» for «المصدر»)."""
        ks = self.written_sources.get(stem, [])
        at = bisect.bisect_left(ks, before_tok)
        return ks[at - 1] if at else None

    @cached_property
    def holders(self) -> HolderIndex:
        """Person mentions by the words of their titles and left context, and by their nisbas."""
        index = HolderIndex()
        for mi, m in enumerate(self.mentions):
            if m.type != "person":
                continue
            tw = self.title_words(mi) | self._left_context(mi)
            their = frozenset(masculine(w) for w in tw if is_nisba(w) and w not in ROLE_HEADS)
            index.words_of[mi] = (tw, their)
            for w in tw:
                index.by_word.setdefault(w, []).append(mi)
            for w in their:
                index.by_nisba.setdefault(w, []).append(mi)
        return index

    def title_words(self, mi: int) -> frozenset[str]:
        """The bare words of the titles mention mi's entity carries (وزير، خارجيه). Why one place: the holders
        index reads them with the left context, speaker.titled reads them alone."""
        return self._entity_title_words[self.mentions[mi].key]

    @cached_property
    def _entity_title_words(self) -> dict[str, frozenset[str]]:
        """The bare title words of each entity, pooled over its mentions. Why: the tagger gives a title to the
        mention it stands next to only, gold to every mention of the entity; pooled, a later bare mention
        (الداود) is a holder of the title the first one carried."""
        pooled: dict[str, set[str]] = {}
        for m in self.mentions:
            pooled.setdefault(m.key, set()).update(strip_article(norm(w)) for t in m.titles for w in t.split())
        return {k: frozenset(v) for k, v in pooled.items()}

    def _left_context(self, mi: int) -> frozenset[str]:
        """Words introducing a mention in its sentence (a few tokens before it)."""
        k = self.token_at(self.mentions[mi].start)
        lo = max(self.sent_start[k], k - LIMITS.left_context) if k < len(self.toks) else k
        # «الوزير المصري حسام مغازي ونظيره السوداني»: the first title is not the next name's
        # «وأضاف المتحدث أن الوزير شكري»: nor do the words before a cue or its complementiser
        # (a name before the window still counts when the title after it reaches into the window)
        first = self.sent_start[k] if k < len(self.toks) else k
        brk = next((p for p in range(k - 1, first - 1, -1) if self._person_at(p) or self._clause_break(p)), None)
        lo = max(lo, self._past_own_title(brk, k)) if brk is not None else lo
        return frozenset(title_form(self.nt[p]) for p in range(lo, k) if self.nt[p] not in COMMAS)

    def _past_own_title(self, brk: int, k: int) -> int:
        """The first token after a break at brk, before k, that is no word of the title of a person ending at brk
        («مينا اندريفا المتحدثة باسم المفوضية إلى ما قاله جان كلود يونكر»). Why: a title after a name is that name's,
        and read as the next name's left context it made Juncker the holder of Andreeva's title."""
        m = self.tok_mention[brk]
        own = self.title_words(m) if m is not None and self.mentions[m].type == "person" else frozenset()
        p = brk + 1
        while p < k and (title_form(self.nt[p]) in own or (self.nt[p] in COMMAS and p > brk + 1)):
            p += 1
        return p

    def _clause_break(self, p: int) -> bool:
        """Token p is a complementiser, a cue or an opening quotation mark: the words before it belong to another
        clause."""
        return self.nt[p] in COMPLEMENTISERS or self.cue[p] is not None or p in self.quotes

    def _person_at(self, p: int) -> bool:
        """Token p lies in a person mention."""
        m = self.tok_mention[p]
        return m is not None and self.mentions[m].type == "person"


def title_form(n: str) -> str:
    """A word introducing a name as its title words read it: without its article, and without a ب or ل glued to a
    title word (برئيس → رئيس). Why: «التقى برئيس الوزراء الروسي ديمتري ميدفيديف» names his title as surely."""
    w = strip_article(n)
    return w[1:] if with_proclitic(w, TITLE_WORDS, BI + LAM) else w


class HolderIndex:
    """Who holds which title: person mentions by title word and by nisba, and each one's word sets."""

    def __init__(self) -> None:
        """Start empty; Article.holders fills it once."""
        self.by_word: dict[str, list[int]] = {}
        self.by_nisba: dict[str, list[int]] = {}
        self.words_of: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # (title words, their nisbas)


def _object_cue(n: str) -> CueSpec | None:
    """The past speech verb a word after a postposed link is with its object pronoun glued: «…، بحسب ما ذكرته مصادر
    طبية»، «وفقا لما أعلنه الجيش» (the pronoun is the clause before, the verb its cue). Why: those claims were lost.
    Not a verb that with its object enacts a provision («وفقا لما أقره البرلمان»: data/enacting_cues.txt, no claim)."""
    specs = (cue_of(b) for b in verb_without_object(n))
    return next((s for s in specs if s is not None and s.form in PAST_FORMS and s.lemma not in ENACTING_CUES), None)
