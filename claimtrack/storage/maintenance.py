"""After a large ingest on PostgreSQL: VACUUM (ANALYZE) of claimtrack's tables.

PostgreSQL answers `compare` and several queries from covering indexes (index-only scans, migration
0010), which skip the table only for pages its visibility map marks all-visible; a page is marked by a
VACUUM. Autovacuum runs once a table has grown by a fifth since its last run, so after a bulk ingest a
large part of the new claims is on unmarked pages until much later, and every read of them visits the
table too: `compare --subject` at 1.17M claims took 64 ms p95 before such a VACUUM and 45 ms after it
(benchmarks/run.py, stop 28). ANALYZE refreshes the planner's statistics in the same pass.

VACUUM skips the pages already marked, so its cost follows what the ingest wrote (0.8 s for a 100,000
article ingest); small ingests leave the work to autovacuum. SQLite has neither a visibility map nor
this need (its ANALYZE is run by migrations).
"""

from __future__ import annotations

import sqlalchemy as sa

from claimtrack.storage.schema import metadata
from claimtrack.storage.store import Store

BULK_INGEST_CLAIMS = 10_000
"""An ingest that stored at least this many claims is followed by a VACUUM (ANALYZE) on PostgreSQL."""


def vacuum_statement(table_names: list[str]) -> str:
    """`VACUUM (ANALYZE) a, b, ...` of these tables (names quoted)."""
    quoted = ", ".join('"' + name.replace('"', '""') + '"' for name in table_names)
    return f"VACUUM (ANALYZE) {quoted}"


def refresh_after_ingest(store: Store, stored_claims: int, *, threshold: int | None = None) -> bool:
    """VACUUM (ANALYZE) claimtrack's tables on PostgreSQL after an ingest of `threshold` claims or more
    (default `BULK_INGEST_CLAIMS`).

    Returns whether it ran. VACUUM cannot run inside a transaction: the connection is in autocommit.
    """
    if threshold is None:
        threshold = BULK_INGEST_CLAIMS
    if store.dialect != "postgresql" or stored_claims < threshold:
        return False
    with store.read() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(sa.text(vacuum_statement(sorted(metadata.tables))))
    return True
