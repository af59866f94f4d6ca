"""Timestamps as both databases store them: naive datetimes that mean UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time


def in_utc_range(value: datetime) -> bool:
    """False for an aware datetime whose UTC instant falls outside years 1-9999 (9999-12-31T23:59-14:00)."""
    try:
        value.astimezone(UTC) if value.tzinfo is not None else value
    except OverflowError:
        return False
    return True


def to_naive_utc(value: datetime | date | None, *, end_of_day: bool = False) -> datetime | None:
    """Aware datetimes convert to UTC (clamped to the calendar's ends); a bare date is its first or last instant."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value
        if not in_utc_range(value):
            return datetime.max if value.year > 1 else datetime.min
        return value.astimezone(UTC).replace(tzinfo=None)
    return datetime.combine(value, time.max if end_of_day else time.min)
