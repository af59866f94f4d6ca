"""A bad QALA_* value stops the command line with one line and exit 2, before a server starts (not a traceback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.cli import BAD_SETTING
from app.core.settings import DATABASE_URL_REFUSED, Settings


@pytest.mark.parametrize("url", ["", "not a url", "sqlite//qala.db"])
def test_a_database_url_that_does_not_parse_is_refused(url: str) -> None:
    with pytest.raises(ValidationError, match="QALA_DATABASE_URL is no database URL"):
        Settings(database_url=url)


def test_good_database_urls_pass() -> None:
    for url in ("sqlite:///./qala.db", "postgresql+psycopg://postgres@127.0.0.1:5432/test"):
        assert Settings(database_url=url).database_url == url


def test_the_command_line_says_which_setting_and_exits_2() -> None:
    """`QALA_DATABASE_URL= qala serve` once died inside uvicorn's startup with a SQLAlchemy traceback."""
    env = os.environ | {"QALA_DATABASE_URL": ""}
    r = subprocess.run(
        [str(Path(sys.executable).parent / "qala"), "migrate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip() == BAD_SETTING.format(reasons=f"Value error, {DATABASE_URL_REFUSED}")
    assert "Traceback" not in r.stderr
