"""Extracting claims from text: pure functions, no database, no I/O beyond the packaged data files.

The entry point is `extract_claims(text, published)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimtrack.extraction.pipeline import extract_claims

__all__ = ["extract_claims"]


def __getattr__(name: str) -> Any:
    """`extract_claims`, imported on first use: the stores and exports import the gazetteer from this
    package and never extract, so they do not pay for compiling the extractor's modules."""
    if name == "extract_claims":
        from claimtrack.extraction.pipeline import extract_claims

        return extract_claims
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
