"""Where claim queries are built: `ClaimFilter` -> SELECT -> streamed `ClaimRecord`s (or export rows).

Every user-supplied value reaches the database as a bound parameter. Actor and place filters
resolve names/aliases in the small actors/places tables first and then filter claims by id; `text`
uses the full-text index (SQLite FTS5 MATCH; PostgreSQL the stored `claims.evidence_tsv` @@
websearch_to_tsquery, migration 0004), never a LIKE over claims.

How the default order stays cheap at a million claims: (sort_date, id) is the order of the indexes
`(sort_date, id)`, `(actor_id, sort_date, id)`, `(place_id, sort_date, id)` and `(lower(subject),
sort_date, id)` (on SQLite every index ends in the rowid, which is `id`), so a query with a limit
reads the first entries of an index instead of sorting all its matches. PostgreSQL sorts NULLs last
in ascending order, as that order wants; SQLite sorts them first and would sort every row to honour
`NULLS LAST`, so there `query_claims` reads the dated claims in index order, then the undated ones
by id: the same rows in the same order as `build_claims_query`'s single statement.

Many places or actors (SQLite): `--place Russia` is ~100 place ids. `place_id IN (...)` reads each
id's index range, but the ranges together are not in date order, so the planner sorts every match
(83,000 claims of a million: ~200 ms) to return 100. When the ids match enough claims (a capped count
on the covering (place_id, sort_date) index, see `_ids_walk`), the condition is written `place_id + 0
IN (...)` and the planner walks the (sort_date, id) index instead, testing each claim, and stops at
the limit; few matches are still read by id and sorted, which is cheaper than a long walk.

A frequent word (SQLite): materialising and sorting tens of thousands of FTS matches costs more
than walking the date index and testing each claim against the set of matches, so when the word
matches enough claims (see `_fts_walks`), the membership test is written `+id IN (...)`-style
(`id + 0`) and the planner walks the index until the limit is reached. PostgreSQL's planner makes
that choice itself from the word statistics of the stored tsvector.

What is read: the statements select claim columns only (and the review status); the document,
actor and place fields are read by id for each batch of rows (`_Lookups`) instead of joined per
claim, and rows are converted once (`_convert`) into ClaimRecord values, from which records are
built without validating again, or exports written directly (`claim_rows`).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from claimtrack.storage.errors import NotFound
from claimtrack.storage.schema import (
    REVIEW_STATUSES,
    actor_aliases,
    actors,
    claims,
    claims_fts,
    documents,
    mentions,
    place_aliases,
    places,
    reviews,
)
from claimtrack.storage.store import Store
from claimtrack.storage.text import norm
from claimtrack.views import EXPORT_COLUMNS, date_text

if TYPE_CHECKING:
    from claimtrack.records import ClaimRecord

STREAM_BATCH = 2000
EXPORT_BATCH = 5000
FTS_WALK_FACTOR = 9
"""Materialising and sorting one full-text match costs about this many index entries walked."""
IDS_WALK_FACTOR = 1
"""Reading and sorting one claim of an id list costs about this many date-index entries walked."""

actor_t = actors.alias("actor")
relay_t = actors.alias("relay")
# the claim date, else the publication date: stored in claims.sort_date (indexed) by the writer
effective_date = claims.c.sort_date
"""The date a claim is filtered and sorted by: its claim date, else its document's publication date."""

ORDER_KEYS: dict[str, sa.ColumnElement] = {
    "claim_date": effective_date,
    "date": effective_date,
    "published": documents.c.published,
    "event_date": claims.c.event_date,
    "confidence": claims.c.confidence,
    "kind": claims.c.kind,
    "subject": claims.c.subject,
    "actor": actor_t.c.name,
    "place": places.c.name,
    "document": documents.c.name,
    "outlet": documents.c.outlet,
    "claim_id": claims.c.claim_key,
    "id": claims.c.id,
}
DATE_KEYS = ("claim_date", "date")


@dataclass
class ClaimFilter:
    """What to select. Every field is optional; all given fields must hold (AND).

    actor: substring of an actor's name or alias, case-insensitive ("kirby" finds John Kirby).
    place: a place name or alias (case-insensitive; substring if nothing matches exactly), with all
        the places inside it. since/until: inclusive bounds on the claim date (else publication date).
    kind: one kind or several. subject: exact, case-insensitive. text: words (or "a phrase") that
        the evidence sentence must contain. document: a document name (or numeric id).
    document_ids: claims of these documents (ids) only. has_subject: True for claims with a subject,
        False for those without one.
    order: column names from ORDER_KEYS, "-name" for descending; claim id breaks ties.
    sort_range: (start, end) keeps the claims whose sort date is in [start, end) (None: unbounded),
        and the undated ones when end is None: how a parallel export splits claims in date order.
    """

    actor: str | None = None
    place: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    kind: str | Sequence[str] | None = None
    min_confidence: float | None = None
    text: str | None = None
    subject: str | None = None
    document: str | int | None = None
    document_ids: Sequence[int] | None = None
    has_subject: bool | None = None
    claim_id: str | None = None
    review_status: str | None = None
    include_rejected: bool = False
    limit: int | None = None
    order: Sequence[str] = ("claim_date", "id")
    sort_range: tuple[dt.date | None, dt.date | None] | None = None


def _as_date(value: dt.date | str, what: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise ValueError(f"{what} must be a date like 2024-10-23, not {value!r}") from err


def _record_columns(lean: bool = False) -> list[sa.ColumnElement]:
    """The selected columns, named and ordered as ClaimRecord's fields (EXPORT_COLUMNS).

    They are selected untyped (no SQLAlchemy result processing: `_record_values` converts the few
    that need it), which halves the cost of fetching a row.

    lean: the fields that come from documents, actors and places are NULL placeholders (actor_role
    is the claim's own), followed by document_id, actor_id, relayed_by_id and place_id: `_Lookups`
    fills them in from those small tables, so the database reads nothing but claims (and reviews).
    """
    c = claims.c
    named: list[tuple[str, sa.ColumnElement]] = [
        ("claim_id", c.claim_key),
        ("document", documents.c.name),
        ("outlet", documents.c.outlet),
        ("published", documents.c.published),
        ("actor", actor_t.c.name),
        ("actor_role", sa.func.coalesce(c.actor_role, actor_t.c.role)),
        ("actor_affiliation", actor_t.c.affiliation),
        ("attribution", c.attribution),
        ("kind", c.kind),
        ("quantity_low", c.quantity_low),
        ("quantity_high", c.quantity_high),
        ("quantity_unit", c.quantity_unit),
        ("quantity_qualifier", c.quantity_qualifier),
        ("place", places.c.name),
        ("place_country", places.c.country),
        ("claim_date", c.claim_date),
        ("event_date", c.event_date),
        ("date_precision", c.claim_date_precision),
        ("confidence", c.confidence),
        ("evidence", c.evidence),
        ("subject", c.subject),
        ("quantity_raw", c.quantity_raw),
        ("vague", c.vague),
        ("place_raw", c.place_raw),
        ("actor_kind", actor_t.c.kind),
        ("actor_raw", c.actor_raw),
        ("relayed_by", relay_t.c.name),
        ("claim_date_raw", c.claim_date_raw),
        ("event_date_raw", c.event_date_raw),
        ("event_date_precision", c.event_date_precision),
        ("forecast", c.forecast),
        ("reliability", c.reliability),
        ("credibility", c.credibility),
        ("confidence_reasons", c.confidence_reasons),
        ("evidence_start", c.evidence_start),
        ("evidence_end", c.evidence_end),
        ("mentions", c.n_mentions),
        ("review_status", reviews.c.status),
        ("document_title", documents.c.title),
        ("url", documents.c.url),
    ]
    if tuple(name for name, _ in named) != EXPORT_COLUMNS:  # a new ClaimRecord field needs a column here
        raise AssertionError("queries._record_columns does not match ClaimRecord's fields")
    if lean:
        named = [(name, _LEAN.get(name, column)) for name, column in named] + [
            ("document_id", c.document_id),
            ("actor_id", c.actor_id),
            ("relayed_by_id", c.relayed_by_id),
            ("place_id", c.place_id),
        ]
    return [sa.type_coerce(column, sa.types.NullType()).label(name) for name, column in named]


# what the lean select reads instead of a joined column (NULL: filled in from the looked-up rows)
_LOOKED_UP = ("document", "outlet", "published", "actor", "actor_affiliation", "place", "place_country",
              "actor_kind", "relayed_by", "document_title", "url")  # fmt: skip
_LEAN: dict[str, sa.ColumnElement] = {name: sa.null() for name in _LOOKED_UP} | {"actor_role": claims.c.actor_role}


_I = {name: i for i, name in enumerate(EXPORT_COLUMNS)}
_PUBLISHED, _CLAIM_DATE, _EVENT_DATE = _I["published"], _I["claim_date"], _I["event_date"]
_DATE_PRECISION, _EVENT_PRECISION = _I["date_precision"], _I["event_date_precision"]
_VAGUE, _FORECAST, _REASONS = _I["vague"], _I["forecast"], _I["confidence_reasons"]
_FLOATS = (_I["quantity_low"], _I["quantity_high"], _I["confidence"])


def claims_select(lean: bool = False) -> sa.Select:
    """The SELECT of every ClaimRecord field (in EXPORT_COLUMNS order), with its joins and no filter.

    lean: see `_record_columns`. Every join is then an outer join on a unique key whose columns are
    not selected, which SQLite and PostgreSQL both leave out unless a filter or the order uses the
    table; documents is outer-joined too (every claim has its document: a NOT NULL foreign key).
    """
    if lean:
        joined = claims.outerjoin(documents, documents.c.id == claims.c.document_id)
    else:
        joined = claims.join(documents, documents.c.id == claims.c.document_id)
    joined = (
        joined.outerjoin(actor_t, actor_t.c.id == claims.c.actor_id)
        .outerjoin(relay_t, relay_t.c.id == claims.c.relayed_by_id)
        .outerjoin(places, places.c.id == claims.c.place_id)
        .outerjoin(reviews, reviews.c.claim_key == claims.c.claim_key)
    )
    return sa.select(*_record_columns(lean)).select_from(joined)


def actor_ids(conn: sa.Connection, text: str) -> list[int]:
    """Ids of the actors whose name or any alias contains `text`, case-insensitive."""
    wanted = norm(text)
    by_name = sa.select(actors.c.id).where(sa.func.lower(actors.c.name).contains(wanted, autoescape=True))
    by_alias = sa.select(actor_aliases.c.actor_id).where(actor_aliases.c.alias_norm.contains(wanted, autoescape=True))
    return sorted(set(conn.execute(sa.union(by_name, by_alias)).scalars()))


def actor_condition(text: str) -> sa.ColumnElement[bool]:
    """Claims whose actor's name or any alias contains `text`, case-insensitive (as one subquery)."""
    wanted = norm(text)
    by_name = sa.select(actors.c.id).where(sa.func.lower(actors.c.name).contains(wanted, autoescape=True))
    by_alias = sa.select(actor_aliases.c.actor_id).where(actor_aliases.c.alias_norm.contains(wanted, autoescape=True))
    return claims.c.actor_id.in_(sa.union(by_name, by_alias).scalar_subquery())


def _ids_condition(column: sa.ColumnElement, ids: Sequence[int]) -> sa.ColumnElement[bool]:
    """column = id for one id (an index range the planner can read in order), IN for several."""
    if not ids:
        return sa.false()
    return column == ids[0] if len(ids) == 1 else column.in_(list(ids))


def in_values(dialect: str, column: sa.ColumnElement, values: Sequence) -> sa.ColumnElement[bool]:
    """column IN values; a long list is bound as ONE parameter (PostgreSQL: = ANY(array); SQLite: IN
    json_each(json)) instead of one per value, which costs more to compile and bind than to run."""
    values = list(values)
    if len(values) <= 100:
        return column.in_(values)
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == sa.any_(sa.bindparam(None, values, type_=ARRAY(column.type)))
    listed = sa.func.json_each(sa.bindparam(None, json.dumps(values), type_=sa.String))
    return column.in_(sa.select(sa.literal_column("value")).select_from(listed))


def place_ids_within(conn: sa.Connection, text: str) -> list[int]:
    """Ids of the places a name/alias denotes (exact, else substring) and of all places inside them."""
    wanted = norm(text)

    def matching(exact: bool) -> set[int]:
        name_col, alias_col = sa.func.lower(places.c.name), place_aliases.c.alias_norm
        if exact:
            name_cond, alias_cond = name_col == wanted, alias_col == wanted
        else:
            name_cond = name_col.contains(wanted, autoescape=True)
            alias_cond = alias_col.contains(wanted, autoescape=True)
        stmt = sa.union(sa.select(places.c.id).where(name_cond), sa.select(place_aliases.c.place_id).where(alias_cond))
        return set(conn.execute(stmt).scalars())

    roots = matching(True) or matching(False)
    if not roots:
        return []
    children: dict[int, list[int]] = {}
    merged: dict[int, int] = {}
    for pid, parent, into in conn.execute(sa.select(places.c.id, places.c.parent_id, places.c.merged_into_id)):
        if parent is not None:
            children.setdefault(parent, []).append(pid)
        if into is not None:
            merged[pid] = into
    found: set[int] = set()
    todo = list(roots) + [merged[r] for r in roots if r in merged]
    while todo:
        pid = todo.pop()
        if pid not in found:
            found.add(pid)
            todo.extend(children.get(pid, ()))
    return sorted(found)


def fts_query(text: str) -> str:
    """User words as an FTS5 query: each word, or "quoted phrase", becomes a quoted term (AND)."""
    parts = re.findall(r'"([^"]*)"|(\S+)', text)
    terms = [phrase or word for phrase, word in parts]
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms if re.search(r"\w", t)]
    return " ".join(quoted)


def _fts_hits(match: str) -> sa.ScalarSelect:
    return (
        sa.select(claims_fts.c.rowid)
        .where(sa.literal_column("claims_fts").op("MATCH")(sa.bindparam("fts_text", match)))
        .scalar_subquery()
    )


def text_condition(dialect: str, text: str, *, walk: bool = False) -> sa.ColumnElement[bool]:
    """Claims whose evidence sentence matches the words in `text`, through the full-text index.

    walk (SQLite): test membership as `id + 0 IN (matches)`, which the planner cannot answer by
    rowid lookups, so it reads claims in the order of another index and tests each one.
    """
    if dialect == "postgresql":
        # the stored tsvector of migration 0004 (GIN index ix_claims_evidence_fts)
        vector = sa.literal_column("claims.evidence_tsv")
        query = sa.func.websearch_to_tsquery(sa.literal_column("'english'"), sa.bindparam("fts_text", text))
        return vector.op("@@")(query)
    match = fts_query(text)
    if not match:
        return sa.false()
    return (claims.c.id + 0).in_(_fts_hits(match)) if walk else claims.c.id.in_(_fts_hits(match))


def _fts_walks(conn: sa.Connection, text: str, limit: int) -> bool:
    """SQLite: is walking the date index (testing FTS membership) cheaper than sorting every match?

    With m matches among n claims, the first `limit` in date order lie about limit * n / m index
    entries in; sorting costs about FTS_WALK_FACTOR entries' worth per match. Walking wins when
    m * m > limit * n / FTS_WALK_FACTOR, which a count of matches capped there tells cheaply.
    """
    match = fts_query(text)
    if not match:
        return False
    cap = _walk_cap(conn, limit, FTS_WALK_FACTOR)
    capped = (
        sa.select(claims_fts.c.rowid)
        .where(sa.literal_column("claims_fts").op("MATCH")(sa.bindparam("fts_text", match)))
        .limit(cap)
    )
    found = conn.execute(sa.select(sa.func.count()).select_from(capped.subquery())).scalar() or 0
    return found >= cap


def _walk_cap(conn: sa.Connection, limit: int, factor: int) -> int:
    """How many matches make walking the date index cheaper than sorting them (see `_fts_walks`)."""
    n = conn.execute(sa.select(sa.func.max(claims.c.id))).scalar() or 0
    return max(1000, math.isqrt(limit * n // factor) + 1)


def _ids_walk(conn: sa.Connection, column: sa.Column, ids: Sequence[int], limit: int) -> bool:
    """SQLite: should `column IN ids` be tested while walking the date index rather than sorted?

    One id needs neither: its (id, sort_date) index range is already in date order. For several,
    the same rule as `_fts_walks`, with IDS_WALK_FACTOR; the count reads only the covering
    (column, sort_date) index and stops at the cap.
    """
    if len(ids) < 2:
        return False
    cap = _walk_cap(conn, limit, IDS_WALK_FACTOR)
    capped = sa.select(column).where(column.in_(list(ids))).limit(cap)
    found = conn.execute(sa.select(sa.func.count()).select_from(capped.subquery())).scalar() or 0
    return found >= cap


def _never_null(column: sa.ColumnElement) -> bool:
    """A NOT NULL column of claims or documents (inner-joined): actors and places are outer-joined."""
    return getattr(column, "table", None) in (claims, documents) and not getattr(column, "nullable", True)


def _order_term(column: sa.ColumnElement, descending: bool, dialect: str | None) -> sa.ColumnElement:
    if dialect == "sqlite" and (descending or _never_null(column)):
        # SQLite sorts NULLs first ascending, last descending: DESC alone is already NULLS LAST, and a
        # column without NULLs needs no clause; an index can only serve the order without one
        return column.desc() if descending else column.asc()
    return (column.desc() if descending else column.asc()).nulls_last()


def order_by(keys: Sequence[str], dialect: str | None = None) -> list[sa.ColumnElement]:
    """ORDER BY terms for `keys` ("-key" descending), NULLs last, claim id as the final tie-break."""
    terms: list[sa.ColumnElement] = []
    for key in keys:
        column = ORDER_KEYS.get(key.lstrip("-"))
        if column is None:
            raise ValueError(f"cannot order by {key!r}; use one of: {', '.join(ORDER_KEYS)}")
        terms.append(_order_term(column, key.startswith("-"), dialect))
    if not any(k.lstrip("-") == "id" for k in keys):
        terms.append(claims.c.id.asc())
    return terms


def _conditions(conn: sa.Connection, flt: ClaimFilter, walk_limit: int | None = None) -> list[sa.ColumnElement[bool]]:
    """The WHERE conditions of a filter but its text (resolving actor and place names to ids first).

    walk_limit (SQLite, date order): an actor or place id list that matches many claims is written
    so that the planner walks the date index and stops after this many (see `_ids_walk`).
    """
    where: list[sa.ColumnElement[bool]] = []
    for name, column, resolve in (("actor", claims.c.actor_id, actor_ids), ("place", claims.c.place_id,
                                                                            place_ids_within)):  # fmt: skip
        wanted = getattr(flt, name)
        if not wanted:
            continue
        ids = resolve(conn, wanted)
        if walk_limit is not None and _ids_walk(conn, column, ids, walk_limit):
            where.append((column + 0).in_(ids))
        else:
            where.append(_ids_condition(column, ids))
    if flt.since is not None:
        where.append(effective_date >= _as_date(flt.since, "since"))
    if flt.until is not None:
        where.append(effective_date <= _as_date(flt.until, "until"))
    if flt.kind:
        kinds = [flt.kind] if isinstance(flt.kind, str) else list(flt.kind)
        where.append(claims.c.kind.in_([k.strip().lower() for k in kinds]))
    if flt.min_confidence is not None:
        where.append(claims.c.confidence >= flt.min_confidence)
    if flt.subject:  # IS NOT NULL: what the subject index covers (partial, migration 0007)
        where += [sa.func.lower(claims.c.subject) == flt.subject.strip().lower(), claims.c.subject.is_not(None)]
    if flt.document is not None:
        doc = flt.document
        where.append(documents.c.id == doc if isinstance(doc, int) else documents.c.name == doc)
    if flt.document_ids is not None:
        wanted = sorted(set(flt.document_ids))
        if len(wanted) <= 1:
            where.append(_ids_condition(claims.c.document_id, wanted))
        else:
            where.append(in_values(conn.dialect.name, claims.c.document_id, wanted))
    if flt.has_subject is not None:
        where.append(claims.c.subject.is_not(None) if flt.has_subject else claims.c.subject.is_(None))
    if flt.claim_id:
        where.append(claims.c.claim_key == flt.claim_id.strip().lower())
    if flt.review_status:
        status = flt.review_status.strip().lower()
        if status in ("unreviewed", "none"):
            where.append(reviews.c.status.is_(None))
        elif status not in REVIEW_STATUSES:
            raise ValueError(f"unknown review status {status!r}; use one of {', '.join(REVIEW_STATUSES)}")
        else:
            where.append(reviews.c.status == status)
    if not flt.include_rejected and flt.review_status != "rejected":
        where.append(sa.or_(reviews.c.status.is_(None), reviews.c.status != "rejected"))
    if flt.sort_range is not None and flt.sort_range[1] is not None:
        where.append(effective_date < flt.sort_range[1])
    return where


def _range_start(flt: ClaimFilter) -> dt.date | None:
    """The start of `flt.sort_range`: its condition depends on the statement (see `_from_start`)."""
    return flt.sort_range[0] if flt.sort_range is not None else None


def _from_start(start: dt.date) -> sa.ColumnElement[bool]:
    """Claims dated on or after `start`, and the undated ones (which sort last)."""
    return sa.or_(effective_date >= start, effective_date.is_(None))


def build_claims_query(conn: sa.Connection, flt: ClaimFilter) -> sa.Select:
    """The SELECT for a filter as one statement (needs a connection to resolve actors and places).

    `query_claims` returns exactly its rows, but on SQLite reads them with `claims_statements`.
    """
    where = _conditions(conn, flt)
    if (start := _range_start(flt)) is not None:
        where.append(_from_start(start))
    if _has_text(flt):
        where.append(text_condition(conn.dialect.name, flt.text))  # type: ignore[arg-type]
    stmt = claims_select().where(*where).order_by(*order_by(flt.order, conn.dialect.name))
    if flt.limit is not None:
        stmt = stmt.limit(flt.limit)
    return stmt


def _has_text(flt: ClaimFilter) -> bool:
    return bool(flt.text and flt.text.strip())


def claims_statements(
    conn: sa.Connection, flt: ClaimFilter, select: Callable[[], sa.Select] | None = None
) -> list[sa.Select]:
    """The (lean) statements whose rows, one after the other and cut at `flt.limit`, answer the filter.

    One statement, except on SQLite in date order: the dated claims in (sort_date, id) index order,
    then the undated ones by id -- ORDER BY sort_date NULLS LAST, id without sorting every row.
    No LIMIT is set: the caller limits what remains. `select`: the SELECT to filter (the lean
    `claims_select` by default; it must select from claims outer-joined to documents and reviews).
    """
    select = select or (lambda: claims_select(lean=True))
    dialect = conn.dialect.name
    keys = list(flt.order)
    date_walk = dialect == "sqlite" and bool(keys) and keys[0] in DATE_KEYS and flt.limit is not None
    where = _conditions(conn, flt, walk_limit=flt.limit if date_walk else None)
    text = flt.text if _has_text(flt) else None
    start = _range_start(flt)
    if dialect != "sqlite" or not keys or keys[0] not in DATE_KEYS:
        if start is not None:
            where.append(_from_start(start))
        if text is not None:
            where.append(text_condition(dialect, text))
        return [select().where(*where).order_by(*order_by(keys, dialect))]
    rest = order_by(keys[1:], dialect)  # keys[0] is the date: the id tie-break is added as before
    dated_where, undated_where = [*where, effective_date.is_not(None)], [*where, effective_date.is_(None)]
    if start is not None:  # a range on the index the dated claims are read from; the undated all belong
        dated_where.append(effective_date >= start)
    if text is not None:
        walk = flt.limit is not None and _fts_walks(conn, text, flt.limit)
        dated_where.append(text_condition(dialect, text, walk=walk))
        undated_where.append(text_condition(dialect, text))
    dated = select().where(*dated_where).order_by(effective_date.asc(), *rest)
    undated = select().where(*undated_where).order_by(*rest)
    return [dated, undated]


def _iso(value: dt.date | str | None, precision: str | None) -> str | None:
    """A date at its precision, as DateRef.iso() writes it: 2024-10-23, 2024-10, 2024."""
    if value is None:
        return None
    key = (value, precision)
    text = _ISO_SEEN.get(key)
    if text is None:
        if len(_ISO_SEEN) >= 4096:
            _ISO_SEEN.clear()
        text = _ISO_SEEN[key] = date_text(value, precision)
    return text


_ISO_SEEN: dict[tuple, str] = {}  # claims share few dates: format each (date, precision) once


def _record_values(row: Sequence) -> list:
    """A row of `claims_select()` as ClaimRecord field values, in EXPORT_COLUMNS order."""
    return _convert(list(row))


def _convert(values: list) -> list:
    """Converts, in place, a row's values of `claims_select()` to ClaimRecord field values."""
    for i in _FLOATS:  # REAL / double precision columns: floats already, as the model wants them
        if values[i].__class__ is int:
            values[i] = float(values[i])
    published = values[_PUBLISHED]
    if isinstance(published, str):
        values[_PUBLISHED] = dt.date.fromisoformat(published)
    values[_CLAIM_DATE] = _iso(values[_CLAIM_DATE], values[_DATE_PRECISION])
    values[_EVENT_DATE] = _iso(values[_EVENT_DATE], values[_EVENT_PRECISION])
    values[_VAGUE] = bool(values[_VAGUE])
    values[_FORECAST] = bool(values[_FORECAST])
    values[_REASONS] = list(parse_reasons(values[_REASONS]))  # a list of its own per record
    return values


def parse_reasons(reasons: str | None) -> tuple[str, ...]:
    """claims.confidence_reasons (a JSON list of strings, or NULL/empty) as a tuple."""
    if not reasons:
        return ()
    parsed = _REASONS_SEEN.get(reasons)
    if parsed is None:
        if len(_REASONS_SEEN) >= 4096:
            _REASONS_SEEN.clear()
        loaded = json.loads(reasons)
        if not isinstance(loaded, list) or not all(isinstance(r, str) for r in loaded):
            raise ValueError(f"claims.confidence_reasons is not a JSON list of strings: {reasons[:80]!r}")
        parsed = _REASONS_SEEN[reasons] = tuple(loaded)
    return parsed


# confidence_reasons repeat a lot (they are built from a few templates): parse each text once
_REASONS_SEEN: dict[str, tuple] = {}


def record_from_row(row: Sequence) -> ClaimRecord:
    """A ClaimRecord from a row of `claims_select()`."""
    from claimtrack.storage.records_build import build_record

    return build_record(dict(zip(EXPORT_COLUMNS, _record_values(row), strict=True)))


def _batches(conn: sa.Connection, statements: list[sa.Select], limit: int | None, batch: int) -> Iterator[list]:
    """The rows of `statements`, one after the other and cut at `limit`, in lists of up to `batch`."""
    remaining = limit
    for stmt in statements:
        if remaining is not None:
            if remaining <= 0:
                return
            stmt = stmt.limit(remaining)
        # SQLite: the driver's rows (tuples), fetched lazily, without SQLAlchemy's Row objects (a
        # quarter of the time to read a claim); PostgreSQL: larger results from a server-side cursor
        sqlite = conn.dialect.name == "sqlite"
        options = {"yield_per": batch} if not sqlite and (remaining is None or remaining > batch) else {}
        result = conn.execute(stmt, execution_options=options)
        fetch = result.cursor.fetchmany if sqlite and result.cursor is not None else result.fetchmany
        try:
            while rows := fetch(batch):
                if remaining is not None:
                    remaining -= len(rows)
                yield rows
        finally:
            result.close()


_N = len(EXPORT_COLUMNS)
_DOCUMENT, _OUTLET, _TITLE, _URL = _I["document"], _I["outlet"], _I["document_title"], _I["url"]
_ACTOR, _ROLE, _AFFILIATION, _ACTOR_KIND = _I["actor"], _I["actor_role"], _I["actor_affiliation"], _I["actor_kind"]
_RELAYED_BY, _PLACE, _COUNTRY = _I["relayed_by"], _I["place"], _I["place_country"]
_LOOKUP_LIMIT = 100_000  # documents remembered per query; forgotten (and read again as needed) beyond


class _Lookups:
    """The document, actor and place fields of lean rows, read by id from those tables per batch.

    What the joins of `claims_select()` give, read once per distinct id instead of once per claim
    (a million claims cite ten thousand documents); remembered for one query only.
    """

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.documents: dict[int, tuple] = {}
        self.actors: dict[int, tuple] = {}
        self.places: dict[int, tuple] = {}

    def _read(self, known: dict[int, tuple], wanted: set, columns: list[sa.Column]) -> None:
        wanted.discard(None)
        if len(known) >= _LOOKUP_LIMIT:  # forget what earlier batches needed (before seeing what is known)
            known.clear()
        wanted.difference_update(known)
        if not wanted:
            return
        ids, id_column = sorted(wanted), columns[0]
        for start in range(0, len(ids), 5000):
            chunk = ids[start : start + 5000]
            for row in self.conn.execute(sa.select(*columns).where(id_column.in_(chunk))):
                known[row[0]] = tuple(_as_date(v, "published") if v.__class__ is str and c.type.__class__ is sa.Date
                                      else v for v, c in zip(row[1:], columns[1:], strict=True))  # fmt: skip

    def values(self, rows: list) -> Iterator[list]:
        """Each lean row as the values a full row of `claims_select()` has (before `_record_values`)."""
        d = documents.c
        self._read(self.documents, {r[_N] for r in rows}, [d.id, d.name, d.outlet, d.published, d.title, d.url])
        a = actors.c
        self._read(self.actors, {r[_N + 1] for r in rows} | {r[_N + 2] for r in rows},
                   [a.id, a.name, a.role, a.affiliation, a.kind])  # fmt: skip
        self._read(self.places, {r[_N + 3] for r in rows}, [places.c.id, places.c.name, places.c.country])
        docs, actor_rows, place_rows = self.documents, self.actors, self.places
        for row in rows:
            values = list(row)
            document_id, actor_id, relayed_by_id, place_id = values[_N:]
            del values[_N:]
            doc = docs.get(document_id)
            if doc is None:  # cannot happen (foreign key); the inner join would drop the claim
                continue
            values[_DOCUMENT], values[_OUTLET], values[_PUBLISHED], values[_TITLE], values[_URL] = doc
            if actor_id is not None and (actor := actor_rows.get(actor_id)) is not None:
                values[_ACTOR], role, values[_AFFILIATION], values[_ACTOR_KIND] = actor
                if values[_ROLE] is None:  # COALESCE(claims.actor_role, actor.role)
                    values[_ROLE] = role
            if relayed_by_id is not None and (relay := actor_rows.get(relayed_by_id)) is not None:
                values[_RELAYED_BY] = relay[0]
            if place_id is not None and (place := place_rows.get(place_id)) is not None:
                values[_PLACE], values[_COUNTRY] = place
            yield _convert(values)


def _streams(conn: sa.Connection, flt: ClaimFilter, batch: int) -> bool:
    """Exports read with `_pg_stream` on PostgreSQL when more rows than one batch may come.

    Not query_claims: a few thousand claims (compare) come sooner from a server-side cursor, whose
    plan starts at once, than from the plan for the whole result, which sorts before sending.
    """
    return conn.dialect.name == "postgresql" and (flt.limit is None or flt.limit > batch)


def _pg_stream(conn: sa.Connection, stmt: sa.Select, batch: int) -> Iterator[Sequence]:
    """PostgreSQL: the rows of `stmt`, sent by the server while this process reads them.

    A server-side cursor makes the server wait for each FETCH and this process wait for each
    answer; psycopg's stream() (libpq chunked rows) lets both run at once, so the server's joins
    cost no time here. It runs in the connection's transaction (begun by a first statement);
    closing the iterator early cancels the query, which leaves that transaction aborted until the
    connection goes back to the pool (rolled back there).
    """
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    if getattr(compiled, "_bind_processors", None):  # none for our statements on psycopg; never skip one
        raise AssertionError("a bound value needs SQLAlchemy's processing: stream() cannot send it as is")
    if not conn.in_transaction():
        conn.exec_driver_sql("SELECT 1")  # BEGIN: one snapshot, as with conn.execute
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        yield from cursor.stream(str(compiled), compiled.params, size=batch)
    finally:
        cursor.close()


def _claim_values(conn: sa.Connection, flt: ClaimFilter, batch: int, *, stream: bool = False) -> Iterator[list]:
    if stream and _streams(conn, flt, batch):
        for row in _pg_stream(conn, build_claims_query(conn, flt), batch):
            yield _record_values(row)
        return
    lookups = _Lookups(conn)
    for rows in _batches(conn, claims_statements(conn, flt), flt.limit, batch):
        yield from lookups.values(rows)


def query_claims(store: Store, flt: ClaimFilter | None = None) -> Iterator[ClaimRecord]:
    """Stream the claims a filter selects, in a stable order.

    Holds a connection until the iterator is exhausted or closed; close it (or exhaust it) before
    writing to a SQLite store from the same thread.
    """
    flt = flt or ClaimFilter()
    from claimtrack.storage.records_build import build_record

    build, columns = build_record, EXPORT_COLUMNS
    with store.read() as conn:
        for values in _claim_values(conn, flt, STREAM_BATCH):
            yield build(dict(zip(columns, values, strict=True)))


def claim_rows(store: Store, flt: ClaimFilter | None = None) -> Iterator[list]:
    """Like `query_claims`, but each claim as a list of ClaimRecord field values in EXPORT_COLUMNS
    order, without building a record: what the exports stream.
    """
    flt = flt or ClaimFilter()
    with store.read() as conn:
        yield from claim_rows_on(conn, flt)


def claim_rows_on(conn: sa.Connection, flt: ClaimFilter) -> Iterator[list]:
    """`claim_rows` on a connection the caller holds (and whose transaction, or snapshot, it chose)."""
    yield from _claim_values(conn, flt, EXPORT_BATCH, stream=True)


def get_claim(store: Store, claim_key: str) -> ClaimRecord | None:
    """One claim by its id (rejected ones included), or None."""
    found = list(query_claims(store, ClaimFilter(claim_id=claim_key, include_rejected=True, limit=1)))
    return found[0] if found else None


def claim_mentions(store: Store, claim_key: str) -> list[tuple[str, int, int]]:
    """Every place the document states the claim: (sentence, start, end), in text order."""
    with store.read() as conn:
        claim_id = conn.execute(sa.select(claims.c.id).where(claims.c.claim_key == claim_key.strip().lower())).scalar()
        if claim_id is None:
            raise NotFound(f"no claim {claim_key!r}; claim ids are the 12-character ids `query` shows")
        rows = conn.execute(
            sa.select(mentions.c.sentence, mentions.c.start, mentions.c.end)
            .where(mentions.c.claim_id == claim_id)
            .order_by(mentions.c.start, mentions.c.id)
        )
        return [(r.sentence, r.start, r.end) for r in rows]


def get_document_text(store: Store, document: int | str) -> str:
    """The stored text of a document, by id or name (the newest of that name).

    Evidence offsets of the document's claims point into this text.
    """
    with store.read() as conn:
        text: str | None = None
        if isinstance(document, str):
            text = conn.execute(
                sa.select(documents.c.text).where(documents.c.name == document).order_by(documents.c.id.desc())
            ).scalar()
            if text is None and document.isdigit():
                document = int(document)
        if isinstance(document, int):
            text = conn.execute(sa.select(documents.c.text).where(documents.c.id == document)).scalar()
    if text is None:
        raise NotFound(f"no document {document!r}; see `claimtrack sources` for stored documents")
    return text
