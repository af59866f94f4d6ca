"""entity pairs: co-occurrence counted at write time, so the entity detail's related list is an index range

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 21:30:00

The entity detail counted the entities sharing its 200 latest articles at read time: a cost that grew with
the store until an entity had 200 articles (issue 14, bench/README.md "Entity detail at write time, session
12"). Every write that changes mentions now keeps (entity_id, other_id, shared articles), both ways; the
detail reads the top rows of the covering index (entity_id, shared DESC, other_id). Counts are all-time;
an article pairs its 100 most mentioned entities (app.services.cooccurrence.PAIRED_PER_ARTICLE). The upgrade
backfills the table from the stored mentions.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# Kept here, not imported: a migration runs as written whatever app/ becomes (app.services.cooccurrence.RECOUNT_ALL).
BACKFILL = """
WITH ranked AS (
    SELECT article_id, entity_id,
           ROW_NUMBER() OVER (PARTITION BY article_id ORDER BY count(*) DESC, entity_id) AS rank
    FROM mentions GROUP BY article_id, entity_id
), paired AS (SELECT article_id, entity_id FROM ranked WHERE rank <= 100)
INSERT INTO entity_pairs (entity_id, other_id, shared)
SELECT a.entity_id, b.entity_id, count(*)
FROM paired AS a JOIN paired AS b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id
GROUP BY a.entity_id, b.entity_id
"""


def upgrade() -> None:
    op.create_table(
        "entity_pairs",
        sa.Column("entity_id", BIG_ID, nullable=False),
        sa.Column("other_id", BIG_ID, nullable=False),
        sa.Column("shared", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name="fk_entity_pairs_entity_id_entities", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entity_id", "other_id", name="pk_entity_pairs"),
    )
    op.execute(BACKFILL)  # before the second index: built once over the rows, not row by row
    op.create_index("ix_entity_pairs_top", "entity_pairs", ["entity_id", sa.text("shared DESC"), "other_id"])


def downgrade() -> None:
    op.drop_table("entity_pairs")
