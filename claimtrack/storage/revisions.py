"""Which schema revisions claimtrack has and which one a database is at, without importing Alembic.

Opening a store only needs to know that the database is at the newest revision; Alembic (a quarter of
a second of imports) is loaded by `migrate` only when a migration must run. The revisions are read
from the migration files' `revision = "..."` and `down_revision = ...` lines, as Alembic reads them
(a test checks that both agree); when the files do not give one head, `migrate` asks Alembic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import sqlalchemy as sa

from claimtrack.storage.errors import StoreError

VERSION_TABLE = "alembic_version"
_ASSIGNED = re.compile(r"""^(revision|down_revision)\s*=\s*(?:None|["']([^"']+)["'])\s*$""", re.MULTILINE)


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


@lru_cache(maxsize=1)
def _revision_files() -> dict[str, str | None]:
    """revision -> down_revision of every migration file (None for the first)."""
    found: dict[str, str | None] = {}
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        assigned = {name: value or None for name, value in _ASSIGNED.findall(path.read_text(encoding="utf-8"))}
        if "revision" in assigned and assigned["revision"] is not None:
            found[assigned["revision"]] = assigned.get("down_revision")
    return found


def file_head() -> str | None:
    """The one revision no other revises, or None when the files do not give exactly one."""
    revisions = _revision_files()
    heads = set(revisions) - {down for down in revisions.values() if down is not None}
    return next(iter(heads)) if len(heads) == 1 else None


def head_revision() -> str:
    """The newest migration this claimtrack knows."""
    head = file_head()
    if head is not None:
        return head
    from claimtrack.storage import migrate  # several heads or none: Alembic says what is wrong

    return migrate.alembic_head()


def known_revisions() -> set[str]:
    """Every revision id in claimtrack's migrations."""
    return set(_revision_files())


def current_revision(conn: sa.Connection) -> str | None:
    """The revision the database is at, or None when it has no claimtrack schema yet (cheap)."""
    if not sa.inspect(conn).has_table(VERSION_TABLE):
        return None
    rows = conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise StoreError(f"the database has several schema heads ({', '.join(rows)}); repair it with alembic")
    return rows[0] if rows else None
