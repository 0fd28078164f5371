"""Storing documents and their claims: idempotent by document identity (name and text), each all-or-nothing.

Writing is split in two so that the expensive half can run in the extraction workers:

- `prepare_document` (pure, no database; runs where the claims were extracted) turns a document and
  its claims into plain tuples: the document row, one row per claim (claim keys computed, repeats
  merged, dates in the dialect's storage form) with actor/place *names* where ids go, the mention
  rows, and the actors/places the claims refer to (alias forms already normalised). A
  `PreparedDocument` pickles small and fast, unlike the Pydantic models.
- `write_prepared` stores a batch of them in ONE transaction with a few multi-row INSERTs (claims and
  mentions by COPY on PostgreSQL, `pg_copy`):
  documents (ON CONFLICT DO NOTHING RETURNING: what was not inserted was already stored, and is
  "unchanged"; this is also how a concurrent writer of the same text is detected), actors/places
  and aliases not yet in the Store's cache, claims (with ids taken first, `claim_ids`) and their
  mentions, which name those ids (no lookup of each mention's claim by its key).

On SQLite, claims and mentions go by the sqlite3 module's `executemany` of a one-row INSERT: ~25%
less CPU per claim than multi-row VALUES of 512 rows (SQLite runs a VALUES list as a co-routine
that copies every value once more, and the parameters need no flattening; `writer_cost.py`). The
documents, whose ids come back by RETURNING, keep multi-row VALUES, as do other statements with
RETURNING; row counts per statement are powers of two, so only a handful of statement texts exist
and each is prepared once per connection. The claims' full-text rows are added by one statement
per write (`fts_sync`, since migration 0007) instead of a trigger per row: FTS5 writes a new
segment for every statement that adds to it.

A batch is all-or-nothing too; when it fails, `write_prepared` redoes it one transaction per
document, so every other document is stored and each failing one is reported with its error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any, Literal, NamedTuple

import sqlalchemy as sa

from claimtrack.extraction.gazetteer import Gazetteer
from claimtrack.records import ExtractedClaim, SourceDocument
from claimtrack.storage.claim_ids import new_claim_ids
from claimtrack.storage.entities import ActorSpec, ActorSpecs, EntityResolver, PlaceSpec, place_spec
from claimtrack.storage.fts_sync import index_claims_after, last_claim_id
from claimtrack.storage.packed import has_pack, pack_view
from claimtrack.storage.pg_copy import copy_rows
from claimtrack.storage.schema import claims as claims_t
from claimtrack.storage.schema import documents
from claimtrack.storage.store import Store

Status = Literal["new", "unchanged", "replaced"]


@dataclass(frozen=True)
class StoredDocument:
    """What `store_document` did: "new", "unchanged" (already stored: nothing written) or "replaced"."""

    status: Status
    document_id: int
    n_claims: int


# Column orders of the rows `prepare_document` builds (the write adds ingested_at / the ids).
DOC_COLUMNS = (
    "content_hash", "identity", "name", "title", "outlet", "url", "published", "text", "source_path", "n_claims",
)  # fmt: skip
CLAIM_ID_COLUMNS = ("document_id", "actor_id", "relayed_by_id", "place_id")
CLAIM_VALUE_COLUMNS = (
    "claim_key", "attribution", "actor_raw", "actor_role", "kind", "subject",
    "quantity_low", "quantity_high", "quantity_unit", "quantity_qualifier", "quantity_raw", "vague", "multiplier",
    "place_raw", "claim_date", "sort_date", "claim_date_precision", "claim_date_raw",
    "event_date", "event_date_precision", "event_date_raw", "forecast",
    "confidence", "reliability", "credibility", "estimative", "confidence_reasons",
    "evidence", "evidence_start", "evidence_end", "n_mentions", "packed_view",
)  # fmt: skip
MENTION_COLUMNS = ("claim_id", "sentence", "start", "end")
_ROW_PARAMS = 30_000  # bound parameters per statement (SQLite allows 32,766, PostgreSQL 65,535)
_MAX_ROWS = 512  # rows per statement at most (a power of two)


class PreparedDocument(NamedTuple):
    """A document and its claims as rows ready to insert (see `prepare_document`)."""

    name: str
    identity: str  # `SourceDocument.identity`: name and text; also the seed of its claim keys (`key_from_seed`)
    values: tuple[Any, ...]  # DOC_COLUMNS
    claims: tuple[tuple[Any, ...], ...]  # (actor name, relayed-by name, place name, *CLAIM_VALUE_COLUMNS)
    mentions: tuple[tuple[str, str, int, int], ...]  # (claim_key, sentence, start, end)
    actors: tuple[ActorSpec, ...]  # each actor the claims name, once, in order of first mention
    places: tuple[PlaceSpec, ...]
    claim_ids: tuple[str, ...]  # `ExtractedClaim.key()` of each claim: to key them anew from another seed

    @property
    def n_claims(self) -> int:
        return len(self.claims)


def claim_key(document_hash: str, claim: ExtractedClaim) -> str:
    """The stable id of a claim: 12 hex chars of SHA-256 over (its document's seed hash, claim.key())."""
    return key_from_seed(document_hash, claim.key())


def key_from_seed(seed: str, claim_id: str) -> str:
    """`claim_key` from the document's seed hash and the claim's `ExtractedClaim.key()`."""
    return hashlib.sha256(f"{seed}\n{claim_id}".encode()).hexdigest()[:12]


def merge_repeats(claims: list[ExtractedClaim]) -> dict[str, ExtractedClaim]:
    """Claims by `ExtractedClaim.key()`, in order; a repeated claim adds its mentions to the first reading."""
    out: dict[str, ExtractedClaim] = {}
    for claim in claims:
        key = claim.key()
        first = out.get(key)
        if first is None:
            out[key] = claim
        else:
            seen = {(m.start, m.end) for m in first.mentions}
            extra = [m for m in claim.mentions if (m.start, m.end) not in seen]
            if extra:
                out[key] = first.model_copy(update={"mentions": [*first.mentions, *extra]})
    return out


def _date_value(dialect: str) -> Any:
    """How a date is bound: SQLite stores ISO text (as SQLAlchemy's Date does), PostgreSQL a date."""
    if dialect == "sqlite":
        return lambda d: None if d is None else d.isoformat()
    return lambda d: d


@lru_cache(maxsize=4096)
def _reasons_json(reasons: tuple[str, ...]) -> str:
    """json.dumps of a confidence's reasons: a few hundred distinct lists, each encoded once per process."""
    return json.dumps(list(reasons))


def _claim_row(key: str, claim: ExtractedClaim, doc: SourceDocument, date: Any) -> tuple[Any, ...]:
    q, conf, ev = claim.quantity, claim.confidence, claim.evidence
    cd, ed, actor, place = claim.claim_date, claim.event_date, claim.actor, claim.place
    kind, subject = claim.kind, claim.subject
    claim_date, published = (cd.value if cd else None), doc.published
    if q is None:
        low = high = unit = qualifier = raw = multiplier = None
        vague = False
    else:
        low, high, unit, qualifier, raw = q.low, q.high, q.unit, q.qualifier, q.raw
        multiplier, vague = q.multiplier, q.vague
    precision = cd.precision if cd else None
    packed = None  # most claims store none: the pack's arguments are gathered only for those that do
    if has_pack(kind, subject):
        packed = pack_view(
            doc.name, doc.outlet, published, kind, low, high, qualifier, raw, vague, claim_date,
            precision, conf.score, conf.reliability, conf.credibility, subject,
        )  # fmt: skip
    return (
        actor.name if actor else None,
        claim.relayed_by.name if claim.relayed_by else None,
        place.name if place else None,
        # CLAIM_VALUE_COLUMNS
        key,
        claim.attribution,
        actor.raw if actor else None,
        actor.role if actor else None,
        kind,
        subject,
        low,
        high,
        unit,
        qualifier,
        raw,
        vague,
        multiplier,
        place.raw if place else None,
        date(claim_date),
        date(claim_date or published),
        precision,
        cd.raw if cd else None,
        date(ed.value if ed else None),
        ed.precision if ed else None,
        ed.raw if ed else None,
        claim.forecast,
        conf.score,
        conf.reliability,
        conf.credibility,
        conf.estimative,
        _reasons_json(tuple(conf.reasons)),
        ev.sentence,
        ev.start,
        ev.end,
        len(claim.mentions),
        packed,
    )


def prepare_document(
    doc: SourceDocument, claims: list[ExtractedClaim], dialect: str, identity: str | None = None
) -> PreparedDocument:
    """The rows that store `doc` and its `claims` (pure: run it where the claims were extracted).

    `dialect` ("sqlite" or "postgresql") decides how dates are bound; `identity` is `doc.identity`
    when the caller has hashed it already.
    """
    doc_hash = doc.identity if identity is None else identity
    by_id = merge_repeats(claims)
    keyed = {key_from_seed(doc_hash, claim_id): claim for claim_id, claim in by_id.items()}
    date = _date_value(dialect)
    actors = ActorSpecs()
    places: dict[str, PlaceSpec] = {}
    for claim in keyed.values():
        if claim.actor is not None:
            actors.add(claim.actor)
        if claim.relayed_by is not None:
            actors.add(claim.relayed_by)
        if claim.place is not None and claim.place.name not in places:
            places[claim.place.name] = place_spec(claim.place)
    values = (doc_hash, doc_hash, doc.name, doc.title, doc.outlet, doc.url, date(doc.published), doc.text,
              doc.source_path, len(keyed))  # fmt: skip
    return PreparedDocument(
        name=doc.name,
        identity=doc_hash,
        values=values,
        claims=tuple(_claim_row(key, claim, doc, date) for key, claim in keyed.items()),
        mentions=tuple((key, m.sentence, m.start, m.end) for key, claim in keyed.items() for m in claim.mentions),
        actors=actors.specs(),
        places=tuple(places.values()),
        claim_ids=tuple(by_id),
    )


def _keyed_from(item: PreparedDocument, seed: str) -> PreparedDocument:
    """The document with its claim keys made from `seed` (the stored document's, when it predates 0009), so that
    re-extracting it keeps the keys its claims had, and their reviews."""
    keys = {row[3]: key_from_seed(seed, claim_id) for row, claim_id in zip(item.claims, item.claim_ids, strict=True)}
    return item._replace(
        claims=tuple((*row[:3], keys[row[3]], *row[4:]) for row in item.claims),
        mentions=tuple((keys[m[0]], *m[1:]) for m in item.mentions),
    )


def stored_identities(store: Store, identities: Iterable[str]) -> set[str]:
    """Which of these document identities are stored already (one indexed query; for skipping extraction).

    Run by each worker for every task of ~32 documents: a driver statement (cached per count of
    identities) instead of a Core select, which cost ~0.2 ms a task (~0.08 now) to build, compile and bind.
    """
    wanted = sorted(set(identities))
    if not wanted:
        return set()
    with store.read() as conn:
        dialect = conn.dialect
        sql = _identities_sql(dialect.paramstyle, len(wanted))
        return {row[0] for row in conn.exec_driver_sql(sql, tuple(wanted))}


@lru_cache(maxsize=64)
def _identities_sql(paramstyle: str, n: int) -> str:
    """SELECT the identities among n placeholders, in the driver's positional style."""
    mark = "?" if paramstyle == "qmark" else "%s"
    return f"SELECT identity FROM documents WHERE identity IN ({', '.join([mark] * n)})"


# --- storing --------------------------------------------------------------------------------------
def store_document(
    store: Store,
    doc: SourceDocument,
    claims: list[ExtractedClaim],
    *,
    replace: bool = False,
    gazetteer: Gazetteer | None = None,
) -> StoredDocument:
    """Store a document and its claims in one transaction.

    The same text stored again is "unchanged" and writes nothing, unless ``replace=True``
    (re-extraction): then its claims are replaced by `claims` ("replaced"); claim keys of claims
    that are read the same way again do not change, so their reviews still apply.
    """
    return _write(store, [prepare_document(doc, claims, store.dialect)], replace, gazetteer)[0]


def store_documents(
    store: Store,
    items: Iterable[tuple[SourceDocument, list[ExtractedClaim]]],
    *,
    replace: bool = False,
    batch_size: int = 100,
    gazetteer: Gazetteer | None = None,
) -> Iterator[StoredDocument]:
    """Store many documents, committing once per `batch_size` documents (faster than one by one).

    Results are yielded as each batch commits. Each document stays all-or-nothing: when one fails,
    its batch is rolled back and redone one transaction per document, so the documents before it
    are stored and its error propagates.
    """
    batch: list[PreparedDocument] = []
    for doc, claims in items:
        batch.append(prepare_document(doc, claims, store.dialect))
        if len(batch) >= batch_size:
            yield from _results_or_raise(write_prepared(store, batch, replace=replace, gazetteer=gazetteer))
            batch = []
    if batch:
        yield from _results_or_raise(write_prepared(store, batch, replace=replace, gazetteer=gazetteer))


def _results_or_raise(results: list[StoredDocument | Exception]) -> Iterator[StoredDocument]:
    for result in results:
        if isinstance(result, Exception):
            raise result
        yield result


def write_prepared(
    store: Store,
    batch: Sequence[PreparedDocument],
    *,
    replace: bool = False,
    gazetteer: Gazetteer | None = None,
) -> list[StoredDocument | Exception]:
    """Store prepared documents in one transaction; the result (or the error) of each, in order.

    When the batch fails, it is rolled back and redone one transaction per document, so a bad
    document costs only itself: its entry is the exception, every other document is stored.
    """
    if not batch:
        return []
    try:
        return list(_write(store, batch, replace, gazetteer))
    except Exception as err:  # noqa: BLE001 - retried document by document below
        if len(batch) == 1:
            return [err]
    results: list[StoredDocument | Exception] = []
    for item in batch:
        try:
            results.append(_write(store, [item], replace, gazetteer)[0])
        except Exception as err:  # noqa: BLE001 - the caller reports it; the others go on
            results.append(err)
    return results


def _write(
    store: Store, batch: Sequence[PreparedDocument], replace: bool, gazetteer: Gazetteer | None
) -> list[StoredDocument]:
    """Write documents in one transaction (retried whole on lock contention); publish new ids on commit."""
    resolvers: list[EntityResolver] = []

    def work(conn: sa.Connection) -> list[StoredDocument]:
        resolvers.clear()
        if conn.dialect.name == "sqlite":
            _tune_sqlite_writer(conn)
        resolver = EntityResolver(conn, store.entities, gazetteer)
        resolvers.append(resolver)
        results: list[StoredDocument] = []
        for part in _without_repeated_documents(batch):
            results += _write_part(conn, part, replace, resolver)
        return results

    results = store.run_write(work)
    for done in resolvers:
        done.commit()
    return results


# A batch of claims dirties pages all over the claims indexes (claim keys are random): with SQLite's
# default 2 MB page cache they are read back from the file for every batch, and the WAL is copied back
# into the database every 1,000 pages (4 MB), i.e. several times per batch. A 64 MB cache and a
# 32 MB WAL between checkpoints: 5x fewer page reads, 30% fewer writes; the main process's CPU time
# at 100,000 documents went from 1.27 to 1.12 ms a document (2 cores shared, one run each).
# (WAL with synchronous=NORMAL, set for every connection by the engine, loses no committed
# transaction when the process is killed; only an OS crash or power loss can undo the last ones.)
# The checkpoint interval is counted in pages: 32 MB of the store's own page size (16 KB in a store
# made since stop 25, 4 KB before; `engine.SQLITE_PAGE_SIZE`).
_SQLITE_CACHE_PRAGMA = "PRAGMA cache_size = -65536"
_SQLITE_WAL_BYTES = 32 << 20


def _tune_sqlite_writer(conn: sa.Connection) -> None:
    """Set the writer pragmas once per database connection (they last as long as it does)."""
    info = conn.connection.info
    if not info.get("claimtrack_writer"):
        conn.exec_driver_sql(_SQLITE_CACHE_PRAGMA)
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
        conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {_SQLITE_WAL_BYTES // page_size}")
        info["claimtrack_writer"] = True


def _without_repeated_documents(batch: Sequence[PreparedDocument]) -> Iterator[Sequence[PreparedDocument]]:
    """The batch in consecutive parts in which no document occurs twice (a later copy sees the first stored)."""
    seen: set[str] = set()
    start = 0
    for i, item in enumerate(batch):
        if item.identity in seen:
            yield batch[start:i]
            seen.clear()
            start = i
        seen.add(item.identity)
    yield batch[start:]


def _write_part(
    conn: sa.Connection, part: Sequence[PreparedDocument], replace: bool, resolver: EntityResolver
) -> list[StoredDocument]:
    dialect = conn.dialect.name
    now = dt.datetime.now(dt.UTC)
    ingested_at: Any = now.strftime("%Y-%m-%d %H:%M:%S.%f") if dialect == "sqlite" else now
    inserted = dict(
        # no conflict target: a racing writer's copy may collide on content_hash (a new document's is its identity)
        _insert_rows(conn, "documents", (*DOC_COLUMNS, "ingested_at"), [(*p.values, ingested_at) for p in part],
                     returning="ON CONFLICT DO NOTHING RETURNING identity, id")
    )  # fmt: skip
    existing: dict[str, Any] = {}
    if len(inserted) < len(part):
        wanted = sorted({p.identity for p in part} - inserted.keys())
        rows = conn.execute(
            sa.select(documents.c.identity, documents.c.id, documents.c.n_claims, documents.c.content_hash).where(
                documents.c.identity.in_(wanted)
            )
        )
        existing = {r.identity: r for r in rows}
    results: list[StoredDocument] = []
    to_fill: list[tuple[int, PreparedDocument]] = []
    for item in part:
        doc_id = inserted.get(item.identity)
        if doc_id is not None:
            results.append(StoredDocument("new", doc_id, item.n_claims))
            to_fill.append((doc_id, item))
            continue
        row = existing[item.identity]
        if not replace:
            results.append(StoredDocument("unchanged", row.id, row.n_claims))
            continue
        if row.content_hash != item.identity:  # stored before migration 0009: its claims keep their keys
            item = _keyed_from(item, row.content_hash)
        conn.execute(sa.delete(claims_t).where(claims_t.c.document_id == row.id))
        values = dict(zip(DOC_COLUMNS, item.values, strict=True))
        values.pop("content_hash")
        values.pop("identity")
        conn.execute(documents.update().where(documents.c.id == row.id), _unbound_dates(dialect, values))
        results.append(StoredDocument("replaced", row.id, item.n_claims))
        to_fill.append((row.id, item))
    if any(item.claims for _, item in to_fill):
        _insert_claims(conn, to_fill, resolver)
    return results


def _unbound_dates(dialect: str, values: dict[str, Any]) -> dict[str, Any]:
    """Values for a Core statement: the ISO text `prepare_document` made for SQLite back to a date."""
    if dialect == "sqlite" and isinstance(values.get("published"), str):
        values["published"] = dt.date.fromisoformat(values["published"])
    values["ingested_at"] = dt.datetime.now(dt.UTC)
    return values


def _insert_claims(conn: sa.Connection, to_fill: list[tuple[int, PreparedDocument]], resolver: EntityResolver) -> None:
    actor_specs = [spec for _, item in to_fill for spec in item.actors]
    place_specs = [spec for _, item in to_fill for spec in item.places]
    if actor_specs:
        resolver.resolve_actors(actor_specs)
    if place_specs:
        resolver.resolve_places(place_specs)
    actor_id, place_id = resolver.actor_ids_map().get, resolver.place_ids_map().get  # .get(None) is None
    n_claims = sum(len(item.claims) for _, item in to_fill)
    ids = new_claim_ids(conn, n_claims)
    last_id = last_claim_id(conn, ids[0] - 1)
    next_id = iter(ids).__next__
    rows = [
        (next_id(), doc_id, actor_id(row[0]), actor_id(row[1]), place_id(row[2]), *row[3:])
        for doc_id, item in to_fill
        for row in item.claims
    ]
    _insert_rows(conn, "claims", ("id", *CLAIM_ID_COLUMNS, *CLAIM_VALUE_COLUMNS), rows)
    index_claims_after(conn, last_id)  # SQLite: their full-text rows, one statement (fts_sync)
    # claim_key -> id; a mention naming no claim of the write gets NULL, which fails the write (NOT NULL)
    key_at = 1 + len(CLAIM_ID_COLUMNS)  # a row is (id, *CLAIM_ID_COLUMNS, claim_key, ...)
    id_of = {row[key_at]: row[0] for row in rows}.get
    mention_rows = [(id_of(m[0]), *m[1:]) for _, item in to_fill for m in item.mentions]
    if mention_rows:
        _insert_rows(conn, "mentions", MENTION_COLUMNS, mention_rows)


def _insert_rows(
    conn: sa.Connection, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], returning: str = ""
) -> list[tuple[Any, ...]]:
    """INSERT the rows; the RETURNING rows, if any.

    Without RETURNING: by COPY (`pg_copy.copy_rows`) on PostgreSQL with psycopg, else by the driver's
    executemany of a one-row INSERT. With RETURNING: multi-row VALUES statements of power-of-two sizes.
    """
    dialect = conn.dialect
    if not rows:  # an empty executemany list would run the statement once without parameters
        return []
    if not returning:
        if dialect.name == "postgresql" and dialect.driver == "psycopg":
            copy_rows(conn, table, columns, rows)
        else:  # SQLite (and other PostgreSQL drivers): one row per statement in the driver's executemany
            sql = _insert_sql(dialect.name, dialect.paramstyle, table, tuple(columns), 1, "")
            conn.exec_driver_sql(sql, rows if isinstance(rows, list) else list(rows))
        return []
    limit = _chunk_limit(dialect.name, dialect.paramstyle, table, tuple(columns), returning)
    returned: list[tuple[Any, ...]] = []
    i = 0
    while i < len(rows):
        n = min(limit, 1 << ((len(rows) - i).bit_length() - 1))
        sql = _insert_sql(dialect.name, dialect.paramstyle, table, tuple(columns), n, returning)
        result = conn.exec_driver_sql(sql, tuple(chain.from_iterable(rows[i : i + n])))
        if returning:
            returned += result.all()
        i += n
    return returned


@lru_cache(maxsize=32)
def _chunk_limit(dialect: str, paramstyle: str, table: str, columns: tuple[str, ...], returning: str) -> int:
    """The most rows per statement (a power of two) within the parameter budget; on PostgreSQL also
    within the 4 KB statement text that psycopg caches the parsing of."""
    rows = max(1, min(_MAX_ROWS, _ROW_PARAMS // len(columns)))
    limit = 1 << (rows.bit_length() - 1)
    if dialect != "sqlite":
        while limit > 1 and len(_insert_sql(dialect, paramstyle, table, columns, limit, returning)) > 4096:
            limit //= 2
    return limit


@lru_cache(maxsize=256)
def _insert_sql(
    dialect: str, paramstyle: str, table: str, columns: tuple[str, ...], n_rows: int, returning: str
) -> str:
    """INSERT INTO table (columns) VALUES (...) x n_rows, with the driver's positional placeholders."""
    mark = "?" if paramstyle == "qmark" else "%s"
    one = "(" + ", ".join([mark] * len(columns)) + ")"
    names = ", ".join(f'"{c}"' for c in columns)
    tail = f" {returning}" if returning else ""
    return f'INSERT INTO "{table}" ({names}) VALUES ' + ", ".join([one] * n_rows) + tail
