"""Workbench commands: what is in the store (`actors`, `places`, `sources`), and registration of the rest.

`register` adds compare and timeline (commands_compare), show (commands_show), actors, places and
sources (here), review, alias, merge and history (commands_curation).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimtrack.cli.errors import UserError
from claimtrack.cli.options import DbOption

if TYPE_CHECKING:  # the commands import what they use
    from claimtrack.storage import PlaceSummary

FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table or json.")]


def _check_format(fmt: str) -> None:
    if fmt not in ("table", "json"):
        raise UserError(f"unknown format {fmt!r}; use table or json")


def _dump(rows: list) -> None:
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def actors(
    db: DbOption = None,
    search: Annotated[str | None, typer.Argument(help="Only actors whose name or alias contains this.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also actors with no claims (e.g. only relaying).")] = False,
    fmt: FormatOpt = "table",
) -> None:
    """The actors in the store: kind, role, affiliation, number of claims and aliases (most claims first).

    Examples:

      claimtrack actors

      claimtrack actors kirby

      claimtrack actors --format json
    """
    _check_format(fmt)
    from claimtrack.storage import list_actors, open_store

    with open_store(db) as store:
        rows = list_actors(store)
    if search:
        s = search.lower()
        rows = [a for a in rows if s in a.name.lower() or any(s in x.lower() for x in a.aliases)]
    elif not all_:
        rows = [a for a in rows if a.n_claims]
    if fmt == "json":
        _dump([asdict(a) for a in rows])
        return
    table = Table(title=f"Actors ({len(rows)})", title_justify="left", header_style="bold")
    for name, style, justify in (("actor", "cyan", "left"), ("kind", "", "left"), ("role", "", "left"),
                                 ("affiliation", "", "left"), ("claims", "bold", "right"),
                                 ("aliases", "dim", "left")):  # fmt: skip
        table.add_column(name, style=style or None, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for a in rows:
        table.add_row(*map(escape, (a.name, a.kind, a.role or "", a.affiliation or "", str(a.n_claims),
                                    "; ".join(a.aliases))))  # fmt: skip
    Console(highlight=False).print(table)


def place_tree(rows: list[PlaceSummary]) -> list[tuple[int, PlaceSummary]]:
    """Places in hierarchy order, each with its depth (children under their parent, by name)."""
    by_name = {p.name: p for p in rows}
    children: dict[str | None, list[PlaceSummary]] = {}
    for p in rows:
        parent = p.parent if p.parent in by_name else None
        children.setdefault(parent, []).append(p)
    out: list[tuple[int, PlaceSummary]] = []

    def walk(parent: str | None, depth: int) -> None:
        for p in sorted(children.get(parent, []), key=lambda x: x.name.lower()):
            out.append((depth, p))
            if depth < 20:
                walk(p.name, depth + 1)

    walk(None, 0)
    return out


def places(
    db: DbOption = None,
    all_: Annotated[bool, typer.Option("--all", help="Every gazetteer place, not only those with claims.")] = False,
    fmt: FormatOpt = "table",
) -> None:
    """The places in the store as a hierarchy (a place under its parent), with claim counts and aliases.

    "claims" counts claims about the place itself, "within" adds the places inside it (what
    `query --place` finds).

    Examples:

      claimtrack places

      claimtrack places --all --format json
    """
    _check_format(fmt)
    from claimtrack.storage import list_places, open_store

    with open_store(db) as store:
        rows = list_places(store, with_claims_only=not all_)
    tree = place_tree(rows)
    if fmt == "json":
        _dump([{**asdict(p), "depth": depth} for depth, p in tree])
        return
    table = Table(title=f"Places ({len(rows)})", title_justify="left", header_style="bold")
    for name, style, justify in (("place", "green", "left"), ("kind", "", "left"), ("country", "", "left"),
                                 ("parent", "dim", "left"), ("claims", "bold", "right"), ("within", "", "right"),
                                 ("aliases", "dim", "left")):  # fmt: skip
        table.add_column(name, style=style or None, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for depth, p in tree:
        table.add_row(
            *map(
                escape,
                (
                    "  " * depth + ("└ " if depth else "") + p.name,
                    p.kind or "",
                    p.country or "",
                    p.parent or "",
                    str(p.n_claims),
                    str(p.n_claims_within),
                    "; ".join(p.aliases),
                ),
            )
        )
    Console(highlight=False).print(table)


def sources(
    db: DbOption = None,
    documents: Annotated[bool, typer.Option("--documents", help="List the documents, not the outlets.")] = False,
    outlet: Annotated[str | None, typer.Option("--outlet", help="With --documents: only this outlet's.")] = None,
    fmt: FormatOpt = "table",
) -> None:
    """The outlets in the store with their documents, claims and publication dates.

    With --documents: the documents themselves.

    Examples:

      claimtrack sources

      claimtrack sources --documents --outlet "Business Insider"
    """
    _check_format(fmt)
    from claimtrack.storage import list_documents, list_sources, open_store

    with open_store(db) as store:
        rows = list_documents(store, outlet) if documents else list_sources(store)
    if fmt == "json":
        _dump([asdict(r) for r in rows])
        return
    console = Console(highlight=False)
    if documents:
        table = Table(title=f"Documents ({len(rows)})", title_justify="left", header_style="bold")
        for name in ("id", "document", "title", "outlet", "published", "claims"):
            table.add_column(name, overflow="fold", justify="right" if name in ("id", "claims") else "left")
        for d in rows:
            table.add_row(*map(escape, (str(d.id), d.name, d.title or "", d.outlet or "", str(d.published or ""),
                                        str(d.n_claims))))  # fmt: skip
    else:
        table = Table(title=f"Sources ({len(rows)})", title_justify="left", header_style="bold")
        for name in ("outlet", "documents", "claims", "first published", "last published"):
            table.add_column(name, overflow="fold", justify="right" if name in ("documents", "claims") else "left")
        for s in rows:
            table.add_row(*map(escape, (s.outlet or "(no outlet)", str(s.n_documents), str(s.n_claims),
                                        str(s.first_published or ""), str(s.last_published or ""))))  # fmt: skip
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the workbench commands to the app."""
    from claimtrack.cli import commands_compare, commands_curation, commands_show

    commands_compare.register(app)
    commands_show.register(app)
    app.command()(actors)
    app.command()(places)
    app.command()(sources)
    commands_curation.register(app)
