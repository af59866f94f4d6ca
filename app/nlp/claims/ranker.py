"""A learned second look at every speech claim's speaker: the rules' choice against the other candidates.

Why: the hand-ordered speaker rules fit train and dev better than unseen news (0.87/0.95 against 0.84 on
test with gold entities). Here the rules' choice is one candidate beside the persons, bodies and places
named around the cue, the previous speakers, the statement's issuer, a title's holder and the descriptive
phrase; a conditional logit over binary features of each (and their pairs), fitted on Qala News
train by `python -m training.qala_news fit-speaker-ranker`, replaces the rules' choice only when it prefers
another candidate by more than a margin chosen in cross-validation. Without the weights file the rules decide.
"""

from __future__ import annotations

import bisect
import itertools
import json
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from app.nlp import continuation
from app.nlp.claim_cues import norm
from app.nlp.claims.article import Article
from app.nlp.claims.continuing import Trace
from app.nlp.claims.speaker import (
    SPEAKER_TYPES,
    closing_bodies,
    desc_ref,
    described,
    governed_by_preposition,
    title_holder,
)
from app.nlp.claims.state import Discourse, Mode, Zone
from app.nlp.claims.vocab import source_stem
from app.nlp.morphology import strip_article
from app.nlp.types import SpeakerRef

WEIGHTS = Path(__file__).parents[1] / "data" / "speaker_ranker.json"
Candidate = continuation.Candidate
TOKEN_BUCKETS = (1, 2, 5, 15, 40)  # distance from the cue in tokens: 1, 2, 3–5, 6–15, 16–40, more
HISTORY = 3  # distinct previous speakers offered
CACHED = 4096  # words and phrases whose normal forms are kept
CROSS, PAIR = "&", "^"  # a feature crossed by hand (a source and its context); a pair of plain features


@dataclass(frozen=True, slots=True)
class Model:
    """The fitted weights and the margin another candidate must beat the rules' choice by."""

    weights: dict[str, float]
    margin: float
    pairs: bool = False  # the model also weighs every pair of plain (uncrossed) features
    table: dict[str, dict[str, float]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        """Index the pair weights by their first feature («x^y» → table[x][y]) so scoring skips absent pairs."""
        table: dict[str, dict[str, float]] = {}
        for name, w in self.weights.items():
            x, _, y = name.partition(PAIR)
            if y:
                table.setdefault(x, {})[y] = w
        object.__setattr__(self, "table", table)


def expand(features: set[str], pairs: bool) -> set[str]:
    """The features the weights read: the candidate's own, and with `pairs` every pair of its plain ones."""
    if not pairs:
        return features
    plain = sorted(f for f in features if CROSS not in f)
    return features | {f"{x}{PAIR}{y}" for x, y in itertools.combinations(plain, 2)}


def score(c: Candidate, m: Model) -> float:
    """The candidate's score under the model (the same sum as over `expand`, without building the pairs)."""
    total = sum(map(m.weights.__getitem__, c.features & m.weights.keys()))
    if m.pairs:
        plain = {f for f in c.features if CROSS not in f}
        for x in plain & m.table.keys():  # a pair is stored once, under its first feature in sorted order
            row = m.table[x]
            total += sum(map(row.__getitem__, plain & row.keys()))
    return total


@cache
def model() -> Model | None:
    """The shipped model, or None when no weights file is shipped."""
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return Model(weights, float(data["margin"]), bool(data.get("pairs", False)))


def choose(cands: list[Candidate], m: Model | None) -> Candidate | None:
    """The best-scored candidate when it beats the rules' choice by more than the margin, else the rules' choice."""
    pick = next((c for c in cands if "pick" in c.features), None)
    if m is None or pick is None:
        return pick
    scores = [score(c, m) for c in cands]
    k = max(range(len(cands)), key=lambda n: (scores[n], cands[n] is pick))
    return cands[k] if scores[k] - scores[cands.index(pick)] > m.margin else pick


def rerank(
    a: Article,
    i: int,
    st: Discourse,
    zone: Zone,
    rule: tuple[SpeakerRef | None, Mode],
    span: tuple[int, int],
    trace: Trace | None,
) -> SpeakerRef | None:
    """The speaker of the speech claim at cue i: the rules' choice unless the model clearly prefers another."""
    spk, mode = rule
    m = model()
    if spk is None or (m is None and trace is None):
        return spk
    cands = candidates(a, i, st, zone, spk)
    describe(a, i, zone, (mode, span), cands)
    if trace is not None:
        trace[span] = cands
    best = choose(cands, m)
    return best.ref if best is not None else spk


def candidates(a: Article, i: int, st: Discourse, zone: Zone, rule: SpeakerRef) -> list[Candidate]:
    """The rules' choice, the names around the cue, earlier speakers, the issuer, a title's holder, the phrase."""
    found: list[tuple[str, SpeakerRef | None]] = [("pick", rule)]
    found += [("near", a.ref(m)) for m in window(a, i)]
    found += [(f"hist{n + 1}", ref) for n, ref in enumerate(reversed(st.history[-HISTORY:]))]
    found += [("prev", st.speaker), ("issuer", st.issuer), ("unnamed", st.unnamed[-1] if st.unnamed else None)]
    if zone.desc:
        holder = title_holder(a, zone.desc, i, closing_bodies(a, zone))
        found.append(("holder", desc_ref(a, zone.desc, holder) if holder is not None else None))
        found.append(("phrase", described(a, zone, None)))
    by_identity: dict[str, Candidate] = {}
    for name, ref in found:
        if ref is None:
            continue
        same = by_identity.setdefault(identity(a, ref), Candidate(ref))
        same.features.add(f"src:{name}")
        same.features |= position(a, i, zone, ref)
    by_identity[identity(a, rule)].features.add("pick")
    return list(by_identity.values())


def identity(a: Article, ref: SpeakerRef) -> str:
    """Who a reference names: its entity's key, or its normalised words for a phrase."""
    return a.mentions[ref.mention].key if ref.mention is not None else norm(ref.text)


def window(a: Article, i: int) -> list[int]:
    """Person, unit and place mentions in the cue's sentence and the sentence before it in its paragraph."""
    s0 = a.sent_start[i]
    lo = a.sent_start[s0 - 1] if s0 > 0 and a.para[s0 - 1] == a.para[i] else s0
    first = bisect.bisect_left(a.mention_starts, (a.toks[lo].start, -1))
    last = bisect.bisect_left(a.mention_starts, (a.toks[a.sent_end[i] - 1].end, -1))
    return [m for _, m in a.mention_starts[first:last] if a.mentions[m].type in SPEAKER_TYPES]


def position(a: Article, i: int, zone: Zone, ref: SpeakerRef) -> set[str]:
    """Where one reference stands to the cue: side and distance, sentence, zone, quotation, preposition."""
    k = a.token_at(ref.start)
    gap = k - i
    side = "after" if gap > 0 else "before"
    where = f"{side}:{next((b for b in TOKEN_BUCKETS if abs(gap) <= b), 'far')}"
    feats = {where}
    if a.sent_start[min(k, len(a.toks) - 1)] == a.sent_start[i]:
        feats.add("same_sentence")
    if gap == 1:
        feats.add("next_to_cue")
    if zone.content_tok is not None and gap > 0 and k < zone.content_tok:
        feats.add("in_zone")
    if k < len(a.toks) and a.in_quote[k]:
        feats.add("in_quote")
    if ref.mention is not None and governed_by_preposition(a, ref.mention):
        feats.add("after_preposition")
    return feats


def describe(a: Article, i: int, zone: Zone, how: tuple[Mode, tuple[int, int]], cands: list[Candidate]) -> None:
    """Add each candidate's own features (kind, frequency, agreement) and their pairs with its sources."""
    mode, (start, end) = how
    spec = a.cue[i]
    assert spec is not None
    said = continuation.cue_ending(a.nt[i], spec.form)
    context = {f"mode:{mode}", f"form:{spec.form}", "statement" if zone.statement else "no_statement"}
    words = {id(c): words_of(c.ref.text) for c in cands}
    for c in cands:
        kind = kind_of(a, c.ref)
        sources = {f for f in c.features if f.startswith("src:")}
        head = bare(words[id(c)][0]) if words[id(c)] else ""
        own = {f"kind:{kind}", f"cue:{said}&name:{continuation.name_ending(head, kind)}", *frequency(a, c.ref)}
        if start <= c.ref.start < end:
            own.add("in_claim")
        own |= {f"words:{min(len(words[id(c)]), 5)}&kind:{kind}"} if c.ref.mention is None else set()
        own |= {f"{s}&{x}" for s in sources for x in context}
        own |= {f"{s}&kind:{kind}" for s in sources}
        own |= {f"kind:{kind}&{f}" for f in c.features if f.startswith(("after:", "before:"))}
        c.features |= own | {f"pick&{x}" for x in context if "pick" in c.features}
    pick = next(c for c in cands if "pick" in c.features)
    short = "pick_short" if pick.ref.mention is None and len(words[id(pick)]) == 1 else "pick_long"
    for c in cands:
        if c is not pick:
            c.features |= {f"{f}&{short}" for f in relation(words[id(c)], words[id(pick)]) | {"other"}}


def relation(mine: tuple[str, ...], theirs: tuple[str, ...]) -> set[str]:
    """How a candidate's words stand to the rules' choice: longer (the phrase cut short), inside it, same head."""
    a, b = " ".join(mine), " ".join(theirs)
    feats = set()
    if b and b in a and a != b:
        feats.add("extends_pick")
    if a and a in b and a != b:
        feats.add("inside_pick")
    if mine and theirs and stem(mine[0]) == stem(theirs[0]):
        feats.add("same_head")
    return feats


@lru_cache(maxsize=CACHED)
def words_of(text: str) -> tuple[str, ...]:
    """A reference's normalised words (cached: names recur within and across articles)."""
    return tuple(norm(text).split())


@lru_cache(maxsize=CACHED)
def bare(word: str) -> str:
    """A word without its article (cached)."""
    return strip_article(word)


@lru_cache(maxsize=CACHED)
def stem(word: str) -> str:
    """A source noun's one form (cached)."""
    return source_stem(word)


def kind_of(a: Article, ref: SpeakerRef) -> str:
    """The candidate's kind: its mention's type, or the phrase's kind (descriptive, anonymous)."""
    return a.mentions[ref.mention].type if ref.mention is not None else ref.kind


def frequency(a: Article, ref: SpeakerRef) -> set[str]:
    """How often the candidate's entity is named in the article, and whether this is its first mention."""
    if ref.mention is None:
        return set()
    same = a.by_key[a.mentions[ref.mention].key]
    count = "count:1" if len(same) == 1 else "count:2-3" if len(same) <= 3 else "count:4+"
    return {count, "first_mention" if a.is_first(ref.mention) else "later_mention"}
