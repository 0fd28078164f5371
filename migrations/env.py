"""Alembic environment for claimtrack.

claimtrack itself runs migrations through `claimtrack.storage.migrate`, which passes an open
connection (already inside a locked transaction) in ``config.attributes["connection"]``. Run by
hand (`alembic upgrade head` from the repository root), the URL is $CLAIMTRACK_DB, else
``-x db=URL``, else ``sqlalchemy.url`` from alembic.ini.
"""

from __future__ import annotations

import os
from logging.config import fileConfig

import sqlalchemy as sa
from alembic import context

config = context.config
if config.config_file_name and config.attributes.get("connection") is None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _url() -> str:
    return (
        os.environ.get("CLAIMTRACK_DB")
        or context.get_x_argument(as_dictionary=True).get("db")
        or config.get_main_option("sqlalchemy.url")
        or ""
    )


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=None,
        transactional_ddl=True,  # SQLite DDL is transactional under claimtrack's explicit BEGIN
        render_as_batch=True,  # ALTERs on SQLite need batch mode
        compare_type=True,
        **kwargs,
    )


def run_migrations_offline() -> None:
    _configure(url=_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _engine(url: str) -> sa.Engine:
    try:  # claimtrack's engine has the SQLite pragmas and explicit BEGIN
        from claimtrack.storage.engine import make_engine, resolve_url

        return make_engine(resolve_url(url))
    except ImportError:
        return sa.create_engine(url, poolclass=sa.pool.NullPool)


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = _engine(_url())
    try:
        with engine.connect() as conn:
            _configure(connection=conn)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
