"""The lean read path: Core reads see their unit of work's pending writes, and the by-mentions
ranking's fast path (no count change since the snapshot) lists exactly what the as-of ranking lists."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.db.models import Entity
from app.db.session import unit_of_work
from app.services import reads
from app.services.entities import COLUMNS
from app.services.ranking import page_as_of, take_snapshot, unchanged_page
from tests.conftest import seed_text


def test_core_reads_see_the_pending_orm_writes_of_their_unit_of_work(db_url: str) -> None:
    with unit_of_work(db_url) as session:
        before = reads.scalar(session, select(func.count()).select_from(Entity))
        session.add(Entity(name="خالد", key="خالد", type="person"))
        assert reads.scalar(session, select(func.count()).select_from(Entity)) == before + 1
        assert reads.first(session, select(Entity.name).where(Entity.key == "خالد")) == ("خالد",)
        session.rollback()


def _ranked(rows: list[object]) -> list[tuple[int, int]]:
    return [(r.id, r.rank) for r in rows]  # type: ignore[attr-defined]


def test_the_unchanged_fast_path_lists_what_the_as_of_ranking_lists(client: TestClient, db_url: str) -> None:
    for prefix in ("000", "001"):
        assert client.post("/v1/articles", json={"text": seed_text(prefix)}).status_code == 201
    with unit_of_work(db_url) as session:
        snap = take_snapshot(session)
        stmt = select(*COLUMNS)
        for want, after in ((5, None), (500, None), (4, (1, 0))):
            fast = unchanged_page(session, stmt, want=want, snap=snap, after=after)
            assert fast is not None and fast, "no change since the snapshot: the fast path answers"
            assert _ranked(fast) == _ranked(page_as_of(session, stmt, want=want, snap=snap, after=after))
    assert client.post("/v1/articles", json={"text": seed_text("002")}).status_code == 201
    with unit_of_work(db_url) as session:  # counts changed after the old snapshot: only the as-of ranking holds
        assert unchanged_page(session, select(*COLUMNS), want=5, snap=snap, after=None) is None
