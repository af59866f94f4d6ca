"""Batch ingest jobs: enqueue in one transaction, then process each item in its own.

Processing an item and marking it done commit together, so a job that is interrupted and run
again (a restarted worker, a redelivered task) skips what is done and never stores twice.
"""

from __future__ import annotations

import logging

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.core.errors import NotFound, QalaError, ServiceUnavailable
from app.db.base import utcnow
from app.db.models import Job, JobItem
from app.db.session import session_scope
from app.schemas.articles import ArticleIn
from app.schemas.jobs import JobError, JobOut
from app.services.ingest import Analyzer, ingest_article

log = logging.getLogger(__name__)


def create_job(*, session: Session, articles: list[ArticleIn]) -> int:
    """Store a job and its items (queued); returns the job id."""
    job = Job(status="queued", total=len(articles), done=0, failed=0)
    session.add(job)
    session.flush()
    session.add_all(
        JobItem(job_id=job.id, position=i, payload=a.model_dump_json(), status="queued") for i, a in enumerate(articles)
    )
    session.flush()
    return job.id


def get_job(*, session: Session, job_id: int) -> JobOut:
    """A job with the ids it stored and the errors it met, or 404."""
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound(f"There is no job with id {job_id}.")
    items = session.execute(
        select(JobItem.position, JobItem.status, JobItem.article_id, JobItem.error)
        .where(JobItem.job_id == job_id, JobItem.status != "queued")
        .order_by(JobItem.position)
    ).all()
    return JobOut(
        id=job.id,
        status=job.status,
        total=job.total,
        done=job.done,
        failed=job.failed,
        article_ids=[a for _, st, a, _ in items if st == "done" and a is not None],
        errors=[JobError(index=p, detail=e or "") for p, st, _, e in items if st == "failed"],
    )


def unfinished_jobs(*, session: Session) -> list[int]:
    """Jobs still queued or running (to resume after a restart)."""
    return list(session.scalars(select(Job.id).where(Job.status.in_(["queued", "running"])).order_by(Job.id)))


def _finish(session: Session, job_id: int) -> None:
    """Recount a job from its items and set its final status when nothing is left queued."""
    counts = dict(
        session.execute(
            select(JobItem.status, func.count()).where(JobItem.job_id == job_id).group_by(JobItem.status)
        ).all()
    )
    done, failed, queued = counts.get("done", 0), counts.get("failed", 0), counts.get("queued", 0)
    status = "running" if queued else ("failed" if failed and not done else "done")
    session.execute(
        update(Job).where(Job.id == job_id).values(done=done, failed=failed, status=status, updated_at=utcnow())
    )


def process_item(*, url: str, item_id: int, analyzer: Analyzer) -> None:
    """Ingest one queued item and mark it, in one transaction; a done item is left alone.

    The job's counters are recomputed afterwards in a transaction of their own, so concurrent
    workers finishing items of one job never overwrite each other's progress.
    """
    job_id = None
    for session in session_scope(url):
        item = session.get(JobItem, item_id, with_for_update=True)
        if item is None or item.status != "queued":
            return
        job_id = item.job_id
        try:
            data = ArticleIn.model_validate_json(item.payload)
            with session.begin_nested():
                article_id, _ = ingest_article(session=session, data=data, analyzer=analyzer)
            item.status, item.article_id = "done", article_id
        except ServiceUnavailable:
            raise  # the database or the model is away: the item stays queued for a retry
        except QalaError as exc:
            item.status, item.error = "failed", exc.detail
    finish_job(url=url, job_id=job_id)


def finish_job(*, url: str, job_id: int | None) -> None:
    """Recount a job from its committed items (and close it when none is left queued)."""
    if job_id is None:
        return
    for session in session_scope(url):
        _finish(session, job_id)


def queued_items(*, session: Session, job_id: int) -> list[int]:
    """Ids of a job's items still to process, in request order."""
    return list(
        session.scalars(
            select(JobItem.id).where(JobItem.job_id == job_id, JobItem.status == "queued").order_by(JobItem.position)
        )
    )


def mark_running(*, session: Session, job_id: int) -> None:
    """A queued job becomes running once its items are handed to workers."""
    session.execute(update(Job).where(Job.id == job_id, Job.status == "queued").values(status="running"))


def run_job(*, url: str, job_id: int, analyzer: Analyzer) -> None:
    """Process every queued item of a job, in order; safe to call again after an interruption."""
    for session in session_scope(url):
        mark_running(session=session, job_id=job_id)
        item_ids = queued_items(session=session, job_id=job_id)
    for item_id in item_ids:
        process_item(url=url, item_id=item_id, analyzer=analyzer)
    finish_job(url=url, job_id=job_id)
