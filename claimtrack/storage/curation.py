"""Analysts' changes: reviews, aliases, merges, and the append-only log of them (`curation_events`).

Every change appends an event (when, analyst, action, target, JSON payload). Reviews are keyed by
claim id (claim_key), which is stable across re-ingest and re-extraction; the current review of a
claim (its latest "review" event) is also kept in the `reviews` table so queries can join it.
Merges mark the source row `merged_into` the target, so later ingests follow them.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa

from claimtrack.storage.entities import find_entity, norm
from claimtrack.storage.errors import NotFound, StoreError
from claimtrack.storage.schema import (
    REVIEW_STATUSES,
    actor_aliases,
    actors,
    claims,
    curation_events,
    insert_ignore,
    place_aliases,
    places,
    reviews,
)
from claimtrack.storage.store import Store

TargetType = Literal["claim", "actor", "place"]


@dataclass(frozen=True)
class CurationEvent:
    """One entry of the curation log."""

    id: int
    at: dt.datetime
    analyst: str
    action: str  # review, alias, merge
    target_type: str  # claim, actor, place
    target_key: str  # claim id, or the actor's / place's name
    payload: dict[str, Any]


def default_analyst() -> str:
    """The OS user name (the analyst recorded when none is given)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _append(
    conn: sa.Connection,
    action: str,
    target_type: TargetType,
    target_key: str,
    payload: dict[str, Any],
    analyst: str | None,
) -> CurationEvent:
    at = dt.datetime.now(dt.UTC)
    who = analyst or default_analyst()
    event_id = conn.execute(
        curation_events.insert().returning(curation_events.c.id),
        {
            "at": at,
            "analyst": who,
            "action": action,
            "target_type": target_type,
            "target_key": target_key,
            "payload": json.dumps(payload, sort_keys=True),
        },
    ).scalar_one()
    return CurationEvent(event_id, at, who, action, target_type, target_key, payload)


def _event(row: sa.Row) -> CurationEvent:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=dt.UTC)
    return CurationEvent(row.id, at, row.analyst, row.action, row.target_type, row.target_key, json.loads(row.payload))


def _claim_exists(conn: sa.Connection, claim_key: str) -> bool:
    return conn.execute(sa.select(claims.c.id).where(claims.c.claim_key == claim_key).limit(1)).first() is not None


def review_claim(
    store: Store, claim_key: str, status: str, note: str | None = None, analyst: str | None = None
) -> CurationEvent:
    """Record a review (verified | disputed | rejected) of a claim; rejected claims leave query results."""
    key, status = claim_key.strip().lower(), status.strip().lower()
    if status not in REVIEW_STATUSES:
        raise ValueError(f"unknown review status {status!r}; use one of: {', '.join(REVIEW_STATUSES)}")

    def work(conn: sa.Connection) -> CurationEvent:
        if not _claim_exists(conn, key):
            raise NotFound(f"no claim {claim_key!r}; claim ids are the 12-character ids `query` shows")
        event = _append(conn, "review", "claim", key, {"status": status, "note": note}, analyst)
        values = {
            "claim_key": key,
            "status": status,
            "note": note,
            "analyst": event.analyst,
            "at": event.at,
            "event_id": event.id,
        }
        if conn.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        stmt = insert(reviews).values(values)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["claim_key"],
                set_={k: stmt.excluded[k] for k in ("status", "note", "analyst", "at", "event_id")},
                where=reviews.c.event_id < stmt.excluded.event_id,  # the latest event wins
            )
        )
        return event

    return store.run_write(work)


def history(store: Store, claim_key: str) -> list[CurationEvent]:
    """Every curation event about a claim, oldest first."""
    key = claim_key.strip().lower()
    with store.read() as conn:
        rows = conn.execute(
            sa.select(curation_events)
            .where(curation_events.c.target_type == "claim", curation_events.c.target_key == key)
            .order_by(curation_events.c.id)
        ).all()
        if not rows and not _claim_exists(conn, key):
            raise NotFound(f"no claim {claim_key!r}; claim ids are the 12-character ids `query` shows")
    return [_event(r) for r in rows]


def curation_log(
    store: Store,
    target_type: TargetType | None = None,
    target_key: str | None = None,
    limit: int | None = None,
) -> list[CurationEvent]:
    """Curation events, newest first, optionally for one target type / key."""
    stmt = sa.select(curation_events).order_by(curation_events.c.id.desc()).limit(limit)
    if target_type:
        stmt = stmt.where(curation_events.c.target_type == target_type)
    if target_key:
        stmt = stmt.where(curation_events.c.target_key == target_key)
    with store.read() as conn:
        return [_event(r) for r in conn.execute(stmt)]


# --- aliases and merges of actors and places ---------------------------------------------------
_TABLES = {
    "actor": (actors, actor_aliases, "actor_id"),
    "place": (places, place_aliases, "place_id"),
}


def _name(conn: sa.Connection, table: sa.Table, row_id: int) -> str:
    return conn.execute(sa.select(table.c.name).where(table.c.id == row_id)).scalar_one()


def _add_alias(store: Store, what: TargetType, entity: str, alias: str, analyst: str | None) -> CurationEvent:
    table, aliases, fk = _TABLES[what]
    alias = " ".join(alias.split())
    if not alias:
        raise ValueError("the alias is empty")

    def work(conn: sa.Connection) -> CurationEvent:
        entity_id = find_entity(conn, what, entity)
        name = _name(conn, table, entity_id)
        conn.execute(
            insert_ignore(conn.dialect.name, aliases, fk, "alias_norm"),
            {fk: entity_id, "alias": alias, "alias_norm": norm(alias)},
        )
        return _append(conn, "alias", what, name, {"alias": alias}, analyst)

    event = store.run_write(work)
    store.invalidate_caches()
    return event


def _merge(store: Store, what: TargetType, source: str, target: str, analyst: str | None) -> CurationEvent:
    table, aliases, fk = _TABLES[what]

    def work(conn: sa.Connection) -> CurationEvent:
        src, dst = find_entity(conn, what, source), find_entity(conn, what, target)
        if src == dst:
            raise StoreError(f"{source!r} and {target!r} are already the same {what}")
        src_name, dst_name = _name(conn, table, src), _name(conn, table, dst)
        if what == "actor":
            conn.execute(claims.update().where(claims.c.actor_id == src).values(actor_id=dst))
            conn.execute(claims.update().where(claims.c.relayed_by_id == src).values(relayed_by_id=dst))
        else:
            conn.execute(claims.update().where(claims.c.place_id == src).values(place_id=dst))
            src_parent = conn.execute(sa.select(places.c.parent_id).where(places.c.id == src)).scalar()
            conn.execute(
                places.update().where(places.c.id == dst, places.c.parent_id == src).values(parent_id=src_parent)
            )
            conn.execute(places.update().where(places.c.parent_id == src, places.c.id != dst).values(parent_id=dst))
        forms = {norm(src_name): src_name}
        for alias, alias_norm in conn.execute(
            sa.select(aliases.c.alias, aliases.c.alias_norm).where(aliases.c[fk] == src)
        ):
            forms.setdefault(alias_norm, alias)
        forms.pop(norm(dst_name), None)
        if forms:
            conn.execute(
                insert_ignore(conn.dialect.name, aliases, fk, "alias_norm"),
                [{fk: dst, "alias": a, "alias_norm": n} for n, a in sorted(forms.items())],
            )
        conn.execute(sa.delete(aliases).where(aliases.c[fk] == src))
        conn.execute(
            table.update().where(sa.or_(table.c.id == src, table.c.merged_into_id == src)).values(merged_into_id=dst)
        )
        return _append(conn, "merge", what, src_name, {"into": dst_name}, analyst)

    event = store.run_write(work)
    store.invalidate_caches()
    return event


def add_actor_alias(store: Store, actor: str, alias: str, analyst: str | None = None) -> CurationEvent:
    """Teach the store another name for an actor (found by name or alias); queries match it."""
    return _add_alias(store, "actor", actor, alias, analyst)


def merge_actors(store: Store, source: str, target: str, analyst: str | None = None) -> CurationEvent:
    """Fold actor `source` into `target`: its claims and aliases move; later ingests follow the merge."""
    return _merge(store, "actor", source, target, analyst)


def add_place_alias(store: Store, place: str, alias: str, analyst: str | None = None) -> CurationEvent:
    """Teach the store another name for a place; place queries match it."""
    return _add_alias(store, "place", place, alias, analyst)


def merge_places(store: Store, source: str, target: str, analyst: str | None = None) -> CurationEvent:
    """Fold place `source` into `target`: claims, aliases and child places move to the target."""
    return _merge(store, "place", source, target, analyst)
