"""CORS as Starlette does it, except that a refused preflight is problem+json like every other error."""

from __future__ import annotations

from fastapi.middleware.cors import CORSMiddleware
from starlette.datastructures import Headers
from starlette.responses import Response

from app.api.problems import problem


class ProblemCORSMiddleware(CORSMiddleware):
    """Starlette's CORS middleware; its plain-text 400 for a disallowed preflight becomes problem+json."""

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        refused = problem(400, "CORS preflight refused", bytes(response.body).decode(), "/problems/cors-refused")
        for name, value in response.headers.items():
            if name.lower() not in ("content-type", "content-length"):
                refused.headers[name] = value
        return refused
