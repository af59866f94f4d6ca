"""`qala serve` starts while its database is away: /healthz answers, the rest is 503 until it returns."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.api.test_healthcheck_cli import CLI, _port


def _get(url: str) -> tuple[int, dict[str, str], dict[str, object]]:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:  # /readyz loads the model on its first call
            return r.status, {k.lower(): v for k, v in r.headers.items()}, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, json.loads(e.read())


def _wait_up(url: str, server: subprocess.Popen[bytes]) -> None:
    import time

    for _ in range(240):
        assert server.poll() is None, "qala serve exited"
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            time.sleep(0.25)
    raise AssertionError("qala serve never answered /healthz")


@pytest.mark.parametrize(
    "database_url",
    [
        "postgresql+psycopg://postgres@127.0.0.1:1/test",  # nothing listens there
        "postgresql+psycopg://postgres@127.0.0.1:5432/no_such_database",
        "sqlite:///{tmp}/missing/folder/qala.db",
    ],
)
def test_serve_answers_503_while_the_database_is_away(tmp_path: Path, database_url: str) -> None:
    port = _port()
    env = {**os.environ, "QALA_DATABASE_URL": database_url.format(tmp=tmp_path), "QALA_NLP__PRELOAD": "false"}
    env.pop("QALA_QUEUE__BROKER_URL", None)
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*CLI, "serve", "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    try:
        _wait_up(f"{base}/healthz", server)
        status, _, body = _get(f"{base}/readyz")
        assert status == 503 and body["checks"]["database"] != "ok"  # type: ignore[index]
        for path in ("/v1/articles", "/v1/entities", "/v1/claims"):
            status, headers, body = _get(base + path)
            assert status == 503, (path, status, body)
            assert headers["content-type"].startswith("application/problem+json") and headers["retry-after"]
    finally:
        server.terminate()
        server.wait(timeout=30)
