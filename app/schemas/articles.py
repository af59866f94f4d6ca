"""Request and response bodies of the articles resource."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field, field_validator

from app.schemas.claims import ClaimOut
from app.schemas.common import EntityRef, UtcDateTime


class ArticleIn(BaseModel):
    """An article to analyse and store; text is kept exactly as sent."""

    text: str = Field(min_length=1, description="The article body; stored verbatim.")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)
    published_at: datetime | date | None = None

    @field_validator("title", "url", "source", mode="after")
    @classmethod
    def _blank_is_none(cls, v: str | None) -> str | None:
        return v.strip() or None if v is not None else None

    @field_validator("published_at", mode="before")
    @classmethod
    def _iso_only(cls, v: object) -> object:
        if isinstance(v, int | float):
            raise ValueError("published_at must be an ISO 8601 date or date-time, not a number")
        return v

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text must contain something other than white space")
        if "\x00" in v:
            raise ValueError("text must not contain NUL characters")
        return v


class Counts(BaseModel):
    """How much the analysis found in an article."""

    mentions: int
    entities: int
    claims: int


class ArticleSummary(BaseModel):
    """An article in lists: metadata and counts, no text."""

    id: int
    title: str | None
    url: str | None
    source: str | None
    published_at: UtcDateTime | None
    status: str
    created_at: UtcDateTime
    counts: Counts


class MentionOut(BaseModel):
    """An entity mention; text == article.text[start:end]."""

    id: int
    entity: EntityRef
    text: str
    start: int
    end: int


class ArticleDetail(ArticleSummary):
    """A whole article with what the analysis found in it."""

    text: str
    model_version: str
    mentions: list[MentionOut]
    claims: list[ClaimOut]
