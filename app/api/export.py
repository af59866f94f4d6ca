"""Bulk export routes: whole lists as streamed JSON lines or CSV, with the list endpoints' filters."""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from app.api.deps import SettingsDep, require_read_key
from app.api.filters import ArticleFilterParams, ClaimFilters
from app.api.params import EntityQuery, NoControls
from app.schemas.common import EntityTypeName
from app.services import export as svc
from app.services.articles import list_article_details
from app.services.claims import list_claims
from app.services.entities import list_entities

router = APIRouter(prefix="/v1/export", tags=["export"], dependencies=[Depends(require_read_key)])
JSONL = "application/x-ndjson"
STREAMED = {"description": "Streamed rows, one per line, in the list endpoint's order."}


def _stream(chunks: object, media_type: str, filename: str) -> StreamingResponse:
    headers = {"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"}
    return StreamingResponse(chunks, media_type=media_type, headers=headers)  # type: ignore[arg-type]


@router.get("/articles.jsonl", response_class=StreamingResponse, responses={200: {"content": {JSONL: {}}} | STREAMED})
def export_articles(settings: SettingsDep, filters: ArticleFilterParams) -> StreamingResponse:
    """Every matching article in full (as GET /v1/articles/{id}), newest first, one JSON object a line."""
    lister = partial(list_article_details, filters=filters)
    return _stream(svc.jsonl(database_url=settings.database_url, lister=lister), JSONL, "articles.jsonl")


@router.get("/entities.jsonl", response_class=StreamingResponse, responses={200: {"content": {JSONL: {}}} | STREAMED})
def export_entities(
    settings: SettingsDep,
    type: EntityTypeName | None = None,
    subtype: Annotated[str | None, NoControls, Query(description="Unit subtype, e.g. military.")] = None,
    q: EntityQuery = None,
) -> StreamingResponse:
    """Every matching entity (as in GET /v1/entities), by name, one JSON object a line."""
    lister = partial(list_entities, type_=type, subtype=subtype, q=q, order="name")
    return _stream(svc.jsonl(database_url=settings.database_url, lister=lister), JSONL, "entities.jsonl")


def _claims_lister(filters: ClaimFilters) -> svc.Lister:
    """The claims list's filters (as GET /v1/claims takes them), bound to its list function."""
    return partial(list_claims, **filters)


ClaimsLister = Annotated[svc.Lister, Depends(_claims_lister)]


@router.get("/claims.jsonl", response_class=StreamingResponse, responses={200: {"content": {JSONL: {}}} | STREAMED})
def export_claims(settings: SettingsDep, lister: ClaimsLister) -> StreamingResponse:
    """Every matching claim (as in GET /v1/claims), newest first, one JSON object a line."""
    return _stream(svc.jsonl(database_url=settings.database_url, lister=lister), JSONL, "claims.jsonl")


@router.get("/claims.csv", response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}}} | STREAMED})
def export_claims_csv(settings: SettingsDep, lister: ClaimsLister) -> StreamingResponse:
    """Every matching claim as a CSV row (columns in the README), newest first."""
    chunks = svc.csv_rows(
        database_url=settings.database_url, lister=lister, header=svc.CLAIM_COLUMNS, row=svc.claim_row
    )
    return _stream(chunks, "text/csv; charset=utf-8", "claims.csv")
