"""API-key matching shared by the key checks and the rate limiter: one constant-time comparison."""

from __future__ import annotations

import hashlib
import hmac


def key_ok(given: str | None, keys: list[str]) -> bool:
    """Constant-time comparison of sha256 digests, so neither content nor length leaks."""
    if given is None:
        return False
    digest = hashlib.sha256(given.encode()).digest()
    ok = False
    for key in keys:
        ok |= hmac.compare_digest(digest, hashlib.sha256(key.encode()).digest())
    return ok


ANONYMOUS = "anonymous"


def key_name(given: str | None, names: dict[str, str]) -> str:
    """The name a key is recorded under: its configured name, else `key:` and a fingerprint, else anonymous."""
    if not given:
        return ANONYMOUS
    for name, key in sorted(names.items()):
        if key_ok(given, [key]):
            return name
    return "key:" + hashlib.sha256(given.encode()).hexdigest()[:12]
