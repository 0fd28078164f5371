"""Curation: `claimtrack review`, `alias`, `merge`, `history`. Every change is logged (see `history`)."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimtrack.cli.errors import UserError
from claimtrack.cli.options import DbOption

AnalystOpt = Annotated[str | None, typer.Option("--analyst", help="Who makes the change (default: your user name).")]
KindArg = Annotated[str, typer.Argument(help="actor or place.", metavar="actor|place")]


def _kind(kind: str) -> str:
    k = kind.strip().lower()
    if k in ("actors", "places"):
        k = k[:-1]
    if k not in ("actor", "place"):
        raise UserError(f"unknown kind {kind!r}; use actor or place, e.g. claimtrack alias actor Kirby 'Adm. Kirby'")
    return k


def _value_error(err: ValueError) -> UserError:
    return UserError(str(err))


def review(
    claim_id: Annotated[str, typer.Argument(help="The claim id `claimtrack query` shows.")],
    status: Annotated[str, typer.Option("--status", help="verified, disputed or rejected.")],
    note: Annotated[str | None, typer.Option("--note", help="Why: what the analyst checked.")] = None,
    analyst: AnalystOpt = None,
    db: DbOption = None,
) -> None:
    """Record an analyst's review of a claim: verified, disputed or rejected.

    Rejected claims leave query, compare and export (unless --include-rejected); the review is
    logged (see `claimtrack history`) and kept across re-ingest.

    Examples:

      claimtrack review 351292085ee4 --status verified --note "matches the State Dept transcript"

      claimtrack review 228766a5f8e4 --status rejected --note "vague" --analyst ana
    """
    from claimtrack.storage import open_store, review_claim
    from claimtrack.storage.schema import REVIEW_STATUSES

    if status.strip().lower() not in REVIEW_STATUSES:
        raise UserError(f"unknown status {status!r}; use one of: {', '.join(REVIEW_STATUSES)}")
    with open_store(db) as store:
        try:
            event = review_claim(store, claim_id, status, note, analyst)
        except ValueError as err:
            raise _value_error(err) from None
    extra = "; it is now hidden from query, compare and export (see --include-rejected)" if status == "rejected" else ""
    Console(highlight=False).print(f"claim {event.target_key} marked {event.payload['status']} by {event.analyst}"
                                   f" (event #{event.id}){extra}", markup=False)  # fmt: skip


def alias(
    kind: KindArg,
    name: Annotated[str, typer.Argument(help="The actor or place, by name or an alias it already has.")],
    new_alias: Annotated[str, typer.Argument(metavar="ALIAS", help="The other name to teach the store.")],
    analyst: AnalystOpt = None,
    db: DbOption = None,
) -> None:
    """Teach the store another name for an actor or place; --actor / --place filters then match it.

    To fold two existing actors (or places) into one, use `claimtrack merge`.

    Examples:

      claimtrack alias actor "John Kirby" "Admiral Kirby"

      claimtrack alias place "Kursk Oblast" "Kurskaya oblast"
    """
    what = _kind(kind)
    from claimtrack.storage import open_store

    with open_store(db) as store:
        try:
            from claimtrack.storage import add_actor_alias, add_place_alias

            fn = add_actor_alias if what == "actor" else add_place_alias
            event = fn(store, name, new_alias, analyst)
        except ValueError as err:
            raise _value_error(err) from None
    Console(highlight=False).print(f'{what} "{event.target_key}" is also known as "{event.payload["alias"]}"'
                                   f" (event #{event.id})", markup=False)  # fmt: skip


def merge(
    kind: KindArg,
    source: Annotated[str, typer.Argument(help="The actor or place to fold away (name or alias).")],
    target: Annotated[str, typer.Argument(help="The one that remains (name or alias).")],
    analyst: AnalystOpt = None,
    db: DbOption = None,
) -> None:
    """Fold one actor (or place) into another.

    The claims and aliases of SOURCE move to TARGET, the name of SOURCE becomes an alias of TARGET,
    and later ingests follow the merge.

    Examples:

      claimtrack merge actor "Military intelligence" "Ukrainian intelligence"

      claimtrack merge place "Kursk" "Kursk Oblast"
    """
    what = _kind(kind)
    from claimtrack.storage import NotFound, StoreError, open_store

    with open_store(db) as store:
        try:
            from claimtrack.storage import merge_actors, merge_places

            fn = merge_actors if what == "actor" else merge_places
            event = fn(store, source, target, analyst)
        except ValueError as err:
            raise _value_error(err) from None
        except StoreError as err:
            if isinstance(err, NotFound) or "already the same" not in str(err):
                raise
            raise UserError(str(err)) from None
    Console(highlight=False).print(f'{what} "{event.target_key}" merged into "{event.payload["into"]}"'
                                   f" (event #{event.id})", markup=False)  # fmt: skip


def history_cmd(
    claim_id: Annotated[str, typer.Argument(help="The claim id `claimtrack query` shows.")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Every curation event about a claim (reviews), oldest first.

    Examples:

      claimtrack history 351292085ee4

      claimtrack history 351292085ee4 --format json
    """
    if fmt not in ("table", "json"):
        raise UserError(f"unknown format {fmt!r}; use table or json")
    from claimtrack.storage import open_store

    with open_store(db) as store:
        from claimtrack.storage import history

        events = history(store, claim_id)
    if fmt == "json":
        json.dump([{**asdict(e), "at": e.at.isoformat()} for e in events], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    console = Console(highlight=False)
    if not events:
        console.print(f"claim {claim_id.strip().lower()}: no curation events (unreviewed)")
        return
    table = Table(title=f"History of claim {claim_id.strip().lower()}", title_justify="left", header_style="bold")
    for name in ("#", "when (UTC)", "analyst", "action", "status", "note"):
        table.add_column(name, overflow="fold")
    for e in events:
        table.add_row(*map(escape, (str(e.id), f"{e.at:%Y-%m-%d %H:%M:%S}", e.analyst, e.action,
                                    str(e.payload.get("status", "")), str(e.payload.get("note") or ""))))  # fmt: skip
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(review)
    app.command()(alias)
    app.command()(merge)
    app.command("history")(history_cmd)
