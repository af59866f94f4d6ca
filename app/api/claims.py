"""Routes of the claims resource: who said what."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends

from app.api.deps import SessionDep, require_read_key
from app.api.params import ClaimQuery, Cursor, Id, Limit, QueryId, Since, Until, as_bound
from app.schemas.claims import ClaimOut, SpeakerKindName
from app.schemas.common import Page, Problem
from app.services import claims as svc

router = APIRouter(prefix="/v1/claims", tags=["claims"], dependencies=[Depends(require_read_key)])


@router.get("")
def list_claims(
    session: SessionDep,
    limit: Limit = 20,
    cursor: Cursor = None,
    speaker_id: QueryId = None,
    about_id: QueryId = None,
    article_id: QueryId = None,
    kind: Literal["direct", "indirect"] | None = None,
    q: ClaimQuery = None,
    since: Since = None,
    until: Until = None,
    speaker_kind: SpeakerKindName | None = None,
    affiliation_id: QueryId = None,
) -> Page[ClaimOut]:
    """Claims, newest first by their article's date."""
    return svc.list_claims(
        session=session,
        limit=limit,
        cursor=cursor,
        speaker_id=speaker_id,
        about_id=about_id,
        article_id=article_id,
        kind=kind,
        q=q,
        since=as_bound(since, end=False),
        until=as_bound(until, end=True),
        speaker_kind=speaker_kind,
        affiliation_id=affiliation_id,
    )


@router.get("/{claim_id}", responses={404: {"model": Problem, "description": "No such claim"}})
def get_claim(claim_id: Id, session: SessionDep) -> ClaimOut:
    """One claim."""
    return svc.get_claim(session=session, claim_id=claim_id)
