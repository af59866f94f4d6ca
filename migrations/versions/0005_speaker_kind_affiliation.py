"""claims say what kind of speaker said them (named, descriptive, anonymous) and the unit an unnamed one belongs to

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 03:00:00

Existing claims are classed from what they stored: a speaker entity is named, speaker words without
an entity are descriptive; `qala reprocess --all` recomputes both with the current rules.
On SQLite every rebuilt table keeps AUTOINCREMENT (0004 rebuilt entity_aliases and entity_titles
without it, so their ids could be reused: they are rebuilt here with it, rows kept).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


KEEP_IDS = {"sqlite_autoincrement": True}  # SQLite: ids never reused (see 0003)


def upgrade() -> None:
    for name in ("entity_aliases", "entity_titles"):
        with op.batch_alter_table(name, recreate="always", table_kwargs=KEEP_IDS):
            pass
    with op.batch_alter_table("claims", recreate="auto", table_kwargs=KEEP_IDS) as b:
        b.add_column(sa.Column("speaker_kind", sa.String(12), nullable=True))
        b.add_column(sa.Column("speaker_affiliation_id", BIG_ID, nullable=True))
        b.create_foreign_key(
            "fk_claims_speaker_affiliation_id_entities",
            "entities",
            ["speaker_affiliation_id"],
            ["id"],
            ondelete="SET NULL",
        )
        b.create_index("ix_claims_speaker_affiliation_id", ["speaker_affiliation_id"])
        b.create_index("ix_claims_speaker_kind", ["speaker_kind"])
    op.execute("UPDATE claims SET speaker_kind = 'named' WHERE speaker_entity_id IS NOT NULL")
    op.execute("UPDATE claims SET speaker_kind = 'descriptive' WHERE speaker_entity_id IS NULL AND speaker_text IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("claims", table_kwargs=KEEP_IDS) as b:
        b.drop_index("ix_claims_speaker_kind")
        b.drop_index("ix_claims_speaker_affiliation_id")
        b.drop_constraint("fk_claims_speaker_affiliation_id_entities", type_="foreignkey")
        b.drop_column("speaker_affiliation_id")
        b.drop_column("speaker_kind")
