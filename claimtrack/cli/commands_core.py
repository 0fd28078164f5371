"""`claimtrack ingest`, `claimtrack query`, `claimtrack export`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from claimtrack.cli.errors import UserError
from claimtrack.cli.options import (
    ActorOption,
    DbOption,
    DocumentOption,
    KindOption,
    LimitOption,
    MinConfOption,
    PlaceOption,
    RejectedOption,
    SinceOption,
    SubjectOption,
    TextOption,
    UntilOption,
    make_filter,
    parse_date,
)

FORMATS = ("table", "csv", "json", "jsonl")
"""What `query --format` takes (`render.ROW_WRITERS` writes all but the table)."""

console = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and directories (.txt, .html, .jsonl), recursive.")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(help="Publication date for these documents (YYYY-MM-DD).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for these documents.")] = None,
    title: Annotated[str | None, typer.Option(help="Title (for a single document).")] = None,
    url: Annotated[str | None, typer.Option(help="URL (for a single document).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Extraction processes (0: one per core).")] = 1,
    reextract: Annotated[
        bool,
        typer.Option("--reextract", help="Re-read stored documents with this version's extractor (reviews are kept)."),
    ] = False,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress", help="Show a progress bar (default: when the terminal is interactive)."
        ),
    ] = None,
) -> None:
    """Read articles, extract their claims and store them. Safe to re-run: nothing is stored twice.

    Examples:

      claimtrack ingest seeds/

      claimtrack ingest feed.jsonl --jobs 2

      claimtrack ingest article.txt --published 2024-11-04 --outlet "Business Insider"
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from claimtrack.ingest import ingest as run_ingest  # here: the extractor is imported for ingest only
    from claimtrack.storage import open_store

    day = parse_date(published, "--published")
    jobs = jobs or (os.cpu_count() or 1)
    store = open_store(db)
    show = sys.stderr.isatty() if progress is None else progress
    bar = Progress(TextColumn("[bold]ingest"), BarColumn(bar_width=None), TextColumn("{task.description}"),
                   TimeElapsedColumn(), console=err, transient=True, disable=not show)  # fmt: skip
    with bar:
        task = bar.add_task("starting", total=None)

        def on_progress(p) -> None:
            rate = p.documents / p.elapsed if p.elapsed else 0.0
            bar.update(task, description=f"{p.documents} documents, {rate:.0f}/s, {p.claims} claims, "
                                         f"{p.failed} failed")  # fmt: skip

        summary = run_ingest(
            store, [str(p) for p in paths], published=day, outlet=outlet, title=title, url=url, jobs=jobs,
            replace=reextract, on_failure=lambda m: err.print(f"[red]failed[/red] {m}", markup=True),
            on_progress=on_progress,
        )  # fmt: skip
    store.close()
    line = (f"{summary.new} new, {summary.unchanged} unchanged"
            + (f", {summary.replaced} re-extracted" if summary.replaced else "")
            + f", {summary.failed} failed documents; {summary.claims} claims stored"
            + f" ({summary.seconds:.1f} s)")  # fmt: skip
    console.print(line)
    if summary.interrupted:
        err.print("interrupted: run the same command again to finish (stored documents are skipped)")
        raise typer.Exit(130)
    if summary.failed:
        raise typer.Exit(1)


def query(
    db: DbOption = None,
    actor: ActorOption = None,
    place: PlaceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: KindOption = None,
    min_confidence: MinConfOption = None,
    text: TextOption = None,
    subject: SubjectOption = None,
    document: DocumentOption = None,
    include_rejected: RejectedOption = False,
    limit: LimitOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or jsonl.")] = "table",
) -> None:
    """Who claimed what, where, when, how sure.

    Examples:

      claimtrack query --actor Kirby

      claimtrack query --place Russia --since 2024-10-01 --kind deployment

      claimtrack query --text pilots --format jsonl
    """
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; use table, csv, json or jsonl")
    from claimtrack.cli.render import ROW_WRITERS, print_table
    from claimtrack.storage import claim_rows, open_store, query_claims

    flt = make_filter(actor, place, since, until, kind, min_confidence, text, subject, document, include_rejected,
                      limit)  # fmt: skip
    with open_store(db) as store:
        if fmt == "table":
            n = print_table(console, query_claims(store, flt))
            if not n:
                err.print("no claims match")
        else:
            ROW_WRITERS[fmt](claim_rows(store, flt), sys.stdout)


def export(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl or json.")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    actor: ActorOption = None,
    place: PlaceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    kind: KindOption = None,
    min_confidence: MinConfOption = None,
    text: TextOption = None,
    subject: SubjectOption = None,
    document: DocumentOption = None,
    include_rejected: RejectedOption = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            max=2,
            help="Processes writing a large CSV or JSON Lines export to a file, one range of dates each.",
        ),
    ] = 2,
) -> None:
    """Export claims for scripts and spreadsheets (columns: see README, "Export columns").

    Examples:

      claimtrack export --format csv -o claims.csv

      claimtrack export --format jsonl --actor Blinken
    """
    if fmt not in FORMATS[1:]:
        raise UserError(f"unknown format {fmt!r}; use csv, jsonl or json")
    from claimtrack.exporting import export_to_file, export_to_stream
    from claimtrack.storage import open_store

    flt = make_filter(actor, place, since, until, kind, min_confidence, text, subject, document, include_rejected)
    with open_store(db) as store:
        if output is None:
            n = export_to_stream(store, flt, fmt, sys.stdout)
        else:
            n = export_to_file(store, flt, fmt, output, jobs=jobs)
            err.print(f"{n} claims written to {output}")


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(query)
    app.command()(export)
