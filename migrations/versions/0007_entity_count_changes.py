"""entity count changes: rank entities by the mention count they had when a client's paging began

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 09:00:00

Paging `/v1/entities` by mention count skipped or repeated an entity whose count moved between
pages; each change now records the count before it, so a cursor can rank by the counts of its
first page (see app/services/ranking.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "entity_count_changes",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("entity_id", BIG_ID, nullable=False),
        sa.Column("before", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name="fk_entity_count_changes_entity_id_entities",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_entity_count_changes"),
        sqlite_autoincrement=True,  # SQLite: change ids never reused (see 0003)
    )
    op.create_index("ix_entity_count_changes_entity_id", "entity_count_changes", ["entity_id"])
    op.create_index("ix_entity_count_changes_at", "entity_count_changes", ["at"])


def downgrade() -> None:
    op.drop_table("entity_count_changes")
