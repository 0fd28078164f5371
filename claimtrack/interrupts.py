"""Ctrl-C turned into a request that long work honours at a point of its choosing.

Python raises KeyboardInterrupt wherever the main thread happens to be, which can be inside a
library's cleanup (SQLAlchemy returning a connection to its pool logs a traceback for it). Work
that can stop cleanly between steps asks for the interrupt to be deferred: the first Ctrl-C only
sets `requested`, and a second one, from a user who will not wait, raises at once as usual.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any


class InterruptRequest:
    """Whether Ctrl-C was pressed while the work ran."""

    def __init__(self) -> None:
        self.requested = False


@contextmanager
def deferred_interrupt() -> Iterator[InterruptRequest]:
    """Defer the first SIGINT for the block. Nothing changes outside the main thread (no signals there) or where
    SIGINT is ignored (a shell starts background jobs so): the block must not become interruptible."""
    request = InterruptRequest()
    previous: Any = signal.getsignal(signal.SIGINT) if threading.current_thread() is threading.main_thread() else None
    if previous is None or previous is signal.SIG_IGN:  # None: another thread, or a handler not set from Python
        yield request
        return

    def note(signum: int, frame: FrameType | None) -> None:
        request.requested = True
        signal.signal(signal.SIGINT, previous)  # the next Ctrl-C interrupts as it would have

    signal.signal(signal.SIGINT, note)
    try:
        yield request
    finally:
        signal.signal(signal.SIGINT, previous)
