"""Declarative base with a constraint naming convention and column presets shared by all models."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BIGINT on PostgreSQL, INTEGER on SQLite (where only INTEGER PRIMARY KEY autoincrements).
BigId = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> datetime:
    """Naive UTC now: both databases store naive timestamps that mean UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


IntPk = Annotated[int, mapped_column(BigId, primary_key=True, autoincrement=True)]
Str = Annotated[str, mapped_column(String(500))]
LongText = Annotated[str, mapped_column(Text)]
CreatedAt = Annotated[datetime, mapped_column(DateTime(), default=utcnow, nullable=False)]


class Base(DeclarativeBase):
    """Root of every ORM model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
