"""Request and response bodies of batch ingest jobs."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from app.schemas.articles import ArticleIn

MAX_BATCH = 1000


class JobStatus(StrEnum):
    """A job: queued until a worker takes it, running, then done (something stored) or failed (nothing)."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class ItemStatus(StrEnum):
    """One article of a batch: queued until processed, then done (stored) or failed (with its error)."""

    QUEUED = "queued"
    DONE = "done"
    FAILED = "failed"


class BatchIn(BaseModel):
    """Up to 1000 articles to ingest in the background."""

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_BATCH)


class JobError(BaseModel):
    """Why one article of a batch failed; index is its position in the request."""

    index: int
    detail: str


class JobOut(BaseModel):
    """A batch job's progress; article_ids follow the request order of the stored articles."""

    id: int
    status: JobStatus
    total: int
    done: int
    failed: int
    article_ids: list[int]
    errors: list[JobError]
