"""Routes of the claims resource: who said what."""

from __future__ import annotations

from functools import partial

from fastapi import APIRouter, Depends, Response

from app.api.deps import ReadDep, require_read_key
from app.api.filters import ClaimFilters
from app.api.params import Cursor, Id, Limit
from app.schemas.claims import ClaimOut
from app.schemas.common import Page, Problem
from app.services import claims as svc

router = APIRouter(prefix="/v1/claims", tags=["claims"], dependencies=[Depends(require_read_key)])


@router.get("", response_model=Page[ClaimOut])
async def list_claims(read: ReadDep, filters: ClaimFilters, limit: Limit = 20, cursor: Cursor = None) -> Response:
    """Claims, newest first by their article's date."""
    return await read(partial(svc.claims_json, limit=limit, cursor=cursor, **filters))


@router.get("/{claim_id}", response_model=ClaimOut, responses={404: {"model": Problem, "description": "No such claim"}})
async def get_claim(claim_id: Id, read: ReadDep) -> Response:
    """One claim."""
    return await read(partial(svc.claim_json, claim_id=claim_id))
