"""What a command imports: only what it uses (no Alembic for a store at the newest schema, no pydantic
record models for compare, no database code for --help); the same output as when run in-process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_storage_factory import make_claim, make_doc
from typer.testing import CliRunner

import claimtrack
from claimtrack.cli.app import app
from claimtrack.storage import Store, store_document

SUBJECT = "North Korean troops"
RUN = (
    "import sys; from claimtrack.cli.app import main\n"
    "sys.argv = ['claimtrack', *sys.argv[1:]]\n"
    "try:\n    main()\nexcept SystemExit as stop:\n    assert not stop.code, stop.code\n"
    "print('\\nMODULES', ' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
    "('alembic', 'claimtrack', 'sqlalchemy', 'pydantic', 'matplotlib'))))"
)


def _run(*args: str) -> tuple[str, set[str]]:
    """`claimtrack ARGS` in a fresh interpreter: its output and the modules it had loaded at the end."""
    checkout = str(Path(claimtrack.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([checkout, os.environ.get("PYTHONPATH", "")]),
           "COLUMNS": "200", "NO_COLOR": "1"}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", RUN, *args], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out, _, modules = done.stdout.rpartition("\nMODULES")
    return out, set(modules.split())


@pytest.fixture
def stored(store: Store, store_url: str) -> str:
    """Two claims about the subject and a denial, at the newest schema; returns the store's URL."""
    doc = make_doc("a.txt", "Kirby said 3,000 troops arrived.", "Budanov said 11,000 troops.", "Pyongyang denied it.")
    store_document(store, doc, [
        make_claim(doc, "Kirby said 3,000 troops arrived.", quantity=(3000, None), subject=SUBJECT),
        make_claim(doc, "Budanov said 11,000 troops.", actor="Kyrylo Budanov", quantity=(11000, 11000),
                   subject=SUBJECT),
        make_claim(doc, "Pyongyang denied it.", kind="denial", actor="North Korea"),
    ])  # fmt: skip
    return store_url


def test_help_imports_no_database_code() -> None:
    out, modules = _run("query", "--help")
    assert "--actor" in out
    assert not any(m.split(".")[0] in ("sqlalchemy", "alembic") for m in modules)
    assert "claimtrack.storage.queries" not in modules and "claimtrack.records" not in modules


def test_query_imports_no_alembic_and_no_other_commands_code(stored: str) -> None:
    out, modules = _run("query", "--actor", "Kirby", "--db", stored)
    assert "3000" in out.replace(",", "") and "John Kirby" in out
    assert out == CliRunner().invoke(app, ["query", "--actor", "Kirby", "--db", stored],
                                     env={"COLUMNS": "200", "NO_COLOR": "1"}).stdout  # fmt: skip
    assert "alembic" not in modules and "claimtrack.storage.migrate" not in modules
    unused = {"claimtrack.analysis.compare", "claimtrack.cli.render_compare", "claimtrack.cli.render_show",
              "claimtrack.storage.curation", "claimtrack.storage.entities", "claimtrack.storage.writer",
              "claimtrack.exporting", "claimtrack.extraction"}  # fmt: skip
    assert not modules & unused, modules & unused


def test_compare_builds_no_record_models(stored: str) -> None:
    out, modules = _run("compare", "--subject", SUBJECT, "--db", stored, "--format", "json")
    assert '"denials": [' in out and "Pyongyang denied it." in out
    assert out == CliRunner().invoke(app, ["compare", "--subject", SUBJECT, "--db", stored, "--format", "json"],
                                     env={"COLUMNS": "200", "NO_COLOR": "1"}).stdout  # fmt: skip
    assert "alembic" not in modules and "matplotlib" not in modules
    assert not modules & {"claimtrack.records", "claimtrack.storage.records_build", "claimtrack.cli.render",
                          "claimtrack.storage.entities"}  # fmt: skip


def test_query_formats_are_those_the_renderers_write() -> None:
    from claimtrack.cli import commands_core, render

    assert commands_core.FORMATS == render.FORMATS
    assert set(commands_core.FORMATS[1:]) == set(render.ROW_WRITERS)


def test_python_m_claimtrack_runs_the_command_line() -> None:
    checkout = str(Path(claimtrack.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([checkout, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "claimtrack", "--help"], env=env, capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0 and "compare" in done.stdout and "query" in done.stdout
