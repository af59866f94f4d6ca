"""Write one article's analysis: resolve its mentions to canonical entities, store mentions and claims.

Entities match across articles by Arabic-normalised keys: the same type and the same key, or
one's full name being a known alias of the other. Single-word person names only match within
their article, since a bare surname is shared by many people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Article, Claim, ClaimAbout, Correction, Entity, EntityAlias, EntityName, EntityTitle, Mention
from app.nlp.entities import entity_key
from app.nlp.normalize import search_key
from app.nlp.types import Analysis
from app.nlp.types import Mention as NlpMention
from app.services.ranking import record_changes


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


Names = dict[tuple[str, str], int]


def reviewed_names(*, session: Session, mentions: list[NlpMention]) -> Names:
    """{(type, key): entity id} of the reviewed names (merges, splits, retypes) among these mentions' keys."""
    keys = {m.key for m in mentions} | {entity_key(m.text) for m in mentions}
    if not keys:
        return {}
    rows = session.execute(
        select(EntityName.type, EntityName.key, EntityName.entity_id).where(EntityName.key.in_(keys))
    )
    return {(t, k): e for t, k, e in rows}


def rejected_spans(*, session: Session, article_id: int) -> set[tuple[int, int]]:
    """(start, end) of the mentions a reviewer rejected in this article: re-analysis must not bring them back."""
    rows = session.execute(
        select(Correction.span_start, Correction.span_end).where(
            Correction.article_id == article_id, Correction.status == "active", Correction.action == "reject_mention"
        )
    )
    return {(a, b) for a, b in rows if a is not None and b is not None}


def _upsert_entity(
    session: Session, group: list[NlpMention], article_id: int, added: set[tuple[int, str, str]], names: Names
) -> Entity:
    """Find or create the entity for one in-article name group, adding this article's aliases and titles.

    `added` holds the (entity, kind, value) rows this article already gave: two groups of one article can
    resolve to one entity, and each alias or title is stored once per article. A reviewed name (`names`)
    wins over every match: the group, or one of its aliases, goes to the entity a reviewer said it is.
    """
    first = group[0]
    aliases = {m.text: entity_key(m.text) for m in group}
    aliases.setdefault(first.canonical, first.key)
    reviewed = names.get((first.type, first.key))
    entity = session.get(Entity, reviewed) if reviewed is not None else None
    if entity is None:
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
    elif (
        not entity.name_fixed and entity.type == first.type and len(first.canonical.split()) > len(entity.name.split())
    ):
        entity.name = first.canonical
    if entity.subtype is None and first.subtype is not None and entity.type == first.type:
        entity.subtype = first.subtype
    for alias, key in aliases.items():
        owner = names.get((first.type, key), entity.id)
        if key and (owner, "a", key) not in added:
            session.add(EntityAlias(entity_id=owner, article_id=article_id, alias=alias, key=key))
            added.add((owner, "a", key))
    for title in dict.fromkeys(t for m in group for t in m.titles):
        if (entity.id, "t", title) not in added:
            session.add(EntityTitle(entity_id=entity.id, article_id=article_id, title=title))
            added.add((entity.id, "t", title))
    return entity


def store_analysis(*, session: Session, article: Article, analysis: Analysis) -> set[int]:
    """Insert mentions, entities and claims for an article already flushed; returns touched entity ids.

    Reviewers' corrections that concern names hold here: rejected mention spans are left out and
    reviewed names (merges, splits, retypes) decide the entity, for the group and for each surface.
    """
    rejected = rejected_spans(session=session, article_id=article.id)
    kept = [m for m in analysis.mentions if (m.start, m.end) not in rejected]
    names = reviewed_names(session=session, mentions=kept)
    groups: dict[tuple[str, str], list[NlpMention]] = defaultdict(list)
    for m in kept:
        groups[(m.type, m.key)].append(m)
    entity_of: dict[tuple[str, str], int] = {}
    added: set[tuple[int, str, str]] = set()
    for gkey in sorted(groups):  # one order for every writer, so concurrent ingests lock alike
        entity_of[gkey] = _upsert_entity(session, groups[gkey], article.id, added, names).id
    mention_entity: list[int | None] = [
        None if (m.start, m.end) in rejected else names.get((m.type, entity_key(m.text)), entity_of[(m.type, m.key)])
        for m in analysis.mentions
    ]
    session.add_all(
        Mention(article_id=article.id, entity_id=eid, text=m.text, start=m.start, end=m.end)
        for m, eid in zip(analysis.mentions, mention_entity, strict=True)
        if eid is not None
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
        about = dict.fromkeys(e for e in (mention_entity[i] for i in c.about) if e is not None)
        claim.about = [ClaimAbout(entity_id=e) for e in about]
        session.add(claim)
    session.flush()
    return {e for e in mention_entity if e is not None}


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
    fresh = list(session.scalars(select(Entity).where(Entity.id.in_(ids)).execution_options(populate_existing=True)))
    gone = set(orphans)
    moved = [(e.id, e.mention_count) for e in fresh if e.id not in gone and e.mention_count != mentions.get(e.id, 0)]
    record_changes(session, moved)
    for entity in fresh:
        entity.mention_count = mentions.get(entity.id, 0)
        entity.article_count = articles.get(entity.id, 0)
        entity.claim_count = claims.get(entity.id, 0)
        if names[entity.id] and entity.name not in names[entity.id] and not entity.name_fixed:  # its namer is gone
            entity.name = max(sorted(names[entity.id]), key=lambda a: (len(a.split()), len(a)))
    if orphans:
        session.execute(delete(Entity).where(Entity.id.in_(orphans)))
        _stale_corrections_of(session, orphans)
    session.flush()


ENTITY_GONE = "entity {ids} no longer exists: every article that named it was deleted or re-analysed without it"


def _stale_corrections_of(session: Session, gone: list[int]) -> None:
    """Active corrections that point at deleted entities can no longer hold: list them as stale, never drop them."""
    stale = session.execute(
        select(Correction.id, Correction.entity_id, Correction.other_entity_id).where(
            Correction.status == "active",
            or_(Correction.entity_id.in_(gone), Correction.other_entity_id.in_(gone)),
        )
    ).all()
    for cid, a, b in stale:
        ids = ", ".join(str(x) for x in (a, b) if x in gone)
        session.execute(
            update(Correction)
            .where(Correction.id == cid)
            .values(status="stale", stale_reason=ENTITY_GONE.format(ids=ids), updated_at=utcnow())
        )


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
