"""Persistence: the claim store (SQLite or PostgreSQL), its migrations, queries and curation.

Modules, one job each: `engine` (URLs, connections), `migrate` (Alembic), `database` (open_store,
db_*), `store` (the Store object), `schema` (Core tables mirroring the migrations), `entities`
(actors/places rows), `writer` (store_document), `queries` (where claim queries are built),
`catalog` (listings), `curation` (reviews, aliases, merges, history), `revisions` (which schema
revisions exist, without Alembic), `comparison` (what compare reads), `records_build` (ClaimRecords
without validating again), `text` (how names are compared).

The names below are imported from their modules on first use (PEP 562), so that a command imports
only the storage modules it needs (`from claimtrack.storage import StoreError` loads no queries,
curation, writer or Alembic).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import lazy_names

if TYPE_CHECKING:
    from claimtrack.storage.catalog import (
        ActorSummary,
        DocumentSummary,
        PlaceSummary,
        SourceSummary,
        list_actors,
        list_documents,
        list_places,
        list_sources,
    )
    from claimtrack.storage.curation import (
        CurationEvent,
        add_actor_alias,
        add_place_alias,
        curation_log,
        history,
        merge_actors,
        merge_places,
        review_claim,
    )
    from claimtrack.storage.database import db_current, db_downgrade, db_head, db_upgrade, open_store
    from claimtrack.storage.engine import resolve_url
    from claimtrack.storage.errors import NotFound, StoreError
    from claimtrack.storage.queries import (
        ClaimFilter,
        build_claims_query,
        claim_mentions,
        claim_rows,
        get_claim,
        get_document_text,
        query_claims,
    )
    from claimtrack.storage.store import Store
    from claimtrack.storage.writer import StoredDocument, claim_key, store_document

_MODULES: dict[str, str] = {
    "ActorSummary": "claimtrack.storage.catalog",
    "DocumentSummary": "claimtrack.storage.catalog",
    "PlaceSummary": "claimtrack.storage.catalog",
    "SourceSummary": "claimtrack.storage.catalog",
    "list_actors": "claimtrack.storage.catalog",
    "list_documents": "claimtrack.storage.catalog",
    "list_places": "claimtrack.storage.catalog",
    "list_sources": "claimtrack.storage.catalog",
    "CurationEvent": "claimtrack.storage.curation",
    "add_actor_alias": "claimtrack.storage.curation",
    "add_place_alias": "claimtrack.storage.curation",
    "curation_log": "claimtrack.storage.curation",
    "history": "claimtrack.storage.curation",
    "merge_actors": "claimtrack.storage.curation",
    "merge_places": "claimtrack.storage.curation",
    "review_claim": "claimtrack.storage.curation",
    "db_current": "claimtrack.storage.database",
    "db_downgrade": "claimtrack.storage.database",
    "db_head": "claimtrack.storage.database",
    "db_upgrade": "claimtrack.storage.database",
    "open_store": "claimtrack.storage.database",
    "resolve_url": "claimtrack.storage.engine",
    "NotFound": "claimtrack.storage.errors",
    "StoreError": "claimtrack.storage.errors",
    "ClaimFilter": "claimtrack.storage.queries",
    "build_claims_query": "claimtrack.storage.queries",
    "claim_mentions": "claimtrack.storage.queries",
    "claim_rows": "claimtrack.storage.queries",
    "get_claim": "claimtrack.storage.queries",
    "get_document_text": "claimtrack.storage.queries",
    "query_claims": "claimtrack.storage.queries",
    "Store": "claimtrack.storage.store",
    "StoredDocument": "claimtrack.storage.writer",
    "claim_key": "claimtrack.storage.writer",
    "store_document": "claimtrack.storage.writer",
}
"""Where each public name lives."""

__all__ = [
    "ActorSummary",
    "ClaimFilter",
    "CurationEvent",
    "DocumentSummary",
    "NotFound",
    "PlaceSummary",
    "SourceSummary",
    "Store",
    "StoreError",
    "StoredDocument",
    "add_actor_alias",
    "add_place_alias",
    "build_claims_query",
    "claim_key",
    "claim_mentions",
    "claim_rows",
    "curation_log",
    "db_current",
    "db_downgrade",
    "db_head",
    "db_upgrade",
    "get_claim",
    "get_document_text",
    "history",
    "list_actors",
    "list_documents",
    "list_places",
    "list_sources",
    "merge_actors",
    "merge_places",
    "open_store",
    "query_claims",
    "resolve_url",
    "review_claim",
    "store_document",
]


__getattr__ = lazy_names(__name__, _MODULES, globals())


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
