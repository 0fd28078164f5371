"""What the reading layer reports instead of a document when an input cannot be read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadFailure:
    """An input that gave no document: where it was, and what was wrong and what to do."""

    source: str  # the file path (and ":line N" for a JSON Lines line)
    message: str  # one clear line: what was wrong and what to do

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class ReadError(Exception):
    """Raised inside the reading layer; turned into a `ReadFailure` for the input being read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def unreadable(error: Exception) -> str:
    """The message for an input that broke a parser in an unexpected way."""
    return f"cannot be read ({type(error).__name__}: {str(error)[:200]}); please report this"
