"""aliases and titles remember the article that gave them, so a delete or reprocess takes them away

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 14:00:00

Existing rows had no article: an alias is attributed to each article with a mention of that text, and
what remains (canonical names, titles) to every article that mentions the entity; rows of entities that
nothing mentions go.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TABLES = {  # table: (value columns, old unique constraint, new unique constraint)
    "entity_aliases": (("alias", "key"), "uq_entity_aliases_entity_key", "uq_entity_aliases_entity_key_article"),
    "entity_titles": (("title",), "uq_entity_titles_entity_title", "uq_entity_titles_entity_title_article"),
}


def upgrade() -> None:
    for table, (_, old, _) in TABLES.items():
        with op.batch_alter_table(table) as b:
            b.add_column(sa.Column("article_id", BIG_ID, nullable=True))
            b.drop_constraint(old, type_="unique")
    aliases_to_mentions = """
        INSERT INTO entity_aliases (entity_id, alias, key, article_id)
        SELECT DISTINCT a.entity_id, a.alias, a.key, m.article_id
        FROM entity_aliases a JOIN mentions m ON m.entity_id = a.entity_id AND m.text = a.alias
        WHERE a.article_id IS NULL
    """
    op.execute(aliases_to_mentions)
    for table, (cols, _, _) in TABLES.items():
        values = ", ".join(cols)
        picked = ", ".join(f"x.{c}" for c in cols)
        op.execute(
            f"""
            INSERT INTO {table} (entity_id, {values}, article_id)
            SELECT DISTINCT x.entity_id, {picked}, m.article_id
            FROM {table} x JOIN mentions m ON m.entity_id = x.entity_id
            WHERE x.article_id IS NULL AND NOT EXISTS (
                SELECT 1 FROM {table} y WHERE y.entity_id = x.entity_id AND y.article_id IS NOT NULL
                AND {" AND ".join(f"y.{c} = x.{c}" for c in cols)})
            """
        )
        op.execute(f"DELETE FROM {table} WHERE article_id IS NULL")
    for table, (cols, _, new) in TABLES.items():
        with op.batch_alter_table(table) as b:
            b.alter_column("article_id", existing_type=BIG_ID, nullable=False)
            b.create_foreign_key(f"fk_{table}_article_id_articles", "articles", ["article_id"], ["id"], ondelete="CASCADE")
            b.create_index(f"ix_{table}_article_id", ["article_id"])
            b.create_unique_constraint(new, ["entity_id", cols[-1], "article_id"])


def downgrade() -> None:
    for table, (cols, old, new) in TABLES.items():
        with op.batch_alter_table(table) as b:
            b.drop_constraint(new, type_="unique")
            b.drop_index(f"ix_{table}_article_id")
            b.drop_constraint(f"fk_{table}_article_id_articles", type_="foreignkey")
            b.drop_column("article_id")
    for table, (cols, old, _) in TABLES.items():
        op.execute(
            f"DELETE FROM {table} WHERE id NOT IN (SELECT min(id) FROM {table} GROUP BY entity_id, {cols[-1]})"
        )
        with op.batch_alter_table(table) as b:
            b.create_unique_constraint(old, ["entity_id", cols[-1]])
