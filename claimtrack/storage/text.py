"""How names and aliases are compared (no database, no models): a module of its own so that queries
need not import the entity code that writes actors and places."""

from __future__ import annotations


def norm(alias: str) -> str:
    """How aliases are compared: trimmed, single-spaced, lowercase."""
    return " ".join(alias.split()).lower()
