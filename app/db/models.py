"""ORM models: articles, canonical entities (with aliases and titles), mentions and claims.

Counters on entities are denormalised so that list calls sorted by mentions stay index-only
at 100k articles; services recompute them for the entities a write touches.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, BigId, CreatedAt, IntPk, LongText, Str


class Article(Base):
    """One news article exactly as received; text is never rewritten."""

    __tablename__ = "articles"

    id: Mapped[IntPk]
    title: Mapped[str | None] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    published_at: Mapped[datetime | None]
    dated_at: Mapped[datetime]  # published_at, else created_at: the newest-first sort key
    text: Mapped[LongText]
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)
    search_text: Mapped[LongText]
    status: Mapped[str] = mapped_column(String(20), default="analyzed")
    model_version: Mapped[str] = mapped_column(String(200))
    token_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[CreatedAt]

    mentions: Mapped[list[Mention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True, lazy="raise"
    )
    claims: Mapped[list[Claim]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True, lazy="raise"
    )

    __table_args__ = (Index("ix_articles_dated_id", "dated_at", "id"),)


class Entity(Base):
    """A canonical real-world person, unit or place, shared by every article that names it."""

    __tablename__ = "entities"

    id: Mapped[IntPk]
    name: Mapped[Str]
    key: Mapped[Str]
    type: Mapped[str] = mapped_column(String(20))
    subtype: Mapped[str | None] = mapped_column(String(40))
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    claim_count: Mapped[int] = mapped_column(Integer, default=0)
    # Set by a reviewer's rename: re-analysis then never renames the entity after its longest alias.
    name_fixed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[CreatedAt]

    aliases: Mapped[list[EntityAlias]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", passive_deletes=True, lazy="raise"
    )
    titles: Mapped[list[EntityTitle]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", passive_deletes=True, lazy="raise"
    )

    __table_args__ = (
        Index("ix_entities_type_mentions", "type", "mention_count", "id"),
        Index("ix_entities_mentions", "mention_count", "id"),
        Index("ix_entities_name", "name", "id"),
        UniqueConstraint("type", "key", name="uq_entities_type_key"),
    )


class EntityAlias(Base):
    """A surface form an entity goes by in one article; `key` is its Arabic-normalised form for matching.

    One row per article that gave it, so deleting or re-analysing that article takes its names away.
    """

    __tablename__ = "entity_aliases"

    id: Mapped[IntPk]
    entity_id: Mapped[int] = mapped_column(BigId, ForeignKey("entities.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(BigId, ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    alias: Mapped[Str]
    key: Mapped[Str] = mapped_column(index=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases", lazy="raise")

    __table_args__ = (
        UniqueConstraint("entity_id", "key", "article_id", name="uq_entity_aliases_entity_key_article"),
        Index("ix_entity_aliases_entity_alias", "entity_id", "alias"),  # distinct names, skipping (0008)
    )


class EntityTitle(Base):
    """A title or rank an entity carries in one article (اللواء، المتحدث باسم القيادة); one row per article."""

    __tablename__ = "entity_titles"

    id: Mapped[IntPk]
    entity_id: Mapped[int] = mapped_column(BigId, ForeignKey("entities.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(BigId, ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    title: Mapped[Str]

    entity: Mapped[Entity] = relationship(back_populates="titles", lazy="raise")

    __table_args__ = (
        UniqueConstraint("entity_id", "title", "article_id", name="uq_entity_titles_entity_title_article"),
    )


class Mention(Base):
    """One occurrence of an entity in an article: article.text[start:end] == text."""

    __tablename__ = "mentions"

    id: Mapped[IntPk]
    article_id: Mapped[int] = mapped_column(BigId, ForeignKey("articles.id", ondelete="CASCADE"))
    entity_id: Mapped[int] = mapped_column(BigId, ForeignKey("entities.id", ondelete="CASCADE"))
    text: Mapped[Str]
    start: Mapped[int]
    end: Mapped[int]

    article: Mapped[Article] = relationship(back_populates="mentions", lazy="raise")
    entity: Mapped[Entity] = relationship(lazy="raise")

    __table_args__ = (
        # entity_id too: an article's entities by index-only scan (related entities, 0009)
        Index("ix_mentions_article_start_entity", "article_id", "start", "entity_id"),
        Index("ix_mentions_entity_article", "entity_id", "article_id"),
    )


class Claim(Base):
    """A quoted or reported statement, its speaker and the outlet it was relayed through."""

    __tablename__ = "claims"

    id: Mapped[IntPk]
    article_id: Mapped[int] = mapped_column(BigId, ForeignKey("articles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    cue: Mapped[Str]
    text: Mapped[LongText]
    search_text: Mapped[LongText]
    start: Mapped[int]
    end: Mapped[int]
    speaker_entity_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("entities.id", ondelete="SET NULL"))
    speaker_text: Mapped[str | None] = mapped_column(String(500))
    speaker_start: Mapped[int | None]
    speaker_end: Mapped[int | None]
    speaker_kind: Mapped[str | None] = mapped_column(String(12), index=True)  # named | descriptive | anonymous
    # The unit a descriptive or anonymous speaker belongs to (مصدر في قيادة المنطقة الرابعة → the command).
    speaker_affiliation_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    source_entity_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    source_text: Mapped[str | None] = mapped_column(String(500))
    confidence: Mapped[float] = mapped_column(Float)
    dated_at: Mapped[datetime]  # the article's, copied so newest-first needs no join

    article: Mapped[Article] = relationship(back_populates="claims", lazy="raise")
    speaker_entity: Mapped[Entity | None] = relationship(foreign_keys=[speaker_entity_id], lazy="raise")
    source_entity: Mapped[Entity | None] = relationship(foreign_keys=[source_entity_id], lazy="raise")
    speaker_affiliation: Mapped[Entity | None] = relationship(foreign_keys=[speaker_affiliation_id], lazy="raise")
    about: Mapped[list[ClaimAbout]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", passive_deletes=True, lazy="raise"
    )

    __table_args__ = (
        Index("ix_claims_dated_id", "dated_at", "id"),
        Index("ix_claims_speaker_dated", "speaker_entity_id", "dated_at", "id"),
        Index("ix_claims_article", "article_id", "start"),
    )


class ClaimAbout(Base):
    """An entity mentioned inside a claim's text."""

    __tablename__ = "claim_about"

    claim_id: Mapped[int] = mapped_column(BigId, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    claim: Mapped[Claim] = relationship(back_populates="about", lazy="raise")
    entity: Mapped[Entity] = relationship(lazy="raise")


class Job(Base):
    """A batch of articles to ingest; its items are processed one transaction each."""

    __tablename__ = "jobs"

    id: Mapped[IntPk]
    status: Mapped[str] = mapped_column(String(10), default="queued")
    total: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[CreatedAt]

    items: Mapped[list[JobItem]] = relationship(
        back_populates="job", cascade="all, delete-orphan", passive_deletes=True, lazy="raise"
    )


class JobItem(Base):
    """One article of a batch: its request body until processed, then its article id or error."""

    __tablename__ = "job_items"

    id: Mapped[IntPk]
    job_id: Mapped[int] = mapped_column(BigId, ForeignKey("jobs.id", ondelete="CASCADE"))
    position: Mapped[int]
    payload: Mapped[LongText]
    status: Mapped[str] = mapped_column(String(10), default="queued")
    article_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("articles.id", ondelete="SET NULL"))
    error: Mapped[str | None] = mapped_column(String(2000))

    job: Mapped[Job] = relationship(back_populates="items", lazy="raise")

    __table_args__ = (UniqueConstraint("job_id", "position", name="uq_job_items_job_position"),)


class Correction(Base):
    """A reviewer's correction, stored as an intent re-applied after every re-analysis; audited and undoable.

    `intent` says what must hold (JSON); `before`/`after` what the correction changed, for the audit
    and for undo. Claim and mention intents are addressed by article and span, which re-analysis keeps.
    """

    __tablename__ = "corrections"

    id: Mapped[IntPk]
    action: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10))
    entity_id: Mapped[int | None] = mapped_column(BigId, index=True)
    other_entity_id: Mapped[int | None] = mapped_column(BigId, index=True)
    article_id: Mapped[int | None] = mapped_column(BigId)
    span_start: Mapped[int | None]
    span_end: Mapped[int | None]
    intent: Mapped[LongText]
    before: Mapped[LongText]
    after: Mapped[LongText]
    stale_reason: Mapped[str | None] = mapped_column(String(500))
    key_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[datetime] = mapped_column(DateTime())

    __table_args__ = (
        Index("ix_corrections_status_id", "status", "id"),
        Index("ix_corrections_article_status", "article_id", "status"),
    )


class EntityName(Base):
    """A reviewed name: whatever the analysis calls (type, key) is this entity (from a merge, split or retype)."""

    __tablename__ = "entity_names"

    id: Mapped[IntPk]
    type: Mapped[str] = mapped_column(String(20))
    key: Mapped[Str]
    entity_id: Mapped[int] = mapped_column(BigId, ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    correction_id: Mapped[int] = mapped_column(BigId, index=True)

    __table_args__ = (UniqueConstraint("type", "key", name="uq_entity_names_type"),)


class MergedEntity(Base):
    """An entity id merged away: requests for it are redirected to the survivor."""

    __tablename__ = "merged_entities"

    old_id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=False)
    into_id: Mapped[int] = mapped_column(BigId, ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    correction_id: Mapped[int] = mapped_column(BigId)


class EntityCountChange(Base):
    """One change of an entity's mention count, with the count before it: the ranking as of a snapshot.

    Clients page `/v1/entities` by mention count while counts move; the list ranks every entity by
    the count it had when the first page was read (its `before` at the first later change), so no
    entity is skipped or repeated. Rows older than the cursor lifetime are pruned.
    """

    __tablename__ = "entity_count_changes"

    id: Mapped[IntPk]  # the global change order a snapshot cuts
    entity_id: Mapped[int] = mapped_column(BigId, ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    before: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime(), index=True)


class EntityPair(Base):
    """How many stored articles mention both entities, kept by every write that changes mentions (0010).

    Why: the entity detail's related entities are then one index range over (entity_id, shared DESC,
    other_id), whatever the size of the store, instead of a count over the entity's articles at read time.
    Each pair is stored both ways, so either entity's related list is a range of its own rows.
    """

    __tablename__ = "entity_pairs"

    entity_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    # No foreign key (its cascade would scan the table by other_id): an entity is deleted only once it has
    # no mentions, and the write that removed them counts its pairs, both ways, down to none.
    other_id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=False)
    shared: Mapped[int] = mapped_column(Integer)


# The related entities of one: the top rows of its range, read from the index alone.
Index("ix_entity_pairs_top", EntityPair.entity_id, EntityPair.shared.desc(), EntityPair.other_id)


# Ids are handed to clients: on SQLite a deleted newest row's id must never be given to the next one
# (without AUTOINCREMENT SQLite reuses max(rowid) + 1). PostgreSQL sequences never reuse ids anyway.
for _table in Base.metadata.tables.values():
    if [c.name for c in _table.primary_key.columns] == ["id"]:
        _table.dialect_kwargs["sqlite_autoincrement"] = True
