"""Entities ranked by mention count as of a snapshot: counts move while a client pages, the order must not.

The first page cuts a snapshot of the count-change log (`EntityCountChange`); every later page ranks
each entity by the count it had then, which is its live count unless it changed since, else the
`before` of its first later change. Entities created after the snapshot are left out and deleted ones
drop out, so an entity that exists throughout is listed exactly once. The first page costs one small
extra query; later pages a second one over the changes made since the snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from app.core.errors import BadRequest
from app.db.base import utcnow
from app.db.models import Entity, EntityCountChange
from app.services.pagination import INVALID_CURSOR, decode_cursor, encode_cursor

CURSOR_TTL = timedelta(hours=1)  # how long a by-mentions cursor stays valid
KEEP_CHANGES = CURSOR_TTL + timedelta(minutes=10)  # the log outlives every valid cursor
GAP_WINDOW = 1000  # change ids below the newest that may still be in flight at a snapshot
MAX_GAPS = 50
CURSOR_EXPIRED = "The cursor is more than an hour old and its ranking is gone; start again without it."
# Cursor layout: snapshot seq, snapshot time (epoch s), ids in flight then ("1,5"), rank count, entity id.
CURSOR_KINDS = (int, int, str, int, int)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The count-change log as one page read saw it."""

    seq: int  # the newest change id visible
    taken: int  # epoch seconds
    gaps: tuple[int, ...] = ()  # ids at or below seq that were not visible: transactions in flight

    def after(self) -> Any:
        """The changes made after this snapshot (a SQL condition)."""
        later = EntityCountChange.id > self.seq
        return or_(later, EntityCountChange.id.in_(self.gaps)) if self.gaps else later


def record_changes(session: Session, changes: Iterable[tuple[int, int]]) -> None:
    """Log (entity id, count before) for counts about to change, and prune what no cursor can need."""
    now = utcnow()
    rows = [EntityCountChange(entity_id=e, before=before, at=now) for e, before in changes]
    session.add_all(rows)
    stale = select(EntityCountChange.id).where(EntityCountChange.at < now - KEEP_CHANGES).limit(1000)
    # SKIP LOCKED: two writers pruning the same old rows never wait on (or deadlock with) each other.
    session.execute(delete(EntityCountChange).where(EntityCountChange.id.in_(stale.with_for_update(skip_locked=True))))


def take_snapshot(session: Session) -> Snapshot:
    """The newest change id and, when the window below it has holes, the ids not yet visible."""
    low_bound = select(func.coalesce(func.max(EntityCountChange.id), 0) - GAP_WINDOW).scalar_subquery()
    top, seen = session.execute(
        select(func.max(EntityCountChange.id), func.count()).where(EntityCountChange.id > low_bound)
    ).one()
    taken = int(datetime.now(UTC).timestamp())
    if top is None:
        return Snapshot(seq=0, taken=taken)
    low = max(top - GAP_WINDOW, 0)
    if seen == top - low:
        return Snapshot(seq=top, taken=taken)
    visible = set(session.scalars(select(EntityCountChange.id).where(EntityCountChange.id > low)))
    holes = [i for i in range(low + 1, top + 1) if i not in visible]
    return Snapshot(seq=top, taken=taken, gaps=tuple(holes[-MAX_GAPS:]))


def _counts_then(session: Session, snap: Snapshot) -> dict[int, int]:
    """{entity id: its count at the snapshot} for the entities whose count changed since."""
    first = (
        select(EntityCountChange.entity_id, func.min(EntityCountChange.id).label("first"))
        .where(snap.after())
        .group_by(EntityCountChange.entity_id)
        .subquery()
    )
    rows = session.execute(
        select(EntityCountChange.entity_id, EntityCountChange.before).join(first, EntityCountChange.id == first.c.first)
    )
    return {entity_id: before for entity_id, before in rows}


def encode(snap: Snapshot, count: int, entity_id: int) -> str:
    """The cursor after an entity ranked `count` in this snapshot."""
    return encode_cursor(snap.seq, snap.taken, ",".join(map(str, snap.gaps)), count, entity_id)


def decode(cursor: str) -> tuple[Snapshot, tuple[int, int]]:
    """A by-mentions cursor: its snapshot and the (count, id) it stopped at; 400 if forged or expired."""
    seq, taken, gaps_text, count, entity_id = decode_cursor(cursor, *CURSOR_KINDS)
    try:
        gaps = tuple(int(g) for g in gaps_text.split(",")) if gaps_text else ()
    except ValueError as exc:
        raise BadRequest(INVALID_CURSOR) from exc
    now = datetime.now(UTC).timestamp()
    if len(gaps) > MAX_GAPS or any(not 0 < g <= seq for g in gaps) or taken > now + 60:
        raise BadRequest(INVALID_CURSOR)
    if now - taken > CURSOR_TTL.total_seconds():
        raise BadRequest(CURSOR_EXPIRED)
    return Snapshot(seq=seq, taken=taken, gaps=gaps), (count, entity_id)


def _beyond(rank: tuple[int, int], after: tuple[int, int] | None) -> bool:
    """Whether (count, id) comes after the cursor's position in count-descending, id-ascending order."""
    return after is None or (-rank[0], rank[1]) > (-after[0], after[1])


def ranked_page(
    session: Session, stmt: Any, *, limit: int, snap: Snapshot, after: tuple[int, int] | None
) -> tuple[list[Any], list[int]]:
    """The next limit + 1 rows of `stmt` (a select of entity columns) in snapshot order, with their ranks.

    Two streams merged: entities whose count has not moved, read in live index order, and those that
    moved, ranked by their count then. The first limit + 1 of each stream cover the merged page.
    """
    then = _counts_then(session, snap)
    want = limit + 1
    steady: list[Any] = []
    seek = after
    while len(steady) < want:
        batch = stmt.order_by(Entity.mention_count.desc(), Entity.id)
        if seek is not None:
            c, i = seek
            batch = batch.where(or_(Entity.mention_count < c, (Entity.mention_count == c) & (Entity.id > i)))
        rows = session.execute(batch.limit(want + min(len(then), 200))).all()
        steady += [r for r in rows if r.id not in then]
        if len(rows) < want + min(len(then), 200):
            break
        seek = (rows[-1].mention_count, rows[-1].id)
    moved_ids = sorted((i for i, c in then.items() if c > 0 and _beyond((c, i), after)), key=lambda i: (-then[i], i))
    moved: list[Any] = []
    for start in range(0, len(moved_ids), 500):
        chunk = moved_ids[start : start + 500]
        moved += session.execute(stmt.where(Entity.id.in_(chunk))).all()
        if len(moved) >= want:
            break
    ranked = [(r.mention_count, r) for r in steady[:want]] + [(then[r.id], r) for r in moved]
    ranked.sort(key=lambda cr: (-cr[0], cr[1].id))
    ranked = ranked[:want]
    return [r for _, r in ranked], [c for c, _ in ranked]
