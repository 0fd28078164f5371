"""What `claimtrack compare --subject` reads: the subject's claims and the candidate denials, as views.

Only the fields compare shows are read (`ClaimView`: 17 claim columns and the review status, not
the 44 of a record), on one connection; the document, actor and place names are looked up once per
distinct id, each table in one statement whose id list is one bound parameter; the rows become
tuples directly, with the garbage collector paused (thousands of new tuples would trigger several
of its passes, none of which can free anything); SQLite maps the file (`sharing.bulk_read`): the
claims of a subject lie on pages all over it.

`analysis.compare.find_denials` keeps a denial that is in one of the subject's documents (by name)
or that has the subject itself (within the window). Only those can be kept, so only those are read:
the denials without a subject in documents of those names, and every denial with a subject (index
ranges of `(kind, subject, document_id)`, migration 0005), instead of every denial in the store, in
one statement. The ids of the documents of those names come with the subject's documents (a self-join
on the name index), not from a lookup of their names afterwards.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache

import sqlalchemy as sa

from claimtrack.storage.queries import ClaimFilter, _iso, claims_statements, in_values
from claimtrack.storage.schema import actors, claims, documents, places, reviews
from claimtrack.storage.sharing import bulk_read
from claimtrack.storage.store import Store
from claimtrack.views import ClaimView

DENIAL = "denial"
UNORDERED = ("id",)
"""The order given to a read without a limit, whose ORDER BY is then dropped: one statement on either
database, no sort (compare sorts by date itself)."""
DOCUMENT_FIELDS_INDEX = "ix_documents_fields"
"""SQLite (migration 0006): documents (id, name, outlet, published), read instead of the table's rows."""


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a bulk read of acyclic tuples (as it was, afterwards)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@cache
def _view_select() -> sa.Select:
    """The claim columns a view needs (untyped: converted in `read_views`), and the ids to look up.

    Built once: statements are derived from it (`where`, `order_by` return new ones).
    """
    c = claims.c
    joined = claims.outerjoin(documents, documents.c.id == c.document_id).outerjoin(
        reviews, reviews.c.claim_key == c.claim_key
    )
    columns = (c.claim_key, c.document_id, c.actor_id, c.place_id, c.kind, c.quantity_low, c.quantity_high,
               c.quantity_qualifier, c.quantity_raw, c.vague, c.claim_date, c.claim_date_precision, c.confidence,
               c.reliability, c.credibility, c.evidence, c.subject, reviews.c.status)  # fmt: skip
    return sa.select(*(sa.type_coerce(col, sa.types.NullType()).label(col.name) for col in columns)).select_from(
        joined
    )


def _rows(conn: sa.Connection, statements: Iterable[sa.Select], limit: int | None = None) -> list:
    """Every row of the statements (one after the other, cut at `limit`) as the driver gives it.

    Fetched at once from the driver's cursor: no SQLAlchemy Row objects, and on PostgreSQL no
    server-side cursor (a few thousand rows come sooner in one answer than in batches, and the
    planner does not plan for the first rows).
    """
    rows: list = []
    for stmt in statements:
        if limit is not None:
            if len(rows) >= limit:
                break
            stmt = stmt.limit(limit - len(rows))
        result = conn.execute(stmt)
        try:
            rows += result.cursor.fetchall() if result.cursor is not None else result.fetchall()
        finally:
            result.close()
    return rows


class _Names:
    """Document, actor and place fields by id, read once per distinct id for one connection's reads.

    `named_ids`: after `complete(rows, same_name=True)`, the ids of every document whose name is the
    name of one of those rows' documents (themselves included): where `find_denials` looks for denials.
    """

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.documents: dict[int, tuple] = {}
        self.actors: dict[int, tuple] = {}
        self.places: dict[int, tuple] = {}
        self.named_ids: set[int] | None = None

    def _unknown(self, known: dict[int, tuple], ids: Iterable) -> list:
        wanted = set(ids) - known.keys()
        wanted.discard(None)
        return sorted(wanted)

    def read(self, known: dict[int, tuple], table: sa.Table, columns: Sequence[str], ids: Iterable) -> list:
        """The rows (id, columns...) of `table` with these ids that `known` lacks (one statement)."""
        wanted = self._unknown(known, ids)
        if not wanted:
            return []
        stmt = sa.select(table.c.id, *(table.c[name] for name in columns)).where(
            in_values(self.conn.dialect.name, table.c.id, wanted)
        )
        return _rows(self.conn, [stmt])

    def _read_documents(self, ids: Iterable, same_name: bool) -> None:
        # same_name: every document of these rows, known or not, for the ids of its namesakes
        wanted = sorted(set(ids) - {None}) if same_name else self._unknown(self.documents, ids)
        rows = _rows(self.conn, [_documents_statement(self.conn.dialect.name, wanted, same_name)]) if wanted else []
        docs, dates = self.documents, _DATES
        for row in rows:
            doc_id, name, outlet, published = row[0], row[1], row[2], row[3]
            if published.__class__ is str:  # SQLite returns dates as ISO text
                published = dates.get(published) or dates.setdefault(published, dt.date.fromisoformat(published))
            docs[doc_id] = (name, outlet, published)
        if same_name:
            self.named_ids = {row[4] for row in rows}

    def complete(self, rows: list, same_name: bool = False) -> None:
        """Reads the names that `rows` (of `_view_select`) refer to and are not known yet.

        same_name: also find the documents that share a name with those of `rows` (`named_ids`).
        """
        self._read_documents([r[1] for r in rows], same_name)
        people = self.read(self.actors, actors, ("name", "affiliation"), [r[2] for r in rows])
        self.actors.update((row[0], row[1:]) for row in people)
        found = self.read(self.places, places, ("name",), [r[3] for r in rows])
        self.places.update((row[0], row[1:]) for row in found)


def _documents_statement(dialect: str, ids: list[int], same_name: bool) -> sa.Executable:
    """(id, name, outlet, published) of these documents, and with `same_name` the id of each document of
    the same name (through the name index) beside each.

    SQLite reads them from the index of migration 0006, which it is told to use (`INDEXED BY`: for ids it
    would read the table's rows, one page per document, where the index's pages hold dozens).
    """
    if dialect == "sqlite":
        namesake = (", namesake.id", " JOIN documents AS namesake ON namesake.name = d.name") if same_name else ("", "")
        return sa.text(
            f"SELECT d.id, d.name, d.outlet, d.published{namesake[0]} FROM documents AS d INDEXED BY "
            f"{DOCUMENT_FIELDS_INDEX}{namesake[1]} WHERE d.id IN (SELECT value FROM json_each(:ids))"
        ).bindparams(ids=json.dumps(ids))
    d = documents.c
    stmt = sa.select(d.id, d.name, d.outlet, d.published)
    if same_name:
        other = documents.alias("namesake")
        stmt = stmt.add_columns(other.c.id).join(other, other.c.name == d.name)
    return stmt.where(in_values(dialect, d.id, ids))


_DATES: dict[str, dt.date] = {}  # publication dates as SQLite gives them: few distinct ones, parsed once


def _statements(conn: sa.Connection, flt: ClaimFilter) -> list[sa.Select]:
    """The statements of `flt` over `_view_select`; unordered when no limit cuts them (compare sorts)."""
    if flt.limit is not None:
        return claims_statements(conn, flt, _view_select)
    unordered = dataclasses.replace(flt, order=UNORDERED)  # one statement on SQLite (date order takes two)
    return [stmt.order_by(None) for stmt in claims_statements(conn, unordered, _view_select)]


def read_views(
    conn: sa.Connection, flt: ClaimFilter, names: _Names | None = None, same_name: bool = False
) -> list[ClaimView]:
    """The claims `flt` selects as views (call with the garbage collector paused).

    In `flt`'s order when it has a limit, else in whatever order the database reads them (one
    statement, no sort). same_name: see `_Names.complete`.
    """
    names = names or _Names(conn)
    rows = _rows(conn, _statements(conn, flt), flt.limit)
    return _views(rows, names, same_name)


def _views(rows: list, names: _Names, same_name: bool = False) -> list[ClaimView]:
    """Rows of `_view_select` as views (names looked up first).

    Quantities and confidence are floats as read: REAL columns (SQLite stores an integer given to
    one as a float) and double precision (PostgreSQL); vague is 0/1 (SQLite) or a bool.
    """
    names.complete(rows, same_name)
    docs, people, place_rows = names.documents, names.actors, names.places
    nobody, nowhere, new_view = (None, None), (None,), tuple.__new__  # a NamedTuple's own __new__ is slower
    views = []
    for (claim_key, document_id, actor_id, place_id, kind, low, high, qualifier, raw, vague, claim_date, precision,
         confidence, reliability, credibility, evidence, subject, status) in rows:  # fmt: skip
        document = docs.get(document_id)
        if document is None:  # cannot happen (foreign key); query_claims drops such a claim too
            continue
        actor = people.get(actor_id, nobody)
        views.append(new_view(ClaimView, (
            claim_key, document[0], document[1], document[2], actor[0], actor[1], kind, low, high, qualifier, raw,
            vague == 1, place_rows.get(place_id, nowhere)[0], _iso(claim_date, precision), precision, confidence,
            reliability, credibility, evidence, subject, status,
        )))  # fmt: skip
    return views


def _document_ids(conn: sa.Connection, names: list[str]) -> list[int]:
    stmt = sa.select(documents.c.id).where(in_values(conn.dialect.name, documents.c.name, names))
    return sorted({row[0] for row in _rows(conn, [stmt])})


def _denials_on(
    conn: sa.Connection, subject_claims: Iterable, include_rejected: bool, names: _Names | None = None
) -> list[ClaimView]:
    """The candidate denials, unordered (compare sorts them itself), in one statement: those with a
    subject, and those without one in the documents named as the subject's (`names.named_ids` when
    the subject's read found them, else looked up by name)."""
    names = names or _Names(conn)
    if names.named_ids is not None:
        document_ids = sorted(names.named_ids)
    else:
        named = sorted({r.document for r in subject_claims})
        document_ids = _document_ids(conn, named) if named else []
    with_subject = ClaimFilter(kind=DENIAL, has_subject=True, include_rejected=include_rejected, order=UNORDERED)
    statements = _statements(conn, with_subject)
    if document_ids:
        in_documents = ClaimFilter(kind=DENIAL, has_subject=False, document_ids=document_ids,
                                   include_rejected=include_rejected, order=UNORDERED)  # fmt: skip
        statements += _statements(conn, in_documents)
    both = sa.union_all(*statements) if len(statements) > 1 else statements[0]
    return _views(_rows(conn, [both]), names)


def denial_candidates(store: Store, subject_claims: Iterable, include_rejected: bool = False) -> list[ClaimView]:
    """Every denial `find_denials` could keep for these claims (a superset; it decides which)."""
    with paused_gc(), store.read() as conn:
        bulk_read(conn)
        return _denials_on(conn, subject_claims, include_rejected)


def compare_read(
    store: Store, flt: ClaimFilter, denials: bool = True
) -> tuple[list[ClaimView], list[ClaimView]]:
    """What `compare --subject` reads: the claims `flt` selects and (if asked) their candidate denials.

    Without a limit in no particular order (compare sorts them by date itself): one statement each,
    no sort in the database. The documents of the subject's claims are read with the ids of every
    document of the same names, where the denials are then looked for.
    """
    with paused_gc(), store.read() as conn:
        bulk_read(conn)
        names = _Names(conn)
        records = read_views(conn, flt, names, same_name=denials)
        return records, (_denials_on(conn, records, flt.include_rejected, names) if records and denials else [])


def subject_names(store: Store, limit: int) -> tuple[list[str], int]:
    """The `limit` most frequent subjects (most claims first), and how many subjects there are."""
    with store.read() as conn:
        count = sa.func.count()
        stmt = sa.select(claims.c.subject, count).where(claims.c.subject.is_not(None)).group_by(claims.c.subject)
        rows = conn.execute(stmt.order_by(count.desc(), claims.c.subject)).all()
    return [r[0] for r in rows[:limit]], len(rows)
