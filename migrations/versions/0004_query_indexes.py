"""Indexes that serve the default order (sort_date, id) per filter, and a stored tsvector on PostgreSQL.

Both databases: `(lower(subject), sort_date, id)` replaces the plain `lower(subject)` index, so a
subject's claims come out of the index already in date order (`--subject`, `compare`).

PostgreSQL: the actor and place indexes get `id` as their last column (SQLite indexes end in the
rowid anyway), and `claims.evidence_tsv`, a stored generated column `to_tsvector('english',
evidence)`, replaces the expression index of 0002 (the GIN index keeps its name). With the vector
stored, testing a row costs microseconds instead of re-parsing the sentence, so a frequent word can
walk the (sort_date, id) index and stop at the limit, and phrase rechecks are cheap. Adding the
column rewrites the table (about 1.5 minutes per million claims on the 2-core test machine) and
stores ~40 % more; ANALYZE afterwards gives the planner the new column's word statistics.

SQLite: `ANALYZE claims` only when the store was analysed before (sqlite_stat1 exists), so the new
index is not left without statistics next to the others; a fresh store stays unanalysed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

PG_UP = [
    "DROP INDEX IF EXISTS ix_claims_evidence_fts",
    "ALTER TABLE claims ADD COLUMN evidence_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', evidence)) STORED",
    "CREATE INDEX ix_claims_evidence_fts ON claims USING gin (evidence_tsv)",
    "DROP INDEX IF EXISTS ix_claims_actor_sort_date",
    "CREATE INDEX ix_claims_actor_sort_date ON claims (actor_id, sort_date, id)",
    "DROP INDEX IF EXISTS ix_claims_place_sort_date",
    "CREATE INDEX ix_claims_place_sort_date ON claims (place_id, sort_date, id)",
    "DROP INDEX IF EXISTS ix_claims_subject_lower",
    "CREATE INDEX ix_claims_subject_sort_date ON claims (lower(subject), sort_date, id)",
    "ANALYZE claims",
]
PG_DOWN = [
    "DROP INDEX IF EXISTS ix_claims_subject_sort_date",
    "CREATE INDEX ix_claims_subject_lower ON claims (lower(subject))",
    "DROP INDEX IF EXISTS ix_claims_place_sort_date",
    "CREATE INDEX ix_claims_place_sort_date ON claims (place_id, sort_date)",
    "DROP INDEX IF EXISTS ix_claims_actor_sort_date",
    "CREATE INDEX ix_claims_actor_sort_date ON claims (actor_id, sort_date)",
    "DROP INDEX IF EXISTS ix_claims_evidence_fts",
    "ALTER TABLE claims DROP COLUMN IF EXISTS evidence_tsv",
    "CREATE INDEX ix_claims_evidence_fts ON claims USING gin (to_tsvector('english', evidence))",
]
SQLITE_UP = [
    "DROP INDEX IF EXISTS ix_claims_subject_lower",
    "CREATE INDEX ix_claims_subject_sort_date ON claims (lower(subject), sort_date)",
]
SQLITE_DOWN = [
    "DROP INDEX IF EXISTS ix_claims_subject_sort_date",
    "CREATE INDEX ix_claims_subject_lower ON claims (lower(subject))",
]


def _sqlite_analysed() -> bool:
    return bool(op.get_bind().execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first())


def upgrade() -> None:
    dialect = op.get_context().dialect.name
    if dialect == "postgresql":
        for statement in PG_UP:
            op.execute(statement)
    elif dialect == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
        if _sqlite_analysed():
            op.execute("ANALYZE claims")


def downgrade() -> None:
    dialect = op.get_context().dialect.name
    for statement in {"postgresql": PG_DOWN, "sqlite": SQLITE_DOWN}.get(dialect, []):
        op.execute(statement)
