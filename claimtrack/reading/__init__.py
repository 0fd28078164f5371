"""The reading layer: documents in, `SourceDocument`s out (no database, no extraction).

`iter_documents(paths)` streams one `SourceDocument` or `ReadFailure` per article found: .txt/.text/.md
files (text kept exactly, newlines normalised), .html/.htm pages (article text, boilerplate removed) and
.jsonl/.ndjson files (one article object a line). Metadata comes, in order of precedence, from the
keyword arguments, a NAME.meta.json sidecar, the document itself (HTML meta tags, JSON fields), and
finally the byline (`bylines.byline_date`, `bylines.byline_outlet`).

For parallel ingest the work is split in two: `plan_reads(paths)` (cheap: finds the files, cuts
JSON Lines files into line ranges, parses nothing) yields small picklable `ReadTask`s, and
`read_task(task, overrides)` (the expensive part: decoding, JSON, HTML) turns one into documents,
wherever it runs. `iter_documents` is the two in sequence.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimtrack.reading.bylines import byline_date, byline_outlet
from claimtrack.reading.discovery import (
    JSONL_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    discover_files,
    is_sidecar,
    is_supported,
)
from claimtrack.reading.failures import ReadError, ReadFailure, unreadable
from claimtrack.reading.files import read_file
from claimtrack.reading.jsonl import LineRange, iter_jsonl, read_line_range, scan_jsonl
from claimtrack.reading.metadata import Metadata
from claimtrack.records import SourceDocument

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "LineRange",
    "ReadFailure",
    "ReadTask",
    "byline_date",
    "byline_outlet",
    "discover_files",
    "iter_documents",
    "plan_reads",
    "read_task",
]

_SUPPORTED_LIST = ", ".join(sorted(SUPPORTED_EXTENSIONS))


def iter_documents(
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Iterator[SourceDocument | ReadFailure]:
    """Every document in the files and directories given, one at a time, or a failure saying what
    was wrong and what to do. The keyword arguments apply to every document and override all else."""
    overrides = Metadata(title=title, outlet=outlet, url=url, published=published)
    for item in plan_reads(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_task(item, overrides)


@dataclass(frozen=True)
class ReadTask:
    """Some inputs to read, in order: file paths (read whole) and line ranges of JSON Lines files."""

    units: tuple[str | LineRange, ...]


def plan_reads(
    paths: Sequence[str | Path], *, max_docs: int = 64, max_bytes: int = 4 << 20
) -> Iterator[ReadTask | ReadFailure]:
    """The inputs under `paths` in tasks of about `max_docs` documents / `max_bytes` bytes (a bigger
    file is a task of its own), in order, and the failures of JSON Lines files as a whole (binary,
    empty, unreadable) where they occur. Reads nothing but line ends."""
    units: list[str | LineRange] = []
    size = 0

    def task() -> Iterator[ReadTask]:
        nonlocal units, size
        if units:
            yield ReadTask(tuple(units))
        units, size = [], 0

    for path in discover_files(paths):
        if path.suffix.lower() in JSONL_EXTENSIONS and not is_sidecar(path) and path.is_file():
            yield from task()
            for item in scan_jsonl(path, max_docs, max_bytes):
                if isinstance(item, ReadFailure):
                    yield from task()
                    yield item
                else:  # a range is a task: scan_jsonl sizes them
                    units.append(item)
                    yield from task()
            continue
        units.append(str(path))
        size += _file_size(path)
        if len(units) >= max_docs or size >= max_bytes:
            yield from task()
    yield from task()


def read_task(task: ReadTask, overrides: Metadata) -> Iterator[SourceDocument | ReadFailure]:
    """The documents (or failures) of a task from `plan_reads`, in order."""
    for unit in task.units:
        if isinstance(unit, LineRange):
            yield from read_line_range(unit, overrides)
            continue
        try:  # a file gives one document or failure (a JSON Lines path that is not a file: failures)
            results = list(_read_path(Path(unit), overrides))
        except Exception as error:  # noqa: BLE001 - e.g. a sidecar nested too deep: this file fails alone
            results = [ReadFailure(unit, unreadable(error))]
        yield from results


def _file_size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _read_path(path: Path, overrides: Metadata) -> Iterator[SourceDocument | ReadFailure]:
    if path.is_dir():  # discover_files yields a directory only when it cannot be listed
        reason = _list_error(path)
        yield ReadFailure(str(path), f"cannot list the directory ({reason}); check its permissions")
        return
    if is_sidecar(path):
        yield ReadFailure(str(path), "a .meta.json sidecar is read with its document; name that instead")
        return
    if not is_supported(path):
        if not path.exists() and not path.is_symlink():
            yield ReadFailure(str(path), "no such file or directory; check the path")
            return
        yield ReadFailure(str(path), f"unsupported file type {path.suffix or '(none)'!r}; supported: {_SUPPORTED_LIST}")
        return
    if path.suffix.lower() in JSONL_EXTENSIONS:
        yield from iter_jsonl(path, overrides)
        return
    try:
        yield read_file(path, overrides)
    except ReadError as error:
        yield ReadFailure(str(path), error.message)


def _list_error(path: Path) -> str:
    try:
        with os.scandir(path):
            return "unknown error"
    except OSError as error:
        return error.strerror or type(error).__name__
