"""Fewer indexes on claims: each one costs every claim written, and these served no query.

An audit of the query plans of every statement claimtrack's queries, compare, curation, catalog and
export run (EXPLAIN QUERY PLAN at a million claims; see README "Known limits"):

- `ix_claims_actor_id`, `ix_claims_place_id`: their one column is the first of
  `ix_claims_actor_sort_date` / `ix_claims_place_sort_date`, which serve the same lookups, the
  catalog's counts per actor or place and the curation merges (`UPDATE ... WHERE actor_id = ?`).
- `ix_claims_claim_date`: no statement filters or sorts on claim_date (dates go by sort_date).
- `ix_claims_confidence`: only `--min-confidence`, where it made SQLite read every claim above the
  threshold and sort them, instead of walking the date index to the limit.
- `ix_claims_relayed_by_id`: only the merge of two actors (`UPDATE ... WHERE relayed_by_id = ?`),
  and ~2 % of claims have a relay: it becomes a partial index of those (NULLs are not indexed, so
  a claim without a relay costs nothing).

Downgrade restores the indexes of 0006.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

DROPPED = {
    "ix_claims_actor_id": "actor_id",
    "ix_claims_place_id": "place_id",
    "ix_claims_claim_date": "claim_date",
    "ix_claims_confidence": "confidence",
}
RELAYED = "ix_claims_relayed_by_id"


def upgrade() -> None:
    for name in DROPPED:
        op.drop_index(name, table_name="claims")
    op.drop_index(RELAYED, table_name="claims")
    op.create_index(
        RELAYED,
        "claims",
        ["relayed_by_id"],
        sqlite_where=sa.text("relayed_by_id IS NOT NULL"),
        postgresql_where=sa.text("relayed_by_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index(RELAYED, table_name="claims")
    op.create_index(RELAYED, "claims", ["relayed_by_id"])
    for name, column in DROPPED.items():
        op.create_index(name, "claims", [column])
