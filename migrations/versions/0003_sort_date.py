"""claims.sort_date: the claim date, else the document's publication date, indexed.

Date filters (--since/--until) and the default order use it, so they read an index instead of
computing COALESCE(claim_date, published) over every row (hundreds of ms at a million claims).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("sort_date", sa.Date, nullable=True))
    op.execute(
        "UPDATE claims SET sort_date = COALESCE(claim_date, "
        "(SELECT published FROM documents WHERE documents.id = claims.document_id))"
    )
    op.create_index("ix_claims_sort_date_id", "claims", ["sort_date", "id"])
    op.create_index("ix_claims_actor_sort_date", "claims", ["actor_id", "sort_date"])
    op.create_index("ix_claims_place_sort_date", "claims", ["place_id", "sort_date"])


def downgrade() -> None:
    op.drop_index("ix_claims_place_sort_date", table_name="claims")
    op.drop_index("ix_claims_actor_sort_date", table_name="claims")
    op.drop_index("ix_claims_sort_date_id", table_name="claims")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("sort_date")
