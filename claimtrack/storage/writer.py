"""Storing documents and their claims: idempotent by content hash, each document all-or-nothing.

A document's write is a handful of statements: INSERT the document (ON CONFLICT DO NOTHING, which
is also how a concurrent writer of the same text is detected), upsert any actors/places/aliases not
yet in the Store's cache, INSERT the claims (executemany, RETURNING their ids) and their mentions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import sqlalchemy as sa

from claimtrack.extraction.gazetteer import Gazetteer
from claimtrack.records import ActorRef, ExtractedClaim, PlaceRef, SourceDocument
from claimtrack.storage.entities import EntityResolver
from claimtrack.storage.schema import claims as claims_t
from claimtrack.storage.schema import documents, insert_ignore, mentions
from claimtrack.storage.store import Store

Status = Literal["new", "unchanged", "replaced"]


@dataclass(frozen=True)
class StoredDocument:
    """What `store_document` did: "new", "unchanged" (already stored: nothing written) or "replaced"."""

    status: Status
    document_id: int
    n_claims: int


_CLAIM_INSERT = claims_t.insert()
_CLAIM_IDS = sa.select(claims_t.c.claim_key, claims_t.c.id).where(
    claims_t.c.document_id == sa.bindparam("document_id")
)
_MENTION_INSERT = mentions.insert()
_DOC_BY_HASH = sa.select(documents.c.id, documents.c.n_claims).where(
    documents.c.content_hash == sa.bindparam("content_hash")
)


def claim_key(document_hash: str, claim: ExtractedClaim) -> str:
    """The stable id of a claim: 12 hex chars of SHA-256 over (document content hash, claim.key())."""
    return hashlib.sha256(f"{document_hash}\n{claim.key()}".encode()).hexdigest()[:12]


def merge_repeats(document_hash: str, claims: list[ExtractedClaim]) -> dict[str, ExtractedClaim]:
    """Claims by key, in order; a repeated claim adds its mentions to the first reading."""
    out: dict[str, ExtractedClaim] = {}
    for claim in claims:
        key = claim_key(document_hash, claim)
        first = out.get(key)
        if first is None:
            out[key] = claim
        else:
            seen = {(m.start, m.end) for m in first.mentions}
            extra = [m for m in claim.mentions if (m.start, m.end) not in seen]
            if extra:
                out[key] = first.model_copy(update={"mentions": [*first.mentions, *extra]})
    return out


def _claim_row(
    key: str, claim: ExtractedClaim, document_id: int, resolver: EntityResolver, published: object = None
) -> dict[str, object]:
    q, conf, ev = claim.quantity, claim.confidence, claim.evidence
    cd, ed = claim.claim_date, claim.event_date
    return {
        "claim_key": key,
        "document_id": document_id,
        "actor_id": resolver.actor_id(claim.actor.name) if claim.actor else None,
        "relayed_by_id": resolver.actor_id(claim.relayed_by.name) if claim.relayed_by else None,
        "attribution": claim.attribution,
        "actor_raw": claim.actor.raw if claim.actor else None,
        "actor_role": claim.actor.role if claim.actor else None,
        "kind": claim.kind,
        "subject": claim.subject,
        "quantity_low": q.low if q else None,
        "quantity_high": q.high if q else None,
        "quantity_unit": q.unit if q else None,
        "quantity_qualifier": q.qualifier if q else None,
        "quantity_raw": q.raw if q else None,
        "vague": bool(q and q.vague),
        "multiplier": q.multiplier if q else None,
        "place_id": resolver.place_id(claim.place.name) if claim.place else None,
        "place_raw": claim.place.raw if claim.place else None,
        "claim_date": cd.value if cd else None,
        "sort_date": (cd.value if cd and cd.value else None) or published,
        "claim_date_precision": cd.precision if cd else None,
        "claim_date_raw": cd.raw if cd else None,
        "event_date": ed.value if ed else None,
        "event_date_precision": ed.precision if ed else None,
        "event_date_raw": ed.raw if ed else None,
        "forecast": claim.forecast,
        "confidence": conf.score,
        "reliability": conf.reliability,
        "credibility": conf.credibility,
        "estimative": conf.estimative,
        "confidence_reasons": json.dumps(conf.reasons),
        "evidence": ev.sentence,
        "evidence_start": ev.start,
        "evidence_end": ev.end,
        "n_mentions": len(claim.mentions),
    }


def _document_values(doc: SourceDocument, n_claims: int) -> dict[str, object]:
    return {
        "name": doc.name,
        "title": doc.title,
        "outlet": doc.outlet,
        "url": doc.url,
        "published": doc.published,
        "text": doc.text,
        "source_path": doc.source_path,
        "ingested_at": dt.datetime.now(dt.UTC),
        "n_claims": n_claims,
    }


@lru_cache(maxsize=4)
def _document_insert(dialect: str) -> sa.Insert:
    """INSERT a document unless its content hash is stored (built once: statement caching is per object)."""
    return insert_ignore(dialect, documents, "content_hash").returning(documents.c.id)


Prepared = tuple[SourceDocument, dict[str, ExtractedClaim]]


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
    return _write(store, [(doc, merge_repeats(doc.content_hash, claims))], replace, gazetteer)[0]


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
    batch: list[Prepared] = []
    for doc, claims in items:
        batch.append((doc, merge_repeats(doc.content_hash, claims)))
        if len(batch) >= batch_size:
            yield from _write_batch(store, batch, replace, gazetteer)
            batch = []
    if batch:
        yield from _write_batch(store, batch, replace, gazetteer)


def _write_batch(
    store: Store, batch: list[Prepared], replace: bool, gazetteer: Gazetteer | None
) -> list[StoredDocument]:
    try:
        return _write(store, batch, replace, gazetteer)
    except Exception:
        if len(batch) == 1:
            raise
    return [_write(store, [item], replace, gazetteer)[0] for item in batch]


def _write(
    store: Store, batch: list[Prepared], replace: bool, gazetteer: Gazetteer | None
) -> list[StoredDocument]:
    """Write documents in one transaction (retried whole on lock contention); publish new ids on commit."""
    resolvers: list[EntityResolver] = []

    def work(conn: sa.Connection) -> list[StoredDocument]:
        resolvers.clear()

        def resolver() -> EntityResolver:
            if not resolvers:
                resolvers.append(EntityResolver(conn, store.entities, gazetteer))
            return resolvers[0]

        return [_write_one(conn, doc, keyed, replace, resolver) for doc, keyed in batch]

    results = store.run_write(work)
    for done in resolvers:
        done.commit()
    return results


def _write_one(
    conn: sa.Connection,
    doc: SourceDocument,
    keyed: dict[str, ExtractedClaim],
    replace: bool,
    resolver: Callable[[], EntityResolver],
) -> StoredDocument:
    doc_hash = doc.content_hash
    values = _document_values(doc, len(keyed))
    doc_id = conn.execute(_document_insert(conn.dialect.name), {"content_hash": doc_hash, **values}).scalar()
    status: Status = "new"
    if doc_id is None:
        existing = conn.execute(_DOC_BY_HASH, {"content_hash": doc_hash}).one()
        if not replace:
            return StoredDocument("unchanged", existing.id, existing.n_claims)
        status, doc_id = "replaced", existing.id
        conn.execute(sa.delete(claims_t).where(claims_t.c.document_id == doc_id))
        conn.execute(documents.update().where(documents.c.id == doc_id).values(**values))
    if keyed:
        _insert_claims(conn, doc_id, keyed, resolver(), doc.published)
    return StoredDocument(status, doc_id, len(keyed))


def _insert_claims(
    conn: sa.Connection,
    document_id: int,
    keyed: dict[str, ExtractedClaim],
    resolver: EntityResolver,
    published: object = None,
) -> None:
    actor_refs: list[ActorRef] = []
    place_refs: list[PlaceRef] = []
    for claim in keyed.values():
        actor_refs += [a for a in (claim.actor, claim.relayed_by) if a is not None]
        if claim.place is not None:
            place_refs.append(claim.place)
    if actor_refs:
        resolver.resolve_actors(actor_refs)
    if place_refs:
        resolver.resolve_places(place_refs)
    rows = [_claim_row(key, claim, document_id, resolver, published) for key, claim in keyed.items()]
    conn.execute(_CLAIM_INSERT, rows)
    ids = dict(conn.execute(_CLAIM_IDS, {"document_id": document_id}).all())
    mention_rows = [
        {"claim_id": ids[key], "sentence": m.sentence, "start": m.start, "end": m.end}
        for key, claim in keyed.items()
        for m in claim.mentions
    ]
    if mention_rows:
        conn.execute(_MENTION_INSERT, mention_rows)
