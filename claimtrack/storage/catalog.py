"""What the store knows about: actors, places, outlets and documents, with claim counts.

Counts include every stored claim, rejected ones too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from claimtrack.storage.schema import actor_aliases, actors, claims, documents, place_aliases, places
from claimtrack.storage.store import Store


@dataclass(frozen=True)
class ActorSummary:
    name: str
    kind: str
    role: str | None
    affiliation: str | None
    aliases: list[str] = field(default_factory=list)
    n_claims: int = 0  # claims the actor makes (not those it relays)


@dataclass(frozen=True)
class PlaceSummary:
    name: str
    kind: str | None
    country: str | None
    parent: str | None
    aliases: list[str] = field(default_factory=list)
    n_claims: int = 0  # claims about this place itself
    n_claims_within: int = 0  # ... plus those about every place inside it (what `--place` finds)


@dataclass(frozen=True)
class SourceSummary:
    outlet: str | None
    n_documents: int
    n_claims: int
    first_published: dt.date | None
    last_published: dt.date | None


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    n_claims: int
    ingested_at: dt.datetime
    content_hash: str


def _aliases(conn: sa.Connection, table: sa.Table, fk: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for owner, alias in conn.execute(sa.select(table.c[fk], table.c.alias).order_by(table.c.alias)):
        out[owner].append(alias)
    return out


def list_actors(store: Store) -> list[ActorSummary]:
    """Actors (merged-away ones excluded), most claims first."""
    counts = sa.select(claims.c.actor_id, sa.func.count().label("n")).group_by(claims.c.actor_id).subquery()
    stmt = (
        sa.select(actors, sa.func.coalesce(counts.c.n, 0).label("n_claims"))
        .outerjoin(counts, counts.c.actor_id == actors.c.id)
        .where(actors.c.merged_into_id.is_(None))
    )
    with store.read() as conn:
        aliases = _aliases(conn, actor_aliases, "actor_id")
        rows = conn.execute(stmt).all()
    out = [ActorSummary(r.name, r.kind, r.role, r.affiliation, aliases.get(r.id, []), r.n_claims) for r in rows]
    return sorted(out, key=lambda a: (-a.n_claims, a.name.lower()))


def list_places(store: Store, *, with_claims_only: bool = False) -> list[PlaceSummary]:
    """Places (merged-away ones excluded) with direct and within-hierarchy claim counts, by name."""
    with store.read() as conn:
        aliases = _aliases(conn, place_aliases, "place_id")
        rows = conn.execute(sa.select(places)).all()
        direct = dict(
            conn.execute(
                sa.select(claims.c.place_id, sa.func.count())
                .where(claims.c.place_id.is_not(None))
                .group_by(claims.c.place_id)
            ).all()
        )
    by_id = {r.id: r for r in rows}
    within: dict[int, int] = defaultdict(int)
    for place_id, n in direct.items():
        seen: set[int] = set()
        current: int | None = place_id
        while current is not None and current not in seen:  # add to the place and every ancestor
            seen.add(current)
            within[current] += n
            current = by_id[current].parent_id if current in by_id else None
    out = [
        PlaceSummary(
            r.name,
            r.kind,
            r.country,
            by_id[r.parent_id].name if r.parent_id in by_id else None,
            aliases.get(r.id, []),
            direct.get(r.id, 0),
            within.get(r.id, 0),
        )
        for r in rows
        if r.merged_into_id is None and (within.get(r.id, 0) or not with_claims_only)
    ]
    return sorted(out, key=lambda p: p.name.lower())


def list_sources(store: Store) -> list[SourceSummary]:
    """Outlets (None = documents without one) with document and claim counts, most documents first."""
    stmt = sa.select(
        documents.c.outlet,
        sa.func.count().label("n_documents"),
        sa.func.coalesce(sa.func.sum(documents.c.n_claims), 0).label("n_claims"),
        sa.func.min(documents.c.published).label("first"),
        sa.func.max(documents.c.published).label("last"),
    ).group_by(documents.c.outlet)
    with store.read() as conn:
        rows = conn.execute(stmt).all()
    out = [SourceSummary(r.outlet, r.n_documents, int(r.n_claims), r.first, r.last) for r in rows]
    return sorted(out, key=lambda s: (-s.n_documents, s.outlet or ""))


def list_documents(store: Store, outlet: str | None = None) -> list[DocumentSummary]:
    """Stored documents (not their text), newest publication first, optionally of one outlet."""
    cols = [
        documents.c[c]
        for c in (
            "id",
            "name",
            "title",
            "outlet",
            "url",
            "published",
            "n_claims",
            "ingested_at",
            "content_hash",
        )
    ]
    stmt = sa.select(*cols).order_by(documents.c.published.desc().nulls_last(), documents.c.id)
    if outlet is not None:
        stmt = stmt.where(documents.c.outlet == outlet)
    with store.read() as conn:
        return [DocumentSummary(*r) for r in conn.execute(stmt)]
