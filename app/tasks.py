"""Celery tasks for batch ingest: workers run the same service code as the API, one item a task.

Tasks are acknowledged late and re-queued if their worker dies; processing an item is
idempotent (a done item is skipped), and a starting worker re-queues every unfinished item, so
a job interrupted by a killed worker completes after a restart with each article stored once.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import signals

from app.bootstrap import PROCESS_ITEM_TASK, CeleryDispatcher, default_analyzer, make_celery, warm_model
from app.core.settings import get_settings
from app.services.jobs import RETRY, TRANSIENT, fail_item, process_item

log = logging.getLogger(__name__)


celery_app = make_celery(get_settings())


@celery_app.task(bind=True, name=PROCESS_ITEM_TASK, max_retries=RETRY.retries)
def process_item_task(self: Any, item_id: int) -> None:
    """Ingest one batch item (a retry or redelivery of a done item does nothing).

    Database or model outages are retried on the embedded worker's policy (`RETRY`: doubling waits);
    once the retries are spent the item is marked failed with the reason, so its job still ends.
    """
    url = get_settings().database_url
    try:
        process_item(url=url, item_id=item_id, analyzer=default_analyzer())
    except TRANSIENT as exc:
        if self.request.retries >= self.max_retries:
            try:
                fail_item(url=url, item_id=item_id, detail=f"gave up after {self.max_retries} retries: {exc}")
            except TRANSIENT:  # the database is still away: the item stays queued for the next worker start
                log.warning("could not mark batch item %s failed", item_id, exc_info=True)
            return
        raise self.retry(exc=exc, countdown=RETRY.delay(self.request.retries)) from exc


@signals.worker_process_init.connect
def _load_model(**_: Any) -> None:
    """Each worker process loads the Stanza pipeline once, before its first task."""
    warm_model()


@signals.worker_ready.connect
def _resume(**_: Any) -> None:
    """A (re)started worker re-queues what an earlier, killed worker left unfinished."""
    try:
        CeleryDispatcher(settings=get_settings()).resume()
    except Exception:  # a worker must start even if the database is briefly away
        log.warning("could not resume unfinished jobs", exc_info=True)
