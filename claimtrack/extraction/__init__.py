"""Extracting claims from text: pure functions, no database, no I/O beyond the packaged data files.

The entry point is `extract_claims(text, published)`. `EXTRACTOR` says whether the modules run compiled by mypyc
or as Python (see `native`); `COMPILED` is True for the former.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from claimtrack.extraction.native import select
from claimtrack.lazy import lazy_names

if TYPE_CHECKING:
    from claimtrack.extraction.pipeline import extract_claims

__all__ = ["COMPILED", "EXTRACTOR", "extract_claims"]

# before any module of the package is imported: a stale or unwanted compiled build must not be
COMPILED, EXTRACTOR = select(Path(__file__).resolve().parent)

# `extract_claims` is imported on first use: the stores and exports import the gazetteer from this package and
# never extract, so they do not pay for compiling the extractor's modules
__getattr__ = lazy_names(__name__, {"extract_claims": "claimtrack.extraction.pipeline"}, globals())
