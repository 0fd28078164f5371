"""Shared test fixtures.

Storage: `store_url` runs a test once against SQLite and once against PostgreSQL; `store` opens it.
PostgreSQL comes from $CLAIMTRACK_TEST_PG_URL (a server where the user may create schemas), else
from a throwaway cluster started once per session in a temp dir (initdb/pg_ctl, as the `postgres`
user when run as root), else the postgres cases skip -- or fail when CLAIMTRACK_REQUIRE_PG=1 (CI).
Each postgres test gets a fresh schema (search_path set in the URL), dropped afterwards.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from claimtrack.storage import Store

PG_URL_ENV = "CLAIMTRACK_TEST_PG_URL"
REQUIRE_PG_ENV = "CLAIMTRACK_REQUIRE_PG"


@dataclass
class PgServer:
    """A PostgreSQL server for tests: an admin URL, or why there is none."""

    url: str | None
    problem: str | None = None


def _pg_bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_cluster() -> tuple[PgServer, Callable[[], None]]:
    """initdb + pg_ctl start in a temp dir; returns the server and a function that stops and removes it."""
    bindir = _pg_bindir()
    if bindir is None:
        return PgServer(None, f"no PostgreSQL server binaries found; set {PG_URL_ENV}"), lambda: None
    root = Path(tempfile.mkdtemp(prefix="claimtrack-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the cluster as `postgres`
        shutil.chown(root, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, text=True, timeout=120)

    def stop() -> None:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)

    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off"
    )
    try:
        initdb_args = ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]
        run(str(bindir / "initdb"), "-D", str(data), *initdb_args)
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-o", options, "-w", "start")
    except (subprocess.SubprocessError, OSError, KeyError, LookupError) as err:
        detail = getattr(err, "stderr", None) or str(err)
        stop()
        problem = f"could not start a throwaway PostgreSQL cluster: {detail.strip()}"
        return PgServer(None, problem), lambda: None
    return PgServer(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"), stop


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server (started on first use)."""
    url = os.environ.get(PG_URL_ENV)
    if url:
        yield PgServer(url)
        return
    server, stop = _start_cluster()
    try:
        yield server
    finally:
        stop()


def _psycopg_conninfo(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A URL whose search_path is a fresh, empty schema on the test server."""
    problem = pg_server.problem
    schema = f"t_{uuid.uuid4().hex[:12]}"
    conninfo = ""
    if pg_server.url is not None:
        try:
            import psycopg

            conninfo = _psycopg_conninfo(pg_server.url)
            with psycopg.connect(conninfo, autocommit=True, connect_timeout=10) as conn:
                conn.execute(f'CREATE SCHEMA "{schema}"')
        except Exception as err:  # no driver, no server, no rights: no usable PostgreSQL
            problem = f"cannot use {PG_URL_ENV} server: {err}"
    if problem is not None or pg_server.url is None:
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"{REQUIRE_PG_ENV}=1 but PostgreSQL is unavailable: {problem}")
        pytest.skip(f"PostgreSQL unavailable: {problem}")
    from sqlalchemy.engine import make_url

    url = make_url(pg_server.url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'claims.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open, migrated store on `store_url`."""
    from claimtrack.storage import open_store

    with open_store(store_url) as opened:
        yield opened
