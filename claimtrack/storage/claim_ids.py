"""The ids of the claims a write inserts, chosen before the INSERT so that their mentions name them directly.

The mentions of a write used to find their claim's id by its key (a subquery per row on SQLite, a
staging table joined on the key on PostgreSQL). The writer now takes the ids first and inserts them
with the claims:

- SQLite: writes are serialised (BEGIN IMMEDIATE), and a row inserted without an id gets the largest
  id plus one, so the ids SQLite would give the claims are max(id) + 1, + 2, ... in insertion order:
  the same ids, given explicitly.
- PostgreSQL: n values of the column's sequence (`nextval`, as the default would have taken them,
  in increasing order); a concurrent writer takes others, so ids never collide.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa


def new_claim_ids(conn: sa.Connection, n: int) -> Sequence[int]:
    """Ids for `n` claims about to be inserted in this transaction, in increasing order."""
    if n <= 0:
        return ()
    if conn.dialect.name == "sqlite":
        first = conn.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM claims").scalar_one()
        return range(first, first + n)
    ids = conn.exec_driver_sql(
        "SELECT nextval(pg_get_serial_sequence('claims', 'id')) FROM generate_series(1, %(n)s)", {"n": n}
    ).scalars()
    return sorted(ids)
