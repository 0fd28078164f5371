"""Document metadata (title, outlet, url, published): from objects, sidecars and the CLI, layered."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from claimtrack.reading.dates import parse_published
from claimtrack.reading.discovery import SIDECAR_SUFFIX
from claimtrack.reading.failures import ReadError

TEXT_KEYS = ("title", "outlet", "url")


@dataclass(frozen=True)
class Metadata:
    """What is known about a document besides its text; None where nothing is known."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None

    def over(self, other: Metadata) -> Metadata:
        """These values, with `other`'s filling the gaps."""
        return Metadata(**{f.name: _first(getattr(self, f.name), getattr(other, f.name)) for f in fields(self)})


def _first(value: Any, fallback: Any) -> Any:
    return fallback if value is None else value


def metadata_from_mapping(data: dict[str, Any], where: str = "") -> Metadata:
    """Metadata from an object with the keys title, outlet, url, published (others are ignored).

    Raises ReadError, prefixed with `where`, for a value of the wrong type or a bad date.
    """
    prefix = f"{where}: " if where else ""
    values: dict[str, Any] = {}
    for key in TEXT_KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise ReadError(f"{prefix}{key!r} is {json.dumps(value)[:60]}, not a string; give it as text")
        values[key] = (value.strip() or None) if isinstance(value, str) else None
    try:
        values["published"] = parse_published(data.get("published"))
    except ValueError as error:
        raise ReadError(f"{prefix}{error}") from None
    return Metadata(**values)


def sidecar_for(path: Path) -> Path | None:
    """The NAME.meta.json beside NAME.txt / NAME.html (or NAME.txt.meta.json), if there is one."""
    for candidate in (path.with_name(path.stem + SIDECAR_SUFFIX), path.with_name(path.name + SIDECAR_SUFFIX)):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> Metadata:
    """The metadata a sidecar file gives. Raises ReadError naming the sidecar when it is broken."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as error:
        raise ReadError(f"{path}: cannot read the sidecar ({error.strerror}); check its permissions") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReadError(f"{path}: not valid JSON ({error}); fix or remove the sidecar") from None
    if not isinstance(data, dict):
        raise ReadError(f'{path}: not a JSON object; give {{"title": ..., "published": ...}}')
    return metadata_from_mapping(data, str(path))
