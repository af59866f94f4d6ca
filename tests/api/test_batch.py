"""Batch ingest with the embedded worker: every article once, errors per item, resumable."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from app.core.settings import Settings
from app.db.session import unit_of_work
from app.nlp.analyze import analyze
from app.nlp.ner import ModelLoadError
from app.schemas.articles import ArticleIn
from app.services.jobs import create_job, get_job, run_job
from app.services.worker import InProcessWorker
from tests.conftest import seed_text


def _wait(client: TestClient, job_id: int) -> dict:  # type: ignore[type-arg]
    for _ in range(600):
        job = client.get(f"/v1/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job  # type: ignore[no-any-return]
        time.sleep(0.1)
    raise AssertionError("job did not finish")


def test_batch_stores_each_article_once_and_names_failures(client: TestClient) -> None:
    arts = [{"text": seed_text("001")}, {"text": seed_text("003"), "url": "https://x.example/3"},
            {"text": seed_text("001")}, {"text": "بغد", "published_at": "2021-01-01"}]  # fmt: skip
    r = client.post("/v1/articles/batch", json={"articles": arts})
    assert r.status_code == 202, r.text
    assert r.json()["total"] == 4 and r.json()["status"] in ("queued", "running", "done")
    job = _wait(client, r.json()["id"])
    assert job["status"] == "done" and job["done"] == 4 and job["failed"] == 0
    assert len(job["article_ids"]) == 4 and len(set(job["article_ids"])) == 3
    assert len(client.get("/v1/articles").json()["items"]) == 3


def test_batch_validation_is_all_or_nothing(client: TestClient) -> None:
    r = client.post("/v1/articles/batch", json={"articles": [{"text": "بغداد"}, {"text": "  "}]})
    assert r.status_code == 422
    assert ["body", "articles", 1, "text"] in [e["loc"] for e in r.json()["errors"]]
    assert client.post("/v1/articles/batch", json={"articles": []}).status_code == 422
    assert client.get("/v1/jobs/424242").status_code == 404


def test_interrupted_job_resumes_without_duplicates(settings: Settings) -> None:
    url = settings.database_url
    with unit_of_work(url) as s:
        job_id = create_job(session=s, articles=[ArticleIn(text=seed_text("002")), ArticleIn(text=seed_text("004"))])
    calls = 0

    def dies_after_one(text: str):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls > 1:
            raise SystemExit("worker killed")  # not an analysis error: the item stays queued
        return analyze(text)

    with pytest.raises(SystemExit):
        run_job(url=url, job_id=job_id, analyzer=dies_after_one)
    with unit_of_work(url) as s:
        half = get_job(session=s, job_id=job_id)
    assert half.status == "running" and half.done == 1
    run_job(url=url, job_id=job_id, analyzer=analyze)
    run_job(url=url, job_id=job_id, analyzer=analyze)  # a redelivery changes nothing
    with unit_of_work(url) as s:
        final = get_job(session=s, job_id=job_id)
    assert final.status == "done" and final.done == 2 and len(set(final.article_ids)) == 2


def test_a_model_outage_is_retried_then_the_item_fails_and_the_job_ends(settings: Settings) -> None:
    url = settings.database_url
    texts = [seed_text("002"), seed_text("004"), seed_text("001")]
    with unit_of_work(url) as s:
        job_id = create_job(session=s, articles=[ArticleIn(text=t) for t in texts])
    attempts: dict[str, int] = {}

    def flaky(text: str):  # type: ignore[no-untyped-def]
        attempts[text] = attempts.get(text, 0) + 1
        # The first item recovers on its third attempt; the second never does.
        if (text == texts[0] and attempts[text] < 3) or text == texts[1]:
            raise ModelLoadError("model files unreadable")
        return analyze(text)

    run_job(url=url, job_id=job_id, analyzer=flaky, delays=(0.0, 0.0, 0.0))
    with unit_of_work(url) as s:
        job = get_job(session=s, job_id=job_id)
    # The outage outlasted the second item's retries: the third is failed without waiting it out again.
    assert attempts == {texts[0]: 3, texts[1]: 4}
    assert job.status == "done" and job.done == 1 and job.failed == 2 and len(job.article_ids) == 1
    assert [e.index for e in job.errors] == [1, 2]
    assert "gave up after 4 attempts" in job.errors[0].detail
    assert job.errors[1].detail.startswith("not attempted: gave up after 4 attempts")


def test_shutdown_during_an_outage_leaves_the_job_queued_for_the_next_start(settings: Settings) -> None:
    url = settings.database_url
    with unit_of_work(url) as s:
        job_id = create_job(session=s, articles=[ArticleIn(text=seed_text("002"))])
    tried = threading.Event()

    def down(text: str):  # type: ignore[no-untyped-def]
        tried.set()
        raise ModelLoadError("no model")

    worker = InProcessWorker(url=url, analyzer=down)
    worker.submit(job_id)
    assert tried.wait(60)
    worker.shutdown()  # interrupts the wait before the retry instead of failing the item
    with unit_of_work(url) as s:
        job = get_job(session=s, job_id=job_id)
    assert job.status == "running" and job.done == 0 and job.failed == 0
    InProcessWorker(url=url, analyzer=analyze).resume()  # the next start finishes it
    with unit_of_work(url) as s:
        for _ in range(600):
            if get_job(session=s, job_id=job_id).status == "done":
                break
            time.sleep(0.1)
            s.expire_all()
        assert get_job(session=s, job_id=job_id).done == 1


def test_a_job_whose_every_item_gives_up_is_failed(settings: Settings) -> None:
    url = settings.database_url
    with unit_of_work(url) as s:
        job_id = create_job(session=s, articles=[ArticleIn(text=seed_text("002"))])

    def down(text: str):  # type: ignore[no-untyped-def]
        raise ModelLoadError("no model")

    run_job(url=url, job_id=job_id, analyzer=down, delays=(0.0,))
    with unit_of_work(url) as s:
        job = get_job(session=s, job_id=job_id)
    assert job.status == "failed" and job.failed == 1 and job.article_ids == []
