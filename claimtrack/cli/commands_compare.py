"""`claimtrack compare` and `claimtrack timeline`: one subject's estimates side by side and over time."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from claimtrack.analysis.terms import DEFAULT_WINDOW_DAYS
from claimtrack.cli.errors import UserError
from claimtrack.cli.options import (
    DbOption,
    KindOption,
    PlaceOption,
    RejectedOption,
    SinceOption,
    UntilOption,
    make_filter,
)

if TYPE_CHECKING:  # the rest is imported by the commands that use it
    from claimtrack.records import Claim
    from claimtrack.storage import ClaimFilter, Store

SubjectOpt = Annotated[str | None, typer.Option("--subject", "-s", help="What is counted, e.g. 'North Korean troops' "
                       "(`claimtrack compare` lists the subjects).")]  # fmt: skip
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table or json.")]
PlotOpt = Annotated[Path | None, typer.Option("--plot", help="Also write the timeline chart to this .png or .svg file "
                    "(needs matplotlib: pip install 'claimtrack[plot]').")]  # fmt: skip
WindowOpt = Annotated[int, typer.Option("--window", min=0, help="Days within which disjoint estimates conflict.")]
DEFAULT_LIMIT = 50
CompareLimitOpt = Annotated[int, typer.Option("--limit", "-n", min=0, help="List at most this many estimates, vague "
                            "claims, denials and conflicting pairs (0: all); beyond, their number and, for "
                            "conflicts, a line per pair of actors.")]  # fmt: skip
AllConflictsOpt = Annotated[bool, typer.Option("--all-conflicts", help="List every conflicting pair, however many.")]


def _check_format(fmt: str, plot: Path | None = None) -> None:
    if fmt not in ("table", "json"):
        raise UserError(f"unknown format {fmt!r}; use table or json")
    if plot is not None:
        from claimtrack.analysis.plot import PlotUnavailable, plot_format

        try:
            plot_format(plot)
        except PlotUnavailable as err:
            raise UserError(str(err)) from None


def _subject_claims(
    store: Store, flt: ClaimFilter, subject: str, denials: bool = True
) -> tuple[list[Claim], list[Claim]]:
    """The subject's claims (views of what compare shows) and, if asked, their candidate denials."""
    from claimtrack.storage import NotFound
    from claimtrack.storage.comparison import compare_read, subject_names

    flt.subject = subject
    records, candidates = compare_read(store, flt, denials)
    if not records:
        known, n_known = subject_names(store, 10)
        more = f" ... ({n_known - len(known):,} more: `claimtrack compare` lists them)" if n_known > len(known) else ""
        hint = (f"; subjects in the store: {', '.join(sorted(known, key=str.lower))}{more}" if known
                else "; the store has no subjects yet")  # fmt: skip
        where = " with these filters" if (flt.place or flt.since or flt.until or flt.kind) else ""
        raise NotFound(f"no claims about {subject!r}{where}{hint}")
    return records, candidates


def write_plot(records: list[Claim], subject: str, plot: Path, console: Console) -> None:
    from claimtrack.analysis.plot import PlotUnavailable, plot_format, plot_timeline
    from claimtrack.analysis.timeline import timeline_series

    try:
        plot_format(plot)
        series, left_out = timeline_series(records)
        if not series:
            raise UserError(f"nothing to plot: no dated numeric claims about {subject!r}")
        note = f"{left_out} vague or undated claims not drawn." if left_out else None
        plot_timeline(series, plot, f"{subject}: estimates over time", subject, note)
    except PlotUnavailable as err:
        raise UserError(str(err)) from None
    console.print(f"chart written to {plot}")


def _print_timeline(console: Console, records: list[Claim], subject: str) -> None:
    from claimtrack.analysis.timeline import timeline_series
    from claimtrack.cli.render_compare import timeline_renderable

    series, left_out = timeline_series(records)
    if not series:
        raise UserError(f"nothing to draw: no dated numeric claims about {subject!r}")
    console.print(timeline_renderable(series, f"{subject}: estimates over time", left_out, width=console.width))


def compare(
    db: DbOption = None,
    subject: SubjectOpt = None,
    place: PlaceOption = None,
    kind: KindOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    by: Annotated[str | None, typer.Option("--by", help="'actor': how each actor's own figure changed.")] = None,
    timeline: Annotated[bool, typer.Option("--timeline", help="Draw the estimates over time in the terminal.")] = False,
    plot: PlotOpt = None,
    window: WindowOpt = DEFAULT_WINDOW_DAYS,
    include_rejected: RejectedOption = False,
    fmt: FormatOpt = "table",
    limit: CompareLimitOpt = DEFAULT_LIMIT,
    all_conflicts: AllConflictsOpt = False,
) -> None:
    """Compare the estimates of one subject across actors; without --subject, list every subject.

    Claims are in date order (the claim date, else the publication date, marked *), with the lowest
    and highest estimate, each actor's latest claim, conflicts (estimates that cannot both be true
    within --window days) and denials. Vague claims ("thousands") are listed apart. Each list shows
    its first --limit entries (50; 0 for all) and says how many more there are; more conflicting
    pairs than that are summarised per pair of actors (--all-conflicts lists every pair).

    Examples:

      claimtrack compare

      claimtrack compare --subject "North Korean troops"

      claimtrack compare --subject "North Korean troops" --by actor

      claimtrack compare --subject "North Korean troops" --timeline --plot troops.png

      claimtrack compare --subject "North Korean troops" --place Kursk --format json

      claimtrack compare --subject "people killed" --limit 0 --format json
    """
    _check_format(fmt, plot)
    if by not in (None, "actor", "date"):
        raise UserError(f"cannot compare --by {by!r}; use --by actor (or leave it out: by date)")
    from claimtrack.analysis.compare import compare_subject
    from claimtrack.storage import open_store

    flt = make_filter(None, place, since, until, kind, include_rejected=include_rejected)
    console = Console(highlight=False)
    with open_store(db) as store:
        if subject is None:
            from claimtrack.analysis.compare import subjects_overview
            from claimtrack.cli.render_compare import overview_table
            from claimtrack.storage import query_claims

            if timeline or plot:
                raise UserError("--timeline and --plot need --subject; `claimtrack compare` lists the subjects")
            overview = subjects_overview(query_claims(store, flt))
            if fmt == "json":
                json.dump([s.to_dict() for s in overview], sys.stdout, ensure_ascii=False, indent=2)
                sys.stdout.write("\n")
            elif overview:
                console.print(overview_table(overview))
            else:
                Console(stderr=True).print("no subjects: ingest articles first (claimtrack ingest DIR)")
            return
        records, denials = _subject_claims(store, flt, subject)
    result = compare_subject(records, subject, place=place, denials=denials, window_days=window,
                             limit=limit or None, all_conflicts=all_conflicts)  # fmt: skip
    if fmt == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif timeline:
        _print_timeline(console, records, result.subject)
    else:
        from claimtrack.cli.render_compare import print_comparison

        print_comparison(console, result, by)
    if plot is not None:
        write_plot(records, result.subject, plot, Console(stderr=True, highlight=False))


def timeline(
    db: DbOption = None,
    subject: Annotated[str, typer.Option("--subject", "-s", help="What is counted, e.g. 'North Korean troops'.")] = "",
    place: PlaceOption = None,
    kind: KindOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    plot: PlotOpt = None,
    include_rejected: RejectedOption = False,
    fmt: FormatOpt = "table",
) -> None:
    """Estimates of one subject over time: a row per actor, ranges as bars, open bounds as arrows.

    In the terminal by default; --plot FILE.png (or .svg) draws the chart with matplotlib. Claims
    without a date of their own are placed at their publication date (marked * / hollow).

    Examples:

      claimtrack timeline --subject "North Korean troops"

      claimtrack timeline --subject "North Korean troops" --plot troops.png

      claimtrack timeline --subject "North Korean troops" --format json
    """
    _check_format(fmt, plot)
    if not subject.strip():
        raise UserError("timeline needs --subject, e.g. --subject 'North Korean troops' (`claimtrack compare` "
                        "lists the subjects)")  # fmt: skip
    from claimtrack.storage import open_store

    flt = make_filter(None, place, since, until, kind, include_rejected=include_rejected)
    with open_store(db) as store:
        records, _ = _subject_claims(store, flt, subject, denials=False)
    console = Console(highlight=False)
    name = records[0].subject or subject
    if fmt == "json":
        from claimtrack.analysis.timeline import timeline_series

        series, left_out = timeline_series(records)
        data = {"subject": name, "series": [s.to_dict() for s in series], "left_out": left_out}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif plot is None:
        _print_timeline(console, records, name)
    if plot is not None:
        write_plot(records, name, plot, console if fmt == "table" else Console(stderr=True, highlight=False))


def register(app: typer.Typer) -> None:
    app.command()(compare)
    app.command()(timeline)
