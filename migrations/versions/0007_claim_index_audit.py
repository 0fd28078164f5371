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
- `ix_claims_subject_sort_date` indexed every claim for the ~4 % that have a subject: it becomes
  partial (`WHERE subject IS NOT NULL`, which the subject filter now states, so that the planners
  may use it). On SQLite it also holds the fields `compare --subject` reads of a claim
  (`ix_claims_subject_fields`: `storage.comparison`), so that read takes the subject's claims from
  the index's consecutive entries instead of one table page per claim; `id` follows `sort_date`,
  so the index still gives the default order (sort_date, id).

SQLite also loses the trigger that added each inserted claim to the full-text index
(`claims_fts_ai`): the writer adds the claims of a write by one statement (`storage.fts_sync`),
the same rows at about half the cost. The delete and update triggers stay.

Downgrade restores the indexes and the trigger of 0006.

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
SUBJECT = "ix_claims_subject_sort_date"
SUBJECT_FIELDS = "ix_claims_subject_fields"
VIEW_COLUMNS = (
    "claim_key, document_id, actor_id, place_id, kind, quantity_low, quantity_high, quantity_qualifier, "
    "quantity_raw, vague, claim_date, claim_date_precision, confidence, reliability, credibility, evidence, subject"
)
"""The claim columns of `storage.comparison`'s read (what a `ClaimView` shows), in its order."""
FTS_TRIGGER = (
    "CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence); END"
)
SQLITE_UP = (
    "DROP TRIGGER claims_fts_ai",
    f"DROP INDEX {SUBJECT}",
    f"CREATE INDEX {SUBJECT_FIELDS} ON claims (lower(subject), sort_date, id, {VIEW_COLUMNS}) "
    "WHERE subject IS NOT NULL",
)
SQLITE_DOWN = (
    f"DROP INDEX {SUBJECT_FIELDS}",
    f"CREATE INDEX {SUBJECT} ON claims (lower(subject), sort_date)",
    FTS_TRIGGER,
)
PG_UP = (
    f"DROP INDEX {SUBJECT}",
    f"CREATE INDEX {SUBJECT} ON claims (lower(subject), sort_date, id) WHERE subject IS NOT NULL",
)
PG_DOWN = (f"DROP INDEX {SUBJECT}", f"CREATE INDEX {SUBJECT} ON claims (lower(subject), sort_date, id)")


def _run(statements: dict[str, tuple[str, ...]]) -> None:
    for statement in statements.get(op.get_context().dialect.name, ()):
        op.execute(statement)


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
    _run({"sqlite": SQLITE_UP, "postgresql": PG_UP})


def downgrade() -> None:
    _run({"sqlite": SQLITE_DOWN, "postgresql": PG_DOWN})
    op.drop_index(RELAYED, table_name="claims")
    op.create_index(RELAYED, "claims", ["relayed_by_id"])
    for name, column in DROPPED.items():
        op.create_index(name, "claims", [column])
