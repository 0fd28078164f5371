"""Alembic plumbing: where the migrations are, the current and head revisions, and locked upgrades.

Upgrades and downgrades run in ONE transaction that first takes a lock (SQLite: BEGIN IMMEDIATE;
PostgreSQL: a transaction-scoped advisory lock), then reads the current revision: two processes
starting at once on a new store serialise, and the second finds the schema already at head.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from claimtrack.storage.engine import SQLITE_BEGIN_OPTION
from claimtrack.storage.errors import StoreError

VERSION_TABLE = "alembic_version"
_PG_LOCK_KEY = 0x636C61696D74  # "claimt": advisory lock id for migrations


def migrations_dir() -> Path:
    """The Alembic script directory: the migrations/ of the source checkout this claimtrack is imported
    from, else the installed `claimtrack.migrations`.

    The checkout comes first: with `PYTHONPATH=checkout` and another checkout installed editable,
    `claimtrack.migrations` names the installed one's folder, whose revisions may differ from the code.
    """
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "migrations" / "env.py").is_file():
        return checkout / "migrations"
    try:
        found = Path(str(resources.files("claimtrack.migrations")))
        if (found / "env.py").is_file():
            return found
    except (ModuleNotFoundError, TypeError):
        pass
    repo = Path(__file__).resolve().parents[2] / "migrations"
    if (repo / "env.py").is_file():
        return repo
    raise StoreError("cannot find claimtrack's migrations (claimtrack.migrations); reinstall claimtrack")


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """An Alembic Config for claimtrack's migrations, optionally bound to an open connection."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest migration this claimtrack knows."""
    head = _script().get_current_head()
    assert head is not None, "claimtrack's migrations have no head"
    return head


def known_revisions() -> set[str]:
    """Every revision id in claimtrack's migrations."""
    return {rev.revision for rev in _script().walk_revisions()}


def current_revision(conn: sa.Connection) -> str | None:
    """The revision the database is at, or None when it has no claimtrack schema yet (cheap)."""
    if not sa.inspect(conn).has_table(VERSION_TABLE):
        return None
    rows = conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise StoreError(f"the database has several schema heads ({', '.join(rows)}); repair it with alembic")
    return rows[0] if rows else None


def _run_locked(engine: sa.Engine, action: str, target: str) -> None:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
            cfg = alembic_config(conn)
            try:
                if action == "upgrade":
                    command.upgrade(cfg, target)
                else:
                    command.downgrade(cfg, target)
            except CommandError as err:
                raise StoreError(f"cannot {action} the database to {target!r}: {err}") from err


def upgrade(engine: sa.Engine, target: str = "head") -> None:
    """Apply migrations up to `target` (default head), under the migration lock."""
    _run_locked(engine, "upgrade", target)


def downgrade(engine: sa.Engine, target: str) -> None:
    """Revert migrations down to `target` ("base" removes the whole schema), under the lock."""
    _run_locked(engine, "downgrade", target)


def ensure_head(engine: sa.Engine) -> None:
    """Upgrade to head unless the database is already there; refuse revisions this code doesn't know."""
    with engine.connect() as conn:
        current = current_revision(conn)
    head = head_revision()
    if current == head:
        return
    if current is not None and current not in known_revisions():
        raise StoreError(
            f"the database is at schema revision {current}, which this claimtrack does not know "
            "(it was written by a newer version): upgrade claimtrack"
        )
    upgrade(engine, "head")
