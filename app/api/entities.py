"""Routes of the entities resource: canonical people, units and places across articles."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from app.api.deps import SessionDep, require_read_key
from app.api.params import Cursor, EntityQuery, Id, Limit, NoControls
from app.schemas.articles import ArticleSummary
from app.schemas.claims import ClaimOut
from app.schemas.common import EntityTypeName, Page, Problem
from app.schemas.entities import EntityDetail, EntityMentionOut, EntityOut
from app.services import entities as svc
from app.services.articles import list_articles
from app.services.claims import list_claims

router = APIRouter(prefix="/v1/entities", tags=["entities"], dependencies=[Depends(require_read_key)])
PROBLEMS: dict[int | str, dict[str, object]] = {404: {"model": Problem, "description": "No such entity"}}


@router.get("")
def list_entities(
    session: SessionDep,
    limit: Limit = 20,
    cursor: Cursor = None,
    type: EntityTypeName | None = None,
    subtype: Annotated[str | None, NoControls, Query(description="Unit subtype, e.g. military.")] = None,
    q: EntityQuery = None,
    order: Literal["mentions", "name"] = "mentions",
) -> Page[EntityOut]:
    """Canonical entities, most mentioned first (or by name)."""
    return svc.list_entities(session=session, limit=limit, cursor=cursor, type_=type, subtype=subtype, q=q, order=order)


@router.get("/{entity_id}", responses=PROBLEMS)
def get_entity(entity_id: Id, session: SessionDep) -> EntityDetail:
    """The entity with the entities it co-occurs with most."""
    return svc.get_entity(session=session, entity_id=entity_id)


@router.get("/{entity_id}/mentions", responses=PROBLEMS)
def entity_mentions(
    entity_id: Id, session: SessionDep, limit: Limit = 20, cursor: Cursor = None
) -> Page[EntityMentionOut]:
    """Where the entity is mentioned, newest first."""
    return svc.mentions_of_entity(session=session, entity_id=entity_id, limit=limit, cursor=cursor)


@router.get("/{entity_id}/articles", responses=PROBLEMS)
def entity_articles(
    entity_id: Id, session: SessionDep, limit: Limit = 20, cursor: Cursor = None
) -> Page[ArticleSummary]:
    """Articles that mention the entity, newest first."""
    svc.require_entity(session=session, entity_id=entity_id)
    return list_articles(session=session, limit=limit, cursor=cursor, entity_id=entity_id)


@router.get("/{entity_id}/claims", responses=PROBLEMS)
def entity_claims(
    entity_id: Id,
    session: SessionDep,
    limit: Limit = 20,
    cursor: Cursor = None,
    about: bool = Query(False, description="true: claims that mention the entity instead of claims it made."),
    include_affiliated: bool = Query(
        False, description="true: also what the entity's unnamed sources said (speakers affiliated to it)."
    ),
) -> Page[ClaimOut]:
    """Claims the entity made (or, with about=true, claims about it), newest first."""
    svc.require_entity(session=session, entity_id=entity_id)
    if about:
        return list_claims(session=session, limit=limit, cursor=cursor, about_id=entity_id)
    return list_claims(
        session=session, limit=limit, cursor=cursor, speaker_id=entity_id, include_affiliated=include_affiliated
    )
