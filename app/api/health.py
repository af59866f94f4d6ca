"""Liveness and readiness probes for orchestrators and load balancers."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from app.api.deps import SettingsDep
from app.services.health import database_status, models_status

router = APIRouter(tags=["operations"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "Database unreachable or models not loaded"}})
def readyz(request: Request, settings: SettingsDep) -> JSONResponse:
    """The database answers and the NER models are loaded (an injected analyzer counts as loaded)."""
    injected = getattr(request.app.state, "analyzer", None) is not None
    checks = {"database": database_status(settings), "models": "ok" if injected else models_status()}
    ready = all(v == "ok" for v in checks.values())
    body = {"status": "ready" if ready else "not ready", "checks": checks}
    return JSONResponse(body, status_code=200 if ready else 503)
