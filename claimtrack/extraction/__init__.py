"""Extracting claims from text: pure functions, no database, no I/O beyond the packaged data files.

The entry point is `extract_claims(text, published)`.
"""

from claimtrack.extraction.pipeline import extract_claims

__all__ = ["extract_claims"]
