"""Re-analysis after a model change: which articles are stale, and redo one keeping its id."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Article
from app.services.ingest import Analyzer, reanalyze_article


def article_ids_to_reprocess(*, session: Session, model_version: str, everything: bool = False) -> list[int]:
    """Ids of articles analysed by another model version (or all, with everything)."""
    stmt = select(Article.id).order_by(Article.id)
    if not everything:
        stmt = stmt.where(Article.model_version != model_version)
    return list(session.scalars(stmt))


def reprocess_one(*, session: Session, article_id: int, analyzer: Analyzer) -> None:
    """Re-analyse one article in the caller's transaction."""
    reanalyze_article(session=session, article_id=article_id, analyzer=analyzer)
