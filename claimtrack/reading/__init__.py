"""The reading layer: documents in, `SourceDocument`s out (no database, no extraction).

`iter_documents(paths)` streams one `SourceDocument` or `ReadFailure` per article found: .txt/.text/.md
files (text kept exactly, newlines normalised), .html/.htm pages (article text, boilerplate removed) and
.jsonl/.ndjson files (one article object a line). Metadata comes, in order of precedence, from the
keyword arguments, a NAME.meta.json sidecar, the document itself (HTML meta tags, JSON fields), and
finally the byline (`bylines.byline_date`, `bylines.byline_outlet`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimtrack.reading.bylines import byline_date, byline_outlet
from claimtrack.reading.discovery import (
    JSONL_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    discover_files,
    is_sidecar,
    is_supported,
)
from claimtrack.reading.failures import ReadError, ReadFailure
from claimtrack.reading.files import read_file
from claimtrack.reading.jsonl import iter_jsonl
from claimtrack.reading.metadata import Metadata
from claimtrack.records import SourceDocument

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "ReadFailure",
    "byline_date",
    "byline_outlet",
    "discover_files",
    "iter_documents",
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
    for path in discover_files(paths):
        yield from _read_path(path, overrides)


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
        yield ReadFailure(
            str(path), f"unsupported file type {path.suffix or '(none)'!r}; supported: {_SUPPORTED_LIST}"
        )
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
