"""Routes of the articles resource: ingest, list, read, delete."""

from __future__ import annotations

from dataclasses import asdict
from functools import partial

from fastapi import APIRouter, Depends, Response, status

from app.api.deps import JSON_WRITE, AnalyzerDep, ReadDep, SessionDep, require_read_key, require_write_key
from app.api.filters import ArticleFilterParams
from app.api.params import Cursor, Id, Limit
from app.core.errors import NotFound
from app.schemas.articles import ArticleDetail, ArticleIn, ArticleSummary, MentionOut
from app.schemas.claims import ClaimOut
from app.schemas.common import Page, Problem
from app.services import articles as svc
from app.services.ingest import delete_article, ingest_article

router = APIRouter(prefix="/v1/articles", tags=["articles"])
read = [Depends(require_read_key)]
PROBLEMS: dict[int | str, dict[str, object]] = {
    404: {"model": Problem, "description": "No such article"},
}


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    dependencies=JSON_WRITE,
    responses={
        200: {"model": ArticleDetail, "description": "Already stored: the stored article"},
        413: {"model": Problem},
        415: {"model": Problem},
        422: {"model": Problem},
        503: {"model": Problem},
    },
)
def post_article(body: ArticleIn, session: SessionDep, analyzer: AnalyzerDep, response: Response) -> ArticleDetail:
    """Analyse and store an article (201); the same URL or text again answers 200 with the stored one."""
    article_id, created = ingest_article(session=session, data=body, analyzer=analyzer)
    response.status_code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
    response.headers["Location"] = f"/v1/articles/{article_id}"
    return svc.get_article(session=session, article_id=article_id)


@router.get("", dependencies=read, response_model=Page[ArticleSummary])
async def list_articles(
    read: ReadDep, filters: ArticleFilterParams, limit: Limit = 20, cursor: Cursor = None
) -> Response:
    """Article summaries, newest first."""
    return await read(partial(svc.list_articles, limit=limit, cursor=cursor, **asdict(filters)))


@router.get("/{article_id:int}", dependencies=read, response_model=ArticleDetail, responses=PROBLEMS)
async def get_article(article_id: Id, read: ReadDep) -> Response:
    """The article with its text, mentions and claims."""
    return await read(partial(svc.article_json, article_id=article_id))


@router.get("/{article_id:int}/mentions", dependencies=read, response_model=list[MentionOut], responses=PROBLEMS)
async def article_mentions(article_id: Id, read: ReadDep) -> Response:
    """The article's mentions in text order."""
    return await read(partial(svc.mentions_of_article, article_id=article_id))


@router.get("/{article_id:int}/claims", dependencies=read, response_model=list[ClaimOut], responses=PROBLEMS)
async def article_claims(article_id: Id, read: ReadDep) -> Response:
    """The article's claims in text order."""
    return await read(partial(svc.claims_of_article, article_id=article_id))


@router.delete("/{article_id:int}", status_code=204, dependencies=[Depends(require_write_key)], responses=PROBLEMS)
def remove_article(article_id: Id, session: SessionDep) -> Response:
    """Delete the article with its mentions and claims."""
    if not delete_article(session=session, article_id=article_id):
        raise NotFound(f"There is no article with id {article_id}.")
    return Response(status_code=204)
