"""The one place that builds what the API, the CLI and the Celery workers run on: the analyzer, the job runner.

Before, the default analyzer was chosen in five places and the queue wiring in three; a process now
asks here, so a test or a deployment that swaps one swaps it everywhere.
"""

from __future__ import annotations

import logging
from typing import Protocol

from celery import Celery

from app.core.settings import Settings
from app.db.session import unit_of_work
from app.nlp.analyze import analyze, default_tagger
from app.services.ingest import Analyzer
from app.services.jobs import finish_job, mark_running, queued_items, unfinished_jobs
from app.services.worker import InProcessWorker

log = logging.getLogger(__name__)
PROCESS_ITEM_TASK = "qala.process_item"  # the Celery task name app.tasks registers


def default_analyzer() -> Analyzer:
    """The Stanza pipeline with the configured models (loaded on first use)."""
    return analyze


def warm_model() -> None:
    """Load the NER model now; a failure shows in /readyz and in ingest errors, not here."""
    try:
        default_tagger()
    except Exception:  # reported where it matters: /readyz and POST answer 503 with the reason
        log.warning("NER model not loaded at start", exc_info=True)


def model_version() -> str:
    """The version string of the configured model (what re-analysis compares against)."""
    return default_tagger().version


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


class JobRunner(Protocol):
    """What the API hands a batch job to."""

    def submit(self, job_id: int) -> object: ...
    def resume(self) -> None: ...
    def shutdown(self) -> None: ...


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
            self._celery.send_task(PROCESS_ITEM_TASK, args=[item_id], queue=self._queue)

    def resume(self) -> None:
        """Re-enqueue the queued items of every unfinished job (duplicates are harmless)."""
        with unit_of_work(self._url) as session:
            pending = unfinished_jobs(session=session)
        for job_id in pending:
            self.submit(job_id)

    def shutdown(self) -> None:
        """Nothing runs in this process."""


def job_runner(settings: Settings, analyzer: Analyzer) -> JobRunner:
    """Celery workers when a broker is configured, else a thread in this process."""
    if settings.queue.broker_url:
        return CeleryDispatcher(settings=settings)
    return InProcessWorker(url=settings.database_url, analyzer=analyzer)
