"""The Python API under the CLI: every command is a thin layer over these functions.

    from claimtrack import api
    summary = api.ingest(["seeds/"], db="sqlite:///claims.db")
    for claim in api.query(db="sqlite:///claims.db", actor="Kirby"):
        print(claim.actor, claim.quantity_low, claim.place, claim.claim_date)

Records come back as plain Pydantic models (`ClaimRecord`: `.model_dump()` gives a dict).
`db` is a SQLAlchemy URL or a SQLite path; None means CLAIMTRACK_DB or the default store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from claimtrack.ingest import IngestSummary
from claimtrack.ingest import ingest as _ingest
from claimtrack.records import ClaimRecord
from claimtrack.storage import ClaimFilter, Store, get_claim, open_store, query_claims


@contextmanager
def store(db: str | None = None) -> Iterator[Store]:
    """An open store (migrated to the newest schema), closed afterwards."""
    s = open_store(db)
    try:
        yield s
    finally:
        s.close()


def ingest(
    paths: Sequence[str | Path],
    *,
    db: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
    jobs: int = 1,
    **kwargs: Any,
) -> IngestSummary:
    """Ingest files and directories (.txt, .html, .jsonl); returns counts of new/unchanged/failed documents."""
    with store(db) as s:
        return _ingest(s, paths, published=published, outlet=outlet, title=title, url=url, jobs=jobs, **kwargs)


def query(db: str | None = None, **filters: Any) -> list[ClaimRecord]:
    """Claims matching the filters of `ClaimFilter` (actor, place, since, until, kind, min_confidence, text ...)."""
    with store(db) as s:
        return list(query_claims(s, ClaimFilter(**filters)))


def claim(claim_id: str, db: str | None = None) -> ClaimRecord | None:
    """One claim by id, or None."""
    with store(db) as s:
        return get_claim(s, claim_id)


# --- the analyst's workbench: compare, show, catalog, curation -----------------------------------
def subjects(db: str | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Every subject (what is counted, e.g. "North Korean troops") with its number of claims, actors,
    places, date span and spread of estimates (lowest low .. highest high), most claims first.

    `filters` are ClaimFilter fields (place, since, until, kind, include_rejected ...).
    """
    from claimtrack.analysis.compare import subjects_overview

    return [s.to_dict() for s in subjects_overview(query(db=db, **filters))]


def compare(subject: str | None = None, db: str | None = None, **filters: Any) -> dict[str, Any] | list[dict]:
    """The claims about `subject` side by side, as a dict (the JSON of `claimtrack compare --format json`).

    Keys: subject, place, window_days, claims (numeric, in date order), vague, lowest, highest,
    latest_by_actor, conflicts, denials, by_actor. Claims are dicts with claim_id, date (claim date,
    else publication date: date_is_published), actor, bounds ("at least 3,000"), quantity_low/high ...
    `filters`: ClaimFilter fields (place, since, until, kind, include_rejected), plus `window_days`
    (default 30) for conflicts, `limit` (lists cut at that length, and only that many conflicting
    pairs built; default: everything) and `all_conflicts`. Without a subject: the overview of `subjects()`.

        api.compare("North Korean troops", db="sqlite:///claims.db")["lowest"]["bounds"]  # '1,500'
    """
    from claimtrack.analysis.compare import DEFAULT_WINDOW_DAYS, compare_subject

    window = filters.pop("window_days", DEFAULT_WINDOW_DAYS)
    if subject is None:
        return subjects(db=db, **filters)
    from claimtrack.storage.comparison import compare_read

    limit, all_conflicts = filters.pop("limit", None), filters.pop("all_conflicts", False)
    with store(db) as s:
        records, denials = compare_read(s, ClaimFilter(subject=subject, **filters))
    result = compare_subject(records, subject, place=filters.get("place"), denials=denials, window_days=window,
                             limit=limit, all_conflicts=all_conflicts)  # fmt: skip
    return result.to_dict()


def timeline(subject: str, db: str | None = None, plot: str | Path | None = None, **filters: Any) -> list[dict]:
    """One series per actor of the estimates of `subject` over time (dicts with points); with `plot`,
    also draw the chart to that .png/.svg file (needs matplotlib: pip install 'claimtrack[plot]')."""
    from claimtrack.analysis.timeline import timeline_series

    records = query(db=db, subject=subject, **filters)
    series, left_out = timeline_series(records)
    if plot is not None:
        from claimtrack.analysis.plot import plot_timeline

        note = f"{left_out} vague or undated claims not drawn." if left_out else None
        plot_timeline(series, plot, f"{subject}: estimates over time", subject, note)
    return [s.to_dict() for s in series]


def show(claim_id: str, db: str | None = None) -> dict[str, Any]:
    """A claim with its provenance: {"claim": export columns, "highlights": where the actor, number,
    place and date are in the evidence sentence, "mentions", "history" (curation events), "related"
    (ids of claims of the same subject)}. Raises NotFound for an unknown id."""
    from claimtrack.cli.commands_show import claim_details, details_json

    with store(db) as s:
        return details_json(claim_details(s, claim_id))


def actors(db: str | None = None) -> list[dict[str, Any]]:
    """Actors (name, kind, role, affiliation, aliases, n_claims), most claims first."""
    from dataclasses import asdict

    from claimtrack.storage import list_actors

    with store(db) as s:
        return [asdict(a) for a in list_actors(s)]


def places(db: str | None = None, with_claims_only: bool = False) -> list[dict[str, Any]]:
    """Places (name, kind, country, parent, aliases, n_claims, n_claims_within), by name."""
    from dataclasses import asdict

    from claimtrack.storage import list_places

    with store(db) as s:
        return [asdict(p) for p in list_places(s, with_claims_only=with_claims_only)]


def sources(db: str | None = None) -> list[dict[str, Any]]:
    """Outlets with their numbers of documents and claims and first/last publication dates."""
    from dataclasses import asdict

    from claimtrack.storage import list_sources

    with store(db) as s:
        return [asdict(x) for x in list_sources(s)]


def _event_dict(event: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return {**asdict(event), "at": event.at.isoformat()}


def review(
    claim_id: str, status: str, note: str | None = None, analyst: str | None = None, db: str | None = None
) -> dict[str, Any]:
    """Review a claim: status verified | disputed | rejected (rejected claims leave query results).
    Returns the curation event as a dict (id, at, analyst, action, target_type, target_key, payload)."""
    from claimtrack.storage import review_claim

    with store(db) as s:
        return _event_dict(review_claim(s, claim_id, status, note, analyst))


def history(claim_id: str, db: str | None = None) -> list[dict[str, Any]]:
    """The curation events of a claim, oldest first."""
    from claimtrack.storage import history as _history

    with store(db) as s:
        return [_event_dict(e) for e in _history(s, claim_id)]


def add_alias(kind: str, name: str, alias: str, analyst: str | None = None, db: str | None = None) -> dict:
    """Another name for an actor (kind="actor") or a place (kind="place"); returns the event."""
    from claimtrack.storage import add_actor_alias, add_place_alias

    fn = {"actor": add_actor_alias, "place": add_place_alias}.get(kind)
    if fn is None:
        raise ValueError(f"kind must be 'actor' or 'place', not {kind!r}")
    with store(db) as s:
        return _event_dict(fn(s, name, alias, analyst))


def merge(kind: str, source: str, target: str, analyst: str | None = None, db: str | None = None) -> dict:
    """Fold actor/place `source` into `target` (claims and aliases move); returns the event."""
    from claimtrack.storage import merge_actors, merge_places

    fn = {"actor": merge_actors, "place": merge_places}.get(kind)
    if fn is None:
        raise ValueError(f"kind must be 'actor' or 'place', not {kind!r}")
    with store(db) as s:
        return _event_dict(fn(s, source, target, analyst))
