"""Ingest and re-analysis: one article, one transaction, never stored twice."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.core.errors import AnalysisFailed, ServiceUnavailable
from app.core.observability import INGEST_STAGE_SECONDS, MODEL_INFO
from app.core.timeutil import to_naive_utc
from app.db.base import utcnow
from app.db.models import Article, Claim, EntityAlias, EntityTitle, Mention
from app.nlp.ner import ModelLoadError
from app.nlp.normalize import search_key
from app.nlp.types import Analysis
from app.schemas.articles import ArticleIn
from app.services.cooccurrence import count_pairs, entity_sets
from app.services.review import reapply_corrections, stale_article_corrections
from app.services.store import entities_of_article, refresh_entity_counts, store_analysis

log = logging.getLogger(__name__)

Analyzer = Callable[[str], Analysis]


def text_fingerprint(text: str) -> str:
    """sha256 of the text with white space collapsed: the same article re-spaced is a duplicate."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def find_duplicate(*, session: Session, url: str | None, fingerprint: str) -> int | None:
    """The id of a stored article with this URL or this text, if any."""
    cond = Article.text_hash == fingerprint
    if url:
        cond = or_(cond, Article.url == url)
    return session.scalar(select(Article.id).where(cond).order_by(Article.id).limit(1))


def run_analysis(*, analyzer: Analyzer, text: str) -> Analysis:
    """Analyse text, turning model and NLP failures into errors a client can read."""
    try:
        analysis = analyzer(text)
    except ModelLoadError as exc:
        raise ServiceUnavailable(str(exc)) from exc
    except Exception as exc:
        log.exception("analysis failed")
        raise AnalysisFailed(f"The analysis of this article failed ({type(exc).__name__}: {exc}).") from exc
    for stage, seconds in analysis.timings.items():
        INGEST_STAGE_SECONDS.labels(stage).observe(seconds)
    if analysis.model_version:
        MODEL_INFO.info({"version": analysis.model_version})
    return analysis


def ingest_article(*, session: Session, data: ArticleIn, analyzer: Analyzer) -> tuple[int, bool]:
    """Store and analyse an article; returns (id, created). A duplicate returns the stored id.

    Concurrent writers are settled by unique constraints: the same article sent twice at once is
    stored once (the loser answers with the winner's id); a clash on a new entity, or a deadlock
    with another ingest updating the same entities, rolls back to the savepoint and is retried.
    """
    fingerprint = text_fingerprint(data.text)
    existing = find_duplicate(session=session, url=data.url, fingerprint=fingerprint)
    if existing is not None:
        return existing, False
    analysis = run_analysis(analyzer=analyzer, text=data.text)
    published = to_naive_utc(data.published_at)
    for attempt in range(_WRITE_ATTEMPTS):
        try:
            with session.begin_nested(), INGEST_STAGE_SECONDS.labels("store").time():
                return _write_article(session, data, analysis, fingerprint, published), True
        except IntegrityError:
            existing = find_duplicate(session=session, url=data.url, fingerprint=fingerprint)
            if existing is not None:
                return existing, False
            if attempt == _WRITE_ATTEMPTS - 1:
                raise
            log.info("entity clash with a concurrent ingest; retrying")
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) not in _CONFLICT_STATES or attempt == _WRITE_ATTEMPTS - 1:
                raise
            log.info("deadlock or serialization failure with a concurrent ingest; retrying")
    raise AssertionError("unreachable")


_WRITE_ATTEMPTS = 5
_CONFLICT_STATES = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure


def _write_article(
    session: Session, data: ArticleIn, analysis: Analysis, fingerprint: str, published: datetime | None
) -> int:
    """Insert the article and its analysis (inside the caller's savepoint)."""
    now = utcnow()
    article = Article(
        title=data.title,
        url=data.url,
        source=data.source,
        published_at=published,
        dated_at=published or now,
        text=data.text,
        text_hash=fingerprint,
        search_text=search_key(f"{data.title or ''} {data.text}"),
        status="analyzed",
        model_version=analysis.model_version,
        token_count=analysis.token_count,
        created_at=now,
    )
    session.add(article)
    session.flush()
    touched = store_analysis(session=session, article=article, analysis=analysis)
    refresh_entity_counts(session=session, entity_ids=touched)
    count_pairs(session, {article.id: frozenset()})
    return article.id


def reanalyze_article(*, session: Session, article_id: int, analyzer: Analyzer) -> None:
    """Replace an article's mentions and claims with a fresh analysis, keeping its id."""
    article = session.get(Article, article_id)
    if article is None:
        return
    analysis = run_analysis(analyzer=analyzer, text=article.text)
    with session.begin_nested():
        touched = entities_of_article(session=session, article_id=article_id)
        before = entity_sets(session, [article_id])
        session.execute(delete(Claim).where(Claim.article_id == article_id))
        session.execute(delete(Mention).where(Mention.article_id == article_id))
        session.execute(delete(EntityAlias).where(EntityAlias.article_id == article_id))
        session.execute(delete(EntityTitle).where(EntityTitle.article_id == article_id))
        session.flush()
        touched |= store_analysis(session=session, article=article, analysis=analysis)
        touched |= reapply_corrections(session=session, article_id=article_id)
        article.model_version = analysis.model_version
        article.token_count = analysis.token_count
        refresh_entity_counts(session=session, entity_ids=touched)
        count_pairs(session, before)


def delete_article(*, session: Session, article_id: int) -> bool:
    """Delete an article with its mentions and claims; False when there was none."""
    article = session.get(Article, article_id)
    if article is None:
        return False
    touched = entities_of_article(session=session, article_id=article_id)
    before = entity_sets(session, [article_id])
    gone = session.execute(delete(Article).where(Article.id == article_id))
    if getattr(gone, "rowcount", 1) != 1:
        return False  # a concurrent delete got there first: that one answers 204, this one 404
    stale_article_corrections(session=session, article_id=article_id)
    refresh_entity_counts(session=session, entity_ids=touched)
    count_pairs(session, before)
    return True
