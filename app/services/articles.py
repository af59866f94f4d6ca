"""Article queries: the filtered list, the full detail, mentions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.errors import NotFound
from app.db.models import Article, Claim, Entity, Mention
from app.nlp.normalize import search_key
from app.schemas.articles import ArticleDetail, ArticleSummary, Counts, MentionOut
from app.schemas.common import EntityRef, Page
from app.services.claims import claims_of_articles
from app.services.pagination import SortKey, keyset, page_after

NEWEST_FIRST = (SortKey(Article.dated_at, datetime, descending=True), SortKey(Article.id, int, descending=True))


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


@dataclass(frozen=True, slots=True)
class ArticleFilters:
    """The article list's filters, shared by the paged list and the bulk export."""

    q: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    entity_id: int | None = None
    speaker_id: int | None = None


def _article_page(
    *, session: Session, limit: int, cursor: str | None, filters: ArticleFilters
) -> tuple[list[Article], str | None]:
    """Articles newest first (published date, else ingest time), keyset-paged on (date, id)."""
    f = filters
    stmt = select(Article)
    if f.q:
        stmt = stmt.where(Article.search_text.contains(search_key(f.q), autoescape=True))
    if f.source:
        stmt = stmt.where(Article.source == f.source)
    if f.since is not None:
        stmt = stmt.where(Article.dated_at >= f.since)
    if f.until is not None:
        stmt = stmt.where(Article.dated_at <= f.until)
    if f.entity_id is not None:
        stmt = stmt.where(Article.id.in_(select(Mention.article_id).where(Mention.entity_id == f.entity_id)))
    if f.speaker_id is not None:
        stmt = stmt.where(Article.id.in_(select(Claim.article_id).where(Claim.speaker_entity_id == f.speaker_id)))
    rows = list(session.scalars(keyset(stmt, NEWEST_FIRST, cursor).limit(limit + 1)))
    return page_after(rows, limit, NEWEST_FIRST)


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
    """Article summaries newest first, filtered."""
    filters = ArticleFilters(q=q, source=source, since=since, until=until, entity_id=entity_id, speaker_id=speaker_id)
    rows, nxt = _article_page(session=session, limit=limit, cursor=cursor, filters=filters)
    counts = _counts(session, [a.id for a in rows])
    return Page[ArticleSummary](items=[_summary(a, counts[a.id]) for a in rows], next_cursor=nxt)


def mentions_of_article(*, session: Session, article_id: int) -> list[MentionOut]:
    """An article's mentions in text order, each with its entity."""
    return _mentions_of(session, [article_id]).get(article_id, [])


def _mentions_of(session: Session, article_ids: list[int]) -> dict[int, list[MentionOut]]:
    """Each article's mentions in text order, for a page of articles in one query."""
    rows = session.execute(
        select(Mention, Entity)
        .join(Entity, Entity.id == Mention.entity_id)
        .where(Mention.article_id.in_(article_ids))
        .order_by(Mention.start, Mention.id)
    )
    out: dict[int, list[MentionOut]] = {}
    for m, e in rows:
        out.setdefault(m.article_id, []).append(
            MentionOut(id=m.id, entity=EntityRef.model_validate(e), text=m.text, start=m.start, end=m.end)
        )
    return out


def require_article(*, session: Session, article_id: int) -> Article:
    """The article, or a 404."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"There is no article with id {article_id}.")
    return article


def get_article(*, session: Session, article_id: int) -> ArticleDetail:
    """The article with its text, mentions and claims."""
    return _details(session, [require_article(session=session, article_id=article_id)])[0]


def _details(session: Session, articles: list[Article]) -> list[ArticleDetail]:
    """Articles with their text, mentions and claims: four queries for the whole page."""
    ids = [a.id for a in articles]
    counts, mentions = _counts(session, ids), _mentions_of(session, ids)
    claims = claims_of_articles(session=session, article_ids=ids)
    return [
        ArticleDetail(
            **_summary(a, counts[a.id]).model_dump(),
            text=a.text,
            model_version=a.model_version,
            mentions=mentions.get(a.id, []),
            claims=claims.get(a.id, []),
        )
        for a in articles
    ]


def list_article_details(
    *,
    session: Session,
    limit: int,
    cursor: str | None = None,
    filters: ArticleFilters,
) -> Page[ArticleDetail]:
    """The article list's page, each article in full (for bulk export)."""
    rows, nxt = _article_page(session=session, limit=limit, cursor=cursor, filters=filters)
    return Page[ArticleDetail](items=_details(session, rows), next_cursor=nxt)
