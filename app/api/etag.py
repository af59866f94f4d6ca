"""HTTP caching the web's way: reads carry an ETag and `Cache-Control: no-cache`; `If-None-Match` gets `304`.

A browser or CDN keeps the body and revalidates; when nothing changed it gets an empty 304 instead of
the JSON again. The tag is a digest of the body, so any change to what a read returns changes it.
Streamed exports and job polling are left alone (no buffering of unbounded or fast-changing bodies).
"""

from __future__ import annotations

import hashlib

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHE_CONTROL = b"no-cache"  # store, but revalidate every time: a write is visible at once
PRIVATE = b"private, no-cache"  # with read keys: no shared cache (CDN) may keep a body a key unlocked


def _tagged(scope: Scope) -> bool:
    path: str = scope["path"]
    return (
        scope["method"] in ("GET", "HEAD")
        and path.startswith("/v1/")
        and not path.startswith(("/v1/export", "/v1/jobs"))
    )


def etag_of(body: bytes) -> bytes:
    """A strong validator: the body's digest, quoted."""
    return b'"' + hashlib.sha256(body).hexdigest()[:32].encode("ascii") + b'"'


def _matches(if_none_match: bytes, tag: bytes) -> bool:
    """RFC 9110 weak comparison over a list of tags (or *)."""
    given = [t.strip().removeprefix(b"W/") for t in if_none_match.split(b",")]
    return b"*" in given or tag in given


class ConditionalGetMiddleware:
    """Pure ASGI: buffer a 200 read, add ETag and Cache-Control, answer 304 when If-None-Match matches."""

    def __init__(self, app: ASGIApp, *, private: bool = False) -> None:
        self.app = app
        self.cache_control = PRIVATE if private else CACHE_CONTROL

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _tagged(scope):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                if message["status"] != 200:
                    await send(message)
            elif start is not None and start["status"] != 200:
                await send(message)
            else:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    await self._finish(scope, start, b"".join(chunks), send, self.cache_control)

        await self.app(scope, receive, capture)

    @staticmethod
    async def _finish(scope: Scope, start: Message | None, body: bytes, send: Send, cache_control: bytes) -> None:
        assert start is not None
        tag = etag_of(body)
        headers = [(k, v) for k, v in start.get("headers", []) if k not in (b"etag", b"cache-control")]
        headers += [(b"etag", tag), (b"cache-control", cache_control)]
        given = next((v for k, v in scope["headers"] if k == b"if-none-match"), None)
        if given is not None and _matches(given, tag):
            kept = [(k, v) for k, v in headers if k not in (b"content-length", b"content-type")]
            await send({"type": "http.response.start", "status": 304, "headers": kept})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": body})
