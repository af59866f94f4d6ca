"""Celery tasks for batch ingest: workers run the same service code as the API, one item a task.

Tasks are acknowledged late and re-queued if their worker dies; processing an item is
idempotent (a done item is skipped), and a starting worker re-queues every unfinished item, so
a job interrupted by a killed worker completes after a restart with each article stored once.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import Celery, signals

from app.core.settings import Settings, get_settings
from app.db.session import unit_of_work
from app.nlp.analyze import analyze, default_tagger
from app.services.jobs import (
    RETRY,
    TRANSIENT,
    fail_item,
    finish_job,
    mark_running,
    process_item,
    queued_items,
    unfinished_jobs,
)

log = logging.getLogger(__name__)


def make_celery(settings: Settings) -> Celery:
    """A Celery app on the configured broker (results are in the database, not in Celery)."""
    app = Celery("qala", broker=settings.queue.broker_url or "memory://")
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_default_queue=settings.queue.name,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        broker_transport_options={"visibility_timeout": 600},
        worker_hijack_root_logger=False,
    )
    return app


celery_app = make_celery(get_settings())


@celery_app.task(bind=True, name="qala.process_item", max_retries=RETRY.retries)
def process_item_task(self: Any, item_id: int) -> None:
    """Ingest one batch item (a retry or redelivery of a done item does nothing).

    Database or model outages are retried on the embedded worker's policy (`RETRY`: doubling waits);
    once the retries are spent the item is marked failed with the reason, so its job still ends.
    """
    url = get_settings().database_url
    try:
        process_item(url=url, item_id=item_id, analyzer=analyze)
    except TRANSIENT as exc:
        if self.request.retries >= self.max_retries:
            try:
                fail_item(url=url, item_id=item_id, detail=f"gave up after {self.max_retries} retries: {exc}")
            except TRANSIENT:  # the database is still away: the item stays queued for the next worker start
                log.warning("could not mark batch item %s failed", item_id, exc_info=True)
            return
        raise self.retry(exc=exc, countdown=RETRY.delay(self.request.retries)) from exc


class CeleryDispatcher:
    """Hands a job's items to Celery workers (the API's job runner when a broker is set)."""

    def __init__(self, *, settings: Settings) -> None:
        self._url = settings.database_url
        self._queue = settings.queue.name
        self._celery = make_celery(settings)  # this caller's broker, whatever the process-wide settings say

    def submit(self, job_id: int) -> None:
        """Enqueue every queued item of the job."""
        with unit_of_work(self._url) as session:
            items = queued_items(session=session, job_id=job_id)
            mark_running(session=session, job_id=job_id)
        if not items:  # every item settled but the job was never recounted (a lost finish): close it now
            finish_job(url=self._url, job_id=job_id)
        for item_id in items:
            self._celery.send_task(process_item_task.name, args=[item_id], queue=self._queue)

    def resume(self) -> None:
        """Re-enqueue the queued items of every unfinished job (duplicates are harmless)."""
        with unit_of_work(self._url) as session:
            pending = unfinished_jobs(session=session)
        for job_id in pending:
            self.submit(job_id)

    def shutdown(self) -> None:
        """Nothing runs in this process."""


@signals.worker_process_init.connect
def _load_model(**_: Any) -> None:
    """Each worker process loads the Stanza pipeline once, before its first task."""
    default_tagger()


@signals.worker_ready.connect
def _resume(**_: Any) -> None:
    """A (re)started worker re-queues what an earlier, killed worker left unfinished."""
    try:
        CeleryDispatcher(settings=get_settings()).resume()
    except Exception:  # a worker must start even if the database is briefly away
        log.warning("could not resume unfinished jobs", exc_info=True)
