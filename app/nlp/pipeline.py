"""The NLP pass as small components over one Doc: tokenise → tag → mentions → resolve → claims.

In the spirit of spaCy's pipeline components and Stanza's processors: each component names the Doc
layers it requires and the ones it provides, a `Pipeline` checks the order once when it is built, and
each run checks a component's inputs before calling it. The components reach the stages only through
their public entry points (the tagger protocol, `entities.find_mentions`, `identity.resolve_names`,
`claims.claims_of`), which never import each other (pyproject's import-linter contracts).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import ClassVar, Protocol

from app.nlp.claims import claims_of
from app.nlp.doc import Doc, Layer
from app.nlp.entities import find_mentions
from app.nlp.identity import resolve_names
from app.nlp.ner import Tagger, scored_tags

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
    ) -> None:
        """`lexicon` (word -> frequency rank) is the tagger's; `unit_rules` and `without` as in `analyze`;
        `min_confidence` replaces the shipped span floors (the fit that chooses them runs the same stages)."""
        self.lexicon = lexicon
        self.unit_rules = unit_rules
        self.without = without
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> None:
        """Set the Doc's (unresolved) mention layer."""
        found = find_mentions(
            doc, self.lexicon, unit_rules=self.unit_rules, without=self.without, min_confidence=self.min_confidence
        )
        doc.set_mentions(found)


class Resolve:
    """Within-article identity: partial names take the fullest same-type name (offsets unchanged)."""

    name: ClassVar[str] = "resolve"
    requires: ClassVar[tuple[Layer, ...]] = ("mentions",)
    provides: ClassVar[tuple[Layer, ...]] = ("resolved",)

    def __call__(self, doc: Doc) -> None:
        """Replace the mentions by their resolved forms."""
        doc.set_mentions(resolve_names(doc.mentions), resolved=True)


class Claims:
    """The claim rules: who said what, over the tokens, their forms and the resolved mentions."""

    name: ClassVar[str] = "claims"
    requires: ClassVar[tuple[Layer, ...]] = ("tokens", "resolved")
    provides: ClassVar[tuple[Layer, ...]] = ("claims",)

    def __call__(self, doc: Doc) -> None:
        """Set the Doc's claims."""
        doc.claims = claims_of(doc)


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
    """The whole pass `analyze` runs: tag, mentions, resolve, claims."""
    mentions = Mentions(tagger.lexicon, unit_rules=unit_rules, without=without)
    return Pipeline([Tag(tagger), mentions, Resolve(), Claims()])
