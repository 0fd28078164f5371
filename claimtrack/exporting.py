"""Exports to a file, written by two processes when the store is large.

Claims in date order (the default) are split at the date that halves the store
(`storage.sharing.split_date`). This process writes the header and the claims before that date to
the output's `.part` file; a forked process writes the others to a file beside it, which is then
appended. Both read one snapshot of the store (`storage.sharing`), and every line depends on its
claim alone, so the bytes are those one process writes. A SQLite store that another connection
changed between the two snapshots' starts has its second part written here instead.

Written by one process: JSON (one document), a `--limit`, another first order, a store with fewer
than `PARALLEL_MIN_CLAIMS` claims, and platforms without fork.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import shutil
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, TYPE_CHECKING

from claimtrack.cli.render import PART_WRITERS, ROW_WRITERS
from claimtrack.cli.render_csv import write_csv_export
from claimtrack.storage import ClaimFilter, Store
from claimtrack.storage.engine import make_engine
from claimtrack.storage.errors import StoreError
from claimtrack.storage.export_read import entity_reader, raw_batches
from claimtrack.storage.queries import DATE_KEYS, claim_rows_on
from claimtrack.storage.sharing import begin_shared, bulk_read, data_version, join_shared, split_date

if TYPE_CHECKING:
    import sqlalchemy as sa

PARALLEL_MIN_CLAIMS = 50_000
"""Below this many claims in the store an export is written by one process (forking costs more)."""


def write_part(conn: sa.Connection, flt: ClaimFilter, fmt: str, out: IO[str], *, first: bool = True) -> int:
    """Write the claims `flt` selects, read on `conn`, to `out` as `fmt`; return how many.

    first: whether this is the start of the output (else no CSV header: a later part of a split export).
    CSV from SQLite is written from the claims' raw rows (`render_csv`: ~30% less CPU there); the other
    formats, and PostgreSQL (whose streamed joined rows cost as little: measured), from field values.
    """
    if fmt == "csv" and conn.dialect.name == "sqlite":
        return write_csv_export(raw_batches(conn, flt), entity_reader(conn), out, header=first)
    if first:
        return ROW_WRITERS[fmt](claim_rows_on(conn, flt), out)
    if fmt not in PART_WRITERS:
        raise ValueError(f"a {fmt} export cannot be written in parts")
    return PART_WRITERS[fmt](claim_rows_on(conn, flt), out)


def export_to_stream(store: Store, flt: ClaimFilter, fmt: str, out: IO[str]) -> int:
    """Write the claims `flt` selects to `out` as `fmt` (csv, jsonl, json), in one process."""
    if fmt not in ROW_WRITERS:
        raise ValueError(f"unknown format {fmt!r}; use csv, jsonl or json")
    with store.read() as conn:
        bulk_read(conn)
        return write_part(conn, flt, fmt, out)


def export_to_file(store: Store, flt: ClaimFilter, fmt: str, path: Path, *, jobs: int = 2,
                   min_claims: int = PARALLEL_MIN_CLAIMS) -> int:  # fmt: skip
    """Write the claims `flt` selects to `path` as `fmt` (csv, jsonl, json); return how many.

    Written to `path`.part, renamed when complete (removed on failure). jobs: processes (1 or 2).
    """
    if fmt not in ROW_WRITERS:
        raise ValueError(f"unknown format {fmt!r}; use csv, jsonl or json")
    tmp = path.with_name(path.name + ".part")
    try:
        day = None
        if jobs > 1 and _splittable(flt, fmt):
            with store.read() as conn:
                day = split_date(conn, min_claims)
        n = _write_serial(store, flt, fmt, tmp) if day is None else _write_split(store, flt, fmt, tmp, day)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n


def _splittable(flt: ClaimFilter, fmt: str) -> bool:
    return (
        fmt in PART_WRITERS
        and flt.limit is None
        and flt.sort_range is None
        and bool(flt.order)
        and flt.order[0] in DATE_KEYS
        and "fork" in multiprocessing.get_all_start_methods()
    )


def _write_serial(store: Store, flt: ClaimFilter, fmt: str, path: Path) -> int:
    with path.open("w", encoding="utf-8", newline="") as fh:
        return export_to_stream(store, flt, fmt, fh)


def _write_split(store: Store, flt: ClaimFilter, fmt: str, path: Path, day: dt.date) -> int:
    """The claims before `day` written here to `path`, the others by a forked process, then appended."""
    first, second = replace(flt, sort_range=(None, day)), replace(flt, sort_range=(day, None))
    rest = path.with_name(path.name + ".2")
    # no connection may be open across the fork (SQLite's per-process lock state, libpq's socket)
    store.engine.dispose()
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    child = context.Process(target=_part_process, args=(store.url, second, fmt, rest, theirs), daemon=True)
    child.start()
    theirs.close()
    try:
        with store.read() as watch, store.read() as conn:
            before = data_version(watch)
            bulk_read(conn)
            ours.send(begin_shared(conn))
            _expect(ours, "ready")
            same = data_version(watch) == before
            with path.open("w", encoding="utf-8", newline="") as fh:
                n = write_part(conn, first, fmt, fh)
                if not same:  # SQLite: the child's snapshot is not ours; read the rest in ours
                    child.terminate()
                    return n + write_part(conn, second, fmt, fh, first=False)
            n += _expect(ours, "done")
        _append(rest, path)
        return n
    finally:
        ours.close()
        if child.is_alive():
            child.terminate()
        child.join()
        rest.unlink(missing_ok=True)


def _expect(pipe: Connection, what: str) -> int:
    """The child's next message, which must be `what`; its error raised here."""
    try:
        kind, value = pipe.recv()
    except EOFError:
        raise StoreError("the export process writing the second part ended without finishing") from None
    if kind == "error":
        raise StoreError(f"the export process writing the second part failed: {value}")
    if kind != what:
        raise AssertionError(f"export process said {kind!r}, expected {what!r}")
    return int(value)


def _part_process(url: str, flt: ClaimFilter, fmt: str, path: Path, pipe: Connection) -> None:
    """The forked process: join the parent's snapshot, say so, write the part, say how many."""
    try:
        snapshot = pipe.recv()
        store = Store(make_engine(url), url)
        with store.read() as conn:
            bulk_read(conn)
            join_shared(conn, snapshot)
            pipe.send(("ready", 0))
            with path.open("w", encoding="utf-8", newline="") as fh:
                n = write_part(conn, flt, fmt, fh, first=False)
        store.close()
        pipe.send(("done", n))
    except BaseException as err:  # noqa: BLE001 -- reported to the parent, which raises it
        try:
            pipe.send(("error", f"{type(err).__name__}: {err}"))
        except OSError:
            pass


def _append(source: Path, target: Path) -> None:
    """Append the bytes of `source` to `target`: in the kernel where it can, else through memory."""
    with source.open("rb") as src, target.open("r+b") as dst:
        start = dst.seek(0, os.SEEK_END)
        try:
            _copy_range(src.fileno(), dst.fileno(), os.fstat(src.fileno()).st_size)
        except OSError:  # no copy_file_range here, or not between these files
            dst.truncate(start)
            dst.seek(start)
            src.seek(0)
            shutil.copyfileobj(src, dst, 1 << 20)


def _copy_range(src: int, dst: int, size: int) -> None:
    copy = getattr(os, "copy_file_range", None)
    if copy is None:
        raise OSError("os.copy_file_range is not available")
    done = 0
    while done < size:
        sent = copy(src, dst, size - done)
        if sent == 0:
            raise OSError("copy_file_range stopped early")
        done += sent
