"""Response bodies of the claims resource."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from app.schemas.common import EntityRef

SpeakerKindName = Literal["named", "descriptive", "anonymous"]


class SpeakerOut(BaseModel):
    """Who said it: the resolved entity (or null) and the speaker as written nearest the claim.

    `kind`: named (an entity says it), descriptive (a role or source phrase, «المتحدث باسم الوزارة»,
    «مصدر عسكري في قيادة المنطقة الرابعة»), anonymous (a source with only vague words, «مصادر مطلعة»);
    `affiliation`: the unit a descriptive or anonymous speaker belongs to, when the text names it.
    """

    entity: EntityRef | None
    text: str | None
    start: int | None
    end: int | None
    kind: SpeakerKindName | None = None
    affiliation: EntityRef | None = None


class SourceOut(BaseModel):
    """The outlet or body the statement was relayed through."""

    entity: EntityRef | None
    text: str


class ClaimOut(BaseModel):
    """A statement; text == article.text[start:end], without the enclosing quotation marks."""

    id: int
    article_id: int
    kind: Literal["direct", "indirect"]
    cue: str
    text: str
    start: int
    end: int
    speaker: SpeakerOut
    source: SourceOut | None
    about: list[EntityRef]
    confidence: float
