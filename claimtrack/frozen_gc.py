"""The cyclic garbage collector told to leave the objects that exist now alone, for a while.

A long-running process that holds many live objects (an ingest's main process keeps thousands of
prepared documents between writes) pays for every full collection in proportion to all tracked
objects, most of them modules, classes and caches made at start-up that never become garbage.
`gc.freeze()` moves them out of the collector's reach; forked workers inherit that, and their
collections do not touch (and so do not copy) the pages they share with the parent.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen_gc() -> Iterator[None]:
    """Freeze the objects tracked now for the block, and hand them back to the collector after.

    Unfrozen objects return to the oldest generation, so anything that became garbage meanwhile is
    still collected later: nothing is kept for good.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
