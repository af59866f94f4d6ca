"""Batch ingest on Celery + Redis + PostgreSQL with real worker processes, including a SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.bootstrap import make_celery
from app.core.settings import QueueSettings, Settings
from app.db.models import Article, Mention
from app.db.session import unit_of_work
from app.main import create_app
from tests.conftest import seed_text

pytestmark = pytest.mark.postgres
BROKER = os.environ.get("QALA_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")
QUEUE = "qala-test"


@pytest.fixture
def broker() -> Iterator[str]:
    client = redis.Redis.from_url(BROKER)
    client.flushdb()
    yield BROKER
    client.flushdb()


@pytest.fixture
def queued_settings(postgresql_url: str, db_url: str, broker: str) -> Settings:
    assert db_url == postgresql_url
    return Settings(database_url=db_url, migrate_on_start=False, queue=QueueSettings(broker_url=broker, name=QUEUE))


@pytest.fixture(params=["postgresql"])
def db_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """Celery workers share the database with the API: PostgreSQL, as in production."""
    from tests.conftest import _truncate

    url: str = request.getfixturevalue("postgresql_url")
    _truncate(url)
    yield url


def _start_worker(settings: Settings) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QALA_DATABASE_URL": settings.database_url,
           "QALA_QUEUE__BROKER_URL": settings.queue.broker_url or "", "QALA_QUEUE__NAME": QUEUE}  # fmt: skip
    # The production pool (prefork; one child process that loads the model once).
    cmd = [sys.executable, "-c", "from app.cli import main; main()", "worker", "--concurrency", "1"]
    return subprocess.Popen(cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _job(client: TestClient, job_id: int) -> dict:  # type: ignore[type-arg]
    return client.get(f"/v1/jobs/{job_id}").json()  # type: ignore[no-any-return]


def _wait(client: TestClient, job_id: int, cond: str, timeout: float = 300) -> dict:  # type: ignore[type-arg]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = _job(client, job_id)
        if (cond == "done" and job["status"] == "done") or (cond == "some" and job["done"] >= 2):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} never reached {cond}: {_job(client, job_id)}")


def _articles(n: int) -> list[dict[str, str]]:
    seeds = [seed_text(p) for p in ("000", "001", "002", "003", "004")]
    return [{"text": seeds[i % 5] + f"\n\nتحديث رقم {i}."} for i in range(n)]


def _wait_for_worker(settings: Settings) -> None:
    """Until a worker answers a ping on the test broker (it has started consuming)."""
    app = make_celery(settings)
    for _ in range(120):
        if app.control.ping(timeout=1.0):
            return
    raise AssertionError("no Celery worker came up")


def test_worker_killed_mid_batch_then_restarted_completes_each_article_once(queued_settings: Settings) -> None:
    first = _start_worker(queued_settings)
    with TestClient(create_app(queued_settings)) as client:
        try:
            _wait_for_worker(queued_settings)  # so the API's own enqueueing, not a restart, delivers the tasks
            r = client.post("/v1/articles/batch", json={"articles": _articles(12)})
            assert r.status_code == 202
            job_id = r.json()["id"]
            _wait(client, job_id, "some")
        finally:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait()
        partial = _job(client, job_id)
        second = _start_worker(queued_settings)
        try:
            final = _wait(client, job_id, "done")
        finally:
            os.killpg(second.pid, signal.SIGTERM)
            second.wait(timeout=60)
    assert partial["done"] < 12 and partial["status"] == "running"  # the kill really was mid-batch
    assert final["done"] == 12 and final["failed"] == 0
    assert len(final["article_ids"]) == 12 == len(set(final["article_ids"]))
    with unit_of_work(queued_settings.database_url) as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 12
        with_mentions = s.scalar(select(func.count(func.distinct(Mention.article_id))))
        assert with_mentions == 12  # no article stored without its analysis


def test_ingest_queue_command_enqueues_files_for_workers(queued_settings: Settings, tmp_path: Path) -> None:
    for prefix in ("000", "002", "004"):
        (tmp_path / f"{prefix}.txt").write_text(seed_text(prefix), encoding="utf-8")
    (tmp_path / "english.txt").write_text("Title\nNothing Arabic in this file.", encoding="utf-8")
    env = {**os.environ, "QALA_DATABASE_URL": queued_settings.database_url,
           "QALA_QUEUE__BROKER_URL": queued_settings.queue.broker_url or "", "QALA_QUEUE__NAME": QUEUE}  # fmt: skip
    cmd = [sys.executable, "-c", "from app.cli import main; main()", "ingest", "--queue", str(tmp_path)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=True)
    assert "queued job" in done.stdout and "with 3 articles" in done.stdout
    assert "english.txt" in done.stderr and "must be Arabic" in done.stderr
    job_id = int(done.stdout.split("queued job ")[1].split()[0])
    worker = _start_worker(queued_settings)
    try:
        with TestClient(create_app(queued_settings)) as client:
            final = _wait(client, job_id, "done")
        assert _healthcheck(env) == 0  # a worker container is healthy while its worker answers
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)
    assert final["done"] == 3 and final["failed"] == 0 and len(set(final["article_ids"])) == 3
    assert _healthcheck(env) == 1


def _healthcheck(env: dict[str, str]) -> int:
    """`qala healthcheck` where no API listens (port 9 refuses): only the worker can answer."""
    cmd = [
        sys.executable,
        "-c",
        "from app.cli import main; main()",
        "healthcheck",
        "--url",
        "http://127.0.0.1:9/healthz",
    ]
    return subprocess.run(cmd, env=env, capture_output=True, timeout=60, check=False).returncode
