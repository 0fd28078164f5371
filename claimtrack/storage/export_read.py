"""What a CSV export reads: the claims' own columns as the driver returns them, and the entities they cite.

The database's cost is per value fetched (the sqlite3 module makes a Python object, and releases the
GIL, per column of each row): the rows hold the claim's 32 columns and its review status, with no
placeholders for the document, actor and place fields, which the caller reads once per id with
`read_entities` and encodes once. Values are untyped (no SQLAlchemy processing): SQLite gives dates as
ISO text, PostgreSQL as dates. The rows are those of `queries.claims_statements` (SQLite: batches
from the driver's cursor; PostgreSQL: from a server-side cursor), in the filter's order; user input
reaches the database as bound parameters only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

import sqlalchemy as sa

from claimtrack.storage.queries import ClaimFilter, _batches, actor_t, claims_statements, relay_t
from claimtrack.storage.schema import actors, claims, documents, places, reviews

EXPORT_BATCH = 5000
ENTITY_CHUNK = 5000  # ids per IN (...) when reading documents, actors or places

_c = claims.c
RAW_COLUMNS: tuple[tuple[str, sa.ColumnElement], ...] = (
    ("claim_key", _c.claim_key), ("document_id", _c.document_id), ("actor_id", _c.actor_id),
    ("relayed_by_id", _c.relayed_by_id), ("place_id", _c.place_id), ("actor_role", _c.actor_role),
    ("attribution", _c.attribution), ("kind", _c.kind), ("quantity_low", _c.quantity_low),
    ("quantity_high", _c.quantity_high), ("quantity_unit", _c.quantity_unit),
    ("quantity_qualifier", _c.quantity_qualifier), ("claim_date", _c.claim_date),
    ("claim_date_precision", _c.claim_date_precision), ("event_date", _c.event_date),
    ("event_date_precision", _c.event_date_precision), ("confidence", _c.confidence), ("evidence", _c.evidence),
    ("subject", _c.subject), ("quantity_raw", _c.quantity_raw), ("vague", _c.vague), ("place_raw", _c.place_raw),
    ("actor_raw", _c.actor_raw), ("claim_date_raw", _c.claim_date_raw), ("event_date_raw", _c.event_date_raw),
    ("forecast", _c.forecast), ("reliability", _c.reliability), ("credibility", _c.credibility),
    ("confidence_reasons", _c.confidence_reasons), ("evidence_start", _c.evidence_start),
    ("evidence_end", _c.evidence_end), ("n_mentions", _c.n_mentions), ("review_status", reviews.c.status),
)  # fmt: skip
"""The columns of a raw row, in order (what `render_csv` unpacks)."""

DOCUMENT_COLUMNS = (documents.c.name, documents.c.outlet, documents.c.published, documents.c.title, documents.c.url)
ACTOR_COLUMNS = (actors.c.name, actors.c.role, actors.c.affiliation, actors.c.kind)
PLACE_COLUMNS = (places.c.name, places.c.country)


def raw_select() -> sa.Select:
    """The SELECT of RAW_COLUMNS, joined as `queries.claims_select(lean=True)` is (for filters and orders).

    Every join is an outer join on a unique key whose columns are not selected (but the review
    status): both databases leave it out unless a filter or the order uses the table.
    """
    joined = (
        claims.outerjoin(documents, documents.c.id == claims.c.document_id)
        .outerjoin(actor_t, actor_t.c.id == claims.c.actor_id)
        .outerjoin(relay_t, relay_t.c.id == claims.c.relayed_by_id)
        .outerjoin(places, places.c.id == claims.c.place_id)
        .outerjoin(reviews, reviews.c.claim_key == claims.c.claim_key)
    )
    columns = [sa.type_coerce(column, sa.types.NullType()).label(name) for name, column in RAW_COLUMNS]
    return sa.select(*columns).select_from(joined)


def raw_batches(conn: sa.Connection, flt: ClaimFilter, batch: int = EXPORT_BATCH) -> Iterator[list[Sequence]]:
    """The raw rows of the claims `flt` selects, in its order, in lists of up to `batch`.

    PostgreSQL: from a server-side cursor (FETCH per batch), not `queries._pg_stream`: a streaming
    query holds the connection until its last row, and `read_entities` runs between batches.
    """
    statements = claims_statements(conn, flt, select=raw_select)
    yield from _batches(conn, statements, flt.limit, batch)


def read_entities(
    conn: sa.Connection, table: sa.Table, columns: Sequence[sa.Column], ids: Iterable[int]
) -> Iterator[tuple]:
    """(id, *columns) of the rows of `table` with these ids (bound in chunks), in no order."""
    wanted = sorted(ids)
    key = table.c.id
    for start in range(0, len(wanted), ENTITY_CHUNK):
        chunk = wanted[start : start + ENTITY_CHUNK]
        for row in conn.execute(sa.select(key, *columns).where(key.in_(chunk))):
            yield tuple(row)


ENTITY_TABLES: dict[str, tuple[sa.Table, tuple[sa.Column, ...]]] = {
    "documents": (documents, DOCUMENT_COLUMNS), "actors": (actors, ACTOR_COLUMNS), "places": (places, PLACE_COLUMNS),
}  # fmt: skip


def entity_reader(conn: sa.Connection) -> Callable[[str, set], Iterator[tuple]]:
    """(kind, ids) -> (id, *fields) rows of "documents", "actors" or "places" (ENTITY_TABLES), on `conn`."""

    def read(kind: str, ids: set) -> Iterator[tuple]:
        table, columns = ENTITY_TABLES[kind]
        return read_entities(conn, table, columns, ids)

    return read
