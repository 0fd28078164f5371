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
    # Memory stays small whatever the number of files: only explicit paths and walked directories are
    # remembered (a walked directory's files cannot come up again, except as explicit paths).
    explicit: set[str] = set()  # explicit paths yielded, by abspath
    walked: set[str] = set()  # directories listed, by abspath
    visited_dirs: set[str] = set()  # directories walked, by realpath
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, explicit, walked, visited_dirs)
            continue
        key = os.path.abspath(path)
        if key in explicit or (os.path.dirname(key) in walked and _walked_yields(path)):
            continue
        explicit.add(key)
        yield path


def _walked_yields(path: Path) -> bool:
    """Whether the walk of the file's directory yielded it (a walk skips hidden and unsupported files)."""
    return not path.name.startswith(".") and is_supported(path)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _walk(directory: Path, explicit: set[str], walked: set[str], visited_dirs: set[str]) -> Iterator[Path]:
    real = os.path.realpath(directory)
    if real in visited_dirs:  # a symlink loop, or the same directory named twice
        return
    visited_dirs.add(real)
    key = os.path.abspath(directory)
    try:
        with os.scandir(directory) as entries:
            subdirs: set[str] = set()
            names: list[str] = []  # names only: small even for 100,000 files
            for entry in entries:
                names.append(entry.name)
                if _is_dir(entry):
                    subdirs.add(entry.name)
        names.sort()
    except OSError:
        if key not in explicit:
            explicit.add(key)
            yield directory
        return
    walked.add(key)
    for name in names:
        if name.startswith("."):
            continue
        path = directory / name
        if name in subdirs:
            yield from _walk(path, explicit, walked, visited_dirs)
        elif is_supported(path) and os.path.join(key, name) not in explicit:
            yield path
