"""The mutable records of one extraction: the zone read after a cue, and the running discourse."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from app.nlp.types import SourceRef, SpeakerRef

# How a speaker was found: a name, a description, a continuation, a vague source, colon speech, or not.
Mode = Literal["named", "desc", "cont", "vague", "colon", "none"]
# What a mention in a zone is to the cue: its subject, a body inside a title, or an appositive.
Role = Literal["subject", "title", "appos"]


@dataclass(slots=True)
class Zone:
    """What lies between a cue and its complement: speaker candidates, title words, source."""

    cands: list[tuple[int, Role]] = field(default_factory=list)  # (mention, role)
    desc: list[int] = field(default_factory=list)
    vague: bool = False
    statement: bool = False
    in_statement: bool = False
    source: SourceRef | None = None
    unrelayed: bool = False  # a setting of its own and no outlet («في تصريحات للصحافيين»، «في بيان له»): no inheriting
    own_only: bool = False  # the source is this claim's alone («وأضاف التقرير» read as a person's): not carried on
    content_tok: int | None = None
    content_char: int | None = None
    nominal: bool = False
    stop: int = 0
    guessed: bool = False  # desc holds definite words jumped over (a guess: they may be the cue's object)
    antecedent: Zone | None = None  # for a lone «المصدر»: the source phrase of that noun written before

    def head(self) -> int | None:
        """The speaker's head token, the first word of the description read so far (None before any): what a word
        after his place must agree with to be his (`qualifiers.locator`)."""
        return min(self.desc, default=None)


class Spoken(NamedTuple):
    """One claim in the discourse: its speaker, the source it came through and its cue's gender (`cue_gender`; None
    where no cue tells one: a headline's relay, an attribution, a coordinated complement)."""

    speaker: SpeakerRef
    source: SourceRef | None
    gender: str | None = None


@dataclass(slots=True)
class Discourse:
    """Running discourse state: the current speaker and the last statement's issuer."""

    speaker: SpeakerRef | None = None
    issuer: SpeakerRef | None = None
    covered: int = -1
    unnamed: list[SpeakerRef] = field(default_factory=list)  # descriptive and anonymous speakers so far
    history: list[SpeakerRef] = field(default_factory=list)  # speakers in order, a change of speaker each
    spoken: list[Spoken] = field(default_factory=list)  # each claim's speaker, source and cue gender
    stated: bool = False  # the last claim's subject was a statement (وتابع البيان): a continuation goes on with it
