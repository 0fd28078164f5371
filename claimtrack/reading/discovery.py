"""Finding the files to read: explicit paths as given, directories walked recursively in sorted order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS
SIDECAR_SUFFIX = ".meta.json"


def is_sidecar(path: Path) -> bool:
    """A metadata sidecar (NAME.meta.json), which is read with its document, never on its own."""
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def is_supported(path: Path) -> bool:
    """A file whose extension the reading layer understands."""
    return path.suffix.lower() in SUPPORTED_EXTENSIONS and not is_sidecar(path)


def discover_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file to read, one at a time.

    An explicit path is yielded as given, whatever it is (reading it reports what is wrong: missing,
    unreadable, unsupported). A directory is walked recursively, entries in sorted name order, skipping
    hidden entries, sidecars and unsupported extensions. A directory that cannot be listed is yielded
    itself, so that reading it reports the problem. Each path is yielded once.
    """
    seen: set[str] = set()
    visited_dirs: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, seen, visited_dirs)
        elif _first_time(path, seen):
            yield path


def _first_time(path: Path, seen: set[str]) -> bool:
    key = os.path.abspath(path)
    if key in seen:
        return False
    seen.add(key)
    return True


def _walk(directory: Path, seen: set[str], visited_dirs: set[str]) -> Iterator[Path]:
    real = os.path.realpath(directory)
    if real in visited_dirs:  # a symlink loop, or the same directory named twice
        return
    visited_dirs.add(real)
    try:
        with os.scandir(directory) as entries:
            names = sorted(entry.name for entry in entries)  # names only: small even for 100,000 files
    except OSError:
        if _first_time(directory, seen):
            yield directory
        return
    for name in names:
        if name.startswith("."):
            continue
        path = directory / name
        if path.is_dir():
            yield from _walk(path, seen, visited_dirs)
        elif is_supported(path) and _first_time(path, seen):
            yield path
