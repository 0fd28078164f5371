"""What `claimtrack compare --subject` reads: the subject's claims and the candidate denials, as views.

Only the fields compare shows are read (`ClaimView`), 7 values a claim: the claim key, the actor and
place ids, the evidence, the review status, the document id and the claim's pack (`storage.packed`,
migration 0008: its document's name, outlet and date and its fixed fields in one value, unpacked in C;
on SQLite all from the subject index), on one connection; the actor and place names are looked up once
per distinct id, each table in one statement whose id list is one bound parameter; the rows become
tuples directly, with the garbage collector paused (thousands of new tuples would trigger several of its
passes, none of which can free anything) and the tuples then handed to its oldest generation, so that
no pass walks them once it runs again; SQLite maps the file (`sharing.bulk_read`): the claims of a
subject lie on pages all over it.

PostgreSQL reads the subject's claims from the covering index of migration 0010 (an index-only scan,
not one table page per claim); the index leaves out the claims too wide for a btree entry
(`SMALL_VIEW`), so the read is two statements, the covered claims and the wide ones.

`analysis.compare.find_denials` keeps a denial that is in one of the subject's documents (by name)
or that has the subject itself (within the window). Only those can be kept, so only those are read:
the denials without a subject in documents of those names, and every denial with a subject (index
ranges of `(kind, subject, document_id)`, migration 0005), instead of every denial in the store, in
one statement. The documents of those names are found inside that statement: on SQLite by a
self-join on the name index from the ids of the subject's documents; on PostgreSQL from the names
themselves (in the claims' packs), each looked up in the name index (the planner would find the
names of thousands of ids one table row at a time).
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

from claimtrack.storage.errors import StoreError
from claimtrack.storage.indexed import IndexedBy
from claimtrack.storage.packed import unpack
from claimtrack.storage.queries import ClaimFilter, claims_statements, in_values
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
SMALL_VIEW = (
    "coalesce(octet_length(claims.evidence), 0) + coalesce(octet_length(claims.packed_view), 0) "
    "+ 2 * octet_length(claims.subject) <= 1800"
)
"""PostgreSQL (migration 0010): a claim with a subject in the covering index `ix_claims_subject_view`, the
index's predicate as written there (literal: a bound value would hide from the planner that it holds)."""


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a bulk read of acyclic tuples (as it was, afterwards)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _age_young_objects()
        if was_enabled:
            gc.enable()


def _age_young_objects() -> None:
    """Moves the objects the collector tracks in its young generations to the oldest, without a pass.

    The tuples a bulk read made would otherwise all be walked by the first young pass once the
    collector is enabled again (2-5 ms for compare's read of ~3,000 claims), though none is in a cycle:
    they are freed by reference counting. Frozen and unfrozen at once, they join the oldest generation
    (where they are walked only by a full pass, if still alive). Objects already frozen by someone
    else stay frozen until they unfreeze them, with these.
    """
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    if not frozen_before:
        gc.unfreeze()


DOCUMENT_ID = 6
"""Where `_view_select` has the document's id: after the claim key, the actor and place ids, the
evidence, the review status and the pack."""


def _document_fields(name: str) -> IndexedBy:
    """The documents as `name`, with the fields compare shows, read from the index of migration 0006 on
    SQLite (by id it would read the table's rows, one page per document, where the index's pages hold
    dozens)."""
    return IndexedBy(documents, name, DOCUMENT_FIELDS_INDEX, ("id", "name", "outlet", "published"))


@cache
def _view_select() -> sa.Select:
    """The columns a view needs (untyped: converted in `_views`): the claim key, the actor and place ids,
    the evidence, the review status, the pack of the rest (migration 0008) and the document id last.
    Built once: statements are derived from it (`where`, `order_by` return new ones).

    The documents table is outer-joined as `claims_statements` wants it, for the filters (the databases
    leave that join out when no filter uses it): the document's fields are in the pack.
    """
    c = claims.c
    joined = claims.outerjoin(documents, documents.c.id == c.document_id).outerjoin(
        reviews, reviews.c.claim_key == c.claim_key
    )
    columns = (c.claim_key, c.actor_id, c.place_id, c.evidence, reviews.c.status, c.packed_view, c.document_id)
    return sa.select(*(sa.type_coerce(col, sa.types.NullType()).label(col.name) for col in columns)).select_from(joined)


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
    """Actor and place fields by id, read once per distinct id for one connection's reads."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.actors: dict[int, tuple] = {}
        self.places: dict[int, tuple] = {}

    def read(self, known: dict[int, tuple], table: sa.Table, columns: Sequence[str], ids: Iterable) -> None:
        """Adds the rows (id -> columns...) of `table` with these ids that `known` lacks (one statement)."""
        wanted = set(ids) - known.keys()
        wanted.discard(None)
        if not wanted:
            return
        stmt = sa.select(table.c.id, *(table.c[name] for name in columns)).where(
            in_values(self.conn.dialect.name, table.c.id, sorted(wanted))
        )
        known.update((row[0], row[1:]) for row in _rows(self.conn, [stmt]))

    def complete(self, rows: list) -> None:
        """Reads the actor and place names that `rows` (of `_view_select`) refer to and are not known yet."""
        self.read(self.actors, actors, ("name", "affiliation"), [r[1] for r in rows])
        self.read(self.places, places, ("name",), [r[2] for r in rows])


def namesakes(dialect: str, document_ids: Sequence[int]) -> sa.Select:
    """The ids of every document whose name is the name of one of these documents (themselves included).

    A self-join on the name index (SQLite takes the names from the index of migration 0006).
    """
    named, namesake = _document_fields("named"), documents.alias("namesake")
    return (
        sa.select(namesake.c.id)
        .select_from(named.join(namesake, namesake.c.name == named.c.name))
        .where(in_values(dialect, named.c.id, sorted(set(document_ids))))
    )


_DATES: dict[str, dt.date] = {}  # publication dates as packed (ISO text): few distinct ones, parsed once


def _statements(conn: sa.Connection, flt: ClaimFilter) -> list[sa.Select]:
    """The statements of `flt` over `_view_select`; unordered when no limit cuts them (compare sorts).

    PostgreSQL, a subject without a limit: each statement twice, for the claims in the covering index
    of migration 0010 and for the others (`_covered_and_wide`).
    """
    if flt.limit is not None:
        return claims_statements(conn, flt, _view_select)
    unordered = dataclasses.replace(flt, order=UNORDERED)  # one statement on SQLite (date order takes two)
    statements = [stmt.order_by(None) for stmt in claims_statements(conn, unordered, _view_select)]
    if flt.subject and conn.dialect.name == "postgresql":
        return [part for stmt in statements for part in _covered_and_wide(stmt)]
    return statements


def _covered_and_wide(stmt: sa.Select) -> list[sa.Select]:
    """A statement on the claims with a subject split in two: those `ix_claims_subject_view` covers (read
    from it alone) and the rare others (found by `ix_claims_subject_wide`)."""
    return [stmt.where(sa.text(SMALL_VIEW)), stmt.where(sa.text(f"NOT ({SMALL_VIEW})"))]


def named_documents(names: Sequence[str]) -> sa.Select:
    """PostgreSQL: the ids of the documents with these names, the names bound as one JSON list.

    `name IN (its elements)`: the planner takes them for a few rows and looks each up in the name index
    (a bound array of thousands of names it would rather compare with every document).
    """
    from sqlalchemy.dialects.postgresql import JSONB

    listed = sa.cast(sa.bindparam(None, json.dumps(sorted(set(names))), type_=sa.String), JSONB)
    elements = sa.select(sa.literal_column("value")).select_from(sa.func.jsonb_array_elements_text(listed))
    return sa.select(documents.c.id).where(documents.c.name.in_(elements))


def read_views(conn: sa.Connection, flt: ClaimFilter, names: _Names | None = None) -> tuple[list[ClaimView], list]:
    """The claims `flt` selects as views, and their documents' ids (call with the garbage collector paused).

    In `flt`'s order when it has a limit, else in whatever order the database reads them (one
    statement, no sort; PostgreSQL's two of a subject as one UNION ALL: one round trip, one plan).
    """
    statements = _statements(conn, flt)
    if flt.limit is None and len(statements) > 1:
        statements = [sa.union_all(*statements)]  # type: ignore[list-item]
    rows = _rows(conn, statements, flt.limit)
    return _views(rows, names or _Names(conn)), [r[DOCUMENT_ID] for r in rows]


def _views(rows: list, names: _Names) -> list[ClaimView]:
    """Rows of `_view_select` as views (actor and place names looked up first).

    The pack gives the document's fields and the claim's fixed ones as the database returned them
    when it was written (`storage.packed`); its publication date is ISO text, made a date here.
    """
    names.complete(rows)
    people, place_rows, dates = names.actors, names.places, _DATES
    nobody, nowhere, new_view = (None, None), (None,), tuple.__new__  # a NamedTuple's own __new__ is slower
    views = []
    for claim_key, actor_id, place_id, evidence, status, packed, _ in rows:
        if packed is None:
            raise StoreError(f"claim {claim_key} has no packed view: compare reads claims with a subject and denials")
        v = unpack(packed)
        published = v[2]
        if published is not None:
            published = dates.get(published) or dates.setdefault(published, dt.date.fromisoformat(published))
        actor = people.get(actor_id, nobody)
        views.append(new_view(ClaimView, (
            claim_key, v[0], v[1], published, actor[0], actor[1], v[3], v[4], v[5], v[6], v[7], v[8],
            place_rows.get(place_id, nowhere)[0], v[9], v[10], v[11], v[12], v[13], evidence, v[14], status,
        )))  # fmt: skip
    return views


def _document_ids(conn: sa.Connection, names: list[str]) -> list[int]:
    stmt = sa.select(documents.c.id).where(in_values(conn.dialect.name, documents.c.name, names))
    return sorted({row[0] for row in _rows(conn, [stmt])})


def _denials_on(
    conn: sa.Connection,
    include_rejected: bool,
    names: _Names,
    document_ids: Sequence[int] | None = None,
    document_names: Sequence[str] = (),
) -> list[ClaimView]:
    """The candidate denials, unordered (compare sorts them itself), in one statement: those with a
    subject, and those without one in the documents that share a name with these documents (found in
    the statement), or else with one of these names (PostgreSQL: found in the statement)."""
    with_subject = ClaimFilter(kind=DENIAL, has_subject=True, include_rejected=include_rejected, order=UNORDERED)
    statements = _statements(conn, with_subject)
    if document_ids:
        in_documents = ClaimFilter(kind=DENIAL, has_subject=False, include_rejected=include_rejected, order=UNORDERED)
        namesake_ids = namesakes(conn.dialect.name, document_ids)
        statements += [stmt.where(claims.c.document_id.in_(namesake_ids)) for stmt in _statements(conn, in_documents)]
    elif document_names and conn.dialect.name == "postgresql":
        in_documents = ClaimFilter(kind=DENIAL, has_subject=False, include_rejected=include_rejected, order=UNORDERED)
        named_ids = named_documents(document_names)
        statements += [stmt.where(claims.c.document_id.in_(named_ids)) for stmt in _statements(conn, in_documents)]
    elif document_names:
        in_documents = ClaimFilter(kind=DENIAL, has_subject=False, document_ids=_document_ids(conn, document_names),
                                   include_rejected=include_rejected, order=UNORDERED)  # fmt: skip
        statements += _statements(conn, in_documents) if in_documents.document_ids else []
    both = sa.union_all(*statements) if len(statements) > 1 else statements[0]
    return _views(_rows(conn, [both]), names)


def denial_candidates(store: Store, subject_claims: Iterable, include_rejected: bool = False) -> list[ClaimView]:
    """Every denial `find_denials` could keep for these claims (a superset; it decides which)."""
    with paused_gc(), store.read() as conn:
        bulk_read(conn)
        named = sorted({r.document for r in subject_claims})
        return _denials_on(conn, include_rejected, _Names(conn), document_names=named)


def compare_read(store: Store, flt: ClaimFilter, denials: bool = True) -> tuple[list[ClaimView], list[ClaimView]]:
    """What `compare --subject` reads: the claims `flt` selects and (if asked) their candidate denials.

    Without a limit in no particular order (compare sorts them by date itself): one statement each,
    no sort in the database. The denials are looked for in every document that shares a name with one
    of the subject's claims' documents (by their ids on SQLite, by the names on PostgreSQL, in the
    denials' statement).
    """
    with paused_gc(), store.read() as conn:
        bulk_read(conn)
        names = _Names(conn)
        records, document_ids = read_views(conn, flt, names)
        if not (records and denials):
            return records, []
        if conn.dialect.name == "postgresql":
            named = [r.document for r in records]
            return records, _denials_on(conn, flt.include_rejected, names, document_names=named)
        return records, _denials_on(conn, flt.include_rejected, names, document_ids)


def subject_names(store: Store, limit: int) -> tuple[list[str], int]:
    """The `limit` most frequent subjects (most claims first), and how many subjects there are."""
    with store.read() as conn:
        count = sa.func.count()
        stmt = sa.select(claims.c.subject, count).where(claims.c.subject.is_not(None)).group_by(claims.c.subject)
        rows = conn.execute(stmt.order_by(count.desc(), claims.c.subject)).all()
    return [r[0] for r in rows[:limit]], len(rows)
