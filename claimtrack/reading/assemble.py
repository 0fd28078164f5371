"""Turning text and layered metadata into a `SourceDocument`: the file name, then the byline, fill gaps."""

from __future__ import annotations

from claimtrack.reading.bylines import byline_date, byline_outlet
from claimtrack.reading.file_names import date_from_file_name
from claimtrack.reading.metadata import Metadata
from claimtrack.records import SourceDocument


def make_document(name: str, text: str, source_path: str, metadata: Metadata) -> SourceDocument:
    """The document, its metadata as given. With no published date given, the date the file name opens
    with (`20241104T083000Z_x.txt`), else the byline's; with no outlet, the byline's."""
    published = metadata.published
    if published is None:
        published = date_from_file_name(name)
    if published is None:
        published = byline_date(text)
    outlet = metadata.outlet if metadata.outlet is not None else byline_outlet(text)
    return SourceDocument(
        name=name,
        text=text,
        title=metadata.title,
        outlet=outlet,
        url=metadata.url,
        published=published,
        source_path=source_path,
    )
