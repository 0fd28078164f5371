"""Full-text search over claims.evidence.

SQLite: an FTS5 external-content table `claims_fts` (rowid = claims.id, porter stemming) kept in
sync by triggers. PostgreSQL: a GIN index on to_tsvector('english', evidence), which queries must
repeat verbatim to use.

Revision ID: 0002
Revises: 0001
Create Date: 2024-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE claims_fts USING fts5("
    "evidence, content='claims', content_rowid='id', tokenize='porter unicode61')",
    "CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence); END",
    "CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence); END",
    "CREATE TRIGGER claims_fts_au AFTER UPDATE OF evidence ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence); "
    "INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence); END",
    "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS claims_fts_au",
    "DROP TRIGGER IF EXISTS claims_fts_ad",
    "DROP TRIGGER IF EXISTS claims_fts_ai",
    "DROP TABLE IF EXISTS claims_fts",
]
PG_UP = ["CREATE INDEX ix_claims_evidence_fts ON claims USING gin (to_tsvector('english', evidence))"]
PG_DOWN = ["DROP INDEX IF EXISTS ix_claims_evidence_fts"]


def _run(statements_by_dialect: dict[str, list[str]]) -> None:
    dialect = op.get_context().dialect.name
    for statement in statements_by_dialect.get(dialect, []):
        op.execute(statement)


def upgrade() -> None:
    _run({"sqlite": SQLITE_UP, "postgresql": PG_UP})


def downgrade() -> None:
    _run({"sqlite": SQLITE_DOWN, "postgresql": PG_DOWN})
