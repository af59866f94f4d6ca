"""Timestamps as both databases store them: naive datetimes that mean UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time


def to_naive_utc(value: datetime | date | None, *, end_of_day: bool = False) -> datetime | None:
    """Aware datetimes convert to UTC; a bare date is its first (or, with end_of_day, last) instant."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo is not None else value
    return datetime.combine(value, time.max if end_of_day else time.min)
