"""Assemble claims from a document's text (stub until the rules land)."""

from __future__ import annotations

import datetime as dt

from claimtrack.records import ExtractedClaim


def extract_claims(text: str, published: dt.date | None = None) -> list[ExtractedClaim]:
    """Every claim the text makes, with evidence offsets into `text`."""
    return []
