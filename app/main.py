"""The FastAPI application: routers, error mapping, body limit, CORS, migrations on start."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from prometheus_client import CollectorRegistry
from prometheus_fastapi_instrumentator import Instrumentator

from app.api import articles, claims, entities, export, health, jobs, observability, problems, review
from app.api.cache import ResponseCacheMiddleware
from app.api.cors import ProblemCORSMiddleware
from app.api.etag import ConditionalGetMiddleware
from app.api.headers import SecurityHeadersMiddleware
from app.api.limits import BodyLimitMiddleware
from app.api.observability import RequestIdMiddleware
from app.api.ratelimit import WriteRateLimitMiddleware
from app.bootstrap import default_analyzer, job_runner, warm_model
from app.core.settings import Settings, get_settings
from app.explorer import routes as explorer
from app.services.ingest import Analyzer
from app.services.migrate import upgrade_when_reachable

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, analyzer: Analyzer | None = None) -> FastAPI:
    """Build the app; `analyzer` replaces the Stanza pipeline (tests pass a small real model)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if settings.migrate_on_start:  # a database that is away does not keep the service down
            upgrade_when_reachable(settings.database_url)
        if analyzer is None and settings.nlp.preload:  # load the model now, so the first POST is not slow
            threading.Thread(target=warm_model, name="qala-warmup", daemon=True).start()
        app.state.worker.resume()
        yield
        app.state.worker.shutdown()

    app = FastAPI(
        title="Qala",
        version="1.0.0",
        summary="Arabic news as data: people, units, places and who said what.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.analyzer = analyzer or default_analyzer()
    app.state.worker = job_runner(settings, app.state.analyzer)
    problems.install(app)
    problems.document_problems(app)
    for module in (jobs, articles, entities, claims, review, export, health, observability):
        app.include_router(module.router)
    if settings.api.explorer:
        explorer.install(app)
    _add_middleware(app, settings)
    _instrument(app)
    app.add_middleware(RequestIdMiddleware)  # outermost: every answer, even a 413 or 429, carries X-Request-ID
    return app


def _add_middleware(app: FastAPI, settings: Settings) -> None:
    """The middleware stack inside the metrics and request id, innermost first (each added one wraps the last)."""
    if settings.api.cache_seconds > 0:  # inside CORS: cached bodies never carry another origin's headers
        app.add_middleware(ResponseCacheMiddleware, ttl=settings.api.cache_seconds)
    # Outside the cache: a cache hit revalidates to 304 too. With read keys, no shared cache may keep a body.
    app.add_middleware(ConditionalGetMiddleware, private=bool(settings.api.read_keys))
    if settings.api.write_rate_per_minute > 0:  # inside CORS too: a browser can read the 429
        app.add_middleware(
            WriteRateLimitMiddleware,
            rate_per_minute=settings.api.write_rate_per_minute,
            burst=settings.api.write_burst,
            keys=[*settings.api.write_keys, *settings.api.read_keys],
        )
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.api.max_body_bytes)
    if settings.api.cors_origins:  # outside the body and rate limits: their 413 and 429 are readable cross-origin
        app.add_middleware(
            ProblemCORSMiddleware,
            allow_origins=settings.api.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            expose_headers=EXPOSED_HEADERS,
        )
    app.add_middleware(SecurityHeadersMiddleware)  # every answer carries them, even a refused preflight


def _instrument(app: FastAPI) -> None:
    """Prometheus metrics on the app's own registry."""
    # Requests by route template and status, latency histograms (the exports' streaming time left out).
    # The app's own registry: a second app in one process (tests) gets its own counters, not none.
    app.state.metrics_registry = CollectorRegistry()
    Instrumentator(
        should_group_status_codes=False,
        excluded_handlers=["/metrics"],
        should_exclude_streaming_duration=True,
        registry=app.state.metrics_registry,
    ).instrument(app)


# Response headers a browser page on another origin may read (the rest of the contract is the body).
EXPOSED_HEADERS = [
    "Location",
    "Retry-After",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
    "X-Cache",
    "ETag",
    "X-Request-ID",
]
