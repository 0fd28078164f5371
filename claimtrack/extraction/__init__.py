"""Extracting claims from text: pure functions, no database, no I/O beyond the packaged data files.

The entry point is `extract_claims(text, published)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import lazy_names

if TYPE_CHECKING:
    from claimtrack.extraction.pipeline import extract_claims

__all__ = ["extract_claims"]


# `extract_claims` is imported on first use: the stores and exports import the gazetteer from this package and
# never extract, so they do not pay for compiling the extractor's modules
__getattr__ = lazy_names(__name__, {"extract_claims": "claimtrack.extraction.pipeline"}, globals())
