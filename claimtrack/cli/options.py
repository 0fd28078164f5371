"""Options shared by several commands: the store URL and the claim filters."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from claimtrack.cli.errors import UserError

if TYPE_CHECKING:
    from claimtrack.storage import ClaimFilter

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="CLAIMTRACK_DB",
        help="Store: a SQLAlchemy URL or a SQLite file path (default: ~/.local/share/claimtrack/claimtrack.db).",
        show_envvar=True,
    ),
]
ActorOption = Annotated[str | None, typer.Option("--actor", "-a", help="Actor name or alias, case-insensitive.")]
PlaceOption = Annotated[str | None, typer.Option("--place", "-p", help="Place name or alias, with the places in it.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Claims made on or after this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Claims made on or before this date (YYYY-MM-DD).")]
KindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        "-k",
        help="Claim kind (repeatable): deployment, "
        "casualties, detention, materiel, statement, denial, confirmation ...",
    ),
]
MinConfOption = Annotated[
    float | None,
    typer.Option("--min-confidence", min=0.0, max=1.0, help="Only claims with at least this confidence (0-1)."),
]
TextOption = Annotated[str | None, typer.Option("--text", "-t", help="Full-text search in the evidence sentences.")]
SubjectOption = Annotated[
    str | None, typer.Option("--subject", "-s", help="What is counted, e.g. 'North Korean troops'.")
]  # noqa: E501
DocumentOption = Annotated[str | None, typer.Option("--document", help="Only claims from this document (name).")]
RejectedOption = Annotated[bool, typer.Option("--include-rejected", help="Also show claims an analyst rejected.")]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many claims.")]


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option} {value!r} is not a date; use YYYY-MM-DD, e.g. {option} 2024-10-01") from None


def make_filter(
    actor: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: list[str] | None = None,
    min_confidence: float | None = None,
    text: str | None = None,
    subject: str | None = None,
    document: str | None = None,
    include_rejected: bool = False,
    limit: int | None = None,
) -> ClaimFilter:
    """A ClaimFilter from command-line options, checked."""
    from claimtrack.storage import ClaimFilter

    start, end = parse_date(since, "--since"), parse_date(until, "--until")
    if start and end and start > end:
        raise UserError(f"--since {start} is after --until {end}: no claim can match; swap them")
    return ClaimFilter(
        actor=actor, place=place, since=start, until=end, kind=kind or None, min_confidence=min_confidence,
        text=text, subject=subject, document=document, include_rejected=include_rejected, limit=limit,
    )  # fmt: skip
