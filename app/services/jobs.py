"""Batch ingest jobs: enqueue in one transaction, then process each item in its own.

Processing an item and marking it done commit together, so a job that is interrupted and run
again (a restarted worker, a redelivered task) skips what is done and never stores twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from threading import Event

from pydantic import ValidationError
from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.core.errors import NotFound, QalaError, ServiceUnavailable
from app.core.observability import BATCH_QUEUE_DEPTH
from app.db.base import utcnow
from app.db.models import Job, JobItem
from app.db.session import unit_of_work
from app.schemas.articles import ArticleIn
from app.schemas.common import validation_messages
from app.schemas.jobs import ItemStatus, JobError, JobOut, JobStatus
from app.services.ingest import Analyzer, ingest_article

log = logging.getLogger(__name__)

# The database or the model is away: worth retrying the item later, not failing it yet.
TRANSIENT: tuple[type[Exception], ...] = (ServiceUnavailable, OperationalError)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Waits before each retry of an item whose database or model is away; after the last it is failed.

    One policy for the embedded worker (which sleeps `delays`) and Celery (`max_retries`, `delay(n)`).
    """

    retries: int = 5
    base: float = 1.0
    cap: float = 60.0

    def delay(self, retry: int) -> float:
        """Seconds before retry number `retry` (0-based): doubling from `base`, at most `cap`."""
        return min(self.cap, self.base * float(2**retry))

    @property
    def delays(self) -> tuple[float, ...]:
        return tuple(self.delay(n) for n in range(self.retries))


RETRY = RetryPolicy()
RETRY_DELAYS = RETRY.delays  # 1, 2, 4, 8, 16 s


def create_job(*, session: Session, articles: list[ArticleIn]) -> int:
    """Store a job and its items (queued); returns the job id."""
    job = Job(status=JobStatus.QUEUED, total=len(articles), done=0, failed=0)
    session.add(job)
    session.flush()
    session.add_all(
        JobItem(job_id=job.id, position=i, payload=a.model_dump_json(), status=ItemStatus.QUEUED)
        for i, a in enumerate(articles)
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
        .where(JobItem.job_id == job_id, JobItem.status != ItemStatus.QUEUED)
        .order_by(JobItem.position)
    ).all()
    return JobOut(
        id=job.id,
        status=JobStatus(job.status),
        total=job.total,
        done=job.done,
        failed=job.failed,
        article_ids=[a for _, st, a, _ in items if st == ItemStatus.DONE and a is not None],
        errors=[JobError(index=p, detail=e or "") for p, st, _, e in items if st == ItemStatus.FAILED],
    )


def unfinished_jobs(*, session: Session) -> list[int]:
    """Jobs still queued or running (to resume after a restart)."""
    return list(
        session.scalars(select(Job.id).where(Job.status.in_([JobStatus.QUEUED, JobStatus.RUNNING])).order_by(Job.id))
    )


def _finish(session: Session, job_id: int) -> None:
    """Recount a job from its items and set its final status when nothing is left queued."""
    counts = dict(
        session.execute(
            select(JobItem.status, func.count()).where(JobItem.job_id == job_id).group_by(JobItem.status)
        ).all()
    )
    done, failed, queued = (counts.get(s, 0) for s in (ItemStatus.DONE, ItemStatus.FAILED, ItemStatus.QUEUED))
    status = JobStatus.RUNNING if queued else (JobStatus.FAILED if failed and not done else JobStatus.DONE)
    session.execute(
        update(Job).where(Job.id == job_id).values(done=done, failed=failed, status=status, updated_at=utcnow())
    )


def _settle_item(*, url: str, item_id: int, settle: Callable[[Session, JobItem], None]) -> None:
    """Lock an item, let `settle` mark it if still queued, commit, then recount its job.

    The recount runs in a transaction of its own, so concurrent workers finishing items of one
    job never overwrite each other's progress; it also runs for an item already settled, so a
    redelivered item whose recount was lost recounts its job again.
    """
    job_id = None
    with unit_of_work(url) as session:
        item = session.get(JobItem, item_id, with_for_update=True)
        if item is None:
            return
        job_id = item.job_id
        if item.status == ItemStatus.QUEUED:
            settle(session, item)
    finish_job(url=url, job_id=job_id)


def process_item(*, url: str, item_id: int, analyzer: Analyzer) -> None:
    """Ingest one queued item and mark it, in one transaction; a done item is left alone."""

    def ingest(session: Session, item: JobItem) -> None:
        try:
            data = ArticleIn.model_validate_json(item.payload)
            with session.begin_nested():
                article_id, _ = ingest_article(session=session, data=data, analyzer=analyzer)
            item.status, item.article_id = ItemStatus.DONE, article_id
        except TRANSIENT:
            raise  # the item stays queued; the caller retries it, then gives up with fail_item
        except QalaError as exc:
            item.status, item.error = ItemStatus.FAILED, exc.detail
        except ValidationError as exc:  # queued before the input rules changed
            item.status, item.error = ItemStatus.FAILED, validation_messages(exc)
        except Exception as exc:  # a bug, not the input: fail the item so the job still ends
            log.exception("batch item %s failed", item_id)
            item.status, item.error = (
                ItemStatus.FAILED,
                f"internal error ({type(exc).__name__}); the item was not stored",
            )

    _settle_item(url=url, item_id=item_id, settle=ingest)


def fail_item(*, url: str, item_id: int, detail: str) -> None:
    """Give up on a still-queued item after its retries, so its job can end."""

    def fail(_: Session, item: JobItem) -> None:
        item.status, item.error = ItemStatus.FAILED, detail

    _settle_item(url=url, item_id=item_id, settle=fail)


def process_with_retries(
    *, url: str, item_id: int, analyzer: Analyzer, delays: Sequence[float] = RETRY_DELAYS, stop: Event | None = None
) -> str | None:
    """process_item, retrying transient failures after each delay; returns why it gave up, if it did.

    A set `stop` (the process is shutting down) ends the waiting and leaves the item queued.
    """
    for attempt in range(len(delays) + 1):
        try:
            process_item(url=url, item_id=item_id, analyzer=analyzer)
            return None
        except TRANSIENT as exc:
            if attempt == len(delays):
                reason = f"gave up after {attempt + 1} attempts: {exc}"
                fail_item(url=url, item_id=item_id, detail=reason)
                return reason
            log.warning("batch item %s: %s; retrying in %.0f s", item_id, type(exc).__name__, delays[attempt])
            if (stop or Event()).wait(delays[attempt]):
                raise JobInterrupted(item_id) from exc
    return None


class JobInterrupted(Exception):
    """The worker is shutting down; the job's remaining items stay queued for the next start."""


def finish_job(*, url: str, job_id: int | None) -> None:
    """Recount a job from its committed items (and close it when none is left queued)."""
    if job_id is None:
        return
    with unit_of_work(url) as session:
        _finish(session, job_id)


def queued_items(*, session: Session, job_id: int) -> list[int]:
    """Ids of a job's items still to process, in request order."""
    return list(
        session.scalars(
            select(JobItem.id)
            .where(JobItem.job_id == job_id, JobItem.status == ItemStatus.QUEUED)
            .order_by(JobItem.position)
        )
    )


def mark_running(*, session: Session, job_id: int) -> None:
    """A queued job becomes running once its items are handed to workers."""
    session.execute(
        update(Job).where(Job.id == job_id, Job.status == JobStatus.QUEUED).values(status=JobStatus.RUNNING)
    )


def run_job(
    *, url: str, job_id: int, analyzer: Analyzer, delays: Sequence[float] = RETRY_DELAYS, stop: Event | None = None
) -> None:
    """Process every queued item of a job, in order; safe to call again after an interruption.

    When an item exhausts its retries the outage is not brief: the job's other queued items fail
    at once with the same reason instead of each waiting it out, and the job ends.
    """
    with unit_of_work(url) as session:
        mark_running(session=session, job_id=job_id)
        item_ids = queued_items(session=session, job_id=job_id)
    gave_up: str | None = None
    for item_id in item_ids:
        if gave_up is not None:
            fail_item(url=url, item_id=item_id, detail=f"not attempted: {gave_up}")
            continue
        gave_up = process_with_retries(url=url, item_id=item_id, analyzer=analyzer, delays=delays, stop=stop)
    finish_job(url=url, job_id=job_id)


def refresh_queue_depth(*, database_url: str) -> None:
    """Set the queue-depth gauge from the store; a store that is away leaves the last value."""
    try:
        with unit_of_work(database_url) as session:
            depth = session.scalar(select(func.count()).select_from(JobItem).where(JobItem.status == ItemStatus.QUEUED))
    except DBAPIError:
        log.warning("queue depth not refreshed: the database is away")
        return
    BATCH_QUEUE_DEPTH.set(depth or 0)
