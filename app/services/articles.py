"""Article queries: the filtered list, the full detail, mentions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.core.errors import NotFound
from app.db.models import Article, Claim, Entity, Mention
from app.nlp.normalize import search_key
from app.schemas.articles import ArticleDetail, ArticleSummary, Counts, MentionOut
from app.schemas.common import EntityRef, Page
from app.services.claims import claims_of_article
from app.services.pagination import decode_cursor, split_page


def _counts(session: Session, ids: list[int]) -> dict[int, Counts]:
    """Mention, distinct-entity and claim counts for a page of articles, in two queries."""
    mention_rows = session.execute(
        select(Mention.article_id, func.count(), func.count(func.distinct(Mention.entity_id)))
        .where(Mention.article_id.in_(ids))
        .group_by(Mention.article_id)
    )
    mentions = {a: (m, e) for a, m, e in mention_rows}
    claims = dict(
        session.execute(
            select(Claim.article_id, func.count()).where(Claim.article_id.in_(ids)).group_by(Claim.article_id)
        ).all()
    )
    return {
        i: Counts(mentions=mentions.get(i, (0, 0))[0], entities=mentions.get(i, (0, 0))[1], claims=claims.get(i, 0))
        for i in ids
    }


def _summary(article: Article, counts: Counts) -> ArticleSummary:
    return ArticleSummary(
        id=article.id,
        title=article.title,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
        status=article.status,
        created_at=article.created_at,
        counts=counts,
    )


def list_articles(
    *,
    session: Session,
    limit: int,
    cursor: str | None = None,
    q: str | None = None,
    source: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    entity_id: int | None = None,
    speaker_id: int | None = None,
) -> Page[ArticleSummary]:
    """Articles newest first (published date, else ingest time), keyset-paged on (date, id)."""
    stmt = select(Article)
    if q:
        stmt = stmt.where(Article.search_text.contains(search_key(q), autoescape=True))
    if source:
        stmt = stmt.where(Article.source == source)
    if since is not None:
        stmt = stmt.where(Article.dated_at >= since)
    if until is not None:
        stmt = stmt.where(Article.dated_at <= until)
    if entity_id is not None:
        stmt = stmt.where(Article.id.in_(select(Mention.article_id).where(Mention.entity_id == entity_id)))
    if speaker_id is not None:
        stmt = stmt.where(Article.id.in_(select(Claim.article_id).where(Claim.speaker_entity_id == speaker_id)))
    if cursor:
        at, last_id = decode_cursor(cursor, datetime, int)
        stmt = stmt.where(or_(Article.dated_at < at, and_(Article.dated_at == at, Article.id < last_id)))
    rows = list(session.scalars(stmt.order_by(Article.dated_at.desc(), Article.id.desc()).limit(limit + 1)))
    rows, nxt = split_page(rows, limit, lambda a: (a.dated_at, a.id))
    counts = _counts(session, [a.id for a in rows])
    return Page[ArticleSummary](items=[_summary(a, counts[a.id]) for a in rows], next_cursor=nxt)


def mentions_of_article(*, session: Session, article_id: int) -> list[MentionOut]:
    """An article's mentions in text order, each with its entity."""
    rows = session.execute(
        select(Mention, Entity)
        .join(Entity, Entity.id == Mention.entity_id)
        .where(Mention.article_id == article_id)
        .order_by(Mention.start, Mention.id)
    )
    return [
        MentionOut(id=m.id, entity=EntityRef.model_validate(e), text=m.text, start=m.start, end=m.end) for m, e in rows
    ]


def require_article(*, session: Session, article_id: int) -> Article:
    """The article, or a 404."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"There is no article with id {article_id}.")
    return article


def get_article(*, session: Session, article_id: int) -> ArticleDetail:
    """The article with its text, mentions and claims."""
    article = require_article(session=session, article_id=article_id)
    summary = _summary(article, _counts(session, [article.id])[article.id])
    return ArticleDetail(
        **summary.model_dump(),
        text=article.text,
        model_version=article.model_version,
        mentions=mentions_of_article(session=session, article_id=article_id),
        claims=claims_of_article(session=session, article_id=article_id),
    )
