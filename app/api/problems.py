"""The one place errors become RFC 9457 problem+json responses."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.core.errors import MergedAway, QalaError
from app.schemas.common import Problem

log = logging.getLogger(__name__)
PROBLEM = "application/problem+json"


def problem(status: int, title: str, detail: str, type_: str = "about:blank", **extra: Any) -> JSONResponse:
    """A problem+json response."""
    body = {"type": type_, "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def _field_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Pydantic errors as {loc: path, msg, type}; inputs are left out (they may be megabytes)."""
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()]


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def _allowed_methods(request: Request) -> list[str]:
    """The methods some route fully matches at this request's path (included routers answer for theirs)."""
    return [
        method
        for method in _METHODS
        if any(route.matches({**request.scope, "method": method})[0] == Match.FULL for route in request.app.routes)
    ]


RETRY_AFTER_OUTAGE = "5"  # seconds a client should wait when the database or the models are away


async def _qala(request: Request, exc: QalaError) -> JSONResponse:
    """Qala's own errors carry their problem type; a merged-away entity points at its survivor."""
    extra: dict[str, Any] = {"errors": exc.errors} if exc.errors else {}
    if isinstance(exc, MergedAway):
        extra["merged_into"] = exc.into_id
    response = problem(exc.status, exc.title, exc.detail, exc.type, **extra)
    if isinstance(exc, MergedAway):  # the same path and query, at the survivor's id
        path = re.sub(rf"^/v1/entities/{exc.old_id}(?=/|$)", f"/v1/entities/{exc.into_id}", request.url.path)
        response.headers["Location"] = path + (f"?{request.url.query}" if request.url.query else "")
    if exc.status == 503:
        response.headers["Retry-After"] = RETRY_AFTER_OUTAGE
    return response


async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
    """Schema errors as 422 and a body that is not JSON as 400, both with field paths."""
    errors = _field_errors(exc)
    if any(e["type"] == "json_invalid" for e in errors):
        return problem(
            400, "Malformed JSON", "The request body is not valid JSON.", "/problems/malformed-json", errors=errors
        )
    return problem(
        422,
        "Invalid input",
        "The request does not match the schema; see errors.",
        "/problems/invalid-input",
        errors=errors,
    )


async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """Starlette's own errors (404, 405...) as problems; a 405 lists every method the path allows."""
    response = problem(exc.status_code, str(exc.detail), str(exc.detail))
    response.headers.update(exc.headers or {})
    if exc.status_code == 405:  # Allow lists every method of the path, not just one route's
        response.headers["Allow"] = ", ".join(_allowed_methods(request))
    return response


async def _pool(_: Request, exc: SATimeoutError) -> JSONResponse:
    """An exhausted connection pool is load, not an outage: retry after a second."""
    log.warning("database connection pool exhausted")
    response = problem(503, "Overloaded", "All database connections are busy; retry shortly.",
                       "/problems/overloaded")  # fmt: skip
    response.headers["Retry-After"] = "1"
    return response


async def _db(_: Request, exc: DBAPIError) -> JSONResponse:
    """A database that is away is a 503 to retry; one that refuses the operation is a 500."""
    if isinstance(exc, OperationalError) or exc.connection_invalidated:
        log.warning("database unavailable: %s", exc.orig)
        response = problem(
            503,
            "Database unavailable",
            "The database cannot be reached; try again shortly.",
            "/problems/database-unavailable",
        )
        response.headers["Retry-After"] = RETRY_AFTER_OUTAGE
        return response
    log.exception("database error")
    return problem(500, "Internal error", "The database rejected the operation.")


async def _any(_: Request, exc: Exception) -> JSONResponse:
    """Anything unforeseen: logged, and a 500 that tells the client nothing internal."""
    log.exception("unhandled error")
    return problem(500, "Internal error", "An unexpected error occurred.")


_HANDLERS: tuple[tuple[type[Exception], Callable[..., Awaitable[JSONResponse]]], ...] = (
    (QalaError, _qala),
    (RequestValidationError, _validation),
    (StarletteHTTPException, _http),
    (SATimeoutError, _pool),
    (DBAPIError, _db),
    (OperationalError, _db),
    (Exception, _any),
)


def install(app: FastAPI) -> None:
    """Register the handlers that map every failure to problem+json."""
    for exc_class, handler in _HANDLERS:
        app.exception_handler(exc_class)(handler)


_COMMON_PROBLEMS = {
    "400": "Malformed JSON or an invalid cursor",
    "401": "A required X-API-Key is missing or wrong",
    "413": "Request body over the configured limit",
    "422": "The request does not match the schema (field paths in errors[].loc)",
    "503": "Database or models unavailable",
}


def document_problems(app: FastAPI) -> None:
    """Describe every error response as application/problem+json in the OpenAPI schema."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        spec = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
        components = spec.setdefault("components", {}).setdefault("schemas", {})
        components["Problem"] = Problem.model_json_schema()
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        ref = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for path, ops in spec.get("paths", {}).items():
            for method, op in ops.items():
                responses = op.setdefault("responses", {})
                wanted = dict(_COMMON_PROBLEMS)
                if "{" in path:
                    wanted["404"] = "No such resource"
                if method.upper() in {"POST", "PUT", "PATCH", "DELETE"}:
                    wanted["429"] = "Write rate limit reached (when configured); see Retry-After and RateLimit-*"
                for code, text in wanted.items():
                    responses.setdefault(code, {"description": text})
                for code, resp in responses.items():
                    if code[0] in "45":
                        resp["content"] = ref
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]
