"""`claimtrack show CLAIM_ID`: one claim with its full provenance."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from claimtrack.cli.errors import UserError
from claimtrack.cli.options import DbOption

if TYPE_CHECKING:  # the functions import what they use
    from claimtrack.records import ClaimRecord
    from claimtrack.storage import Store

RELATED_LIMIT = 50


def claim_details(store: Store, claim_id: str) -> dict:
    """The claim, its mentions, curation events and related claims (same subject, else same document)."""
    from claimtrack.storage import ClaimFilter, NotFound, claim_mentions, get_claim, history, query_claims

    record = get_claim(store, claim_id)
    if record is None:
        raise NotFound(f"no claim {claim_id!r}; claim ids are the 12-character ids `claimtrack query` shows")
    mentions = claim_mentions(store, record.claim_id)
    events = history(store, record.claim_id)
    if record.subject:
        flt = ClaimFilter(subject=record.subject, limit=RELATED_LIMIT + 1)
    else:
        flt = ClaimFilter(document=record.document, limit=RELATED_LIMIT + 1)
    related: list[ClaimRecord] = [r for r in query_claims(store, flt) if r.claim_id != record.claim_id]
    return {"record": record, "mentions": mentions, "events": events, "related": related[:RELATED_LIMIT]}


def details_json(details: dict) -> dict:
    from claimtrack.cli.render import record_dict
    from claimtrack.cli.render_show import highlights

    record: ClaimRecord = details["record"]
    return {
        "claim": record_dict(record),
        "highlights": [asdict(h) for h in highlights(record)],
        "mentions": [{"sentence": s, "start": a, "end": b} for s, a, b in details["mentions"]],
        "history": [{**asdict(e), "at": e.at.isoformat()} for e in details["events"]],
        "related": [r.claim_id for r in details["related"]],
    }


def show(
    claim_id: Annotated[str, typer.Argument(help="The 12-character claim id `claimtrack query` shows.")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """One claim with its full provenance and the evidence highlighted.

    Shows the document, outlet and publication date, the evidence sentence with the actor, number,
    place and date highlighted, the other mentions, the confidence and its reasons, the review
    status and the related claims of the same subject.

    Examples:

      claimtrack show 351292085ee4

      claimtrack show 351292085ee4 --format json
    """
    if fmt not in ("table", "json"):
        raise UserError(f"unknown format {fmt!r}; use table or json")
    from claimtrack.storage import open_store

    with open_store(db) as store:
        details = claim_details(store, claim_id)
    if fmt == "json":
        json.dump(details_json(details), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    from claimtrack.cli.render_show import print_claim

    print_claim(Console(highlight=False), details["record"], details["mentions"], details["related"],
                details["events"])  # fmt: skip


def register(app: typer.Typer) -> None:
    app.command()(show)
