"""Write one article's analysis: resolve its mentions to canonical entities, store mentions and claims.

Entities match across articles by Arabic-normalised keys: the same type and the same key, or
one's full name being a known alias of the other. Single-word person names only match within
their article, since a bare surname is shared by many people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import Article, Claim, ClaimAbout, Entity, EntityAlias, EntityTitle, Mention
from app.nlp.entities import entity_key
from app.nlp.normalize import search_key
from app.nlp.types import Analysis
from app.nlp.types import Mention as NlpMention


def _find_entity(session: Session, *, type_: str, key: str, alias_keys: set[str]) -> Entity | None:
    """The stored entity this name group denotes, if any (most-mentioned on ties)."""
    exact = session.scalar(select(Entity).where(Entity.type == type_, Entity.key == key))
    if exact is not None:
        return exact
    if type_ == "person" and len(key.split()) < 2:
        return None  # a bare surname (حسين) names many people: it never merges across articles
    matchable = {k for k in alias_keys | {key} if type_ != "person" or len(k.split()) > 1}
    stmt = (
        select(Entity)
        .join(EntityAlias, EntityAlias.entity_id == Entity.id)
        .where(Entity.type == type_, or_(EntityAlias.key == key, Entity.key.in_(matchable)))
        .order_by(Entity.mention_count.desc(), Entity.id)
        .limit(1)
    )
    return session.scalar(stmt)


def _upsert_entity(
    session: Session, group: list[NlpMention], article_id: int, added: set[tuple[int, str, str]]
) -> Entity:
    """Find or create the entity for one in-article name group, adding this article's aliases and titles.

    `added` holds the (entity, kind, value) rows this article already gave: two groups of one article can
    resolve to one entity, and each alias or title is stored once per article.
    """
    first = group[0]
    aliases = {m.text: entity_key(m.text) for m in group}
    aliases.setdefault(first.canonical, first.key)
    entity = _find_entity(session, type_=first.type, key=first.key, alias_keys=set(aliases.values()))
    if entity is None:
        entity = Entity(
            name=first.canonical,
            key=first.key,
            type=first.type,
            subtype=first.subtype,
            mention_count=0,
            article_count=0,
            claim_count=0,
        )
        session.add(entity)
        session.flush()
    elif len(first.canonical.split()) > len(entity.name.split()):
        entity.name = first.canonical
    if entity.subtype is None and first.subtype is not None:
        entity.subtype = first.subtype
    for alias, key in aliases.items():
        if key and (entity.id, "a", key) not in added:
            session.add(EntityAlias(entity_id=entity.id, article_id=article_id, alias=alias, key=key))
            added.add((entity.id, "a", key))
    for title in dict.fromkeys(t for m in group for t in m.titles):
        if (entity.id, "t", title) not in added:
            session.add(EntityTitle(entity_id=entity.id, article_id=article_id, title=title))
            added.add((entity.id, "t", title))
    return entity


def store_analysis(*, session: Session, article: Article, analysis: Analysis) -> set[int]:
    """Insert mentions, entities and claims for an article already flushed; returns touched entity ids."""
    groups: dict[tuple[str, str], list[NlpMention]] = defaultdict(list)
    for m in analysis.mentions:
        groups[(m.type, m.key)].append(m)
    entity_of: dict[tuple[str, str], int] = {}
    added: set[tuple[int, str, str]] = set()
    for gkey in sorted(groups):  # one order for every writer, so concurrent ingests lock alike
        entity_of[gkey] = _upsert_entity(session, groups[gkey], article.id, added).id
    mention_entity = [entity_of[(m.type, m.key)] for m in analysis.mentions]
    session.add_all(
        Mention(article_id=article.id, entity_id=eid, text=m.text, start=m.start, end=m.end)
        for m, eid in zip(analysis.mentions, mention_entity, strict=True)
    )
    for c in analysis.claims:
        speaker_id = mention_entity[c.speaker.mention] if c.speaker and c.speaker.mention is not None else None
        source_id = mention_entity[c.source.mention] if c.source and c.source.mention is not None else None
        affiliation_id = (
            mention_entity[c.speaker.affiliation] if c.speaker and c.speaker.affiliation is not None else None
        )
        claim = Claim(
            article_id=article.id,
            kind=c.kind,
            cue=c.cue,
            text=c.text,
            search_text=search_key(c.text),
            start=c.start,
            end=c.end,
            speaker_entity_id=speaker_id,
            speaker_text=c.speaker.text if c.speaker else None,
            speaker_start=c.speaker.start if c.speaker else None,
            speaker_end=c.speaker.end if c.speaker else None,
            speaker_kind=c.speaker.kind if c.speaker else None,
            speaker_affiliation_id=affiliation_id,
            source_entity_id=source_id,
            source_text=c.source.text if c.source else None,
            confidence=round(float(c.confidence), 3),
            dated_at=article.dated_at,
        )
        claim.about = [ClaimAbout(entity_id=e) for e in dict.fromkeys(mention_entity[i] for i in c.about)]
        session.add(claim)
    session.flush()
    return set(mention_entity)


def refresh_entity_counts(*, session: Session, entity_ids: Iterable[int]) -> None:
    """Recompute the denormalised counters of these entities and drop those nothing refers to."""
    ids = sorted(set(entity_ids))
    if not ids:
        return
    session.flush()
    # Lock the rows (in id order) before counting: a concurrent ingest of the same entities waits for
    # this one to commit and then counts its rows too, so no increment is lost. FOR NO KEY UPDATE, not
    # FOR UPDATE: the key-share locks that both writers' mention inserts hold would otherwise deadlock.
    locked = select(Entity.id).where(Entity.id.in_(ids)).order_by(Entity.id).with_for_update(key_share=True)
    session.execute(locked)
    mentions = dict(
        session.execute(
            select(Mention.entity_id, func.count()).where(Mention.entity_id.in_(ids)).group_by(Mention.entity_id)
        ).all()
    )
    articles = dict(
        session.execute(
            select(Mention.entity_id, func.count(func.distinct(Mention.article_id)))
            .where(Mention.entity_id.in_(ids))
            .group_by(Mention.entity_id)
        ).all()
    )
    claims = dict(
        session.execute(
            select(Claim.speaker_entity_id, func.count())
            .where(Claim.speaker_entity_id.in_(ids))
            .group_by(Claim.speaker_entity_id)
        ).all()
    )
    orphans = [i for i in ids if not mentions.get(i) and not claims.get(i)]
    names: dict[int, list[str]] = defaultdict(list)
    for entity_id, alias in session.execute(
        select(EntityAlias.entity_id, EntityAlias.alias).where(EntityAlias.entity_id.in_(ids))
    ):
        names[entity_id].append(alias)
    # populate_existing: entities loaded before the lock are refreshed, so an unchanged-looking counter
    # that another transaction moved meanwhile is still written.
    for entity in session.scalars(select(Entity).where(Entity.id.in_(ids)).execution_options(populate_existing=True)):
        entity.mention_count = mentions.get(entity.id, 0)
        entity.article_count = articles.get(entity.id, 0)
        entity.claim_count = claims.get(entity.id, 0)
        if names[entity.id] and entity.name not in names[entity.id]:  # the article that named it is gone
            entity.name = max(sorted(names[entity.id]), key=lambda a: (len(a.split()), len(a)))
    if orphans:
        session.execute(delete(Entity).where(Entity.id.in_(orphans)))
    session.flush()


def entities_of_article(*, session: Session, article_id: int) -> set[int]:
    """Every entity an article's mentions and claims point at (to refresh after a change)."""
    ids = set(session.scalars(select(Mention.entity_id).where(Mention.article_id == article_id)))
    for speaker, source in session.execute(
        select(Claim.speaker_entity_id, Claim.source_entity_id).where(Claim.article_id == article_id)
    ):
        ids.update(x for x in (speaker, source) if x is not None)
    ids.update(
        session.scalars(
            select(ClaimAbout.entity_id)
            .join(Claim, Claim.id == ClaimAbout.claim_id)
            .where(Claim.article_id == article_id)
        )
    )
    return ids
