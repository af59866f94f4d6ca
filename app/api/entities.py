"""Routes of the entities resource: canonical people, units and places across articles."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response

from app.api.deps import ReadDep, require_read_key
from app.api.params import Cursor, EntityQuery, Id, Limit, NoControls
from app.schemas.articles import ArticleSummary
from app.schemas.claims import ClaimOut
from app.schemas.common import EntityTypeName, Page, Problem
from app.schemas.entities import EntityDetail, EntityMentionOut, EntityOut
from app.services import entities as svc

router = APIRouter(prefix="/v1/entities", tags=["entities"], dependencies=[Depends(require_read_key)])
PROBLEMS: dict[int | str, dict[str, object]] = {404: {"model": Problem, "description": "No such entity"}}


@router.get("", response_model=Page[EntityOut])
async def list_entities(
    read: ReadDep,
    limit: Limit = 20,
    cursor: Cursor = None,
    type: EntityTypeName | None = None,
    subtype: Annotated[str | None, NoControls, Query(description="Unit subtype, e.g. military.")] = None,
    q: EntityQuery = None,
    order: Literal["mentions", "name"] = "mentions",
) -> Response:
    """Canonical entities, most mentioned first (or by name)."""
    entities = partial(svc.list_entities, type_=type, subtype=subtype, q=q, order=order)
    return await read(partial(entities, limit=limit, cursor=cursor))


@router.get("/{entity_id}", response_model=EntityDetail, responses=PROBLEMS)
async def get_entity(entity_id: Id, read: ReadDep) -> Response:
    """The entity with the 10 entities it shares the most stored articles with (all-time counts, kept as articles
    are written, re-analysed, deleted or corrected; ties by id)."""
    return await read(partial(svc.entity_json, entity_id=entity_id))


@router.get("/{entity_id}/mentions", response_model=Page[EntityMentionOut], responses=PROBLEMS)
async def entity_mentions(entity_id: Id, read: ReadDep, limit: Limit = 20, cursor: Cursor = None) -> Response:
    """Where the entity is mentioned, newest first."""
    return await read(partial(svc.mentions_of_entity, entity_id=entity_id, limit=limit, cursor=cursor))


@router.get("/{entity_id}/articles", response_model=Page[ArticleSummary], responses=PROBLEMS)
async def entity_articles(entity_id: Id, read: ReadDep, limit: Limit = 20, cursor: Cursor = None) -> Response:
    """Articles that mention the entity, newest first."""
    return await read(partial(svc.articles_of_entity, entity_id=entity_id, limit=limit, cursor=cursor))


@router.get("/{entity_id}/claims", response_model=Page[ClaimOut], responses=PROBLEMS)
async def entity_claims(
    entity_id: Id,
    read: ReadDep,
    limit: Limit = 20,
    cursor: Cursor = None,
    about: bool = Query(False, description="true: claims that mention the entity instead of claims it made."),
    include_affiliated: bool = Query(
        False, description="true: also what the entity's unnamed sources said (speakers affiliated to it)."
    ),
) -> Response:
    """Claims the entity made (or, with about=true, claims about it), newest first."""
    claims = partial(svc.claims_of_entity, entity_id=entity_id, about=about, include_affiliated=include_affiliated)
    return await read(partial(claims, limit=limit, cursor=cursor))
