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
    """Defer the first SIGINT for the block; outside the main thread (no signals there) nothing changes."""
    request = InterruptRequest()
    if threading.current_thread() is not threading.main_thread():
        yield request
        return
    previous: Any = signal.getsignal(signal.SIGINT)

    def note(signum: int, frame: FrameType | None) -> None:
        request.requested = True
        signal.signal(signal.SIGINT, previous)  # the next Ctrl-C interrupts as it would have

    signal.signal(signal.SIGINT, note)
    try:
        yield request
    finally:
        signal.signal(signal.SIGINT, previous)
