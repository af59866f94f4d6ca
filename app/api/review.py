"""Routes of newsroom review: merge, split, rename/retype, claim fixes, rejections; the corrections audit."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status

from app.api.deps import JSON_WRITE, SessionDep, SettingsDep, require_read_key, require_write_key
from app.api.keys import key_name
from app.api.params import Cursor, Id, Limit, QueryId
from app.schemas.common import Page, Problem
from app.schemas.review import Action, ClaimPatch, CorrectionOut, CorrectionStatus, EntityPatch, MergeIn, SplitIn
from app.services import review as svc

router = APIRouter(tags=["review"])
_P: dict[str, object] = {"model": Problem}
WRITE_PROBLEMS: dict[int | str, dict[str, object]] = {
    308: {"model": Problem, "description": "The entity was merged away: Location is the survivor"},
    404: _P,
    409: {"model": Problem, "description": "Clashes with the stored state (a name another entity holds)"},
    422: _P,
}


async def reviewer(request: Request, settings: SettingsDep) -> str:
    """The name the audit records for this request's API key."""
    return key_name(request.headers.get("x-api-key"), settings.api.key_names)


Reviewer = Annotated[str, Depends(reviewer)]


def _created(response: Response, out: CorrectionOut) -> CorrectionOut:
    response.headers["Location"] = f"/v1/corrections/{out.id}"
    return out


@router.post(
    "/v1/entities/{entity_id}/merge",
    dependencies=JSON_WRITE,
    status_code=status.HTTP_201_CREATED,
    responses=WRITE_PROBLEMS,
)
def merge(entity_id: Id, body: MergeIn, session: SessionDep, who: Reviewer, response: Response) -> CorrectionOut:
    """Merge this entity into `into`; its id then answers 308 to the survivor."""
    c = svc.merge_entities(session=session, entity_id=entity_id, into=body.into, key_name=who)
    return _created(response, c)


@router.post(
    "/v1/entities/{entity_id}/split",
    dependencies=JSON_WRITE,
    status_code=status.HTTP_201_CREATED,
    responses=WRITE_PROBLEMS,
)
def split(entity_id: Id, body: SplitIn, session: SessionDep, who: Reviewer, response: Response) -> CorrectionOut:
    """Split one alias off into its own entity (the correction's entity_id)."""
    c = svc.split_alias(session=session, entity_id=entity_id, alias=body.alias, key_name=who)
    return _created(response, c)


@router.patch(
    "/v1/entities/{entity_id}", dependencies=JSON_WRITE, status_code=status.HTTP_201_CREATED, responses=WRITE_PROBLEMS
)
def edit_entity(
    entity_id: Id, body: EntityPatch, session: SessionDep, who: Reviewer, response: Response
) -> CorrectionOut:
    """Rename, retype or re-subtype an entity."""
    c = svc.edit_entity(session=session, entity_id=entity_id, patch=body, key_name=who)
    return _created(response, c)


@router.patch(
    "/v1/claims/{claim_id}", dependencies=JSON_WRITE, status_code=status.HTTP_201_CREATED, responses=WRITE_PROBLEMS
)
def edit_claim(claim_id: Id, body: ClaimPatch, session: SessionDep, who: Reviewer, response: Response) -> CorrectionOut:
    """Set a claim's speaker, speaker kind, kind or source."""
    c = svc.edit_claim(session=session, claim_id=claim_id, patch=body, key_name=who)
    return _created(response, c)


@router.post(
    "/v1/claims/{claim_id}/reject",
    dependencies=[Depends(require_write_key)],
    status_code=status.HTTP_201_CREATED,
    responses=WRITE_PROBLEMS,
)
def reject_claim(claim_id: Id, session: SessionDep, who: Reviewer, response: Response) -> CorrectionOut:
    """Remove a wrong claim for good (re-analysis will not bring it back)."""
    return _created(response, svc.reject_claim(session=session, claim_id=claim_id, key_name=who))


@router.post(
    "/v1/mentions/{mention_id}/reject",
    dependencies=[Depends(require_write_key)],
    status_code=status.HTTP_201_CREATED,
    responses=WRITE_PROBLEMS,
)
def reject_mention(mention_id: Id, session: SessionDep, who: Reviewer, response: Response) -> CorrectionOut:
    """Remove a wrong mention for good (re-analysis will not bring it back)."""
    return _created(response, svc.reject_mention(session=session, mention_id=mention_id, key_name=who))


@router.get("/v1/corrections", dependencies=[Depends(require_read_key)])
def list_corrections(
    session: SessionDep,
    limit: Limit = 20,
    cursor: Cursor = None,
    status: CorrectionStatus | None = None,
    action: Action | None = None,
    entity_id: QueryId = None,
    article_id: QueryId = None,
) -> Page[CorrectionOut]:
    """The audit trail, newest first; status=stale lists the corrections re-analysis left nothing to apply to."""
    return svc.list_corrections(
        session=session, limit=limit, cursor=cursor, status=status, action=action, entity_id=entity_id,
        article_id=article_id,
    )  # fmt: skip


@router.get("/v1/corrections/{correction_id}", dependencies=[Depends(require_read_key)], responses={404: _P})
def get_correction(correction_id: Id, session: SessionDep) -> CorrectionOut:
    """One correction."""
    return svc.get_correction(session=session, correction_id=correction_id)


@router.delete(
    "/v1/corrections/{correction_id}", dependencies=[Depends(require_write_key)], responses={404: _P, 409: _P}
)
def undo(correction_id: Id, session: SessionDep) -> CorrectionOut:
    """Undo: restore the state before the correction (status becomes undone), or 409 saying why it cannot."""
    return svc.undo_correction(session=session, correction_id=correction_id)
