"""One way for the benchmarks to serve a store: uvicorn in a subprocess, ready once /healthz answers."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def served(
    url: str, *, port: int, workers: int = 1, env: dict[str, str] | None = None, app: str = "app.asgi:app"
) -> Iterator[subprocess.Popen[bytes]]:
    """Serve the database at url on 127.0.0.1:port (no model preload, no migration) until the block ends."""
    full_env = {
        **os.environ,
        "QALA_DATABASE_URL": url,
        "QALA_MIGRATE_ON_START": "false",
        "QALA_NLP__PRELOAD": "false",
        "QALA_LOG_LEVEL": "WARNING",
        **(env or {}),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", app, "--port", str(port), "--workers", str(workers),
         "--log-level", "warning", "--no-access-log"],
        env=full_env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        yield server
    finally:
        server.terminate()
        server.wait(timeout=30)
