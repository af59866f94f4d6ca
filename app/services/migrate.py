"""Bring a database to the newest schema with Alembic (the only source of the schema)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from app.core.settings import REPO_ROOT


def alembic_config(url: str) -> Config:
    """Alembic's config for this repository, pointed at url."""
    cfg = Config(str(REPO_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(REPO_ROOT / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_database(url: str) -> None:
    """`alembic upgrade head` on url."""
    command.upgrade(alembic_config(url), "head")
