"""Request and response bodies of the review resource: corrections a newsroom makes to the analysis."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.schemas.common import EntityTypeName, UtcDateTime
from app.schemas.text_rules import reject_controls

UnitSubtype = Literal["military", "security", "government", "armed_group", "alliance", "media", "political", "other"]
MAX_ID = 2**63 - 1


class Action(StrEnum):
    """What a correction did."""

    MERGE = "merge"
    SPLIT = "split"
    EDIT_ENTITY = "edit_entity"
    EDIT_CLAIM = "edit_claim"
    REJECT_MENTION = "reject_mention"
    REJECT_CLAIM = "reject_claim"


class CorrectionStatus(StrEnum):
    """active: it holds (and is re-applied after re-analysis); stale: re-analysis left nothing it could apply
    to (see stale_reason); undone: taken back with DELETE /v1/corrections/{id}."""

    ACTIVE = "active"
    STALE = "stale"
    UNDONE = "undone"


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MergeIn(_Body):
    """Merge this entity into `into`: its mentions, aliases, titles and claims move; its id answers 308."""

    into: int = Field(ge=1, le=MAX_ID, description="The surviving entity's id.")


class SplitIn(_Body):
    """Split one alias off into an entity of its own (every mention written so, in every article)."""

    alias: str = Field(min_length=1, max_length=500, description="The alias as listed in the entity's aliases.")

    @model_validator(mode="after")
    def _clean(self) -> SplitIn:
        reject_controls(self.alias)
        return self


class EntityPatch(_Body):
    """Rename, retype or re-subtype an entity; only the fields sent change."""

    name: str | None = Field(None, min_length=1, max_length=500)
    type: EntityTypeName | None = None
    subtype: UnitSubtype | None = None

    @model_validator(mode="after")
    def _something(self) -> EntityPatch:
        if not self.model_fields_set:
            raise ValueError("send at least one of name, type, subtype")
        if "name" in self.model_fields_set and (self.name is None or not self.name.strip()):
            raise ValueError("name cannot be empty")
        if self.name is not None:
            reject_controls(self.name)
        if "type" in self.model_fields_set and self.type is None:
            raise ValueError("type cannot be null")
        return self


class ClaimPatch(_Body):
    """Set a claim's speaker (an entity id, or null for an unnamed source), kind or source; only the fields sent."""

    speaker_id: int | None = Field(None, ge=1, le=MAX_ID)
    speaker_kind: Literal["named", "descriptive", "anonymous"] | None = None
    kind: Literal["direct", "indirect"] | None = None
    source_id: int | None = Field(None, ge=1, le=MAX_ID)

    @model_validator(mode="after")
    def _something(self) -> ClaimPatch:
        if not self.model_fields_set:
            raise ValueError("send at least one of speaker_id, speaker_kind, kind, source_id")
        if "kind" in self.model_fields_set and self.kind is None:
            raise ValueError("kind cannot be null")
        return self


class CorrectionOut(BaseModel):
    """One audited correction: what it did, the state before and after, who (the API key's name) and when."""

    id: int
    action: Action
    status: CorrectionStatus
    entity_id: int | None = Field(description="The entity corrected (for a merge: the survivor).")
    other_entity_id: int | None = Field(description="merge: the entity merged away; split: the entity split from.")
    article_id: int | None
    intent: dict[str, Any] = Field(description="What the correction says must hold; re-applied after re-analysis.")
    before: dict[str, Any]
    after: dict[str, Any]
    stale_reason: str | None
    key_name: str = Field(description="The name of the API key that made it (anonymous without keys).")
    created_at: UtcDateTime
    updated_at: UtcDateTime
