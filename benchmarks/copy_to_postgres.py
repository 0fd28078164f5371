#!/usr/bin/env python3
"""Copy a claimtrack SQLite store into an empty PostgreSQL database, to measure both on the same claims.

    python benchmarks/copy_to_postgres.py benchmarks/out/bench_10000.db postgresql+psycopg://postgres@127.0.0.1:PORT/b1m

The database is migrated by `open_store`, then documents, actors, places (with their aliases),
claims and reviews are sent with COPY in id order (mentions and curation events are left out: queries
and exports do not read them), the id sequences are moved past the copied ids, and ANALYZE runs.
A million claims take ~3 min on the shared 2-core machine.
"""

from __future__ import annotations

import sqlite3
import sys
import time

import psycopg
import sqlalchemy as sa

from claimtrack.storage import open_store
from claimtrack.storage.schema import metadata

TABLES = ("documents", "actors", "actor_aliases", "places", "place_aliases", "claims", "reviews")


def copy_table(lite: sqlite3.Connection, pg: psycopg.Connection, name: str) -> int:
    """COPY one table's rows (the columns both sides have, booleans as booleans); returns how many."""
    table = metadata.tables[name]
    generated = {r[0] for r in pg.execute("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = %s AND is_generated <> 'NEVER'", (name,))}  # fmt: skip
    columns = [c for c in table.columns if c.name not in generated]
    quoted = ", ".join(f'"{c.name}"' for c in columns)
    bools = [i for i, c in enumerate(columns) if isinstance(c.type, sa.Boolean)]
    cursor = lite.execute(f"SELECT {quoted} FROM {name} ORDER BY rowid")
    n = 0
    with pg.cursor().copy(f"COPY {name} ({quoted}) FROM STDIN") as copy:
        while rows := cursor.fetchmany(10_000):
            for row in rows:
                if bools:
                    row = list(row)
                    for i in bools:
                        row[i] = None if row[i] is None else bool(row[i])
                copy.write_row(row)
            n += len(rows)
    if "id" in table.c:
        pg.execute(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT coalesce(max(id), 1) FROM {name}))")
    return n


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    source, url = argv
    open_store(url).close()  # the schema, by the migrations
    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    with psycopg.connect(conninfo) as pg:
        for name in TABLES:
            started = time.perf_counter()
            print(f"{name}: {copy_table(lite, pg, name)} rows, {time.perf_counter() - started:.1f} s", flush=True)
    with psycopg.connect(conninfo, autocommit=True) as pg:
        pg.execute("ANALYZE")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
