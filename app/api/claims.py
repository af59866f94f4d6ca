"""Routes of the claims resource: who said what."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from app.api.deps import SessionDep, require_read_key
from app.api.filters import ClaimFilters
from app.api.params import Cursor, Id, Limit
from app.schemas.claims import ClaimOut
from app.schemas.common import Page, Problem
from app.services import claims as svc

router = APIRouter(prefix="/v1/claims", tags=["claims"], dependencies=[Depends(require_read_key)])


@router.get("")
def list_claims(session: SessionDep, filters: ClaimFilters, limit: Limit = 20, cursor: Cursor = None) -> Page[ClaimOut]:
    """Claims, newest first by their article's date."""
    return svc.list_claims(session=session, limit=limit, cursor=cursor, **filters)


@router.get("/{claim_id}", responses={404: {"model": Problem, "description": "No such claim"}})
def get_claim(claim_id: Id, session: SessionDep) -> ClaimOut:
    """One claim."""
    return svc.get_claim(session=session, claim_id=claim_id)
