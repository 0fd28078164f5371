"""Workbench commands (compare, show, actors, places, sources, review, alias, history)."""

import typer


def register(app: typer.Typer) -> None:
    """Add the workbench commands to the app."""
