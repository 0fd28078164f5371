"""documents.identity: a document is its name and its text, not its text alone.

Before this revision a text already stored was "unchanged" under any name, so the same article in a
feed twice (two timestamps, two outlets) kept only the first name, and the second could not be found,
exported or dated by its own publication date. Now a document is identified by SHA-256 over its name
and text (`records.document_identity`): reading the same file again still writes nothing, and the same
text under another name is another document. This migration computes the identity of the documents
already stored, with a copy of that function as it is at this revision (a test compares them).

`content_hash` stays as the seed of the claim keys: for the documents stored before, their text's hash,
so their claims keep their keys (and reviews) when they are extracted again; new documents seed their
claim keys with their identity.

Downgrade drops the column (SQLite needs 3.35 or later for DROP COLUMN).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMN = "identity"
INDEX = "uq_documents_identity"
BATCH = 2000


def _identity(name: str, text: str) -> str:
    """`records.document_identity` as of this revision."""
    return hashlib.sha256(f"{name}\0{text}".encode()).hexdigest()


def _fill() -> None:
    """The identity of every stored document, in batches by id."""
    conn = op.get_bind()
    select = sa.text("SELECT id, name, text FROM documents WHERE id > :after ORDER BY id LIMIT :n")
    update = sa.text(f"UPDATE documents SET {COLUMN} = :identity WHERE id = :id")
    after = 0
    while True:
        rows = conn.execute(select, {"after": after, "n": BATCH}).all()
        if not rows:
            return
        conn.execute(update, [{"id": row[0], "identity": _identity(row[1], row[2])} for row in rows])
        after = rows[-1][0]


def upgrade() -> None:
    op.add_column("documents", sa.Column(COLUMN, sa.String(64), nullable=True))
    _fill()
    op.create_index(INDEX, "documents", [COLUMN], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="documents")
    if op.get_context().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE documents DROP COLUMN {COLUMN}")
    else:
        op.drop_column("documents", COLUMN)
