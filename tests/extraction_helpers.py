"""Helpers shared by extraction tests: views of `extract_claims` output keyed the way tests assert on them."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims


def speakers_by_count(text: str, published: dt.date) -> dict[float, tuple[str | None, str | None]]:
    """Each claim's lower bound -> (its actor's name, its actor's kind); claims without a lower bound left out."""
    return {
        c.quantity.low: (c.actor.name if c.actor else None, c.actor.kind if c.actor else None)
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }
