"""The `claimtrack` command: a thin layer over claimtrack.api (see `claimtrack --help`).

Exit codes: 0 success; 1 something failed (e.g. a document could not be ingested, no such claim);
2 bad usage (unknown option or format, impossible date range); 3 the store cannot be opened;
130 interrupted.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console

from claimtrack.cli import commands_catalog, commands_core, commands_db
from claimtrack.cli.errors import UserError
from claimtrack.storage.errors import NotFound, StoreError

app = typer.Typer(
    name="claimtrack",
    help="Structured event store and query CLI for wartime news claims.\n\n"
    "Examples:\n\n"
    "  claimtrack ingest seeds/\n\n"
    "  claimtrack query --actor Kirby\n\n"
    "  claimtrack export --format csv -o claims.csv",
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from claimtrack import __version__, extraction

        typer.echo(f"claimtrack {__version__}; extractor: {extraction.EXTRACTOR}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help="Show the version and whether the extractor runs compiled, and exit.",
        ),
    ] = False,
) -> None:
    """Structured event store and query CLI for wartime news claims."""


commands_core.register(app)
commands_catalog.register(app)
app.add_typer(commands_db.db_app, name="db")

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def main() -> None:
    """Entry point: run the app, turning known errors into one line on stderr and an exit code."""
    try:
        code = app(standalone_mode=False)  # click returns the code of a typer.Exit instead of exiting
        if isinstance(code, int) and code:
            sys.exit(code)
    except UserError as err:
        err_console.print(f"claimtrack: {err}", markup=False)
        sys.exit(err.exit_code)
    except NotFound as err:
        err_console.print(f"claimtrack: {err}", markup=False)
        sys.exit(1)
    except StoreError as err:
        err_console.print(f"claimtrack: {err}", markup=False)
        sys.exit(3)
    except KeyboardInterrupt:
        err_console.print("claimtrack: interrupted", markup=False)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err_console.print("claimtrack: aborted", markup=False)
        sys.exit(130)
    except Exception as exc:  # click usage errors and the like
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Exit):
            sys.exit(exc.exit_code)
        raise


if __name__ == "__main__":
    main()
