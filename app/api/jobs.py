"""Routes for batch ingest: enqueue a batch, read a job's progress."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Depends, Request, Response, status

from app.api.deps import JSON_WRITE, SessionDep, require_read_key
from app.api.params import Id
from app.schemas.common import Problem
from app.schemas.jobs import BatchIn, JobOut
from app.services.jobs import create_job, get_job

router = APIRouter(tags=["jobs"])


@router.post(
    "/v1/articles/batch",
    status_code=status.HTTP_202_ACCEPTED,
    dependencies=JSON_WRITE,
    responses={413: {"model": Problem}, 415: {"model": Problem}, 422: {"model": Problem}},
)
def post_batch(
    body: BatchIn, session: SessionDep, request: Request, response: Response, tasks: BackgroundTasks
) -> JobOut:
    """Queue up to 1000 articles for analysis; poll the job for progress and article ids."""
    job_id = create_job(session=session, articles=body.articles)
    tasks.add_task(request.app.state.worker.submit, job_id)  # after the unit of work has committed the job
    response.headers["Location"] = f"/v1/jobs/{job_id}"
    return get_job(session=session, job_id=job_id)


@router.get(
    "/v1/jobs/{job_id}",
    dependencies=[Depends(require_read_key)],
    responses={404: {"model": Problem, "description": "No such job"}},
)
def read_job(job_id: Id, session: SessionDep) -> JobOut:
    """A batch job's status, counts, stored article ids and per-item errors."""
    return get_job(session=session, job_id=job_id)
