#!/usr/bin/env python3
"""What each index and the FTS trigger cost SQLite per claim written, on an existing store.

    python benchmarks/writer_cost.py /tmp/store.db --rows 20000 --rounds 3

Takes `--rows` consecutive claims from the middle of the store (and their mentions), gives them new
claim keys, and inserts them as the writer does (multi-row INSERTs of 512 rows; the mentions look up
their claim by key) inside a transaction that is rolled back: the store is left as it was. Each
variant first drops one index (or the FTS insert trigger) in that transaction, so the difference to
the variant "all" is what that index costs. `--only A+B,C` names other variants: several indexes
joined by "+", and "+bulk" at the end inserts the FTS rows by one statement after the claims.
The variants run in turn, `--rounds` times, and the median CPU time (`time.process_time`) per claim
is printed with the spread and the load. What is not in the figures: the commit (the dirty pages
written to the WAL), which the rollback skips.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sqlite3
import statistics
import sys
import time

ROWS_PER_STATEMENT = 512
FTS_TRIGGER = "claims_fts_ai"


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})") if row[1] != "id"]


def _sample(db: sqlite3.Connection, rows: int) -> tuple[list[str], list[tuple], list[tuple]]:
    """Claim columns, `rows` consecutive claims with new keys, and their mentions (new keys first)."""
    columns = _columns(db, "claims")
    low, high = db.execute("SELECT min(id), max(id) FROM claims").fetchone()
    start = (low + high - rows) // 2
    names = ", ".join(f'"{c}"' for c in columns)
    claims = db.execute(f"SELECT id, {names} FROM claims WHERE id >= ? ORDER BY id LIMIT ?", (start, rows)).fetchall()
    key_at = columns.index("claim_key")
    new_keys = {row[0]: secrets.token_hex(6) for row in claims}
    out = [tuple(new_keys[row[0]] if i == key_at else v for i, v in enumerate(row[1:])) for row in claims]
    mentions = db.execute(
        'SELECT claim_id, sentence, start, "end" FROM mentions WHERE claim_id BETWEEN ? AND ? ORDER BY id',
        (claims[0][0], claims[-1][0]),
    ).fetchall()
    return columns, out, [(new_keys[m[0]], *m[1:]) for m in mentions]


def _insert(db: sqlite3.Connection, sql_for: dict[int, str], rows: list[tuple], template: str) -> None:
    i = 0
    while i < len(rows):
        n = min(ROWS_PER_STATEMENT, 1 << ((len(rows) - i).bit_length() - 1))
        sql = sql_for.get(n) or sql_for.setdefault(n, template + ", ".join([sql_for[0]] * n))
        db.execute(sql, [v for row in rows[i : i + n] for v in row])
        i += n


def _variants(db: sqlite3.Connection, only: list[str] | None) -> list[str]:
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('claims', 'mentions') "
        "AND sql IS NOT NULL ORDER BY tbl_name, name")]  # fmt: skip
    found = ["all", *names, "trigger", "trigger+bulk"]
    return ["all", *(v for v in only if v != "all")] if only else found


def _run(db: sqlite3.Connection, variant: str, columns: list[str], claims: list[tuple], mentions: list[tuple]) -> float:
    """CPU seconds to insert the sample with `variant` applied; everything rolled back."""
    claim_sql = {0: "(" + ", ".join("?" * len(columns)) + ")"}
    mention_sql = {0: "((SELECT id FROM claims WHERE claim_key = ?), ?, ?, ?)"}
    first_id = db.execute("SELECT max(id) + 1 FROM claims").fetchone()[0]
    db.execute("BEGIN")
    try:
        for part in variant.split("+"):
            if part.startswith("trigger"):
                db.execute(f"DROP TRIGGER {FTS_TRIGGER}")
            elif part not in ("all", "bulk"):
                db.execute(f'DROP INDEX "{part}"')
        c0 = time.process_time()
        _insert(db, claim_sql, claims, "INSERT INTO claims (" + ", ".join(f'"{c}"' for c in columns) + ") VALUES ")
        _insert(db, mention_sql, mentions, 'INSERT INTO mentions (claim_id, sentence, start, "end") VALUES ')
        if variant.endswith("+bulk"):  # the same FTS rows, by one statement after the inserts
            db.execute("INSERT INTO claims_fts(rowid, evidence) SELECT id, evidence FROM claims WHERE id >= ?",
                       (first_id,))  # fmt: skip
        return time.process_time() - c0
    finally:
        db.execute("ROLLBACK")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="a SQLite store (left unchanged)")
    parser.add_argument("--rows", type=int, default=20_000, help="claims inserted per run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default=None, help="comma-separated variants (index names, 'all', ...)")
    args = parser.parse_args(argv)

    db = sqlite3.connect(args.path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON", "cache_size = -65536"):
        db.execute(f"PRAGMA {pragma}")
    columns, claims, mentions = _sample(db, args.rows)
    variants = _variants(db, args.only.split(",") if args.only else None)
    print(f"# {args.path}: {len(claims)} claims, {len(mentions)} mentions per run; load {os.getloadavg()[0]:.2f}")
    _run(db, "all", columns, claims, mentions)  # warm the cache
    times: dict[str, list[float]] = {v: [] for v in variants}
    for _ in range(args.rounds):
        for variant in variants:
            times[variant].append(_run(db, variant, columns, claims, mentions) / len(claims) * 1e6)
    base = statistics.median(times["all"]) if "all" in times else None
    for variant, values in times.items():
        med = statistics.median(values)
        saved = f"  saves {base - med:5.1f}" if base is not None and variant != "all" else ""
        print(f"{variant:36s} {med:6.1f} µs/claim ({min(values):.1f}-{max(values):.1f}){saved}")
    print(f"# load {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
