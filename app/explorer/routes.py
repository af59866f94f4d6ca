"""Serve the explorer's single HTML shell at its readable URLs, and its static assets."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"
# The shell only talks to this origin; article text is rendered as text, never as markup (nosniff and
# Referrer-Policy come from app.api.headers, like every response's).
SHELL_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "Cache-Control": "no-cache",
}

router = APIRouter(include_in_schema=False)


def _shell() -> FileResponse:
    """The same page for every explorer URL; explorer.js reads the path and calls /v1."""
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8", headers=SHELL_HEADERS)


@router.get("/")
def root() -> RedirectResponse:
    """A browser landing on the bare host sees the explorer."""
    return RedirectResponse("/explorer/", status_code=307)


@router.get("/explorer")
@router.get("/explorer/")
@router.get("/explorer/search")
@router.get("/explorer/ingest")
def explorer_page() -> FileResponse:
    """Home, search and the ingest form."""
    return _shell()


@router.get("/explorer/articles/{article_id:int}")
@router.get("/explorer/entities/{entity_id:int}")
def explorer_item(article_id: int | None = None, entity_id: int | None = None) -> FileResponse:
    """Article and entity views; the ids are checked by the API calls the page makes."""
    return _shell()


def install(app: FastAPI) -> None:
    """Mount the assets and the page routes."""
    app.mount("/explorer/static", StaticFiles(directory=STATIC), name="explorer-static")
    app.include_router(router)
