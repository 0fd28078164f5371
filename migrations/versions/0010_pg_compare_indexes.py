"""PostgreSQL: `compare`'s reads from small or covering indexes, not from the table's rows.

`compare --subject troops` at 1.16M claims read 4,560 claims from 3,810 table pages (a bitmap heap
scan, ~14 ms of its ~17 ms on the server): the claims of a subject lie all over the table. SQLite has
read them from a covering index since 0007/0008 (`ix_claims_subject_view`); PostgreSQL now does too,
with an index-only scan of `ix_claims_subject_view`: the subject index's keys, then (INCLUDE) the
columns compare reads -- the claim key, the actor, place and document ids, the evidence and the pack --
and `subject` itself (the planner reads an index only when every column the query names is in it).

A btree entry must fit in a third of a page (2,704 bytes), and nothing bounds an evidence sentence,
so the index holds only the claims whose evidence, pack and subject fit (`SMALL_VIEW`, far below the
limit whatever the compression); the others, if any, are found by `ix_claims_subject_wide` (their
subject only), and compare reads both (`storage.comparison`). 0007's `ix_claims_subject_sort_date`
stays: `--subject` with a limit reads it in date order, whatever the width of the claims.

Its candidate denials without a subject are looked up by document, once per document of the subject's
claims (3,648 for troops): `ix_claims_denial_document` holds those denials alone (8,658 of 1.16M
claims), two levels deep instead of the four of `(kind, subject, document_id)`.

SQLite: nothing changes.

Downgrade drops the three indexes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

VIEW_INDEX = "ix_claims_subject_view"
WIDE_INDEX = "ix_claims_subject_wide"
DENIAL_INDEX = "ix_claims_denial_document"
SMALL_VIEW = (
    "coalesce(octet_length(evidence), 0) + coalesce(octet_length(packed_view), 0) + 2 * octet_length(subject) <= 1800"
)
"""A claim whose covering entry fits a btree page with room to spare (a copy of `storage.comparison.SMALL_VIEW`
as of this revision: the query must repeat the predicate for the planner to use the index)."""
PG_UP = (
    f"CREATE INDEX {VIEW_INDEX} ON claims (lower(subject), sort_date, id) "
    "INCLUDE (subject, claim_key, actor_id, place_id, document_id, evidence, packed_view) "
    f"WHERE subject IS NOT NULL AND {SMALL_VIEW}",
    f"CREATE INDEX {WIDE_INDEX} ON claims (lower(subject)) WHERE subject IS NOT NULL AND NOT ({SMALL_VIEW})",
    f"CREATE INDEX {DENIAL_INDEX} ON claims (document_id) WHERE kind = 'denial' AND subject IS NULL",
)
PG_DOWN = (f"DROP INDEX {DENIAL_INDEX}", f"DROP INDEX {WIDE_INDEX}", f"DROP INDEX {VIEW_INDEX}")


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for statement in PG_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for statement in PG_DOWN:
            op.execute(statement)
