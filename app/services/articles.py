"""Article queries: the filtered list, the full detail, mentions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from app.core.errors import NotFound
from app.db.models import Article, Claim, Entity, Mention
from app.nlp.normalize import search_key
from app.schemas.articles import ArticleDetail, ArticleSummary, Counts, MentionOut
from app.schemas.claims import ClaimOut
from app.schemas.common import EntityRef, Page
from app.services import reads
from app.services.claims import CLAIM_OBJECT_SQL, claims_of_articles
from app.services.pagination import SortKey, keyset, page_after
from app.services.reads import AnyRow

NEWEST_FIRST = (SortKey(Article.dated_at, datetime, descending=True), SortKey(Article.id, int, descending=True))


# The columns a summary shows: lists never load the article text (a detail adds _DETAIL).
_SUMMARY = (
    Article.id,
    Article.title,
    Article.url,
    Article.source,
    Article.published_at,
    Article.status,
    Article.created_at,
    Article.dated_at,
)
_DETAIL = (*_SUMMARY, Article.text, Article.model_version)


def _count_of(count: Any, article_id: Any) -> Any:
    """A count over the listed article's rows, correlated: a list page's counts come in its own statement."""
    return select(count).where(article_id == Article.id).correlate(Article).scalar_subquery()


# The list's counts: mentions, distinct entities, claims (a detail counts its own lists instead). count(*),
# not count(id): the (article_id, start[, entity_id]) indexes answer all three without reading a row.
_COUNTS = (
    _count_of(func.count(), Mention.article_id).label("n_mentions"),
    _count_of(func.count(func.distinct(Mention.entity_id)), Mention.article_id).label("n_entities"),
    _count_of(func.count(), Claim.article_id).label("n_claims"),
)


def _summary(article: AnyRow, counts: Counts) -> ArticleSummary:
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
    *, session: Session, limit: int, cursor: str | None, filters: ArticleFilters, detail: bool = False
) -> tuple[list[AnyRow], str | None]:
    """Article rows newest first (published date, else ingest time), keyset-paged on (date, id)."""
    f = filters
    stmt = select(*(_DETAIL if detail else (*_SUMMARY, *_COUNTS)))
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
    rows = reads.rows(session, keyset(stmt, NEWEST_FIRST, cursor).limit(limit + 1))
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
    items = [_summary(a, Counts(mentions=a.n_mentions, entities=a.n_entities, claims=a.n_claims)) for a in rows]
    return Page[ArticleSummary](items=items, next_cursor=nxt)


def mentions_of_article(*, session: Session, article_id: int) -> list[MentionOut]:
    """An article's mentions in text order, each with its entity; 404 for an article not stored."""
    require_article(session=session, article_id=article_id)
    return _mentions_of(session, [article_id]).get(article_id, [])


def claims_of_article(*, session: Session, article_id: int) -> list[ClaimOut]:
    """An article's claims in text order; 404 for an article not stored."""
    require_article(session=session, article_id=article_id)
    return claims_of_articles(session=session, article_ids=[article_id]).get(article_id, [])


# Built once; `ids` expands to the page's article ids.
MENTIONS_OF = (
    select(Mention.article_id, Mention.id, Mention.text, Mention.start, Mention.end)
    .add_columns(Entity.id, Entity.name, Entity.type)
    .join(Entity, Entity.id == Mention.entity_id)
    .where(Mention.article_id.in_(bindparam("ids", expanding=True)))
    .order_by(Mention.start, Mention.id)
)


def _mentions_of(session: Session, article_ids: list[int]) -> dict[int, list[MentionOut]]:
    """Each article's mentions in text order, for a page of articles in one query."""
    rows = reads.rows(session, MENTIONS_OF, {"ids": article_ids})
    out: dict[int, list[MentionOut]] = {}
    for article_id, mention_id, text, start, end, entity_id, name, type_ in rows:
        entity = EntityRef(id=entity_id, name=name, type=type_)
        out.setdefault(article_id, []).append(MentionOut(id=mention_id, entity=entity, text=text, start=start, end=end))
    return out


def require_article(*, session: Session, article_id: int) -> None:
    """A 404 unless the article exists."""
    if reads.scalar(session, select(Article.id).where(Article.id == article_id)) is None:
        raise NotFound(f"There is no article with id {article_id}.")


# PostgreSQL builds the detail's JSON itself: one statement and no Python objects per mention or claim.
DETAIL_JSON = sql(
    (Path(__file__).parent / "sql" / "article_detail.pg.sql")
    .read_text(encoding="utf-8")
    .replace("{claim}", CLAIM_OBJECT_SQL)
)


def article_json(*, session: Session, article_id: int) -> bytes:
    """The article detail as JSON bytes: built by PostgreSQL in one statement there, else from get_article."""
    return reads.built_json(
        session,
        DETAIL_JSON,
        {"id": article_id},
        python=lambda: get_article(session=session, article_id=article_id),
        missing=lambda: NotFound(f"There is no article with id {article_id}."),
    )


def get_article(*, session: Session, article_id: int) -> ArticleDetail:
    """The article with its text, mentions and claims: four statements, no ORM objects."""
    row = reads.first(session, select(*_DETAIL).where(Article.id == article_id))
    if row is None:
        raise NotFound(f"There is no article with id {article_id}.")
    return _details(session, [row])[0]


def _details(session: Session, articles: list[AnyRow]) -> list[ArticleDetail]:
    """Articles with their text, mentions and claims, counted from those lists."""
    ids = [a.id for a in articles]
    mentions, claims = _mentions_of(session, ids), claims_of_articles(session=session, article_ids=ids)
    counts = {i: _listed_counts(mentions.get(i, []), claims.get(i, [])) for i in ids}
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


def _listed_counts(mentions: list[MentionOut], claims: list[ClaimOut]) -> Counts:
    """An article's counts from its full mention and claim lists (what the list's _COUNTS read)."""
    return Counts(mentions=len(mentions), entities=len({m.entity.id for m in mentions}), claims=len(claims))


def list_article_details(
    *,
    session: Session,
    limit: int,
    cursor: str | None = None,
    filters: ArticleFilters,
) -> Page[ArticleDetail]:
    """The article list's page, each article in full (for bulk export)."""
    rows, nxt = _article_page(session=session, limit=limit, cursor=cursor, filters=filters, detail=True)
    return Page[ArticleDetail](items=_details(session, rows), next_cursor=nxt)
