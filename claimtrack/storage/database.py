"""Opening a store and managing its schema: `open_store`, `db_upgrade`, `db_current`, `db_downgrade`.

A store at the newest revision opens without Alembic: `revisions` tells, `migrate` (Alembic) is
imported only to run a migration.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy import exc

from claimtrack.storage import revisions
from claimtrack.storage.engine import BUSY_TIMEOUT_MS, connection_error, make_engine, resolve_url, schema_error
from claimtrack.storage.errors import StoreError
from claimtrack.storage.store import Store

T = TypeVar("T")

__all__ = ["StoreError", "db_current", "db_downgrade", "db_head", "db_upgrade", "open_store", "resolve_url"]


def _connect_once(engine: sa.Engine, url: str) -> None:
    """Connect and let go: a failure here is a connection error, one after it is the schema's."""
    try:
        with engine.connect():
            pass
    except exc.DBAPIError as err:
        raise connection_error(url, err) from err


def _with_engine(url: str | None, work: Callable[[sa.Engine], T], doing: str) -> T:
    resolved = resolve_url(url)
    engine = make_engine(resolved)
    try:
        _connect_once(engine, resolved)
        return work(engine)
    except exc.DBAPIError as err:
        raise schema_error(resolved, doing, err) from err
    finally:
        engine.dispose()


def _ensure_head(engine: sa.Engine) -> None:
    """Migrate to head unless the database is there already (checked without Alembic)."""
    with engine.connect() as conn:
        current = revisions.current_revision(conn)
    if current is not None and current == revisions.head_revision():
        return
    from claimtrack.storage import migrate

    migrate.ensure_head(engine)  # looks again under its lock: another process may have migrated


def _is_locked(err: exc.DBAPIError) -> bool:
    return "database is locked" in str(getattr(err, "orig", None) or err)


def _retry_while_locked(work: Callable[[], None], budget_s: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Run `work`, again while SQLite says "database is locked" without waiting (two processes turning a new
    file to WAL, or one migrating it, at the same moment), up to `budget_s`; the last error is raised."""
    deadline = time.monotonic() + budget_s
    pause = 0.02
    while True:
        try:
            work()
            return
        except exc.OperationalError as err:
            if not _is_locked(err) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open the store at `url` (see `resolve_url`), migrating it to the newest schema if needed.

    With ``migrate=False`` the schema is left as it is (for `db` commands and tests).
    Raises StoreError when the database cannot be reached or migrated.
    """
    resolved = resolve_url(url)
    engine = make_engine(resolved)
    connected = False

    def connect_and_migrate() -> None:
        nonlocal connected
        with engine.connect():  # turning a new file to WAL may meet another process doing it: retried as locked
            connected = True
        if migrate:
            _ensure_head(engine)

    try:
        _retry_while_locked(connect_and_migrate)
    except exc.DBAPIError as err:
        engine.dispose()
        if not connected:
            raise connection_error(resolved, err) from err
        raise schema_error(resolved, "migrating", err) from err
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, resolved)


def db_upgrade(url: str | None = None, revision: str = "head") -> str | None:
    """Migrate the database up to `revision` (default head); returns the revision it is then at."""

    def work(engine: sa.Engine) -> str | None:
        from claimtrack.storage import migrate

        migrate.upgrade(engine, revision)
        with engine.connect() as conn:
            return revisions.current_revision(conn)

    return _with_engine(url, work, "migrating")


def db_downgrade(url: str | None, revision: str) -> str | None:
    """Migrate the database down to `revision` ("base" drops everything); returns the new revision."""

    def work(engine: sa.Engine) -> str | None:
        from claimtrack.storage import migrate

        migrate.downgrade(engine, revision)
        with engine.connect() as conn:
            return revisions.current_revision(conn)

    return _with_engine(url, work, "migrating")


def db_current(url: str | None = None) -> str | None:
    """The schema revision the database is at, or None for an empty database."""

    def work(engine: sa.Engine) -> str | None:
        with engine.connect() as conn:
            return revisions.current_revision(conn)

    return _with_engine(url, work, "reading the revision of")


def db_head() -> str:
    """The newest schema revision this claimtrack provides."""
    return revisions.head_revision()
