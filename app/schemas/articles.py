"""Request and response bodies of the articles resource."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field, field_validator

from app.core.timeutil import in_utc_range
from app.schemas.claims import ClaimOut
from app.schemas.common import EntityRef, UtcDateTime
from app.schemas.text_rules import check_article_text, check_line, check_web_url


class ArticleIn(BaseModel):
    """An article to analyse and store; text is kept exactly as sent."""

    text: str = Field(
        min_length=1,
        description=(
            "The article body as plain text, stored verbatim. Refused (422) when it is blank, is not Arabic "
            "(no Arabic letters, or under half of its letters in Arabic script once it has 100 letters), "
            "holds HTML tags or comments, or holds control characters other than tab, line feed and "
            "carriage return."
        ),
    )
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000, description="The article's address: http or https only.")
    source: str | None = Field(default=None, max_length=200)
    published_at: datetime | date | None = None

    @field_validator("title", "url", "source", mode="after")
    @classmethod
    def _one_clean_line(cls, v: str | None) -> str | None:
        return check_line(v)

    @field_validator("url", mode="after")
    @classmethod
    def _web_address(cls, v: str | None) -> str | None:
        return check_web_url(v)

    @field_validator("published_at", mode="before")
    @classmethod
    def _iso_only(cls, v: object) -> object:
        if isinstance(v, int | float):
            raise ValueError("published_at must be an ISO 8601 date or date-time, not a number")
        return v

    @field_validator("published_at", mode="after")
    @classmethod
    def _in_range(cls, v: datetime | date | None) -> datetime | date | None:
        if isinstance(v, datetime) and not in_utc_range(v):
            raise ValueError("published_at falls outside the years 0001-9999 once converted to UTC")
        return v

    @field_validator("text")
    @classmethod
    def _plain_arabic(cls, v: str) -> str:
        return check_article_text(v)


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
