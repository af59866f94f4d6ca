"""The NLP pass as small components over one Doc: tokenise → tag → mentions → resolve → claims.

In the spirit of spaCy's pipeline components and Stanza's processors: each component names the Doc
layers it requires and the ones it provides, a `Pipeline` checks the order once when it is built, and
each run checks a component's inputs before calling it. The components reach the stages only through
their public entry points (the tagger protocol, `entities.find_mentions`, `identity.resolve_names`,
`claims.claims_of`), which never import each other (pyproject's import-linter contracts).
"""

from __future__ import annotations

import bisect
import itertools
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import ClassVar, Protocol

from app.nlp.claims import claims_of
from app.nlp.doc import Doc, Layer, Unresolved
from app.nlp.entities import TagReading, find_mentions, spans_under, surer_floors, unclaimed_floors
from app.nlp.identity import resolve_names
from app.nlp.ner import Tagger, scored_tags
from app.nlp.types import Claim, Mention

Resolver = Callable[[list[Mention]], list[Mention]]  # within-article identity: identity.resolve_names
TOKENISE = "tokenise"  # the stage that makes the Doc (Doc.of): it provides the "tokens" layer


class Component(Protocol):
    """One stage: reads the `requires` layers of a Doc and adds the `provides` layers."""

    name: ClassVar[str]
    requires: ClassVar[tuple[Layer, ...]]
    provides: ClassVar[tuple[Layer, ...]]

    def __call__(self, doc: Doc) -> None:
        """Add this stage's layers to the Doc."""
        ...


class Tag:
    """The NER tagger: one BIO/BIOES tag per token, sentence by sentence."""

    name: ClassVar[str] = "tag"
    requires: ClassVar[tuple[Layer, ...]] = ("tokens",)
    provides: ClassVar[tuple[Layer, ...]] = ("tags",)

    def __init__(self, tagger: Tagger) -> None:
        """Wrap a tagger (the process-wide one is loaded once, never per Doc)."""
        self.tagger = tagger

    def __call__(self, doc: Doc) -> None:
        """Tag the Doc's sentences, with each tag's confidence where the tagger offers `tag_scored` (else None: no
        confidence left from an earlier tagging)."""
        doc.tags, doc.tag_confidence = scored_tags(self.tagger, doc.sentence_texts())


class Mentions:
    """The mention rules: typed spans from the tags, unit and place rules, titles peeled off."""

    name: ClassVar[str] = "mentions"
    requires: ClassVar[tuple[Layer, ...]] = ("tokens", "tags")
    provides: ClassVar[tuple[Layer, ...]] = ("mentions", "unresolved")

    def __init__(
        self,
        lexicon: Mapping[str, int],
        *,
        unit_rules: bool,
        without: frozenset[str] = frozenset(),
        min_confidence: Mapping[str, float] | None = None,
        unclaimed: Mapping[str, float] | None = None,
    ) -> None:
        """`lexicon` (word -> frequency rank) is the tagger's; `unit_rules` and `without` as in `analyze`;
        `min_confidence` and `unclaimed` replace the shipped span floors and unclaimed floors (the fit that chooses
        them runs the same stages)."""
        self.lexicon = lexicon
        self.unit_rules = unit_rules
        self.without = without
        self.min_confidence = min_confidence
        self.unclaimed = unclaimed

    def __call__(self, doc: Doc) -> None:
        """Set the Doc's (unresolved) mention layer, and keep it with the mentions under the unclaimed floors where a
        tagged span falls under one (the Unclaimed stage keeps those of the rest that a claim names)."""
        reading = TagReading(doc)  # read once for both passes
        found = self._pass(doc, reading, self.min_confidence)
        unclaimed = unclaimed_floors() if self.unclaimed is None else self.unclaimed
        sure = None
        if "span_confidence" not in self.without and unclaimed and spans_under(doc, unclaimed, reading):
            sure = self._pass(doc, reading, surer_floors(self.min_confidence, unclaimed))
        doc.unresolved = Unresolved(found, sure)
        doc.set_mentions(found)

    def _pass(self, doc: Doc, reading: TagReading, floors: Mapping[str, float] | None) -> list[Mention]:
        """One mention pass at the span floors `floors` (None: the shipped ones), over the Doc's shared TagReading."""
        return find_mentions(
            doc, self.lexicon, unit_rules=self.unit_rules, without=self.without, min_confidence=floors, reading=reading
        )


class Resolve:
    """Within-article identity: partial names take the fullest same-type name (offsets unchanged)."""

    name: ClassVar[str] = "resolve"
    requires: ClassVar[tuple[Layer, ...]] = ("mentions",)
    provides: ClassVar[tuple[Layer, ...]] = ("resolved",)

    def __init__(self, resolve: Resolver = resolve_names) -> None:
        """`resolve` is `identity.resolve_names`; bench.rule_ablation passes one that leaves names as found."""
        self.resolve = resolve

    def __call__(self, doc: Doc) -> None:
        """Replace the mentions by their resolved forms (the Unclaimed stage resolves its own list, from scratch)."""
        doc.set_mentions(self.resolve(doc.mentions), resolved=True)


class Claims:
    """The claim rules: who said what, over the tokens, their forms and the resolved mentions."""

    name: ClassVar[str] = "claims"
    requires: ClassVar[tuple[Layer, ...]] = ("tokens", "resolved")
    provides: ClassVar[tuple[Layer, ...]] = ("claims",)

    def __call__(self, doc: Doc) -> None:
        """Set the Doc's claims."""
        doc.claims = claims_of(doc)


class Unclaimed:
    """The span floors for mentions no claim needs: the mentions under the unclaimed floors, with the ones a claim
    names (speaker, affiliation, source) put back, replace the mention layer, resolved anew as one list (so one
    entity keeps one key); the claims are unchanged but for their indexes into it. It uses up the `unresolved` layer."""

    name: ClassVar[str] = "unclaimed"
    requires: ClassVar[tuple[Layer, ...]] = ("unresolved", "claims")
    provides: ClassVar[tuple[Layer, ...]] = ("mentions", "resolved")

    def __init__(self, resolve: Resolver = resolve_names) -> None:
        """`resolve` as the Resolve stage's: the merged list is resolved the same way."""
        self.resolve = resolve

    def __call__(self, doc: Doc) -> None:
        """Swap in the surer mentions, where the Mentions stage found a span under an unclaimed floor."""
        kept = doc.unresolved
        doc.unresolved = None  # spent: the claims' indexes move off `found`, so a second run must not map them again
        if kept is None or kept.sure is None or doc.claims is None:
            return
        # resolve_names gives one mention per input in order: the claims' indexes into `found` hold for the layer
        mentions, doc.claims = keep_claimed(kept.found, doc.claims, kept.sure)
        doc.set_mentions(self.resolve(mentions), resolved=True)


def keep_claimed(
    mentions: list[Mention], claims: list[Claim], sure: list[Mention]
) -> tuple[list[Mention], list[Claim]]:
    """The sure mentions, less those overlapping a mention a claim names, plus those named ones; the claims with their
    speaker, affiliation and source indexes moved to the new list and `about` recounted (the mentions inside)."""
    named = sorted(
        {
            k
            for c in claims
            for k in (
                c.speaker.mention if c.speaker else None,
                c.speaker.affiliation if c.speaker else None,
                c.source.mention if c.source else None,
            )
            if k is not None
        }
    )
    kept = [mentions[k] for k in named]
    out = sorted(_clear_of(sure, kept) + kept, key=lambda m: (m.start, m.end))
    starts = [m.start for m in out]
    at = {id(m): n for n, m in enumerate(out)}
    new = {k: at[id(mentions[k])] for k in named}

    def moved(k: int | None) -> int | None:
        return None if k is None else new[k]

    def inside(c: Claim) -> tuple[int, ...]:
        lo, hi = bisect.bisect_left(starts, c.start), bisect.bisect_left(starts, c.end)
        return tuple(n for n in range(lo, hi) if out[n].end <= c.end)

    fixed = [
        replace(
            c,
            speaker=replace(c.speaker, mention=moved(c.speaker.mention), affiliation=moved(c.speaker.affiliation))
            if c.speaker
            else None,
            source=replace(c.source, mention=moved(c.source.mention)) if c.source else None,
            about=inside(c),
        )
        for c in claims
    ]
    return out, fixed


def _clear_of(mentions: list[Mention], spans: list[Mention]) -> list[Mention]:
    """The mentions overlapping none of `spans`: a bisect into the spans' starts with the furthest end reached so far
    (an article's claims may name thousands of mentions, so no scan of every pair)."""
    order = sorted(spans, key=lambda n: n.start)
    starts = [n.start for n in order]
    reach = list(itertools.accumulate((n.end for n in order), max))

    def clear(m: Mention) -> bool:
        k = bisect.bisect_left(starts, m.end)  # spans[:k] start before m ends; one overlaps if it ends after m starts
        return k == 0 or reach[k - 1] <= m.start

    return [m for m in mentions if clear(m)]


class Pipeline:
    """Tokenise raw text into a Doc, then run the components in order, timing each stage."""

    def __init__(self, components: Sequence[Component], *, given: tuple[Layer, ...] = ("tokens",)) -> None:
        """Check once that every component's inputs are `given` (what the input Doc holds) or come earlier."""
        have: set[Layer] = {"tokens", *given}
        for c in components:
            missing = [layer for layer in c.requires if layer not in have]
            if missing:
                raise ValueError(f"component {c.name!r} needs {missing}, which no earlier stage provides")
            have.update(c.provides)
        self.components = list(components)

    @property
    def names(self) -> list[str]:
        """The stage names in run order, the tokeniser first."""
        return [TOKENISE, *(c.name for c in self.components)]

    def __call__(self, text: str) -> Doc:
        """The Doc of raw text with every component's layers; `doc.timings` holds seconds per stage."""
        t0 = time.perf_counter()
        doc = Doc.of(text)
        doc.timings[TOKENISE] = time.perf_counter() - t0
        return self.run(doc)

    def run(self, doc: Doc) -> Doc:
        """Run the components on a Doc (one made elsewhere may bring more layers), checking each one's inputs."""
        for c in self.components:
            missing = [layer for layer in c.requires if not doc.has(layer)]
            if missing:
                raise ValueError(f"component {c.name!r} needs {missing} on the Doc")
            t0 = time.perf_counter()
            c(doc)
            doc.timings[c.name] = time.perf_counter() - t0
        return doc


def standard_pipeline(tagger: Tagger, *, unit_rules: bool, without: frozenset[str] = frozenset()) -> Pipeline:
    """The whole pass `analyze` runs: tag, mentions, resolve, claims, the unclaimed floors."""
    mentions = Mentions(tagger.lexicon, unit_rules=unit_rules, without=without)
    return Pipeline([Tag(tagger), mentions, Resolve(), Claims(), Unclaimed()])
