"""uvicorn's HTTP/1.1 protocol with one change: a request that is not valid HTTP gets problem+json, not text.

uvicorn answers unparseable requests itself, before the app sees them, with a `text/plain` 400; a
client that reads every error as RFC 9457 problem+json then finds no body it can parse.
"""

from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

MALFORMED_TYPE = "/problems/malformed-http"
MALFORMED_DETAIL = "The request is not valid HTTP/1.1 ({msg}); nothing was read or stored."


def malformed_body(msg: str) -> bytes:
    """The problem+json body for a request the HTTP parser refused."""
    problem = {"type": MALFORMED_TYPE, "title": "Malformed HTTP request", "status": 400,
               "detail": MALFORMED_DETAIL.format(msg=msg.rstrip("."))}  # fmt: skip
    return json.dumps(problem).encode("utf-8")


class ProblemH11Protocol(H11Protocol):
    """H11Protocol whose parser-level 400 is application/problem+json."""

    def send_400_response(self, msg: str) -> None:
        body = malformed_body(msg)
        headers = [
            (b"content-type", b"application/problem+json"),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"x-content-type-options", b"nosniff"),
            (b"connection", b"close"),
        ]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"), h11.Data(data=body)):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.write(self.conn.send(h11.EndOfMessage()) or b"")
        self.transport.close()
