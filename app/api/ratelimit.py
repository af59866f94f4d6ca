"""Per-client token buckets for writes (each POST runs the NER pipeline), answered with 429 and RateLimit headers.

A client is its X-API-Key (by digest) when that is one of the configured keys, otherwise its IP address:
made-up keys neither escape the limit nor crowd real clients out of the table. Buckets live in this
process: with several API processes each enforces the limit on its own share of the traffic.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.keys import key_ok

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
MAX_CLIENTS = 10_000


class TokenBuckets:
    """`rate` tokens a minute per client, bursts up to `burst`; least recently seen clients are forgotten."""

    def __init__(self, *, rate_per_minute: int, burst: int) -> None:
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst)
        self._buckets: OrderedDict[bytes, tuple[float, float]] = OrderedDict()

    def take(self, client: bytes, now: float) -> tuple[bool, float, float]:
        """Spend one token: (allowed, tokens left, seconds until one more token)."""
        tokens, last = self._buckets.pop(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        allowed = tokens >= 1.0
        if allowed:
            tokens -= 1.0
        self._buckets[client] = (tokens, now)
        if len(self._buckets) > MAX_CLIENTS:
            self._buckets.popitem(last=False)
        wait = 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate
        return allowed, tokens, wait


def _client(scope: Scope, keys: list[str]) -> bytes:
    """The bucket key: a configured API key's digest, else the IP."""
    key = next((v for k, v in scope["headers"] if k == b"x-api-key"), None)
    if key and key_ok(key.decode("latin-1"), keys):  # decoded as Starlette decodes request.headers
        return b"k:" + hashlib.sha256(key).digest()
    host = (scope.get("client") or ("unknown", 0))[0]
    return b"ip:" + str(host).encode()


class WriteRateLimitMiddleware:
    """Pure ASGI middleware: every write spends a token; an empty bucket answers 429 problem+json."""

    def __init__(self, app: ASGIApp, *, rate_per_minute: int, burst: int, keys: list[str]) -> None:
        self.app = app
        self.keys = keys
        self.buckets = TokenBuckets(rate_per_minute=rate_per_minute, burst=burst)
        self.limit = str(burst).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        allowed, left, wait = self.buckets.take(_client(scope, self.keys), time.monotonic())
        headers = [
            (b"ratelimit-limit", self.limit),
            (b"ratelimit-remaining", str(math.floor(left)).encode()),
            (b"ratelimit-reset", str(math.ceil(wait)).encode()),
        ]
        if not allowed:
            await _too_many(send, headers, wait)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *headers]}
            await send(message)

        await self.app(scope, receive, with_headers)


async def _too_many(send: Send, headers: list[tuple[bytes, bytes]], wait: float) -> None:
    """The 429 answer, in the API's problem+json shape, with Retry-After."""
    retry = max(1, math.ceil(wait))
    body = json.dumps(
        {
            "type": "/problems/rate-limited",
            "title": "Too many requests",
            "status": 429,
            "detail": f"Write rate limit reached; retry in {retry} s.",
        }
    ).encode()
    start_headers = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(body)).encode()),
        (b"retry-after", str(retry).encode()),
        *headers,
    ]
    await send({"type": "http.response.start", "status": 429, "headers": start_headers})
    await send({"type": "http.response.body", "body": body})
