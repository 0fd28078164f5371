"""Reading one store from two processes as if from one: a date to split claims at, a shared snapshot.

A parallel export reads the claims before a date in one process and the rest in another. Both must
see the same state of the store:

- PostgreSQL: the first process's REPEATABLE READ transaction exports its snapshot
  (`pg_export_snapshot`), the second imports it (`SET TRANSACTION SNAPSHOT`): the same snapshot,
  whatever is committed meanwhile.
- SQLite cannot share a snapshot between connections. `data_version` of a watching connection,
  read before the first process's snapshot begins and again once the second's has begun, tells
  whether anything was committed in between; only then do the two snapshots differ, and the caller
  reads the second range itself instead.
"""

from __future__ import annotations

import datetime as dt
import re

import sqlalchemy as sa

from claimtrack.storage.queries import effective_date
from claimtrack.storage.schema import claims

_SNAPSHOT_ID = re.compile(r"[0-9A-Fa-f]+(-[0-9A-Fa-f]+)+")
SQLITE_MMAP_BYTES = 1 << 31
"""How much of a SQLite file a bulk reader maps (SQLite caps it at its own limit, 2 GB by default)."""


def bulk_read(conn: sa.Connection) -> None:
    """SQLite: read `conn`'s pages through a memory map of the file, not a copy from the OS per page.

    An export in date order reads each page several times, far apart; mapped, those reads cost no
    system call. Call it before the connection's transaction begins (it stays set on the connection).
    """
    if conn.dialect.name == "sqlite" and not conn.in_transaction():
        conn.connection.driver_connection.execute(f"PRAGMA mmap_size = {SQLITE_MMAP_BYTES}")  # type: ignore[union-attr]


def split_date(conn: sa.Connection, min_claims: int) -> dt.date | None:
    """The sort date that halves the store's claims (undated ones count as last), or None when the
    store holds fewer than `min_claims` claims or no dated ones.

    Claims before it form one part, the others (from it on, and the undated) the other. It is taken
    over all claims, not a filter's matches: two index reads, whatever the filter.
    """
    total = conn.execute(sa.select(sa.func.count()).select_from(claims)).scalar() or 0
    if total < max(min_claims, 2):
        return None
    middle = (
        sa.select(effective_date)
        .where(effective_date.is_not(None))
        .order_by(effective_date)
        .limit(1)
        .offset(total // 2)
    )
    found = conn.execute(middle).scalar()
    if found is None:  # more than half undated: split at the last date
        found = conn.execute(sa.select(sa.func.max(effective_date))).scalar()
    if isinstance(found, str):  # SQLite returns dates as ISO text
        found = dt.date.fromisoformat(found)
    return found


def begin_shared(conn: sa.Connection) -> str | None:
    """Begin `conn`'s snapshot for sharing; PostgreSQL: its id for `join_shared` (None on SQLite).

    `conn` must not be in a transaction yet. The snapshot stays valid while its transaction is open.
    """
    if conn.dialect.name == "postgresql":
        conn.execution_options(isolation_level="REPEATABLE READ")
        return conn.execute(sa.text("SELECT pg_export_snapshot()")).scalar()
    conn.execute(sa.select(sa.func.count()).select_from(sa.select(claims.c.id).limit(1).subquery()))
    return None


def join_shared(conn: sa.Connection, snapshot: str | None) -> None:
    """Begin `conn`'s transaction on the snapshot `begin_shared` exported (PostgreSQL), or now (SQLite)."""
    if conn.dialect.name == "postgresql":
        if snapshot is None or not _SNAPSHOT_ID.fullmatch(snapshot):
            raise ValueError(f"not a PostgreSQL snapshot id: {snapshot!r}")
        conn.execution_options(isolation_level="REPEATABLE READ")
        # a utility statement takes no bound parameter: the id is checked above, then inlined
        conn.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        return
    conn.execute(sa.select(sa.func.count()).select_from(sa.select(claims.c.id).limit(1).subquery()))


def data_version(conn: sa.Connection) -> int | None:
    """SQLite: a number that changes when another connection commits (None on PostgreSQL).

    Read outside a transaction (the connection is rolled back first), so each call sees the latest.
    """
    if conn.dialect.name != "sqlite":
        return None
    if conn.in_transaction():
        conn.rollback()
    value = conn.exec_driver_sql("PRAGMA data_version").scalar()
    conn.rollback()
    return value
