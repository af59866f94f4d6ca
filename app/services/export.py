"""Bulk export: every row a list endpoint would page through, streamed in one response.

Why: integrators take the whole store out (to a warehouse, a notebook) without walking cursors. Rows
are the list endpoints' own objects, fetched page by page by the same list functions (filters and
keyset paging written once), in one read transaction, so memory stays flat whatever the store's size.
On PostgreSQL the transaction is REPEATABLE READ: the export is one snapshot of the store.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from sqlalchemy.orm import Session

from app.db.session import unit_of_work
from app.schemas.claims import ClaimOut
from app.schemas.common import Page
from app.services import reads

EXPORT_PAGE = 500


class Lister(Protocol):
    """A list function of a service, its filters already bound: one keyset page per call."""

    def __call__(self, *, session: Session, limit: int, cursor: str | None) -> Page[Any]: ...


def _pages(database_url: str, lister: Lister) -> Iterator[list[Any]]:
    """Every page of one list, in one read-only transaction (a snapshot on PostgreSQL)."""
    with unit_of_work(database_url) as session:
        if reads.on_postgresql(session):
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        cursor: str | None = None
        while True:
            page = lister(session=session, limit=EXPORT_PAGE, cursor=cursor)
            yield page.items
            session.expunge_all()  # the identity map would otherwise grow with the export
            if page.next_cursor is None:
                return
            cursor = page.next_cursor


def _primed(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Run the first page now, so that a database error is a problem response, not a cut stream."""
    first = next(chunks, b"")
    return itertools.chain([first], chunks)


def jsonl(*, database_url: str, lister: Lister) -> Iterator[bytes]:
    """The list's rows as JSON lines, the same objects the list endpoint returns."""

    def chunks() -> Iterator[bytes]:
        for items in _pages(database_url, lister):
            yield b"".join(item.model_dump_json().encode() + b"\n" for item in items)

    return _primed(chunks())


CLAIM_COLUMNS = [
    "id",
    "article_id",
    "kind",
    "cue",
    "text",
    "start",
    "end",
    "speaker_id",
    "speaker_name",
    "speaker_type",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "speaker_kind",
    "speaker_affiliation_id",
    "speaker_affiliation_name",
    "source_id",
    "source_name",
    "source_text",
    "about",
    "confidence",
]


def claim_row(claim: ClaimOut) -> list[Any]:
    """One claim as a flat CSV row (about: the entities' names joined by ' | ', their ids in JSON)."""
    sp, src = claim.speaker, claim.source
    return [
        claim.id,
        claim.article_id,
        claim.kind,
        claim.cue,
        claim.text,
        claim.start,
        claim.end,
        sp.entity.id if sp.entity else "",
        sp.entity.name if sp.entity else "",
        sp.entity.type if sp.entity else "",
        sp.text or "",
        "" if sp.start is None else sp.start,
        "" if sp.end is None else sp.end,
        sp.kind or "",
        sp.affiliation.id if sp.affiliation else "",
        sp.affiliation.name if sp.affiliation else "",
        src.entity.id if src and src.entity else "",
        src.entity.name if src and src.entity else "",
        src.text if src else "",
        json.dumps([{"id": a.id, "name": a.name} for a in claim.about], ensure_ascii=False),
        claim.confidence,
    ]


def csv_rows(
    *, database_url: str, lister: Lister, header: list[str], row: Callable[[Any], list[Any]]
) -> Iterator[bytes]:
    """The list's rows as CSV (RFC 4180, UTF-8 with a BOM so spreadsheets read the Arabic), header first."""

    def chunks() -> Iterator[bytes]:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(header)
        head = "\ufeff" + buf.getvalue()
        for items in _pages(database_url, lister):
            buf.seek(0)
            buf.truncate()
            writer.writerows(row(item) for item in items)
            yield (head + buf.getvalue()).encode()
            head = ""

    return _primed(chunks())
