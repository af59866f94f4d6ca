"""The store's batched entity lookup answers what a query per name group would (app/services/store.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.settings import Settings
from app.db.models import Article, Entity, EntityAlias, EntityName, Mention
from app.db.session import unit_of_work
from app.nlp.identity import entity_key
from app.nlp.types import Analysis
from app.nlp.types import Mention as NlpMention
from app.services.store import refresh_entity_counts, store_analysis


def _mention(text: str, type_: str, start: int) -> NlpMention:
    return NlpMention(text=text, start=start, end=start + len(text), type=type_, canonical=text, key=entity_key(text))  # type: ignore[arg-type]


def test_a_reviewed_name_reached_through_an_alias_is_found_by_the_next_group(settings: Settings) -> None:
    """A name a reviewer pinned to an entity (entity_names) brings that entity into the lookup.

    The person group «ديالى الجديدة» lands on the reviewed unit E and gives it that alias; the unit group of
    the same name must then find E through it, as the per-group query did, not create a second entity.
    """
    url = settings.database_url
    with unit_of_work(url) as session:
        unit = Entity(name="قيادة عمليات ديالى", key=entity_key("قيادة عمليات ديالى"), type="unit",
                      mention_count=0, article_count=0, claim_count=0)  # fmt: skip
        session.add(unit)
        session.flush()
        session.add(EntityName(type="person", key=entity_key("ديالى الجديدة"), entity_id=unit.id, correction_id=1))
        unit_id = unit.id
    text = "ديالى الجديدة ثم ديالى الجديدة"
    with unit_of_work(url) as session:
        article = Article(text=text, text_hash="h-lookup", search_text=text, dated_at=datetime(2024, 1, 1),
                          status="analyzed", model_version="test", token_count=4)  # fmt: skip
        session.add(article)
        session.flush()
        mentions = [_mention("ديالى الجديدة", "person", 0), _mention("ديالى الجديدة", "unit", 17)]
        store_analysis(
            session=session, article=article, analysis=Analysis(mentions=mentions, claims=[], model_version="t")
        )
    with unit_of_work(url) as session:
        owners = set(session.scalars(select(Mention.entity_id)))
        assert owners == {unit_id}, "both groups of the pinned name go to the reviewed entity"
        assert (
            session.scalar(select(EntityAlias.entity_id).where(EntityAlias.key == entity_key("ديالى الجديدة")))
            == unit_id
        )
        assert len(session.scalars(select(Entity.id)).all()) == 1


def _entity_named(session: Session, name: str, aliases: list[str], *, fixed: bool = False) -> Entity:
    """An entity with one mention in a fresh article and these aliases stored for that article."""
    article = Article(
        text="نص", text_hash=f"h-{name}-{len(aliases)}-{fixed}", search_text="نص", status="analyzed",
        model_version="test", dated_at=datetime(2026, 1, 1),
    )  # fmt: skip
    entity = Entity(name=name, key=name, type="person", name_fixed=fixed)
    session.add_all([article, entity])
    session.flush()
    session.add(Mention(article_id=article.id, entity_id=entity.id, text=name, start=0, end=2))
    session.add_all([EntityAlias(entity_id=entity.id, article_id=article.id, alias=a, key=a) for a in aliases])
    session.flush()
    return entity


def test_an_entity_whose_name_no_alias_carries_is_renamed_after_its_longest_alias(db_url: str) -> None:
    with unit_of_work(db_url) as session:
        gone = _entity_named(session, "خالد", ["خالد العبيدي", "العبيدي"])
        kept = _entity_named(session, "سعد", ["سعد", "سعد الحلبوسي"])
        fixed = _entity_named(session, "مجهول", ["أحمد الصدر"], fixed=True)
        refresh_entity_counts(session=session, entity_ids=[gone.id, kept.id, fixed.id])
        ids = [gone.id, kept.id, fixed.id]
        names = {i: n for i, n in session.execute(select(Entity.id, Entity.name).where(Entity.id.in_(ids)))}
        session.rollback()
    assert names == {gone.id: "خالد العبيدي", kept.id: "سعد", fixed.id: "مجهول"}
