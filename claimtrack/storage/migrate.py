"""Alembic plumbing: locked upgrades and downgrades (imported only when a migration runs).

Which revisions exist and which one a database is at: `revisions` (no Alembic).

Upgrades and downgrades run in ONE transaction that first takes a lock (SQLite: BEGIN IMMEDIATE;
PostgreSQL: a transaction-scoped advisory lock), then reads the current revision: two processes
starting at once on a new store serialise, and the second finds the schema already at head.
"""

from __future__ import annotations

from functools import lru_cache

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from claimtrack.storage.engine import SQLITE_BEGIN_OPTION
from claimtrack.storage.errors import StoreError
from claimtrack.storage.revisions import (  # noqa: F401  (migrations_dir, VERSION_TABLE: as before)
    VERSION_TABLE,
    current_revision,
    head_revision,
    known_revisions,
    migrations_dir,
)

_PG_LOCK_KEY = 0x636C61696D74  # "claimt": advisory lock id for migrations


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


def alembic_head() -> str:
    """The newest migration as Alembic finds it (`revisions.head_revision` reads the files first)."""
    head = _script().get_current_head()
    assert head is not None, "claimtrack's migrations have no head"
    return head


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
    if current == head_revision():
        return
    if current is not None and current not in known_revisions():
        raise StoreError(
            f"the database is at schema revision {current}, which this claimtrack does not know "
            "(it was written by a newer version): upgrade claimtrack"
        )
    upgrade(engine, "head")
