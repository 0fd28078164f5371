"""Turning text and layered metadata into a `SourceDocument`, with the byline as the last resort."""

from __future__ import annotations

from claimtrack.reading.bylines import byline_date, byline_outlet
from claimtrack.reading.metadata import Metadata
from claimtrack.records import SourceDocument


def make_document(name: str, text: str, source_path: str, metadata: Metadata) -> SourceDocument:
    """The document, its metadata as given; published date and outlet from the byline when none is."""
    published = metadata.published if metadata.published is not None else byline_date(text)
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
