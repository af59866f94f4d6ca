"""Entities ranked by mention count as of a snapshot: counts move while a client pages, the order must not.

The first page cuts a snapshot of the count-change log (`EntityCountChange`); every page ranks each
entity by the count it had then, which is its live count unless it changed since, else the `before`
of its first later change. Entities created after the snapshot are left out and deleted ones drop
out, so an entity that exists throughout is listed exactly once. Each page is one statement (one
consistent read on both databases); the first page reads the log's newest ids once more to cut.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, or_, select, union_all
from sqlalchemy.orm import Session

from app.core.errors import BadRequest
from app.db.base import utcnow
from app.db.models import Entity, EntityCountChange
from app.services import reads
from app.services.pagination import INVALID_CURSOR, PAGE_SIZE, decode_cursor, encode_cursor

CURSOR_TTL = timedelta(hours=1)  # how long a by-mentions cursor stays valid
KEEP_CHANGES = CURSOR_TTL + timedelta(minutes=10)  # the log outlives every valid cursor
# A change id not visible yet may belong to a transaction this recent: change rows are written at the
# very end of a write, just before its commit. (A rolled-back or cascade-deleted id this recent also
# lowers the cut, for that long: entities created meanwhile join the rankings of later first pages.)
IN_FLIGHT = timedelta(seconds=5)
CURSOR_EXPIRED = "The cursor is more than an hour old and its ranking is gone; start again without it."
# Cursor layout: snapshot seq, snapshot time (epoch s), rank count, entity id.
CURSOR_KINDS = (int, int, int, int)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A cut of the count-change log: every change with a larger id came after it."""

    seq: int  # every change id <= seq was committed when the snapshot was taken
    taken: int  # epoch seconds


def record_changes(session: Session, changes: Iterable[tuple[int, int]]) -> None:
    """Log (entity id, count before) for counts about to change, and prune what no cursor can need."""
    now = utcnow()
    rows = [EntityCountChange(entity_id=e, before=before, at=now) for e, before in changes]
    session.add_all(rows)
    stale = select(EntityCountChange.id).where(EntityCountChange.at < now - KEEP_CHANGES).limit(1000)
    # SKIP LOCKED: two writers pruning the same old rows never wait on (or deadlock with) each other.
    session.execute(delete(EntityCountChange).where(EntityCountChange.id.in_(stale.with_for_update(skip_locked=True))))


# Built once (their construction cost more than their execution): the newest change id, and the newest
# one older than IN_FLIGHT, as columns of one read; `recent` is bound at each read (_recent()).
NEWEST = select(func.max(EntityCountChange.id)).scalar_subquery().label("newest")
SETTLED = (
    select(func.max(EntityCountChange.id))
    .where(EntityCountChange.at < bindparam("recent"))
    .scalar_subquery()
    .label("settled")
)
RANK = Entity.mention_count.label("rank")


def _recent() -> dict[str, datetime]:
    """The bound value of SETTLED: changes older than this cannot hide an in-flight hole."""
    return {"recent": utcnow() - IN_FLIGHT}


def take_snapshot(session: Session) -> Snapshot:
    """The newest change id below which nothing can still be in flight.

    Ids are handed out before commit, so a writer still running may hold an id below the newest one
    visible. Such a hole can only lie among the recent ids (allocated in the last IN_FLIGHT): the cut
    goes just below the lowest recent hole, and every page ranks by the counts as of that cut.
    """
    taken = int(datetime.now(UTC).timestamp())
    top, settled = reads.rows(session, select(NEWEST, SETTLED), _recent())[0]
    if top is None:
        return Snapshot(seq=0, taken=taken)
    if settled == top:  # nothing recent: no hole possible
        return Snapshot(seq=top, taken=taken)
    visible = sorted(session.scalars(select(EntityCountChange.id).where(EntityCountChange.id > (settled or 0))))
    first = settled + 1 if settled is not None else visible[0] if visible else top + 1
    hole = next((i for i, v in enumerate(visible, start=first) if v != i), None)
    return Snapshot(seq=top if hole is None else hole - 1, taken=taken)


def encode(snap: Snapshot, count: int, entity_id: int) -> str:
    """The cursor after an entity ranked `count` in this snapshot."""
    return encode_cursor(snap.seq, snap.taken, count, entity_id)


def decode(cursor: str) -> tuple[Snapshot, tuple[int, int]]:
    """A by-mentions cursor: its snapshot and the (count, id) it stopped at; 400 if forged or expired."""
    seq, taken, count, entity_id = decode_cursor(cursor, *CURSOR_KINDS)
    now = datetime.now(UTC).timestamp()
    if taken > now + 60:
        raise BadRequest(INVALID_CURSOR)
    if now - taken > CURSOR_TTL.total_seconds():
        raise BadRequest(CURSOR_EXPIRED)
    return Snapshot(seq=seq, taken=taken), (count, entity_id)


def _as_is(stmt: Any) -> Any:
    return stmt


Wrap = Callable[[Any], Any]  # a page select to the statement that reads it (same rows and order, more columns)
Params = Mapping[str, Any] | None  # the values bound to a statement's parameters


def ranked_page(
    session: Session, stmt: Any, *, limit: int, cursor: str | None, params: Params = None, wrap: Wrap = _as_is
) -> tuple[list[Any], Snapshot]:
    """The next limit + 1 rows of `stmt` (a select of entity columns, its bound values `params`) in snapshot order.

    The first page cuts the snapshot; a cursor carries it. Each try is one statement, so one
    consistent read on both databases: the live order when that read shows no change after the
    snapshot, else the ranking by the counts as of the snapshot. Each row has a `rank`; `wrap` may add
    columns to a page's read.
    """
    want = limit + 1
    snap, after = decode(cursor) if cursor else (None, None)
    live = live_page(session, stmt, want=want, snap=snap, after=after, params=params, wrap=wrap)
    if live is not None:
        return live
    snap = snap or take_snapshot(session)
    return page_as_of(session, stmt, want=want, snap=snap, after=after, params=params, wrap=wrap), snap


@lru_cache(maxsize=64)
def _live_statement(stmt: Any, after: bool, wrap: Wrap) -> Any:
    """live_page's read of `stmt`, built once per statement: the cursor and the page size are bound."""
    page = stmt.add_columns(RANK, NEWEST, SETTLED)
    if after:
        c: Any = bindparam("after_count")
        i: Any = bindparam("after_id")
        page = page.where(or_(Entity.mention_count < c, and_(Entity.mention_count == c, Entity.id > i)))
    return wrap(page.order_by(Entity.mention_count.desc(), Entity.id).limit(PAGE_SIZE))


def live_page(
    session: Session,
    stmt: Any,
    *,
    want: int,
    snap: Snapshot | None,
    after: tuple[int, int] | None,
    params: Params = None,
    wrap: Wrap = _as_is,
) -> tuple[list[Any], Snapshot] | None:
    """The page in live order when the same read shows no count change after the snapshot, else None.

    Why: with no later change every count is as of the snapshot, so the ranking is the live index
    order and a page costs what a plain ORDER BY mention_count costs: the usual case between writes.
    A first page (no snapshot yet) cuts it in this very read when no change is recent (no hole).
    """
    taken = int(datetime.now(UTC).timestamp())
    bound = {**(params or {}), **_recent(), "want": want}
    if after is not None:
        bound |= {"after_count": after[0], "after_id": after[1]}
    rows = reads.rows(session, _live_statement(stmt, after is not None, wrap), bound)
    if not rows:
        return None  # nothing to see the log by: rank by the counts as of the snapshot
    seen = rows[0].newest or 0
    if snap is None and rows[0].newest == rows[0].settled:
        snap = Snapshot(seq=seen, taken=taken)
    if snap is None or seen > snap.seq:
        return None
    return rows, snap


def page_as_of(
    session: Session,
    stmt: Any,
    *,
    want: int,
    snap: Snapshot,
    after: tuple[int, int] | None,
    params: Params = None,
    wrap: Wrap = _as_is,
) -> list[Any]:
    """The next `want` rows ranked by each entity's count as of the snapshot, in one statement.

    Entities whose count has not changed since the snapshot, in live index order, united with those
    that changed, ranked by their count then (the `before` of their first later change); the first
    `want` of each cover the page.
    """
    change = EntityCountChange
    first = (
        select(change.entity_id.label("eid"), func.min(change.id).label("first"))
        .where(change.id > snap.seq)
        .group_by(change.entity_id)
        .subquery()
    )
    then = select(change.entity_id.label("eid"), change.before.label("before")).join(first, change.id == first.c.first)
    then_q = then.subquery()
    steady = stmt.add_columns(Entity.mention_count.label("rank")).where(Entity.id.not_in(select(first.c.eid)))
    moved = stmt.add_columns(then_q.c.before.label("rank")).join(then_q, then_q.c.eid == Entity.id)
    moved = moved.where(then_q.c.before > 0)  # created after the snapshot: not in its ranking
    if after is not None:
        c, i = after
        steady = steady.where(or_(Entity.mention_count < c, and_(Entity.mention_count == c, Entity.id > i)))
        moved = moved.where(or_(then_q.c.before < c, and_(then_q.c.before == c, Entity.id > i)))
    steady = steady.order_by(Entity.mention_count.desc(), Entity.id).limit(want).subquery()
    moved = moved.order_by(then_q.c.before.desc(), Entity.id).limit(want).subquery()
    both = union_all(select(steady), select(moved)).subquery()
    return reads.rows(session, wrap(select(both).order_by(both.c.rank.desc(), both.c.id).limit(want)), params)
