"""mentions indexed by (article_id, start, entity_id): an article's entities without reading its mention rows

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 19:00:00

The entity detail counts related entities over an entity's latest articles: for each of those articles,
which entities it mentions. With (article_id, start) PostgreSQL read every mention row of each article
from the table for its entity_id; with entity_id in the index it is an index-only scan. The index
replaces (article_id, start) rather than joining it: it still gives an article's mentions in text order
(article detail) and counts them (article list), and ingest maintains one index, not two.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_mentions_article_start_entity", "mentions", ["article_id", "start", "entity_id"])
    op.drop_index("ix_mentions_article_start", table_name="mentions")


def downgrade() -> None:
    op.create_index("ix_mentions_article_start", "mentions", ["article_id", "start"])
    op.drop_index("ix_mentions_article_start_entity", table_name="mentions")
