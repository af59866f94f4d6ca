"""A real Qala server process (SQLite, the shipped model) and headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("QALA_CHROMIUM", "/usr/bin/chromium"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 180.0) -> None:
    """Poll /readyz until the database answers and the model is loaded."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"qala serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=2) as res:
                if res.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError("qala serve did not become ready")


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`qala serve` on a free port over a fresh SQLite file, as a user would run it."""
    port = _free_port()
    db = tmp_path_factory.mktemp("explorer") / "qala.db"
    env = {**os.environ, "QALA_DATABASE_URL": f"sqlite:///{db}"}
    serve = ["serve", "--host", "127.0.0.1", "--port", str(port)]
    cmd = [sys.executable, "-c", "from app.cli import main; main()", *serve]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium; missing browser skips locally but fails where QALA_REQUIRE_BROWSER=1 (CI)."""
    if not CHROMIUM.exists():
        if os.environ.get("QALA_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} not found; install Debian's chromium package")
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM))
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: object, live_server: str) -> Iterator[object]:
    """A fresh browser context per test (no shared storage), with console errors collected."""
    context = browser.new_context(base_url=live_server, locale="ar")  # type: ignore[attr-defined]
    pg = context.new_page()
    pg.console_errors = []
    pg.on("pageerror", lambda exc: pg.console_errors.append(str(exc)))
    yield pg
    context.close()
