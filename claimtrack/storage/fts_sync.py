"""SQLite: the full-text rows of new claims, written by one statement per write instead of a trigger per row.

Migration 0007 drops the trigger that indexed each inserted claim (`claims_fts_ai`); the writer
indexes the claims it inserted in the same transaction with one `INSERT INTO claims_fts ... SELECT`
over their ids (new ids are above the largest id before the write: writes are serialised). The
same rows reach the FTS index, so every search result is the same; per claim it costs about half
what the trigger did (`benchmarks/writer_cost.py`: one FTS5 segment per write, not per statement).
Deletes and evidence updates are still indexed by their triggers. A store whose insert trigger is
still there (an older revision opened without migrating) is left to it.
"""

from __future__ import annotations

import sqlalchemy as sa

INSERT_TRIGGER = "claims_fts_ai"


def _trigger_gone(conn: sa.Connection) -> bool:
    """Is the per-row insert trigger absent? Asked once per database connection."""
    info = conn.connection.info
    gone = info.get("claimtrack_fts_by_writer")
    if gone is None:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (INSERT_TRIGGER,)
        ).first()
        has_fts = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'claims_fts'").first()
        gone = info["claimtrack_fts_by_writer"] = found is None and has_fts is not None
    return bool(gone)


def last_claim_id(conn: sa.Connection, known: int | None = None) -> int | None:
    """SQLite without the insert trigger: the largest claim id before a write (else None: nothing to do).

    known: that id when the caller has it already (the writer, which chose the new ids), saving a query.
    """
    if conn.dialect.name != "sqlite" or not _trigger_gone(conn):
        return None
    if known is not None:
        return known
    return conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM claims").scalar_one()


def index_claims_after(conn: sa.Connection, last_id: int | None) -> None:
    """Add the claims with ids above `last_id` (from `last_claim_id`) to the full-text index."""
    if last_id is not None:
        conn.exec_driver_sql(
            "INSERT INTO claims_fts(rowid, evidence) SELECT id, evidence FROM claims WHERE id > ?", (last_id,)
        )
