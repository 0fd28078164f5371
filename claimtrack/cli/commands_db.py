"""`claimtrack db ...`: the store's schema (Alembic migrations)."""

from __future__ import annotations

import typer
from rich.console import Console

from claimtrack.cli.options import DbOption

db_app = typer.Typer(help="The store's schema: migrations.", no_args_is_help=True)
console = Console(highlight=False)


@db_app.command("upgrade")
def upgrade(db: DbOption = None, revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Migrate the store to the newest schema (done automatically on first use).

    Example: claimtrack db upgrade --db postgresql+psycopg://claimtrack@localhost/claimtrack
    """
    from claimtrack.storage import db_upgrade, resolve_url
    from claimtrack.storage.engine import safe_url

    now = db_upgrade(db, revision)
    console.print(f"{safe_url(resolve_url(db))}: at revision {now}")


@db_app.command("current")
def current(db: DbOption = None) -> None:
    """Show the store's schema revision and the newest one this claimtrack knows.

    Example: claimtrack db current
    """
    from claimtrack.storage import db_current, db_head, resolve_url
    from claimtrack.storage.engine import safe_url

    rev = db_current(db)
    head = db_head()
    state = "up to date" if rev == head else ("empty (not migrated yet)" if rev is None else f"behind head {head}")
    console.print(f"{safe_url(resolve_url(db))}: revision {rev or '-'} ({state})")
