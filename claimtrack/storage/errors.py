"""The errors storage raises: each message says what went wrong and what to do about it."""

from __future__ import annotations


class StoreError(RuntimeError):
    """The store cannot be opened, migrated or written (bad URL, server down, missing driver...)."""


class NotFound(StoreError, LookupError):
    """A claim, actor, place or document named by the user does not exist in the store."""
