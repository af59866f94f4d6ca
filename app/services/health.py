"""Readiness checks: can we reach the database, can we analyse."""

from __future__ import annotations

from sqlalchemy import text

from app.core.settings import Settings
from app.db.session import get_engine
from app.nlp.analyze import default_tagger
from app.nlp.ner import ModelLoadError


def database_status(settings: Settings) -> str:
    """'ok' when SELECT 1 answers, else why not."""
    try:
        with get_engine(settings.database_url).connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error means not ready
        return f"unavailable: {type(exc).__name__}"
    return "ok"


def models_status() -> str:
    """'ok' when the NER tagger is loaded (loading it on first call), else why not."""
    try:
        default_tagger()
    except ModelLoadError as exc:
        return f"unavailable: {exc}"
    return "ok"
