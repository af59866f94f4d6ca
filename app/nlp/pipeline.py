"""The NLP pass as small components over one Doc: tokenise → tag → mentions → resolve → claims.

In the spirit of spaCy's pipeline components and Stanza's processors: each component names the Doc
layers it requires and the ones it provides, a `Pipeline` checks the order once when it is built, and
each run checks a component's inputs before calling it. The components reach the stages only through
their public entry points (the tagger protocol, `entities.find_mentions`, `identity.resolve_names`,
`claims.claims_of`), which never import each other (pyproject's import-linter contracts).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import ClassVar, Protocol

from app.nlp.claims import claims_of
from app.nlp.doc import Doc, Layer
from app.nlp.entities import find_mentions, span_floors, spans_under, unclaimed_floors
from app.nlp.identity import resolve_names
from app.nlp.ner import Tagger, scored_tags
from app.nlp.types import Claim, Mention

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
    provides: ClassVar[tuple[Layer, ...]] = ("mentions",)

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
        """Set the Doc's (unresolved) mention layer, and the mentions under the unclaimed floors where a tagged span
        falls under one (the Unclaimed stage keeps those of the rest that a claim names)."""
        found = find_mentions(
            doc, self.lexicon, unit_rules=self.unit_rules, without=self.without, min_confidence=self.min_confidence
        )
        floors = {**(span_floors() if self.min_confidence is None else self.min_confidence)}
        unclaimed = unclaimed_floors() if self.unclaimed is None else self.unclaimed
        floors |= {t: max(v, floors.get(t, 0.0)) for t, v in unclaimed.items()}
        doc.sure_mentions = None
        if "span_confidence" not in self.without and unclaimed and spans_under(doc, unclaimed):
            doc.sure_mentions = find_mentions(
                doc, self.lexicon, unit_rules=self.unit_rules, without=self.without, min_confidence=floors
            )
        doc.set_mentions(found)


class Resolve:
    """Within-article identity: partial names take the fullest same-type name (offsets unchanged)."""

    name: ClassVar[str] = "resolve"
    requires: ClassVar[tuple[Layer, ...]] = ("mentions",)
    provides: ClassVar[tuple[Layer, ...]] = ("resolved",)

    def __call__(self, doc: Doc) -> None:
        """Replace the mentions (and the mentions under the unclaimed floors) by their resolved forms."""
        doc.set_mentions(resolve_names(doc.mentions), resolved=True)
        if doc.sure_mentions is not None:
            doc.sure_mentions = resolve_names(doc.sure_mentions)


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
    names (speaker, affiliation, source) put back, replace the mention layer; the claims are unchanged but for
    their indexes into it."""

    name: ClassVar[str] = "unclaimed"
    requires: ClassVar[tuple[Layer, ...]] = ("claims",)
    provides: ClassVar[tuple[Layer, ...]] = ()

    def __call__(self, doc: Doc) -> None:
        """Swap in the surer mentions, where the Mentions stage found a span under an unclaimed floor."""
        if doc.sure_mentions is None or doc.claims is None:
            return
        mentions, doc.claims = keep_claimed(doc.mentions, doc.claims, doc.sure_mentions)
        doc.set_mentions(mentions, resolved=True)
        doc.sure_mentions = None


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
    out = sorted([m for m in sure if not _overlaps(m, kept)] + kept, key=lambda m: (m.start, m.end))
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


def _overlaps(m: Mention, spans: list[Mention]) -> bool:
    """Whether a mention overlaps one of `spans` (a claim's named mentions: few, so a plain scan)."""
    return any(m.start < n.end and n.start < m.end for n in spans)


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
