"""The embedded worker: runs batch jobs in a background thread of the API process (no broker)."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from threading import Event

from app.db.session import unit_of_work
from app.services.ingest import Analyzer
from app.services.jobs import JobInterrupted, run_job, unfinished_jobs

log = logging.getLogger(__name__)


class InProcessWorker:
    """One background thread per process, running the same task code a queue worker would."""

    def __init__(self, *, url: str, analyzer: Analyzer) -> None:
        self._url = url
        self._analyzer = analyzer
        self._pool: ThreadPoolExecutor | None = None
        self._stop = Event()  # set at shutdown: a job waiting out an outage leaves its items queued

    def submit(self, job_id: int) -> Future[None]:
        """Queue a job to run in the background (starting the thread if needed)."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qala-jobs")
            self._stop = Event()
        return self._pool.submit(self._run, job_id)

    def resume(self) -> None:
        """Queue every job a previous process left unfinished (nothing, if the database is down)."""
        try:
            with unit_of_work(self._url) as session:
                pending = unfinished_jobs(session=session)
        except Exception:  # the API must start (and answer 503) even when the database is down
            log.warning("could not look for unfinished jobs", exc_info=True)
            return
        for job_id in pending:
            self.submit(job_id)

    def _run(self, job_id: int) -> None:
        try:
            run_job(url=self._url, job_id=job_id, analyzer=self._analyzer, stop=self._stop)
        except JobInterrupted:
            log.info("job %s interrupted by shutdown; it resumes at the next start", job_id)
        except Exception:  # keep the worker alive; the job stays resumable
            log.exception("job %s stopped", job_id)

    def shutdown(self) -> None:
        """Finish running work and stop; a later submit starts a new thread."""
        if self._pool is not None:
            self._stop.set()
            self._pool.shutdown(wait=True)
            self._pool = None
