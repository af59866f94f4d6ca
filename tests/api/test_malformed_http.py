"""A request that is not HTTP at all still gets problem+json from `qala serve`, never plain text."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

import pytest

from app.core.http_wire import MALFORMED_TYPE
from tests.api.test_healthcheck_cli import CLI, _port
from tests.api.test_serve_without_database import _wait_up

GARBAGE = [
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n",  # a TLS hello on the plain port
    b"GET /v1/articles HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n",
    b"G E T / HTTP/9.9\r\n\r\n",
    b"GET /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
]


def _raw(port: int, payload: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(payload)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> object:
    port = _port()
    db = tmp_path_factory.mktemp("wire") / "qala.db"
    env = {**os.environ, "QALA_DATABASE_URL": f"sqlite:///{db}", "QALA_NLP__PRELOAD": "false"}
    server = subprocess.Popen([*CLI, "serve", "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    try:
        _wait_up(f"http://127.0.0.1:{port}/healthz", server)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.parametrize("payload", GARBAGE, ids=["tls", "header", "request-line", "length"])
def test_malformed_http_is_problem_json(served: int, payload: bytes) -> None:
    head, _, body = _raw(served, payload).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    assert lines[0].startswith("HTTP/1.1 400")
    headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
    assert headers["content-type"] == "application/problem+json"
    problem = json.loads(body)
    assert problem["status"] == 400 and problem["type"] == MALFORMED_TYPE and problem["detail"]


def test_a_good_request_after_garbage_still_works(served: int, tmp_path: Path) -> None:
    _raw(served, GARBAGE[0])
    reply = _raw(served, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 200")
