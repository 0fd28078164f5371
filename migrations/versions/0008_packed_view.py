"""claims.packed_view: what `compare` shows of a claim that no curation changes, in one value.

`compare --subject` reads thousands of claims at ~21 values each, and the drivers' cost is per value.
The claim's and its document's fields that are fixed when the claim is written go into one `marshal`
tuple (`claimtrack.storage.packed`), for the claims compare can read: those with a subject, and
denials (the others keep NULL). This migration packs the claims already stored, with a copy of the
packing code as it is at this revision (a test compares it with the writer's).

SQLite: the covering subject index of 0007 (`ix_claims_subject_fields`, 17 claim columns) becomes
`ix_claims_subject_view`: the same keys, then the claim key, the actor, place and document ids, the
evidence and the pack, so that the read takes 8 values a claim from the index and needs no document.
PostgreSQL reads the rows from the table through its subject index, unchanged.

Downgrade drops the column and restores 0007's index (SQLite needs 3.35 or later for DROP COLUMN).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

from __future__ import annotations

import datetime as dt
import marshal
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMN = "packed_view"
OLD_INDEX = "ix_claims_subject_fields"
NEW_INDEX = "ix_claims_subject_view"
OLD_VIEW_COLUMNS = (
    "claim_key, document_id, actor_id, place_id, kind, quantity_low, quantity_high, quantity_qualifier, "
    "quantity_raw, vague, claim_date, claim_date_precision, confidence, reliability, credibility, evidence, subject"
)
NEW_VIEW_COLUMNS = f"claim_key, actor_id, place_id, document_id, evidence, {COLUMN}"
PARTIAL = "WHERE subject IS NOT NULL"
SELECT_PACKED = (
    "SELECT c.id, d.name, d.outlet, d.published, c.kind, c.quantity_low, c.quantity_high, c.quantity_qualifier, "
    "c.quantity_raw, c.vague, c.claim_date, c.claim_date_precision, c.confidence, c.reliability, c.credibility, "
    "c.subject FROM claims c JOIN documents d ON d.id = c.document_id "
    "WHERE (c.subject IS NOT NULL OR c.kind = 'denial') AND c.id > :after ORDER BY c.id LIMIT :n"
)
BATCH = 5000


def _date_text(value: dt.date | str, precision: str | None) -> str:
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    if precision == "month":
        return value.strftime("%Y-%m")
    if precision == "year":
        return value.strftime("%Y")
    return value.isoformat()


def _pack(row: Any) -> bytes:
    """`storage.packed.pack_view` as of this revision, from a row of SELECT_PACKED (after the id)."""
    (name, outlet, published, kind, low, high, qualifier, raw, vague, claim_date, precision, confidence,
     reliability, credibility, subject) = row  # fmt: skip
    if isinstance(published, dt.date):
        published = published.isoformat()
    values = (
        name, outlet, published, kind, None if low is None else float(low), None if high is None else float(high),
        qualifier, raw, bool(vague), None if claim_date is None else _date_text(claim_date, precision), precision,
        None if confidence is None else float(confidence), reliability,
        None if credibility is None else int(credibility), subject,
    )  # fmt: skip
    return marshal.dumps(values, 4)


def _fill() -> None:
    """Packs every claim with a subject and every denial, in batches by id."""
    conn = op.get_bind()
    update = sa.text(f"UPDATE claims SET {COLUMN} = :packed WHERE id = :id")
    after = 0
    while True:
        rows = conn.execute(sa.text(SELECT_PACKED), {"after": after, "n": BATCH}).all()
        if not rows:
            return
        conn.execute(update, [{"id": row[0], "packed": _pack(row[1:])} for row in rows])
        after = rows[-1][0]


def upgrade() -> None:
    op.add_column("claims", sa.Column(COLUMN, sa.LargeBinary, nullable=True))
    _fill()
    if op.get_context().dialect.name == "sqlite":
        op.execute(f"DROP INDEX {OLD_INDEX}")
        op.execute(f"CREATE INDEX {NEW_INDEX} ON claims (lower(subject), sort_date, id, {NEW_VIEW_COLUMNS}) {PARTIAL}")


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute(f"DROP INDEX {NEW_INDEX}")
        op.execute(f"CREATE INDEX {OLD_INDEX} ON claims (lower(subject), sort_date, id, {OLD_VIEW_COLUMNS}) {PARTIAL}")
        op.execute(f"ALTER TABLE claims DROP COLUMN {COLUMN}")
    else:
        op.drop_column("claims", COLUMN)
