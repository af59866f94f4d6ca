"""Operations: X-Request-ID on every answer, JSON log lines that carry it, Prometheus metrics."""

from __future__ import annotations

import json
import logging
import re
import sys

import pytest
from fastapi.testclient import TestClient

from app.core.observability import REQUEST_ID, JsonFormatter, request_id_for
from app.db.session import unit_of_work
from app.schemas.articles import ArticleIn
from app.services.jobs import create_job
from tests.conftest import seed_text

HEX_ID = re.compile(r"[0-9a-f]{32}")


def _metric(body: str, name: str, **labels: str) -> float | None:
    """The value of one sample in a Prometheus text exposition (labels matched as a subset)."""
    for line in body.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        sample, _, value = line.rpartition(" ")
        got = dict(re.findall(r'(\w+)="([^"]*)"', sample))
        if sample.split("{")[0] == name and all(got.get(k) == v for k, v in labels.items()):
            return float(value)
    return None


def test_request_id_is_echoed_or_made(client: TestClient) -> None:
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123.x"}).headers["x-request-id"] == "abc-123.x"
    assert HEX_ID.fullmatch(client.get("/healthz").headers["x-request-id"])
    for hostile in ("has space", "x" * 200, "<script>"):
        assert HEX_ID.fullmatch(client.get("/healthz", headers={"X-Request-ID": hostile}).headers["x-request-id"])


def test_errors_carry_the_request_id_too(client: TestClient) -> None:
    r = client.get("/v1/articles/999999", headers={"X-Request-ID": "trace-1"})
    assert r.status_code == 404 and r.headers["x-request-id"] == "trace-1"
    r = client.post("/v1/articles", content=b"x" * 2_000_000, headers={"content-type": "application/json"})
    assert r.status_code == 413 and HEX_ID.fullmatch(r.headers["x-request-id"])


def test_access_log_line_is_json_with_the_request_id(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="qala.access"):
        client.get("/v1/articles", headers={"X-Request-ID": "trace-2"})
    (record,) = [r for r in caplog.records if r.name == "qala.access" and r.path == "/v1/articles"]
    token = REQUEST_ID.set("trace-2")  # the middleware's context at emit time
    try:
        line = json.loads(JsonFormatter().format(record))
    finally:
        REQUEST_ID.reset(token)
    assert line["request_id"] == "trace-2"
    assert line["method"] == "GET" and line["status"] == 200 and line["duration_ms"] >= 0
    assert line["level"] == "info" and line["logger"] == "qala.access"


def test_json_formatter_keeps_extras_and_exceptions() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.getLogger("qala.test").makeRecord(
            "qala.test", logging.ERROR, __file__, 1, "failed %s", ("x",), sys.exc_info(), extra={"item": 7}
        )
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "failed x" and line["item"] == 7 and "ValueError: boom" in line["exc"]
    assert "request_id" not in line


def test_request_id_for_refuses_odd_tokens() -> None:
    assert request_id_for("ok_1:2") == "ok_1:2"
    assert HEX_ID.fullmatch(request_id_for("a\nb"))
    assert HEX_ID.fullmatch(request_id_for(None))


def test_metrics_count_requests_stages_queue_and_model(client: TestClient, db_url: str) -> None:
    before = client.get("/metrics").text
    tagged = _metric(before, "qala_ingest_stage_seconds_count", stage="tag") or 0.0
    r = client.post("/v1/articles", json={"text": seed_text("000")})
    assert r.status_code == 201
    with unit_of_work(db_url) as session:  # a job no worker was told about stays queued
        create_job(session=session, articles=[ArticleIn(text=seed_text("001")), ArticleIn(text=seed_text("002"))])
    m = client.get("/metrics")
    assert m.status_code == 200 and m.headers["content-type"].startswith("text/plain")
    body = m.text
    assert _metric(body, "http_requests_total", handler="/v1/articles", method="POST", status="201") >= 1  # type: ignore[operator]
    for stage in ("tokenise", "tag", "rules", "store"):
        assert (_metric(body, "qala_ingest_stage_seconds_count", stage=stage) or 0) >= 1
    assert _metric(body, "qala_ingest_stage_seconds_count", stage="tag") == tagged + 1
    assert _metric(body, "qala_batch_queue_depth") == 2
    assert re.search(r'qala_model_info\{version="[^"]+"\} 1\.0', body)
    assert _metric(body, "http_request_duration_seconds_count", handler="/v1/articles", method="POST") is not None
