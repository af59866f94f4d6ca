"""Request-scoped dependencies: the unit-of-work session, the analyzer, API-key checks.

Dependencies that do no blocking I/O are `async def`: FastAPI runs a plain `def` dependency in its
thread pool, and those hops (two a dependency) cost more than the work on every request.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Protocol

from fastapi import Depends, Request, Response
from pydantic_core import to_json
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from app.api.keys import key_ok
from app.core.errors import Unauthorized, UnsupportedMediaType
from app.core.settings import Settings, get_settings
from app.db.session import read_unit, unit_of_work
from app.services.ingest import Analyzer


async def settings_dep(request: Request) -> Settings:
    """The app's settings (set on app.state by create_app, so tests can override them)."""
    settings: Settings = getattr(request.app.state, "settings", None) or get_settings()
    return settings


SettingsDep = Annotated[Settings, Depends(settings_dep)]


def db_session(settings: SettingsDep) -> Iterator[Session]:
    """One session per request: it commits when the handler returns, rolls back on error."""
    with unit_of_work(settings.database_url) as session:
        yield session


# scope="function": the commit runs when the handler returns, before the response is sent, so a client
# that has its 201/204 reads the write (and a failed commit is an error response, not a lost write).
SessionDep = Annotated[Session, Depends(db_session, scope="function")]


JSON = "application/json"


class SessionRead(Protocol):
    """A service read with every argument bound but the session (functools.partial of a service function)."""

    def __call__(self, *, session: Session) -> object: ...


class Reader:
    """Answers a read in one worker-thread hop: its session, queries and JSON bytes together.

    Why: a plain `def` handler with the session dependency costs four thread-pool hops and a second
    validation of the returned model; on a read those were most of the request (bench/README.md).
    """

    __slots__ = ("url",)

    def __init__(self, url: str) -> None:
        self.url = url

    async def __call__(self, read: SessionRead) -> Response:
        """Run `read(session=...)` in one transaction off the event loop; its result (models, lists or JSON bytes)."""
        return Response(await run_in_threadpool(self._json, read), media_type=JSON)

    def _json(self, read: SessionRead) -> bytes:
        with read_unit(self.url) as session:
            result = read(session=session)
        return result if isinstance(result, bytes) else to_json(result)  # bytes: JSON built already


async def reader_dep(settings: SettingsDep) -> Reader:
    """A Reader on the app's database."""
    return Reader(settings.database_url)


ReadDep = Annotated[Reader, Depends(reader_dep)]


async def analyzer_dep(request: Request) -> Analyzer:
    """The analysis function the app was built with (app.bootstrap's default unless a test swapped it)."""
    fn: Analyzer = request.app.state.analyzer
    return fn


AnalyzerDep = Annotated[Analyzer, Depends(analyzer_dep)]


async def require_write_key(request: Request, settings: SettingsDep) -> None:
    """Writes need X-API-Key when write keys are configured."""
    keys = settings.api.write_keys
    if keys and not key_ok(request.headers.get("x-api-key"), keys):
        raise Unauthorized("This operation needs a valid X-API-Key header.")


async def require_read_key(request: Request, settings: SettingsDep) -> None:
    """Reads need X-API-Key only when read keys are configured (write keys also read)."""
    keys = settings.api.read_keys
    if keys and not key_ok(request.headers.get("x-api-key"), keys + settings.api.write_keys):
        raise Unauthorized("Reading needs a valid X-API-Key header.")


NOT_JSON = "The request body must be JSON: send Content-Type: application/json."


async def require_json(request: Request) -> None:
    """A body sent as anything but JSON (form data, text) is 415, not a confusing 422."""
    media = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        raise UnsupportedMediaType(NOT_JSON)


# Every JSON write: the write key (when configured), then a JSON body.
JSON_WRITE = [Depends(require_write_key), Depends(require_json)]
