"""Newsroom review: corrections to entities, mentions and claims, each one transaction, audited and undoable.

A correction is stored as an intent, so it holds after re-analysis: names it settles go to
`entity_names` (the store consults them first), mention and claim intents are addressed by article
and span (the text never changes) and re-applied by `reapply_corrections`. What can no longer be
applied is marked stale with a reason, never dropped.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from app.core.errors import Conflict, InvalidInput, NotFound
from app.db.base import utcnow
from app.db.models import (
    Article,
    Claim,
    ClaimAbout,
    Correction,
    Entity,
    EntityAlias,
    EntityName,
    EntityTitle,
    Mention,
    MergedEntity,
)
from app.nlp.identity import entity_key
from app.schemas.common import Page
from app.schemas.review import Action, ClaimPatch, CorrectionOut, CorrectionStatus, EntityPatch
from app.services.cooccurrence import articles_of, count_pairs, entity_sets
from app.services.entities import missing_entity
from app.services.pagination import SortKey, keyset, page_after
from app.services.store import refresh_entity_counts

SELF_MERGE = "An entity cannot be merged into itself."
TYPE_MISMATCH = "Entity {a} is a {ta} and entity {b} a {tb}: retype one of them first (PATCH /v1/entities/{a})."
OWN_NAME = "The entity's own name cannot be split off; rename the entity instead."
NO_SUCH_ALIAS = "Entity {id} has no mention or alias written «{alias}»."
NAME_TAKEN = "Entity {other} is already the {type} named so: merge into it instead."
SUBTYPE_NOT_UNIT = "Only units have a subtype."
NO_BODY_ENTITY = "{field}: there is no entity with id {id}."
LATER_CORRECTION = "Correction {later} (later, still active) touches the same {what}: undo it first."
NOT_ACTIVE = "Correction {id} is {status}: only an active correction can be undone."
MERGE_DRIFTED = (
    "Articles {ids} were re-analysed or deleted since this merge, so the merged entity cannot be restored "
    "exactly; split its names off instead (POST /v1/entities/{into}/split)."
)
CLAIM_GONE = "The claim at {start}–{end} of article {article} no longer exists."
ARTICLE_GONE = "Article {article} no longer exists."
ENTITY_GONE = "Entity {id} no longer exists."
STALE_CLAIM = "re-analysis of article {article} found no claim at {start}–{end}"
STALE_ARTICLE = "article {article} was deleted"
STALE_SPEAKER = "entity {id} named by this correction no longer exists"
NO_MENTION = "There is no mention with id {id}."
NO_CLAIM = "There is no claim with id {id}."
NO_CORRECTION = "There is no correction with id {id}."
NEWEST_FIRST = (SortKey(Correction.id, int, descending=True),)
CLAIM_ACTIONS = (Action.EDIT_CLAIM, Action.REJECT_CLAIM)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def correction_out(c: Correction) -> CorrectionOut:
    """A stored correction as its API shape."""
    return CorrectionOut(
        id=c.id,
        action=Action(c.action),
        status=CorrectionStatus(c.status),
        entity_id=c.entity_id,
        other_entity_id=c.other_entity_id,
        article_id=c.article_id,
        intent=json.loads(c.intent),
        before=json.loads(c.before),
        after=json.loads(c.after),
        stale_reason=c.stale_reason,
        key_name=c.key_name,
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


def _record(
    session: Session,
    *,
    action: Action,
    key_name: str,
    intent: dict[str, Any],
    before: dict[str, Any],
    after: dict[str, Any],
    entity_id: int | None = None,
    other_entity_id: int | None = None,
    article_id: int | None = None,
    span: tuple[int, int] | None = None,
) -> Correction:
    now = utcnow()
    c = Correction(
        action=action.value,
        status=CorrectionStatus.ACTIVE.value,
        entity_id=entity_id,
        other_entity_id=other_entity_id,
        article_id=article_id,
        span_start=span[0] if span else None,
        span_end=span[1] if span else None,
        intent=_json(intent),
        before=_json(before),
        after=_json(after),
        key_name=key_name,
        created_at=now,
        updated_at=now,
    )
    session.add(c)
    session.flush()
    return c


def _lock_entity(session: Session, entity_id: int) -> Entity:
    """The entity, row-locked for this transaction, or the 308/404 a client should see."""
    entity = session.scalar(
        select(Entity).where(Entity.id == entity_id).with_for_update().execution_options(populate_existing=True)
    )
    if entity is None:
        raise missing_entity(session=session, entity_id=entity_id)
    return entity


def _body_entity(session: Session, field: str, entity_id: int) -> Entity:
    """An entity named in a request body: a missing one is the body's fault (422), not the URL's."""
    entity = session.get(Entity, entity_id)
    if entity is None:
        raise InvalidInput(NO_BODY_ENTITY.format(field=field, id=entity_id))
    return entity


def _entity_state(e: Entity) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "key": e.key, "type": e.type, "subtype": e.subtype, "name_fixed": e.name_fixed}


def _name_keys(session: Session, entity: Entity) -> set[str]:
    """The keys a retype or merge settles for good: the entity's own, and its aliases that can name it alone.

    A one-word person alias (a surname) is left out, as in the store's matching: it names many people.
    """
    keys = {entity.key, *session.scalars(select(EntityAlias.key).where(EntityAlias.entity_id == entity.id))}
    return {k for k in keys if k and (entity.type != "person" or len(k.split()) > 1 or k == entity.key)}


def _claim_name(session: Session, type_: str, key: str, entity_id: int, correction_id: int) -> list[int]:
    """Make (type, key) name this entity; returns the ids of reviewed names repointed from another entity."""
    row = session.scalar(select(EntityName).where(EntityName.type == type_, EntityName.key == key))
    if row is None:
        session.add(EntityName(type=type_, key=key, entity_id=entity_id, correction_id=correction_id))
        return []
    if row.entity_id == entity_id:
        return []
    repointed = [row.id, row.entity_id, row.correction_id]
    row.entity_id, row.correction_id = entity_id, correction_id
    return repointed


def _check_latest(session: Session, c: Correction) -> None:
    """Undo goes newest first on the same object: a later active correction of it must be undone before."""
    cond: Any
    if c.action in CLAIM_ACTIONS or c.action == Action.REJECT_MENTION:
        cond = and_(Correction.article_id == c.article_id, Correction.span_start == c.span_start)
        what = "claim or mention"
    else:
        ids = [x for x in (c.entity_id, c.other_entity_id) if x is not None]
        cond = or_(Correction.entity_id.in_(ids), Correction.other_entity_id.in_(ids))
        what = "entity"
    later = session.scalar(
        select(func.min(Correction.id)).where(Correction.id > c.id, Correction.status == "active", cond)
    )
    if later is not None:
        raise Conflict(LATER_CORRECTION.format(later=later, what=what))


# -- merge ---------------------------------------------------------------------------------------------


def merge_entities(*, session: Session, entity_id: int, into: int, key_name: str) -> CorrectionOut:
    """Merge entity_id into `into`: mentions, aliases, titles and claims move; the old id redirects."""
    if entity_id == into:
        raise InvalidInput(SELF_MERGE)
    _body_entity(session, "into", into)
    first, second = sorted((entity_id, into))  # lock in id order, as every writer does
    locked = {first: _lock_entity(session, first), second: _lock_entity(session, second)}
    gone, keep = locked[entity_id], locked[into]
    if gone.type != keep.type:
        raise InvalidInput(TYPE_MISMATCH.format(a=gone.id, ta=gone.type, b=keep.id, tb=keep.type))
    keys = _name_keys(session, gone) - {keep.key}
    correction = _record(
        session, action=Action.MERGE, key_name=key_name, intent={"merge": gone.id, "into": keep.id},
        before={}, after={}, entity_id=keep.id, other_entity_id=gone.id,
    )  # fmt: skip
    pairs = entity_sets(session, articles_of(session, Mention.entity_id == gone.id))
    before: dict[str, Any] = {"entity": _entity_state(gone), **_move_all(session, gone.id, keep.id)}
    before["names_repointed"] = [
        r for k in sorted(keys) if (r := _claim_name(session, gone.type, k, keep.id, correction.id))
    ]
    before["names_repointed"] += _repoint_names(session, gone.id, keep.id, correction.id)
    before["merged_repointed"] = list(
        session.scalars(select(MergedEntity.old_id).where(MergedEntity.into_id == gone.id))
    )
    session.execute(update(MergedEntity).where(MergedEntity.into_id == gone.id).values(into_id=keep.id))
    session.flush()
    session.execute(delete(Entity).where(Entity.id == gone.id))
    session.add(MergedEntity(old_id=gone.id, into_id=keep.id, correction_id=correction.id))
    correction.before = _json(before)
    correction.after = _json({"into": keep.id, "names": sorted(keys)})
    refresh_entity_counts(session=session, entity_ids=[keep.id])
    count_pairs(session, pairs)
    return correction_out(correction)


def _repoint_names(session: Session, old: int, new: int, correction_id: int) -> list[list[int]]:
    rows = session.execute(select(EntityName.id, EntityName.correction_id).where(EntityName.entity_id == old)).all()
    session.execute(
        update(EntityName).where(EntityName.entity_id == old).values(entity_id=new, correction_id=correction_id)
    )
    return [[r.id, old, r.correction_id] for r in rows]


def _move_all(session: Session, old: int, new: int) -> dict[str, Any]:
    """Move everything that points at `old` to `new`; returns what moved and what was dropped as a duplicate."""
    moved: dict[str, Any] = {
        "mentions": list(session.scalars(select(Mention.id).where(Mention.entity_id == old))),
        "speaker_of": list(session.scalars(select(Claim.id).where(Claim.speaker_entity_id == old))),
        "source_of": list(session.scalars(select(Claim.id).where(Claim.source_entity_id == old))),
        "affiliation_of": list(session.scalars(select(Claim.id).where(Claim.speaker_affiliation_id == old))),
    }
    session.execute(update(Mention).where(Mention.entity_id == old).values(entity_id=new))
    session.execute(update(Claim).where(Claim.speaker_entity_id == old).values(speaker_entity_id=new))
    session.execute(update(Claim).where(Claim.source_entity_id == old).values(source_entity_id=new))
    session.execute(update(Claim).where(Claim.speaker_affiliation_id == old).values(speaker_affiliation_id=new))
    for model, field, label in ((EntityAlias, "key", "aliases"), (EntityTitle, "title", "titles")):
        moved[label], moved[f"{label}_dropped"] = _move_names(session, model, field, old, new)
    both = select(ClaimAbout.claim_id).where(ClaimAbout.entity_id == new)
    moved["about_dropped"] = list(
        session.scalars(select(ClaimAbout.claim_id).where(ClaimAbout.entity_id == old, ClaimAbout.claim_id.in_(both)))
    )
    session.execute(delete(ClaimAbout).where(ClaimAbout.entity_id == old, ClaimAbout.claim_id.in_(both)))
    moved["about"] = list(session.scalars(select(ClaimAbout.claim_id).where(ClaimAbout.entity_id == old)))
    session.execute(update(ClaimAbout).where(ClaimAbout.entity_id == old).values(entity_id=new))
    session.flush()
    return moved


def _move_names(session: Session, model: Any, field: str, old: int, new: int) -> tuple[list[int], list[dict[str, Any]]]:
    """Move alias or title rows; one the survivor already has for that article is dropped (and recorded)."""
    rows = list(session.scalars(select(model).where(model.entity_id == old)))
    have = {(r.article_id, getattr(r, field)) for r in session.scalars(select(model).where(model.entity_id == new))}
    dropped = [_row_state(r) for r in rows if (r.article_id, getattr(r, field)) in have]
    kept = [r.id for r in rows if (r.article_id, getattr(r, field)) not in have]
    if dropped:
        session.execute(delete(model).where(model.id.in_([d["id"] for d in dropped])))
    if kept:
        session.execute(update(model).where(model.id.in_(kept)).values(entity_id=new))
    return kept, dropped


def _row_state(r: EntityAlias | EntityTitle) -> dict[str, Any]:
    if isinstance(r, EntityAlias):
        return {"id": r.id, "article_id": r.article_id, "alias": r.alias, "key": r.key}
    return {"id": r.id, "article_id": r.article_id, "title": r.title}


def _undo_merge(session: Session, c: Correction) -> None:
    """Bring a merged-away entity back under its old id with what the merge moved, if nothing has drifted."""
    before = json.loads(c.before)
    state, keep_id = before["entity"], c.entity_id
    assert keep_id is not None
    _lock_entity(session, keep_id)
    _check_merge_restorable(session, before, keep_id)
    old = state["id"]
    pairs = entity_sets(session, articles_of(session, Mention.id.in_(before["mentions"])))
    session.execute(delete(MergedEntity).where(MergedEntity.old_id == old))
    session.add(
        Entity(id=old, name=state["name"], key=state["key"], type=state["type"], subtype=state["subtype"],
               name_fixed=state["name_fixed"], mention_count=0, article_count=0, claim_count=0)
    )  # fmt: skip
    session.flush()
    _give_back(session, before, old, keep_id)
    _restore_names(session, c, before["names_repointed"])
    session.execute(update(MergedEntity).where(MergedEntity.old_id.in_(before["merged_repointed"])).values(into_id=old))
    refresh_entity_counts(session=session, entity_ids=[old, keep_id])
    count_pairs(session, pairs)


def _check_merge_restorable(session: Session, before: dict[str, Any], keep_id: int) -> None:
    """Refuse an undo that cannot restore the merged entity exactly: mentions gone or its name taken since."""
    state = before["entity"]
    present = set(
        session.scalars(select(Mention.id).where(Mention.id.in_(before["mentions"]), Mention.entity_id == keep_id))
    )
    if missing := set(before["mentions"]) - present:
        articles = sorted(set(session.scalars(select(Mention.article_id).where(Mention.id.in_(missing)))))
        raise Conflict(MERGE_DRIFTED.format(ids=", ".join(map(str, articles)) or "of its mentions", into=keep_id))
    taken = session.scalar(select(Entity.id).where(Entity.type == state["type"], Entity.key == state["key"]))
    if taken is not None:
        raise Conflict(NAME_TAKEN.format(other=taken, type=state["type"]))


def _give_back(session: Session, before: dict[str, Any], old: int, keep_id: int) -> None:
    """Return to the restored entity what the merge moved: mentions, claim roles, names, titles, abouts."""
    session.execute(update(Mention).where(Mention.id.in_(before["mentions"])).values(entity_id=old))
    for field, col in (
        ("speaker_of", Claim.speaker_entity_id),
        ("source_of", Claim.source_entity_id),
        ("affiliation_of", Claim.speaker_affiliation_id),
    ):
        session.execute(update(Claim).where(Claim.id.in_(before[field]), col == keep_id).values({col.key: old}))
    session.execute(update(EntityAlias).where(EntityAlias.id.in_(before["aliases"])).values(entity_id=old))
    session.execute(update(EntityTitle).where(EntityTitle.id.in_(before["titles"])).values(entity_id=old))
    live = set(session.scalars(select(Article.id)))
    for d in before["aliases_dropped"]:
        if d["article_id"] in live:
            session.add(EntityAlias(entity_id=old, article_id=d["article_id"], alias=d["alias"], key=d["key"]))
    for d in before["titles_dropped"]:
        if d["article_id"] in live:
            session.add(EntityTitle(entity_id=old, article_id=d["article_id"], title=d["title"]))
    session.execute(
        update(ClaimAbout).where(ClaimAbout.claim_id.in_(before["about"]), ClaimAbout.entity_id == keep_id)
        .values(entity_id=old)
    )  # fmt: skip
    for claim_id in session.scalars(select(Claim.id).where(Claim.id.in_(before["about_dropped"]))):
        session.add(ClaimAbout(claim_id=claim_id, entity_id=old))


def _restore_names(session: Session, c: Correction, repointed: list[list[int]]) -> None:
    """Drop the reviewed names this correction made; give back the ones it took from another entity."""
    for name_id, entity_id, correction_id in repointed:
        if session.get(Entity, entity_id) is not None:
            session.execute(
                update(EntityName)
                .where(EntityName.id == name_id)
                .values(entity_id=entity_id, correction_id=correction_id)
            )
    restored = [r[0] for r in repointed]
    session.execute(delete(EntityName).where(EntityName.correction_id == c.id, EntityName.id.not_in(restored)))
    session.flush()


# -- split ---------------------------------------------------------------------------------------------


def split_alias(*, session: Session, entity_id: int, alias: str, key_name: str) -> CorrectionOut:
    """Give the mentions and aliases written `alias` an entity of their own, in every article, for good."""
    entity = _lock_entity(session, entity_id)
    key = entity_key(alias)
    mentions, aliases = _split_targets(session, entity, alias, key)
    written = aliases[0].alias if aliases else mentions[0][1]
    new = Entity(name=written, key=key, type=entity.type, subtype=entity.subtype,
                 mention_count=0, article_count=0, claim_count=0)  # fmt: skip
    session.add(new)
    session.flush()
    correction = _record(
        session, action=Action.SPLIT, key_name=key_name, intent={"split": entity.id, "alias": written},
        before={}, after={}, entity_id=new.id, other_entity_id=entity.id,
    )  # fmt: skip
    speaker_of = [
        cid
        for cid, text in session.execute(
            select(Claim.id, Claim.speaker_text).where(Claim.speaker_entity_id == entity.id)
        )
        if text and entity_key(text) == key
    ]
    pairs = entity_sets(session, articles_of(session, Mention.id.in_([m for m, _ in mentions])))
    session.execute(update(Mention).where(Mention.id.in_([m for m, _ in mentions])).values(entity_id=new.id))
    session.execute(update(EntityAlias).where(EntityAlias.id.in_([a.id for a in aliases])).values(entity_id=new.id))
    session.execute(update(Claim).where(Claim.id.in_(speaker_of)).values(speaker_entity_id=new.id))
    repointed = _claim_name(session, entity.type, key, new.id, correction.id)
    correction.before = _json({"entity": _entity_state(entity), "names_repointed": [repointed] if repointed else []})
    correction.after = _json({"entity": _entity_state(new), "mentions": len(mentions), "speaker_of": speaker_of})
    refresh_entity_counts(session=session, entity_ids=[entity.id, new.id])
    count_pairs(session, pairs)
    return correction_out(correction)


def _split_targets(
    session: Session, entity: Entity, alias: str, key: str
) -> tuple[list[tuple[int, str]], list[EntityAlias]]:
    """(mention id, text) and alias rows of the entity written `alias`; refused if none or the name is taken."""
    if not key:
        raise InvalidInput(NO_SUCH_ALIAS.format(id=entity.id, alias=alias))
    if key == entity.key:
        raise InvalidInput(OWN_NAME)
    mentions = [
        (m_id, text)
        for m_id, text in session.execute(select(Mention.id, Mention.text).where(Mention.entity_id == entity.id))
        if entity_key(text) == key
    ]
    aliases = list(
        session.scalars(select(EntityAlias).where(EntityAlias.entity_id == entity.id, EntityAlias.key == key))
    )
    if not mentions and not aliases:
        raise InvalidInput(NO_SUCH_ALIAS.format(id=entity.id, alias=alias))
    taken = session.scalar(select(Entity.id).where(Entity.type == entity.type, Entity.key == key))
    if taken is not None:
        raise Conflict(NAME_TAKEN.format(other=taken, type=entity.type))
    return mentions, aliases


def _undo_split(session: Session, c: Correction) -> None:
    assert c.entity_id is not None and c.other_entity_id is not None
    if session.get(Entity, c.other_entity_id) is None:
        raise Conflict(ENTITY_GONE.format(id=c.other_entity_id))
    pairs = entity_sets(session, articles_of(session, Mention.entity_id == c.entity_id))
    if session.get(Entity, c.entity_id) is not None:
        _move_all(session, c.entity_id, c.other_entity_id)
        session.execute(delete(Entity).where(Entity.id == c.entity_id))
        session.add(MergedEntity(old_id=c.entity_id, into_id=c.other_entity_id, correction_id=c.id))
    _restore_names(session, c, json.loads(c.before)["names_repointed"])
    refresh_entity_counts(session=session, entity_ids=[c.other_entity_id])
    count_pairs(session, pairs)


# -- rename, retype, re-subtype ------------------------------------------------------------------------


def edit_entity(*, session: Session, entity_id: int, patch: EntityPatch, key_name: str) -> CorrectionOut:
    """Rename (the name then stays), retype or re-subtype an entity; a retype holds for its names after re-analysis."""
    entity = _lock_entity(session, entity_id)
    before = _entity_state(entity)
    fields = patch.model_dump(exclude_unset=True)
    new_type = fields.get("type", entity.type)
    subtype = fields.get("subtype", entity.subtype if new_type == entity.type else None)
    if subtype is not None and new_type != "unit":
        raise InvalidInput(SUBTYPE_NOT_UNIT)
    correction = _record(
        session, action=Action.EDIT_ENTITY, key_name=key_name, intent=fields, before={}, after={}, entity_id=entity.id
    )
    repointed: list[list[int]] = []
    if new_type != entity.type:
        taken = session.scalar(select(Entity.id).where(Entity.type == new_type, Entity.key == entity.key))
        if taken is not None:
            raise Conflict(NAME_TAKEN.format(other=taken, type=new_type))
        for key in sorted(_name_keys(session, entity)):
            if r := _claim_name(session, entity.type, key, entity.id, correction.id):
                repointed.append(r)
        entity.type = new_type
    entity.subtype = subtype
    if "name" in fields:
        entity.name, entity.name_fixed = fields["name"].strip(), True
    session.flush()
    correction.before = _json({**before, "names_repointed": repointed})
    correction.after = _json(_entity_state(entity))
    return correction_out(correction)


def _undo_edit_entity(session: Session, c: Correction) -> None:
    assert c.entity_id is not None
    entity = session.get(Entity, c.entity_id)
    if entity is None:
        raise Conflict(ENTITY_GONE.format(id=c.entity_id))
    before = json.loads(c.before)
    if before["type"] != entity.type:
        taken = session.scalar(select(Entity.id).where(Entity.type == before["type"], Entity.key == entity.key))
        if taken is not None:
            raise Conflict(NAME_TAKEN.format(other=taken, type=before["type"]))
    entity.name, entity.type, entity.subtype = before["name"], before["type"], before["subtype"]
    entity.name_fixed = before["name_fixed"]
    _restore_names(session, c, before["names_repointed"])
    refresh_entity_counts(session=session, entity_ids=[entity.id])


# -- claims --------------------------------------------------------------------------------------------


def _claim_state(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind,
        "quote": c.text,
        "speaker_entity_id": c.speaker_entity_id,
        "speaker_text": c.speaker_text,
        "speaker_start": c.speaker_start,
        "speaker_end": c.speaker_end,
        "speaker_kind": c.speaker_kind,
        "speaker_affiliation_id": c.speaker_affiliation_id,
        "source_entity_id": c.source_entity_id,
        "source_text": c.source_text,
    }


def _nearest_mention(session: Session, claim: Claim, entity_id: int) -> Mention | None:
    """The mention of this entity nearest before the claim (else after it, else in it): the speaker as written."""
    mentions = session.scalars(
        select(Mention).where(Mention.article_id == claim.article_id, Mention.entity_id == entity_id)
    ).all()
    before = [m for m in mentions if m.end <= claim.start]
    if before:
        return max(before, key=lambda m: m.start)
    after = [m for m in mentions if m.start >= claim.end] or list(mentions)
    return min(after, key=lambda m: m.start) if after else None


def _apply_claim_intent(session: Session, claim: Claim, intent: dict[str, Any]) -> None:
    """Make the claim say what a reviewer said (speaker, speaker kind, kind, source)."""
    if "speaker_id" in intent:
        sid = intent["speaker_id"]
        claim.speaker_entity_id = sid
        if sid is not None:
            m = _nearest_mention(session, claim, sid)
            claim.speaker_text, claim.speaker_start, claim.speaker_end = (
                (m.text, m.start, m.end) if m else (None, None, None)
            )
            claim.speaker_kind, claim.speaker_affiliation_id = "named", None
        elif claim.speaker_kind == "named":
            claim.speaker_kind = "descriptive" if claim.speaker_text else "anonymous"
    if intent.get("speaker_kind") is not None:
        claim.speaker_kind = intent["speaker_kind"]
    if intent.get("kind") is not None:
        claim.kind = intent["kind"]
    if "source_id" in intent:
        src = intent["source_id"]
        claim.source_entity_id = src
        if src is None:
            claim.source_text = None
        else:
            m = _nearest_mention(session, claim, src)
            entity = session.get(Entity, src)
            claim.source_text = m.text if m else (entity.name if entity else None)


def _get_claim(session: Session, claim_id: int) -> Claim:
    claim = session.scalar(select(Claim).where(Claim.id == claim_id).with_for_update())
    if claim is None:
        raise NotFound(NO_CLAIM.format(id=claim_id))
    return claim


def edit_claim(*, session: Session, claim_id: int, patch: ClaimPatch, key_name: str) -> CorrectionOut:
    """Set a claim's speaker, speaker kind, kind or source; held for its span after re-analysis."""
    claim = _get_claim(session, claim_id)
    intent = patch.model_dump(exclude_unset=True)
    for field in ("speaker_id", "source_id"):
        if intent.get(field) is not None:
            _body_entity(session, field, intent[field])
    before = _claim_state(claim)
    _apply_claim_intent(session, claim, intent)
    session.flush()
    correction = _record(
        session, action=Action.EDIT_CLAIM, key_name=key_name, intent={**intent, "quote": claim.text},
        before=before, after=_claim_state(claim), entity_id=intent.get("speaker_id"),
        other_entity_id=intent.get("source_id"), article_id=claim.article_id, span=(claim.start, claim.end),
    )  # fmt: skip
    touched = {x for x in (before["speaker_entity_id"], claim.speaker_entity_id) if x is not None}
    refresh_entity_counts(session=session, entity_ids=touched)
    return correction_out(correction)


def _claim_at(session: Session, c: Correction) -> Claim | None:
    return session.scalar(
        select(Claim).where(Claim.article_id == c.article_id, Claim.start == c.span_start, Claim.end == c.span_end)
    )


def _undo_edit_claim(session: Session, c: Correction) -> None:
    claim = _claim_at(session, c)
    if claim is None:
        raise Conflict(CLAIM_GONE.format(start=c.span_start, end=c.span_end, article=c.article_id))
    before = json.loads(c.before)
    now_speaker = claim.speaker_entity_id
    for field in ("speaker_entity_id", "speaker_affiliation_id", "source_entity_id"):
        if before[field] is not None and session.get(Entity, before[field]) is None:
            before[field] = None
    for field in ("kind", "speaker_entity_id", "speaker_text", "speaker_start", "speaker_end", "speaker_kind",
                  "speaker_affiliation_id", "source_entity_id", "source_text"):  # fmt: skip
        setattr(claim, field, before[field])
    session.flush()
    refresh_entity_counts(session=session, entity_ids={x for x in (now_speaker, claim.speaker_entity_id) if x})


def reject_claim(*, session: Session, claim_id: int, key_name: str) -> CorrectionOut:
    """Remove a wrong claim; re-analysis will not bring it back."""
    claim = _get_claim(session, claim_id)
    about = list(session.scalars(select(ClaimAbout.entity_id).where(ClaimAbout.claim_id == claim.id)))
    before = {**_claim_state(claim), "cue": claim.cue, "search_text": claim.search_text,
              "confidence": claim.confidence, "about": about}  # fmt: skip
    span = (claim.start, claim.end)
    speaker = claim.speaker_entity_id
    article_id = claim.article_id
    session.execute(delete(Claim).where(Claim.id == claim.id))
    correction = _record(
        session, action=Action.REJECT_CLAIM, key_name=key_name, intent={"reject": "claim", "quote": before["quote"]},
        before=before, after={}, article_id=article_id, span=span,
    )  # fmt: skip
    refresh_entity_counts(session=session, entity_ids=[speaker] if speaker else [])
    return correction_out(correction)


def _undo_reject_claim(session: Session, c: Correction) -> None:
    article = session.get(Article, c.article_id)
    if article is None:
        raise Conflict(ARTICLE_GONE.format(article=c.article_id))
    b = json.loads(c.before)
    alive = set(session.scalars(select(Entity.id).where(Entity.id.in_(
        [x for x in (b["speaker_entity_id"], b["speaker_affiliation_id"], b["source_entity_id"], *b["about"]) if x]
    ))))  # fmt: skip
    claim = Claim(
        id=b["id"] if session.get(Claim, b["id"]) is None else None, article_id=article.id, kind=b["kind"],
        cue=b["cue"], text=b["quote"], search_text=b["search_text"], start=c.span_start, end=c.span_end,
        speaker_entity_id=b["speaker_entity_id"] if b["speaker_entity_id"] in alive else None,
        speaker_text=b["speaker_text"], speaker_start=b["speaker_start"], speaker_end=b["speaker_end"],
        speaker_kind=b["speaker_kind"],
        speaker_affiliation_id=b["speaker_affiliation_id"] if b["speaker_affiliation_id"] in alive else None,
        source_entity_id=b["source_entity_id"] if b["source_entity_id"] in alive else None,
        source_text=b["source_text"], confidence=b["confidence"], dated_at=article.dated_at,
    )  # fmt: skip
    claim.about = [ClaimAbout(entity_id=e) for e in b["about"] if e in alive]
    session.add(claim)
    session.flush()
    refresh_entity_counts(session=session, entity_ids=[claim.speaker_entity_id] if claim.speaker_entity_id else [])


# -- mentions ------------------------------------------------------------------------------------------


def reject_mention(*, session: Session, mention_id: int, key_name: str) -> CorrectionOut:
    """Remove a wrong mention (and the alias only it gave); re-analysis will not bring it back."""
    mention = session.scalar(select(Mention).where(Mention.id == mention_id).with_for_update())
    if mention is None:
        raise NotFound(NO_MENTION.format(id=mention_id))
    before: dict[str, Any] = {"id": mention.id, "entity_id": mention.entity_id, "text": mention.text, "alias": None}
    key = entity_key(mention.text)
    same = [
        m
        for m in session.scalars(
            select(Mention.text).where(
                Mention.article_id == mention.article_id,
                Mention.entity_id == mention.entity_id,
                Mention.id != mention.id,
            )
        )
        if entity_key(m) == key
    ]
    if not same:
        alias = session.scalar(
            select(EntityAlias).where(
                EntityAlias.article_id == mention.article_id,
                EntityAlias.entity_id == mention.entity_id,
                EntityAlias.key == key,
            )
        )
        if alias is not None:
            before["alias"] = _row_state(alias)
            session.execute(delete(EntityAlias).where(EntityAlias.id == alias.id))
    entity_id, article_id, span = mention.entity_id, mention.article_id, (mention.start, mention.end)
    pairs = entity_sets(session, [article_id])
    session.execute(delete(Mention).where(Mention.id == mention.id))
    correction = _record(
        session, action=Action.REJECT_MENTION, key_name=key_name, intent={"reject": "mention", "text": before["text"]},
        before=before, after={}, article_id=article_id, span=span,
    )  # fmt: skip
    refresh_entity_counts(session=session, entity_ids=[entity_id])
    count_pairs(session, pairs)
    return correction_out(correction)


def _undo_reject_mention(session: Session, c: Correction) -> None:
    b = json.loads(c.before)
    if session.get(Article, c.article_id) is None:
        raise Conflict(ARTICLE_GONE.format(article=c.article_id))
    if session.get(Entity, b["entity_id"]) is None:
        raise Conflict(ENTITY_GONE.format(id=b["entity_id"]))
    assert c.article_id is not None and c.span_start is not None and c.span_end is not None
    pairs = entity_sets(session, [c.article_id])
    session.add(Mention(id=b["id"] if session.get(Mention, b["id"]) is None else None, article_id=c.article_id,
                        entity_id=b["entity_id"], text=b["text"], start=c.span_start, end=c.span_end))  # fmt: skip
    if (a := b["alias"]) is not None:
        session.add(EntityAlias(entity_id=b["entity_id"], article_id=c.article_id, alias=a["alias"], key=a["key"]))
    session.flush()
    refresh_entity_counts(session=session, entity_ids=[b["entity_id"]])
    count_pairs(session, pairs)


# -- re-application, listing, undo ---------------------------------------------------------------------


def reapply_corrections(*, session: Session, article_id: int) -> set[int]:
    """After re-analysis: re-apply the article's claim corrections; those with nothing to apply to go stale.

    A claim is found by its span, else by the re-analysed claim overlapping most of it (its span is then
    updated). Mention rejections and reviewed names hold in the store itself. Returns touched entity ids.
    """
    touched: set[int] = set()
    rows = session.scalars(
        select(Correction)
        .where(Correction.article_id == article_id, Correction.status == "active", Correction.action.in_(CLAIM_ACTIONS))
        .order_by(Correction.id)
    ).all()
    for c in rows:
        claim = _claim_at(session, c) or _overlapping_claim(session, c)
        intent = json.loads(c.intent)
        missing = [
            intent[f] for f in ("speaker_id", "source_id") if intent.get(f) and not session.get(Entity, intent[f])
        ]
        if claim is None or missing:
            reason = (
                STALE_SPEAKER.format(id=missing[0])
                if missing
                else STALE_CLAIM.format(article=article_id, start=c.span_start, end=c.span_end)
            )
            c.status, c.stale_reason, c.updated_at = CorrectionStatus.STALE.value, reason, utcnow()
            continue
        c.span_start, c.span_end = claim.start, claim.end
        touched.update(x for x in (claim.speaker_entity_id,) if x is not None)
        if c.action == Action.REJECT_CLAIM:
            session.execute(delete(Claim).where(Claim.id == claim.id))
        else:
            _apply_claim_intent(session, claim, intent)
            touched.update(x for x in (claim.speaker_entity_id,) if x is not None)
    session.flush()
    return touched


def stale_article_corrections(*, session: Session, article_id: int) -> None:
    """An article's own corrections (claims, mentions) cannot hold once it is deleted: they go stale, listed."""
    session.execute(
        update(Correction)
        .where(Correction.article_id == article_id, Correction.status == CorrectionStatus.ACTIVE.value)
        .values(status=CorrectionStatus.STALE.value, stale_reason=STALE_ARTICLE.format(article=article_id),
                updated_at=utcnow())
    )  # fmt: skip


def _overlapping_claim(session: Session, c: Correction) -> Claim | None:
    """The claim covering most of the corrected span, if it covers at least half of it."""
    assert c.span_start is not None and c.span_end is not None
    claims = session.scalars(
        select(Claim).where(Claim.article_id == c.article_id, Claim.start < c.span_end, Claim.end > c.span_start)
    ).all()
    best = max(claims, key=lambda x: min(x.end, c.span_end or 0) - max(x.start, c.span_start or 0), default=None)
    if best is None:
        return None
    overlap = min(best.end, c.span_end) - max(best.start, c.span_start)
    return best if 2 * overlap >= c.span_end - c.span_start else None


UNDO = {
    Action.MERGE: _undo_merge,
    Action.SPLIT: _undo_split,
    Action.EDIT_ENTITY: _undo_edit_entity,
    Action.EDIT_CLAIM: _undo_edit_claim,
    Action.REJECT_CLAIM: _undo_reject_claim,
    Action.REJECT_MENTION: _undo_reject_mention,
}


def _get(session: Session, correction_id: int, *, lock: bool = False) -> Correction:
    stmt = select(Correction).where(Correction.id == correction_id)
    c = session.scalar(stmt.with_for_update() if lock else stmt)
    if c is None:
        raise NotFound(NO_CORRECTION.format(id=correction_id))
    return c


def get_correction(*, session: Session, correction_id: int) -> CorrectionOut:
    """One correction by id, or 404."""
    return correction_out(_get(session, correction_id))


def undo_correction(*, session: Session, correction_id: int) -> CorrectionOut:
    """Restore the state before the correction, or say (409) why it cannot be restored."""
    c = _get(session, correction_id, lock=True)
    if c.status != CorrectionStatus.ACTIVE:
        raise Conflict(NOT_ACTIVE.format(id=c.id, status=c.status))
    _check_latest(session, c)
    UNDO[Action(c.action)](session, c)
    c.status, c.updated_at = CorrectionStatus.UNDONE.value, utcnow()
    session.flush()
    return correction_out(c)


def list_corrections(
    *,
    session: Session,
    limit: int,
    cursor: str | None = None,
    status: CorrectionStatus | None = None,
    action: Action | None = None,
    entity_id: int | None = None,
    article_id: int | None = None,
) -> Page[CorrectionOut]:
    """Corrections newest first, filtered; `status=stale` is the list of those re-analysis left behind."""
    stmt = select(Correction)
    if status is not None:
        stmt = stmt.where(Correction.status == status.value)
    if action is not None:
        stmt = stmt.where(Correction.action == action.value)
    if entity_id is not None:
        stmt = stmt.where(or_(Correction.entity_id == entity_id, Correction.other_entity_id == entity_id))
    if article_id is not None:
        stmt = stmt.where(Correction.article_id == article_id)
    rows = list(session.scalars(keyset(stmt, NEWEST_FIRST, cursor).limit(limit + 1)))
    page, nxt = page_after(rows, limit, NEWEST_FIRST)
    return Page[CorrectionOut](items=[correction_out(c) for c in page], next_cursor=nxt)
