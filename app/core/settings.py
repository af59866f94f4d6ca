"""All configuration, read once from QALA_* environment variables (nested with __)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

REPO_ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL_REFUSED = (
    "QALA_DATABASE_URL is no database URL (e.g. sqlite:///./qala.db or postgresql+psycopg://user@host/db)"
)


class NlpSettings(BaseModel):
    """Where the Stanza models come from."""

    models_dir: Path = REPO_ROOT / "models"
    # A directory holding official Stanza resources (resources.json + ar/...), used instead when set.
    stanza_dir: Path | None = None
    threads: int = 1
    preload: bool = True  # load the model when the API starts (off for read-only replicas)


class ApiSettings(BaseModel):
    """HTTP surface: body limit, keys, CORS."""

    max_body_bytes: int = 1_000_000
    write_keys: list[str] = Field(default_factory=list)
    read_keys: list[str] = Field(default_factory=list)
    # Names for keys, {"name": "key"}: corrections record the name of the key that made them (the audit trail);
    # a key without a name is recorded by a short fingerprint of it, never the key itself.
    key_names: dict[str, str] = Field(default_factory=dict)
    cors_origins: list[str] = Field(default_factory=list)
    # Successful GETs under /v1 are served from an in-process cache for this long (0 turns it off).
    cache_seconds: float = Field(default=1.0, ge=0, le=60)
    # Writes per client (API key, else IP) per minute in each process, bursts up to write_burst; 0 = no limit.
    write_rate_per_minute: int = Field(default=0, ge=0)
    write_burst: int = Field(default=30, ge=1)
    explorer: bool = True  # serve the browser explorer at /explorer/ (a client of this same API)


class QueueSettings(BaseModel):
    """The distributed task queue for batch ingest; without a broker an in-process worker runs jobs."""

    broker_url: str | None = None  # e.g. redis://127.0.0.1:6379/0
    name: str = "qala"
    worker_concurrency: int = 1


class Settings(BaseSettings):
    """Qala's settings; e.g. QALA_DATABASE_URL, QALA_NLP__MODELS_DIR, QALA_API__MAX_BODY_BYTES."""

    model_config = SettingsConfigDict(env_prefix="QALA_", env_nested_delimiter="__", env_file=".env")

    database_url: str = "sqlite:///./qala.db"
    migrate_on_start: bool = True
    log_format: Literal["json", "text"] = "json"  # the served app's log lines (each with its request id)
    log_level: str = "INFO"
    nlp: NlpSettings = NlpSettings()
    api: ApiSettings = ApiSettings()
    queue: QueueSettings = QueueSettings()

    @field_validator("database_url")
    @classmethod
    def _a_database_url(cls, url: str) -> str:
        """A misspelt or empty URL is refused here, in one line, not as a traceback from the migration at start."""
        try:
            make_url(url)
        except ArgumentError as exc:
            raise ValueError(DATABASE_URL_REFUSED) from exc
        return url


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
