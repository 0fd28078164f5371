"""The Store: an engine plus per-process caches, with read and write transactions."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

import sqlalchemy as sa
from sqlalchemy import exc

from claimtrack.storage.engine import SQLITE_BEGIN_OPTION, connection_error, safe_url

if TYPE_CHECKING:
    from claimtrack.storage.entities import EntityCache

T = TypeVar("T")
WRITE_ATTEMPTS = 6


def is_retryable(err: exc.DBAPIError) -> bool:
    """SQLite lock contention, or a PostgreSQL deadlock / serialization failure (SQLSTATE 40xxx)."""
    orig = err.orig
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate.startswith("40"):
        return True
    message = str(orig).lower()
    return "database is locked" in message or "database is busy" in message


class Store:
    """An open claimtrack database. Use as a context manager, or call `close()`.

    Holds the engine and in-memory caches of actor and place ids (loaded on first write; another
    process's curation is seen after reopening).
    """

    def __init__(self, engine: sa.Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._entities: EntityCache | None = None

    @property
    def entities(self) -> EntityCache:
        """The actor and place ids cache, created by the first write (reads need no entity code)."""
        if self._entities is None:
            from claimtrack.storage.entities import EntityCache

            self._entities = EntityCache()
        return self._entities

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    def __repr__(self) -> str:
        return f"Store({safe_url(self.url)!r})"

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A connection for reading (no explicit transaction)."""
        try:
            conn = self.engine.connect()
        except exc.DBAPIError as err:
            raise connection_error(self.url, err) from err
        with conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """One write transaction (BEGIN IMMEDIATE on SQLite), committed on success, rolled back on error."""
        try:
            conn = self.engine.connect()
        except exc.DBAPIError as err:
            raise connection_error(self.url, err) from err
        with conn:
            if self.dialect == "sqlite":
                conn.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
            with conn.begin():
                yield conn

    def run_write(self, work: Callable[[sa.Connection], T], *, attempts: int = WRITE_ATTEMPTS) -> T:
        """Run `work` in one write transaction, retrying it whole on lock contention or deadlock."""
        for attempt in range(1, attempts + 1):
            try:
                with self.write() as conn:
                    return work(conn)
            except exc.DBAPIError as err:
                if attempt == attempts or not is_retryable(err):
                    raise
                time.sleep(min(2.0, 0.05 * 2**attempt) * random.uniform(0.5, 1.5))
        raise AssertionError("unreachable")

    def invalidate_caches(self) -> None:
        """Forget cached actor/place ids (after merges and alias changes)."""
        self._entities = None

    def close(self) -> None:
        """Release all connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc_val: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
