"""Run the pipeline with one fitted data file switched off: the fits that collect their examples under the hand-set
rules alone (calibrate, fit-continuation, fit-speaker-ranker) read through this one switch."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Protocol


class _Cached(Protocol):
    """A loader cached with functools (`lru_cache`, `cache`): what reads the fitted file once."""

    def cache_clear(self) -> None: ...


@contextmanager
def switched_off(module: ModuleType, attr: str, loader: _Cached, stand_in: str = "none.json") -> Iterator[None]:
    """`module.attr`, the fitted file's path, pointed at `stand_in` (a name that is no file beside it) while the block
    runs, `loader`'s cache cleared on the way in and out, so the block sees no fitted file and what follows the shipped
    one again."""
    shipped: Path = getattr(module, attr)
    setattr(module, attr, shipped.with_name(stand_in))
    loader.cache_clear()
    try:
        yield
    finally:
        setattr(module, attr, shipped)
        loader.cache_clear()
