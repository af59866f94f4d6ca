"""SQLite ids are never reused: every table rebuilt with AUTOINCREMENT (PostgreSQL: nothing to do)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 13:45:00

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Parents before children; env.py turns SQLite's foreign keys off around the migration, so a rebuilt
# parent table's DROP does not cascade into its children.
TABLES = ("articles", "entities", "entity_aliases", "entity_titles", "mentions", "claims", "jobs", "job_items")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TABLES:
        with op.batch_alter_table(name, recreate="always", table_kwargs={"sqlite_autoincrement": True}):
            pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TABLES:
        with op.batch_alter_table(name, recreate="always", table_kwargs={"sqlite_autoincrement": False}):
            pass
