"""Plain value types passed between the NLP stages (no DB, no HTTP): what analysis returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["person", "unit", "place", "misc"]
ClaimKind = Literal["direct", "indirect"]
# named: an entity mention says who; descriptive: a role or source phrase («المتحدث باسم الوزارة»,
# «مصدر عسكري في قيادة المنطقة الرابعة»); anonymous: a source with only vague words («مصادر مطلعة»).
SpeakerKind = Literal["named", "descriptive", "anonymous"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity mention: text == article_text[start:end], without proclitics or titles.

    `canonical` is the fullest name this entity goes by in the article (الخفاجي resolves to
    تحسين الخفاجي); `key` is its Arabic-normalised form, used to match across articles.
    """

    text: str
    start: int
    end: int
    type: EntityType
    canonical: str
    key: str
    subtype: str | None = None
    titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """Who said it, as written nearest the claim; `mention` indexes the article's mentions."""

    text: str
    start: int
    end: int
    mention: int | None = None
    kind: SpeakerKind = "named"
    affiliation: int | None = None  # mention index of the unit a descriptive or anonymous source belongs to


@dataclass(frozen=True, slots=True)
class SourceRef:
    """The outlet or body a statement was relayed through (نقلت واع عن …, في تصريح لـ …)."""

    text: str
    mention: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A quoted or reported statement; text == article_text[start:end] (no enclosing quotes)."""

    kind: ClaimKind
    cue: str
    text: str
    start: int
    end: int
    speaker: SpeakerRef | None
    source: SourceRef | None = None
    about: tuple[int, ...] = ()  # indexes into the article's mentions, inside the claim span
    confidence: float = 0.5
    basis: str = ""  # how it was found (speaker mode|kind|cue form|cue band): the calibration key, not served


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything one NLP pass extracts from an article."""

    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    model_version: str = ""
    token_count: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage: tokenise, tag, rules
