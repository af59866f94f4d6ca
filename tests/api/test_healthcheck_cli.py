"""`qala healthcheck` (the image's HEALTHCHECK) follows the API process it runs beside."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CLI = [sys.executable, "-c", "from app.cli import main; main()"]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthcheck(url: str, env: dict[str, str]) -> int:
    return subprocess.run([*CLI, "healthcheck", "--url", url], env=env, timeout=60, check=False).returncode


def test_healthcheck_is_healthy_while_the_api_answers(tmp_path: Path) -> None:
    port = _port()
    env = {**os.environ, "QALA_DATABASE_URL": f"sqlite:///{tmp_path}/h.db", "QALA_NLP__PRELOAD": "false"}
    env.pop("QALA_QUEUE__BROKER_URL", None)
    url = f"http://127.0.0.1:{port}/healthz"
    server = subprocess.Popen([*CLI, "serve", "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(url, timeout=1).close()
                break
            except OSError:
                time.sleep(0.25)
        assert _healthcheck(url, env) == 0
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert _healthcheck(url, env) == 1  # nothing answers, and no broker to ask for a worker
