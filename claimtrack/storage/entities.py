"""Actors and places as rows: find them by name or alias, upsert them, follow merges, sync the gazetteer.

The extraction workers turn each ActorRef/PlaceRef into a small `ActorSpec`/`PlaceSpec` (plain
tuples: cheap to pickle, alias forms already normalised). The writer resolves the specs of a whole
batch through an `EntityResolver`, which reads and fills the Store's `EntityCache` (name -> id of the
surviving row, after merges). The cache is loaded whole on first use (the tables are small) so that a
steady-state ingest issues no statements for known actors and places; entries created inside a
transaction reach the cache only on commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import sqlalchemy as sa

from claimtrack.extraction.gazetteer import Gazetteer, load_gazetteer
from claimtrack.records import ActorRef, PlaceRef
from claimtrack.storage.errors import NotFound
from claimtrack.storage.schema import actor_aliases, actors, insert_ignore, place_aliases, places
from claimtrack.storage.text import norm


class ActorSpec(NamedTuple):
    """An actor as a document names it: the row to create if it is new, and its surface forms."""

    name: str
    kind: str
    role: str | None
    affiliation: str | None
    forms: tuple[tuple[str, str], ...]  # (alias_norm, alias) of each form other than the name itself


class PlaceSpec(NamedTuple):
    """A place as a document names it: the row to create (with its ancestors) if it is new."""

    name: str
    kind: str | None
    country: str | None
    ancestors: tuple[str, ...]  # nearest first


class ActorSpecs:
    """The actors of one document, once each: the first reference gives kind, role and affiliation
    (as when they are inserted), every reference adds its surface forms."""

    def __init__(self) -> None:
        self._specs: dict[str, tuple[ActorRef, dict[str, str]]] = {}
        self._seen: set[tuple[str, str, tuple[str, ...]]] = set()  # (name, raw, aliases) added already

    def add(self, ref: ActorRef) -> None:
        seen = (ref.name, ref.raw, tuple(ref.aliases))
        if seen in self._seen:  # the same reference again (most claims of a document repeat a speaker)
            return
        self._seen.add(seen)
        entry = self._specs.get(ref.name)
        if entry is None:
            entry = self._specs[ref.name] = (ref, {})
        forms, name_norm = entry[1], norm(ref.name)
        for form in (ref.raw, *ref.aliases):
            alias = " ".join(form.split())
            key = alias.lower()
            if key and key != name_norm:
                forms.setdefault(key, alias)

    def specs(self) -> tuple[ActorSpec, ...]:
        return tuple(
            ActorSpec(name, ref.kind, ref.role, ref.affiliation, tuple(forms.items()))
            for name, (ref, forms) in self._specs.items()
        )


def place_spec(ref: PlaceRef) -> PlaceSpec:
    return PlaceSpec(ref.name, ref.kind, ref.country, tuple(ref.ancestors))


@dataclass
class EntityCache:
    """Per-Store memory of actor and place rows."""

    loaded: bool = False
    gazetteer_synced: bool = False
    actor_ids: dict[str, int] = field(default_factory=dict)  # name -> surviving actor id
    actor_aliases: set[tuple[int, str]] = field(default_factory=set)  # (actor id, alias_norm)
    place_ids: dict[str, int] = field(default_factory=dict)  # name -> surviving place id
    place_aliases: set[tuple[int, str]] = field(default_factory=set)


def _follow(merged: dict[int, int | None], start: int) -> int:
    seen = {start}
    current = start
    while (nxt := merged.get(current)) is not None and nxt not in seen:
        seen.add(nxt)
        current = nxt
    return current


def _resolve_names(conn: sa.Connection, table: sa.Table, names: Iterable[str] | None = None) -> dict[str, int]:
    """name -> surviving id for rows of actors/places (all rows when `names` is None)."""
    stmt = sa.select(table.c.id, table.c.name, table.c.merged_into_id)
    rows = conn.execute(stmt).all() if names is None else None
    merged: dict[int, int | None]
    if rows is None:
        wanted = sorted(set(names or ()))
        if not wanted:
            return {}
        rows = conn.execute(stmt.where(table.c.name.in_(wanted))).all()
        merged = {r.id: r.merged_into_id for r in rows}
        pending = {r.merged_into_id for r in rows if r.merged_into_id is not None} - merged.keys()
        while pending:  # load merge targets until the chains end
            more = conn.execute(
                sa.select(table.c.id, table.c.merged_into_id).where(table.c.id.in_(sorted(pending)))
            ).all()
            merged.update({r.id: r.merged_into_id for r in more})
            pending = {r.merged_into_id for r in more if r.merged_into_id is not None} - merged.keys()
    else:
        merged = {r.id: r.merged_into_id for r in rows}
    return {r.name: _follow(merged, r.id) for r in rows}


def load_cache(conn: sa.Connection, cache: EntityCache) -> None:
    """Fill the cache from the actor and place tables."""
    cache.actor_ids = _resolve_names(conn, actors)
    cache.actor_aliases = {
        (r.actor_id, r.alias_norm)
        for r in conn.execute(sa.select(actor_aliases.c.actor_id, actor_aliases.c.alias_norm))
    }
    cache.place_ids = _resolve_names(conn, places)
    cache.place_aliases = {
        (r.place_id, r.alias_norm)
        for r in conn.execute(sa.select(place_aliases.c.place_id, place_aliases.c.alias_norm))
    }
    cache.loaded = True


class EntityResolver:
    """Resolves a document's actors and places inside its write transaction."""

    def __init__(self, conn: sa.Connection, cache: EntityCache, gazetteer: Gazetteer | None = None) -> None:
        self.conn = conn
        self.cache = cache
        self.dialect = conn.dialect.name
        self._gazetteer = gazetteer
        self.actor_ids: dict[str, int] = {}
        self.actor_aliases: set[tuple[int, str]] = set()
        self.place_ids: dict[str, int] = {}
        self.place_aliases: set[tuple[int, str]] = set()
        self.gazetteer_synced = False
        if not cache.loaded:
            load_cache(conn, cache)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def commit(self) -> None:
        """Publish what this transaction created to the Store cache (call after COMMIT)."""
        self.cache.actor_ids.update(self.actor_ids)
        self.cache.actor_aliases |= self.actor_aliases
        self.cache.place_ids.update(self.place_ids)
        self.cache.place_aliases |= self.place_aliases
        self.cache.gazetteer_synced |= self.gazetteer_synced

    # --- actors -------------------------------------------------------------------------------
    def actor_id(self, name: str) -> int | None:
        return self.actor_ids.get(name) or self.cache.actor_ids.get(name)

    def actor_ids_map(self) -> dict[str, int]:
        """name -> id of every actor known to this transaction (one dict, for fast lookups)."""
        return {**self.cache.actor_ids, **self.actor_ids} if self.actor_ids else self.cache.actor_ids

    def place_ids_map(self) -> dict[str, int]:
        """name -> id of every place known to this transaction."""
        return {**self.cache.place_ids, **self.place_ids} if self.place_ids else self.cache.place_ids

    def resolve_actors(self, specs: Sequence[ActorSpec]) -> None:
        """Make sure every actor and each new surface form of it exists (the first spec of a name wins)."""
        missing: dict[str, ActorSpec] = {}
        for spec in specs:
            if spec.name not in missing and self.actor_id(spec.name) is None:
                missing[spec.name] = spec
        if missing:
            rows = [
                {"name": n, "kind": s.kind, "role": s.role, "affiliation": s.affiliation}
                for n, s in sorted(missing.items())
            ]
            self.conn.execute(insert_ignore(self.dialect, actors, "name"), rows)
            self.actor_ids.update(_resolve_names(self.conn, actors, missing))
        known, created = self.cache.actor_aliases, self.actor_aliases
        new: dict[tuple[int, str], str] = {}
        for spec in specs:
            if not spec.forms:
                continue
            actor_id = self.actor_id(spec.name)
            assert actor_id is not None
            for key_norm, alias in spec.forms:
                key = (actor_id, key_norm)
                if key not in known and key not in created:
                    new.setdefault(key, alias)
        if new:
            self.conn.execute(
                insert_ignore(self.dialect, actor_aliases, "actor_id", "alias_norm"),
                [{"actor_id": a, "alias_norm": n, "alias": alias} for (a, n), alias in sorted(new.items())],
            )
            self.actor_aliases |= new.keys()

    # --- places -------------------------------------------------------------------------------
    def place_id(self, name: str) -> int | None:
        return self.place_ids.get(name) or self.cache.place_ids.get(name)

    def resolve_places(self, specs: Sequence[PlaceSpec]) -> None:
        """Make sure every place exists, with its chain of parents."""
        if not (self.cache.gazetteer_synced or self.gazetteer_synced):
            self.sync_gazetteer()
        for spec in specs:
            if self.place_id(spec.name) is not None:
                continue
            parent_id: int | None = None
            for name in [*reversed(spec.ancestors), spec.name]:
                known = self.place_id(name)
                if known is None:
                    gaz = self.gazetteer.places.get(name)
                    if name == spec.name:
                        kind, country = spec.kind or (gaz and gaz.kind), spec.country or (gaz and gaz.country)
                    else:
                        kind, country = (gaz.kind, gaz.country) if gaz else (None, None)
                    self.conn.execute(
                        insert_ignore(self.dialect, places, "name"),
                        [{"name": name, "kind": kind, "country": country, "parent_id": parent_id}],
                    )
                    self.place_ids.update(_resolve_names(self.conn, places, [name]))
                    known = self.place_id(name)
                parent_id = known

    def sync_gazetteer(self) -> None:
        """Insert gazetteer places missing from the table and fix changed kinds, countries, parents, aliases.

        Places an analyst merged away are left alone; a gazetteer parent that was merged resolves to
        its surviving place. Costs two SELECTs when nothing changed.
        """
        gaz = self.gazetteer
        rows = {r.name: r for r in self.conn.execute(sa.select(places)).all()}
        missing = sorted(set(gaz.places) - rows.keys())
        if missing:
            self.conn.execute(
                insert_ignore(self.dialect, places, "name"),
                [{"name": n, "kind": gaz.places[n].kind, "country": gaz.places[n].country} for n in missing],
            )
            rows = {r.name: r for r in self.conn.execute(sa.select(places)).all()}
        ids = _resolve_names(self.conn, places)
        self.place_ids.update(ids)
        updates = []
        for name, place in sorted(gaz.places.items()):
            row = rows[name]
            if row.merged_into_id is not None:
                continue
            parent_id = ids.get(place.parent) if place.parent else None
            if parent_id == row.id:
                parent_id = None
            if (row.kind, row.country, row.parent_id) != (place.kind, place.country, parent_id):
                updates.append({"pid": row.id, "kind": place.kind, "country": place.country, "parent": parent_id})
        if updates:
            self.conn.execute(
                places.update()
                .where(places.c.id == sa.bindparam("pid"))
                .values(
                    kind=sa.bindparam("kind"),
                    country=sa.bindparam("country"),
                    parent_id=sa.bindparam("parent"),
                ),
                updates,
            )
        existing = {
            (r.place_id, r.alias_norm)
            for r in self.conn.execute(sa.select(place_aliases.c.place_id, place_aliases.c.alias_norm))
        }
        new: dict[tuple[int, str], str] = {}
        for name, place in gaz.places.items():
            for alias in place.aliases:
                key = (ids[name], norm(alias))
                if key[1] and key[1] != norm(name) and key not in existing:
                    new.setdefault(key, alias)
        if new:
            self.conn.execute(
                insert_ignore(self.dialect, place_aliases, "place_id", "alias_norm"),
                [{"place_id": p, "alias_norm": n, "alias": a} for (p, n), a in sorted(new.items())],
            )
        self.place_aliases |= existing | new.keys()
        self.gazetteer_synced = True


# --- lookups by what a user types (curation) ---------------------------------------------------
def find_entity(conn: sa.Connection, what: str, name: str) -> int:
    """The surviving id of the actor/place whose name or alias equals `name` (case-insensitive).

    Raises NotFound when nothing matches and when several different entities do.
    """
    table, aliases, fk = (
        (actors, actor_aliases, actor_aliases.c.actor_id)
        if what == "actor"
        else (places, place_aliases, place_aliases.c.place_id)
    )
    wanted = norm(name)
    direct = conn.execute(sa.select(table.c.id).where(sa.func.lower(table.c.name) == wanted)).scalars().all()
    if not direct:
        direct = conn.execute(sa.select(fk).where(aliases.c.alias_norm == wanted)).scalars().all()
    merged = dict(conn.execute(sa.select(table.c.id, table.c.merged_into_id)).all())
    found = sorted({_follow(merged, i) for i in direct})
    if not found:
        raise NotFound(f"no {what} named {name!r}; see `claimtrack {what}s` for the known names")
    if len(found) > 1:
        names = conn.execute(sa.select(table.c.name).where(table.c.id.in_(found))).scalars().all()
        raise NotFound(f"{name!r} names several {what}s ({', '.join(sorted(names))}); use the full name")
    return found[0]
