"""Bring a database to the newest schema with Alembic (the only source of the schema)."""

from __future__ import annotations

import logging
import threading
import time

from alembic import command
from alembic.config import Config
from sqlalchemy.exc import DBAPIError

from app.core.settings import REPO_ROOT

log = logging.getLogger(__name__)
RETRY_SECONDS = 5.0


def alembic_config(url: str) -> Config:
    """Alembic's config for this repository, pointed at url."""
    cfg = Config(str(REPO_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(REPO_ROOT / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_database(url: str) -> None:
    """`alembic upgrade head` on url."""
    command.upgrade(alembic_config(url), "head")


def upgrade_when_reachable(url: str, *, retry_seconds: float = RETRY_SECONDS) -> threading.Thread | None:
    """Migrate now, or, when the database is away, keep trying in the background: the service starts anyway.

    Until the database answers (and is migrated) requests that need it get 503 with Retry-After, /healthz
    answers and /readyz says what is missing. Returns the retrying thread, or None when migrated at once.
    """
    try:
        upgrade_database(url)
        return None
    except DBAPIError as exc:
        log.warning("database unreachable at start (%s); migrating once it answers", exc.orig)

    def retry() -> None:
        while True:
            time.sleep(retry_seconds)
            try:
                upgrade_database(url)
                log.info("database reachable again: migrated")
                return
            except DBAPIError:
                continue

    thread = threading.Thread(target=retry, name="qala-migrate-retry", daemon=True)
    thread.start()
    return thread
