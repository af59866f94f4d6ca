"""entity aliases indexed by (entity_id, alias): a page's distinct names without reading every article's row

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 12:00:00

A name is stored once per article that gave it, so a much-mentioned entity has one alias row per
article. Listing its distinct aliases read all of them; with this index PostgreSQL skips from one
distinct alias to the next (app/services/sql/entity_names.pg.sql). Titles already have such an
index (their unique constraint leads with entity_id, title).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_entity_aliases_entity_alias", "entity_aliases", ["entity_id", "alias"])


def downgrade() -> None:
    op.drop_index("ix_entity_aliases_entity_alias", table_name="entity_aliases")
