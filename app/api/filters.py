"""The list endpoints' filters, read once: a paged list and its bulk export take the same query parameters.

The dependencies are `async def`: they do no I/O, and a plain `def` one costs two thread-pool hops a request.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Depends, Query

from app.api.params import ArticleQuery, ClaimQuery, NoControls, QueryId, Since, Until, as_bound
from app.schemas.claims import SpeakerKindName
from app.services.articles import ArticleFilters


async def claim_filters(
    speaker_id: QueryId = None,
    about_id: QueryId = None,
    article_id: QueryId = None,
    kind: Literal["direct", "indirect"] | None = None,
    q: ClaimQuery = None,
    since: Since = None,
    until: Until = None,
    speaker_kind: SpeakerKindName | None = None,
    affiliation_id: QueryId = None,
) -> dict[str, Any]:
    """The claims list's filters, as keyword arguments of services.claims.list_claims."""
    return {
        "speaker_id": speaker_id,
        "about_id": about_id,
        "article_id": article_id,
        "kind": kind,
        "q": q,
        "since": as_bound(since, end=False),
        "until": as_bound(until, end=True),
        "speaker_kind": speaker_kind,
        "affiliation_id": affiliation_id,
    }


async def article_filters(
    q: ArticleQuery = None,
    source: Annotated[str | None, NoControls, Query(description="Only articles from this source.")] = None,
    since: Since = None,
    until: Until = None,
    entity_id: QueryId = None,
    speaker_id: QueryId = None,
) -> ArticleFilters:
    """The articles list's filters."""
    return ArticleFilters(
        q=q,
        source=source,
        since=as_bound(since, end=False),
        until=as_bound(until, end=True),
        entity_id=entity_id,
        speaker_id=speaker_id,
    )


ClaimFilters = Annotated[dict[str, Any], Depends(claim_filters)]
ArticleFilterParams = Annotated[ArticleFilters, Depends(article_filters)]
