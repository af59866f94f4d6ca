"""Response bodies of the claims resource."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from app.schemas.common import EntityRef


class SpeakerOut(BaseModel):
    """Who said it: the resolved entity (or null) and the speaker as written nearest the claim."""

    entity: EntityRef | None
    text: str | None
    start: int | None
    end: int | None


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
