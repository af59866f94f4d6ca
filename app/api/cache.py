"""A short-TTL, in-process cache of successful GET responses: hot lists are served without touching Python handlers.

Reads may lag a write made through *another* process by at most the TTL; a successful write through this
process clears the cache before its response leaves, and a read that was computed while a write ran is not
stored (a generation counter), so a client reads its own writes. Job status and streamed exports are never
cached. Entries are keyed by path, query string and a digest of the X-API-Key header, so a response is only
ever served to a request that presented the same key as the one that produced it.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

Key = tuple[str, bytes, bytes]
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One stored response."""

    expires: float
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ResponseCache:
    """LRU of responses bounded by total bytes; expiry is checked on read."""

    def __init__(self, *, ttl: float, max_bytes: int) -> None:
        self.ttl = ttl
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Key, Entry] = OrderedDict()
        self._size = 0

    def get(self, key: Key) -> Entry | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires <= time.monotonic():
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return entry

    def put(self, key: Key, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        if len(body) > self.max_bytes // 8:
            return
        self._drop(key)
        self._entries[key] = Entry(time.monotonic() + self.ttl, headers, body)
        self._size += len(body)
        while self._size > self.max_bytes:
            self._drop(next(iter(self._entries)))

    def clear(self) -> None:
        self._entries.clear()
        self._size = 0

    def _drop(self, key: Key) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._size -= len(entry.body)


def _cacheable(scope: Scope) -> bool:
    path: str = scope["path"]
    return scope["method"] == "GET" and path.startswith("/v1/") and not path.startswith(("/v1/jobs", "/v1/export"))


def _key(scope: Scope) -> Key:
    api_key = next((v for k, v in scope["headers"] if k == b"x-api-key"), b"")
    return scope["path"], scope["query_string"], hashlib.sha256(api_key).digest() if api_key else b""


class ResponseCacheMiddleware:
    """Pure ASGI middleware: serve fresh entries, store 200s, single-flight concurrent misses."""

    def __init__(self, app: ASGIApp, *, ttl: float, max_bytes: int = 32_000_000) -> None:
        self.app = app
        self.cache = ResponseCache(ttl=ttl, max_bytes=max_bytes)
        self._inflight: dict[Key, asyncio.Event] = {}
        self._generation = 0  # bumped by every write, at its start and before its response

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
        elif scope["method"] in WRITE_METHODS:
            await self._write(scope, receive, send)
        elif not _cacheable(scope):
            await self.app(scope, receive, send)
        else:
            await self._read(scope, receive, send)

    async def _write(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the write; once it succeeded, drop every cached read."""
        self._generation += 1

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] < 400:
                self._generation += 1
                self.cache.clear()  # before the client can see the write succeed
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            self._generation += 1

    async def _read(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = _key(scope)
        entry = self.cache.get(key)
        if entry is None and (event := self._inflight.get(key)) is not None:
            await event.wait()  # another request is computing this very response
            entry = self.cache.get(key)
        if entry is not None:
            headers = [*entry.headers, (b"x-cache", b"hit")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": entry.body})
            return
        leader = key not in self._inflight
        if leader:
            self._inflight[key] = asyncio.Event()
        start: Message | None = None
        chunks: list[bytes] = []
        generation = self._generation

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, capture)
            if start is not None and start["status"] == 200 and generation == self._generation:
                self.cache.put(key, list(start.get("headers", [])), b"".join(chunks))
        finally:
            if leader:
                self._inflight.pop(key).set()
