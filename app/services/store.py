"""Write one article's analysis: resolve its mentions to canonical entities, store mentions and claims.

Entities match across articles by Arabic-normalised keys: the same type and the same key, or
one's full name being a known alias of the other. Single-word person names only match within
their article, since a bare surname is shared by many people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from sqlalchemy import delete, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Article, Claim, ClaimAbout, Correction, Entity, EntityAlias, EntityName, EntityTitle, Mention
from app.nlp.identity import best_stored, entity_key, stored_match_keys
from app.nlp.normalize import search_key
from app.nlp.types import Analysis
from app.nlp.types import Claim as NlpClaim
from app.nlp.types import Mention as NlpMention
from app.services.ranking import record_changes

T = TypeVar("T", str, int)
CHUNK = 900  # bound parameters per IN list (SQLite allows 32766; PostgreSQL more)
PROVISIONAL = 2**62  # above every stored id: entities created by this article sort after stored ones


def _chunks(values: Iterable[T]) -> Iterator[list[T]]:
    """Distinct values in sorted runs of at most CHUNK, for IN lists."""
    items = sorted(set(values))
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


class _StoredNames:
    """The stored entities an article's name groups may denote: fetched in a few queries, not two a group.

    Kept current while the groups resolve (an entity created or an alias added for one group is seen by
    the next), so it answers what a query per group would; most-mentioned, then lowest id, wins ties.
    """

    def __init__(self, session: Session, groups: dict[tuple[str, str], list[NlpMention]], reviewed: Names) -> None:
        group_keys = {key for _, key in groups}
        all_keys = group_keys | {entity_key(m.text) for g in groups.values() for m in g}
        self.entities: dict[int, Entity] = {}
        self.by_key: dict[tuple[str, str], Entity] = {}
        fresh = {"populate_existing": True}  # counts as stored now, also after a retry in the same session
        for chunk in _chunks(all_keys):
            self._add(session.scalars(select(Entity).where(Entity.key.in_(chunk)).execution_options(**fresh)))
        # Entities a reviewer named for these keys: a group or an alias may land on them (and then match later
        # groups through that alias), as the per-group queries of before found them through the new alias row.
        for ids in _chunks(reviewed.values()):
            self._add(session.scalars(select(Entity).where(Entity.id.in_(ids)).execution_options(**fresh)))
        self.by_alias: dict[str, set[int]] = defaultdict(set)
        for chunk in _chunks(group_keys):
            for entity_id, key in session.execute(
                select(EntityAlias.entity_id, EntityAlias.key).where(EntityAlias.key.in_(chunk))
            ):
                self.by_alias[key].add(entity_id)
        missing = {i for ids in self.by_alias.values() for i in ids} - set(self.entities)
        for ids in _chunks(missing):
            self._add(session.scalars(select(Entity).where(Entity.id.in_(ids)).execution_options(**fresh)))
        self.named: set[int] = set()  # entities with at least one alias (the join of the per-group query)
        for ids in _chunks(self.entities):
            self.named.update(session.scalars(select(EntityAlias.entity_id).where(EntityAlias.entity_id.in_(ids))))
        self.counts = {i: e.mention_count for i, e in self.entities.items()}
        self._provisional: dict[int, int] = {}  # id(new Entity object) → provisional id

    def _add(self, entities: Iterable[Entity]) -> None:
        for e in entities:
            self.entities[e.id] = e
            self.by_key[(e.type, e.key)] = e

    def ident(self, entity: Entity) -> int:
        """The entity's id, or the provisional one of an entity created by this article (ids come at flush)."""
        return entity.id if entity.id is not None else self._provisional[id(entity)]

    def real_id(self, ident: int) -> int:
        """A stored id for an ident (after the flush that gave new entities theirs)."""
        return self.entities[ident].id if ident >= PROVISIONAL else ident

    def find(self, *, type_: str, key: str, alias_keys: set[str]) -> Entity | None:
        """The stored entity this name group denotes, if any (the rules are app/nlp/identity.py's)."""
        exact = self.by_key.get((type_, key))
        if exact is not None:
            return exact
        matchable = stored_match_keys(type_=type_, key=key, alias_keys=alias_keys)
        if matchable is None:
            return None
        found = {self.ident(e): e for k in matchable if (e := self.by_key.get((type_, k))) is not None}
        by_alias = ((i, self.entities.get(i)) for i in self.by_alias.get(key, ()))
        found.update((i, e) for i, e in by_alias if e is not None and e.type == type_)
        best = best_stored((i, self.counts.get(i, 0)) for i in found if i in self.named)
        return None if best is None else found[best]

    def created(self, entity: Entity) -> int:
        """Register a new (unflushed) entity under a provisional id above every stored one, in creation order."""
        ident = PROVISIONAL + len(self._provisional)
        self._provisional[id(entity)] = ident
        self.entities[ident] = entity
        self.by_key[(entity.type, entity.key)] = entity
        self.counts[ident] = 0
        return ident

    def aliased(self, entity_id: int, key: str) -> None:
        self.named.add(entity_id)
        self.by_alias[key].add(entity_id)


Names = dict[tuple[str, str], int]
NameRows = tuple[list[tuple[int, str, str]], list[tuple[int, str]]]  # (ident, alias, key) and (ident, title)


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
    session: Session,
    group: list[NlpMention],
    added: set[tuple[int, str, str]],
    names: Names,
    stored: _StoredNames,
    rows: NameRows,
) -> Entity:
    """Find or create the entity for one in-article name group, noting this article's aliases and titles.

    `added` holds the (entity, kind, value) rows this article already gave: two groups of one article can
    resolve to one entity, and each alias or title is stored once per article. A reviewed name (`names`)
    wins over every match: the group, or one of its aliases, goes to the entity a reviewer said it is.
    New entities are added unflushed under a provisional id; `rows` collects (ident, alias, key) and
    (ident, title) for one insert each once every new entity has its id.
    """
    first = group[0]
    aliases = {m.text: entity_key(m.text) for m in group}
    aliases.setdefault(first.canonical, first.key)
    entity = _resolve_entity(session, first, set(aliases.values()), names, stored)
    _note_names(group, aliases, stored.ident(entity), added, names, stored, rows)
    return entity


def _resolve_entity(
    session: Session, first: NlpMention, alias_keys: set[str], names: Names, stored: _StoredNames
) -> Entity:
    """The group's entity (reviewed, matched or new), its name and subtype grown from this group where allowed."""
    reviewed = names.get((first.type, first.key))
    entity = session.get(Entity, reviewed) if reviewed is not None else None
    if entity is None:
        entity = stored.find(type_=first.type, key=first.key, alias_keys=alias_keys)
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
        stored.created(entity)
    elif (
        not entity.name_fixed and entity.type == first.type and len(first.canonical.split()) > len(entity.name.split())
    ):
        entity.name = first.canonical
    if entity.subtype is None and first.subtype is not None and entity.type == first.type:
        entity.subtype = first.subtype
    return entity


def _note_names(
    group: list[NlpMention],
    aliases: dict[str, str],
    me: int,
    added: set[tuple[int, str, str]],
    names: Names,
    stored: _StoredNames,
    rows: NameRows,
) -> None:
    """Queue the group's aliases (each to its reviewed owner) and titles not yet given by this article."""
    first = group[0]
    for alias, key in aliases.items():
        owner = names.get((first.type, key), me)
        if key and (owner, "a", key) not in added:
            rows[0].append((owner, alias, key))
            added.add((owner, "a", key))
            stored.aliased(owner, key)
    for title in dict.fromkeys(t for m in group for t in m.titles):
        if (me, "t", title) not in added:
            rows[1].append((me, title))
            added.add((me, "t", title))


def store_analysis(*, session: Session, article: Article, analysis: Analysis) -> set[int]:
    """Insert mentions, entities and claims for an article already flushed; returns touched entity ids.

    Reviewers' corrections that concern names hold here: rejected mention spans are left out and
    reviewed names (merges, splits, retypes) decide the entity, for the group and for each surface.
    """
    rejected = rejected_spans(session=session, article_id=article.id)
    kept = [m for m in analysis.mentions if (m.start, m.end) not in rejected]
    names = reviewed_names(session=session, mentions=kept)
    entity_of = _resolve_groups(session, article.id, kept, names)
    mention_entity: list[int | None] = [
        None if (m.start, m.end) in rejected else names.get((m.type, entity_key(m.text)), entity_of[(m.type, m.key)])
        for m in analysis.mentions
    ]
    _insert_mentions(session, article.id, analysis.mentions, mention_entity)
    _insert_claims(session, article, analysis, mention_entity)
    return {e for e in mention_entity if e is not None}


def _resolve_groups(session: Session, aid: int, kept: list[NlpMention], names: Names) -> dict[tuple[str, str], int]:
    """{(type, key): entity id} of the article's name groups, new entities flushed and their names stored."""
    groups: dict[tuple[str, str], list[NlpMention]] = defaultdict(list)
    for m in kept:
        groups[(m.type, m.key)].append(m)
    added: set[tuple[int, str, str]] = set()
    stored = _StoredNames(session, groups, names)
    rows: NameRows = ([], [])
    with session.no_autoflush:  # lookups answer from `stored`: nothing to flush until every group is resolved
        resolved = {g: _upsert_entity(session, groups[g], added, names, stored, rows) for g in sorted(groups)}
    session.flush()  # new entities, in the sorted order every writer uses, so concurrent ingests lock alike
    entity_of = {g: e.id for g, e in resolved.items()}
    _insert_names(session, aid, stored, rows)
    return entity_of


def _insert_names(session: Session, aid: int, stored: _StoredNames, rows: NameRows) -> None:
    """One insert for the article's new aliases and one for its titles, at the entities' real ids."""
    if rows[0]:
        session.execute(
            insert(EntityAlias),
            [{"entity_id": stored.real_id(o), "article_id": aid, "alias": a, "key": k} for o, a, k in rows[0]],
        )
    if rows[1]:
        session.execute(
            insert(EntityTitle),
            [{"entity_id": stored.real_id(o), "article_id": aid, "title": t} for o, t in rows[1]],
        )


def _insert_mentions(session: Session, aid: int, mentions: list[NlpMention], mention_entity: list[int | None]) -> None:
    """Store the mentions that have an entity (rejected ones have none)."""
    mention_rows = [
        {"article_id": aid, "entity_id": eid, "text": m.text, "start": m.start, "end": m.end}
        for m, eid in zip(mentions, mention_entity, strict=True)
        if eid is not None
    ]
    if mention_rows:  # one multi-row insert: a 1 MB article has ~17,000 mentions
        session.execute(insert(Mention), mention_rows)


def _claim_row(c: NlpClaim, article: Article, mention_entity: list[int | None]) -> dict[str, Any]:
    """The claims row of one analysed claim, its speaker, affiliation and source at their stored entities."""
    sp, src = c.speaker, c.source
    return {
        "article_id": article.id,
        "kind": c.kind,
        "cue": c.cue,
        "text": c.text,
        "search_text": search_key(c.text),
        "start": c.start,
        "end": c.end,
        "speaker_entity_id": mention_entity[sp.mention] if sp and sp.mention is not None else None,
        "speaker_text": sp.text if sp else None,
        "speaker_start": sp.start if sp else None,
        "speaker_end": sp.end if sp else None,
        "speaker_kind": sp.kind if sp else None,
        "speaker_affiliation_id": mention_entity[sp.affiliation] if sp and sp.affiliation is not None else None,
        "source_entity_id": mention_entity[src.mention] if src and src.mention is not None else None,
        "source_text": src.text if src else None,
        "confidence": round(float(c.confidence), 3),
        "dated_at": article.dated_at,
    }


def _insert_claims(session: Session, article: Article, analysis: Analysis, mention_entity: list[int | None]) -> None:
    """Store the claims and what each is about, with one insert each."""
    claim_rows = [_claim_row(c, article, mention_entity) for c in analysis.claims]
    abouts = [dict.fromkeys(e for e in (mention_entity[i] for i in c.about) if e is not None) for c in analysis.claims]
    if claim_rows:  # ids in the claims' order (sort_by_parameter_order), for their about rows
        ids = session.scalars(insert(Claim).returning(Claim.id, sort_by_parameter_order=True), claim_rows).all()
        about_rows = [{"claim_id": i, "entity_id": e} for i, about in zip(ids, abouts, strict=True) for e in about]
        if about_rows:
            session.execute(insert(ClaimAbout), about_rows)


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
    mentions, articles, claims = _counts(session, ids)
    orphans = [i for i in ids if not mentions.get(i) and not claims.get(i)]
    names = _names_if_unnamed(session, ids)
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
        if names.get(entity.id) and not entity.name_fixed:  # its namer is gone
            entity.name = max(sorted(names[entity.id]), key=lambda a: (len(a.split()), len(a)))
    if orphans:
        session.execute(delete(Entity).where(Entity.id.in_(orphans)))
        _stale_corrections_of(session, orphans)
    session.flush()


def _counts(session: Session, ids: list[int]) -> tuple[dict[int, int], dict[int, int], dict[int | None, int]]:
    """{entity id: count} of mentions, distinct articles and claims spoken, for those entities that have any."""
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
    return mentions, articles, claims


def _names_if_unnamed(session: Session, ids: list[int]) -> dict[int, set[str]]:
    """The distinct aliases of those entities whose name no stored alias carries any more (an article gone).

    Why: a name is stored once per article that gave it, so reading every alias of a much-mentioned
    entity on each ingest grew with the store; whether its name is still there is one index probe.
    """
    named = exists().where(EntityAlias.entity_id == Entity.id, EntityAlias.alias == Entity.name)
    unnamed = list(session.scalars(select(Entity.id).where(Entity.id.in_(ids), ~named)))
    names: dict[int, set[str]] = defaultdict(set)
    if unnamed:
        rows = select(EntityAlias.entity_id, EntityAlias.alias).where(EntityAlias.entity_id.in_(unnamed)).distinct()
        for entity_id, alias in session.execute(rows):
            names[entity_id].add(alias)
    return names


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
