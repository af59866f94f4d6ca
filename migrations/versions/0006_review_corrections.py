"""newsroom review: audited corrections, the name overrides they imply, merged-entity redirects

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 06:10:00

A correction is stored as an intent (this name is that entity; this claim's speaker is that entity;
this mention or claim is wrong) so it is re-applied after every re-analysis; `entity_names` holds the
name → entity overrides the store consults first, `merged_entities` the ids merged away (answered 308).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
KEEP_IDS = {"sqlite_autoincrement": True}  # SQLite: ids never reused (see 0003)


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("entity_id", BIG_ID, nullable=True),
        sa.Column("other_entity_id", BIG_ID, nullable=True),
        sa.Column("article_id", BIG_ID, nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("intent", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("stale_reason", sa.String(500), nullable=True),
        sa.Column("key_name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_corrections_status_id", "corrections", ["status", "id"])
    op.create_index("ix_corrections_article_status", "corrections", ["article_id", "status"])
    op.create_index("ix_corrections_entity_id", "corrections", ["entity_id"])
    op.create_index("ix_corrections_other_entity_id", "corrections", ["other_entity_id"])
    op.create_table(
        "entity_names",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("key", sa.String(500), nullable=False),
        sa.Column(
            "entity_id",
            BIG_ID,
            sa.ForeignKey("entities.id", ondelete="CASCADE", name="fk_entity_names_entity_id_entities"),
            nullable=False,
        ),
        sa.Column("correction_id", BIG_ID, nullable=False),
        sa.UniqueConstraint("type", "key", name="uq_entity_names_type"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_entity_names_entity_id", "entity_names", ["entity_id"])
    op.create_index("ix_entity_names_correction_id", "entity_names", ["correction_id"])
    op.create_table(
        "merged_entities",
        sa.Column("old_id", BIG_ID, primary_key=True, autoincrement=False),
        sa.Column(
            "into_id",
            BIG_ID,
            sa.ForeignKey("entities.id", ondelete="CASCADE", name="fk_merged_entities_into_id_entities"),
            nullable=False,
        ),
        sa.Column("correction_id", BIG_ID, nullable=False),
    )
    op.create_index("ix_merged_entities_into_id", "merged_entities", ["into_id"])
    with op.batch_alter_table("entities", recreate="auto", table_kwargs=KEEP_IDS) as b:
        b.add_column(sa.Column("name_fixed", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("entities", table_kwargs=KEEP_IDS) as b:
        b.drop_column("name_fixed")
    op.drop_table("merged_entities")
    op.drop_table("entity_names")
    op.drop_table("corrections")
