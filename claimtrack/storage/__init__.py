"""Persistence: the claim store (SQLite or PostgreSQL), its migrations, queries and curation.

Modules, one job each: `engine` (URLs, connections), `migrate` (Alembic), `database` (open_store,
db_*), `store` (the Store object), `schema` (Core tables mirroring the migrations), `entities`
(actors/places rows), `writer` (store_document), `queries` (where claim queries are built),
`catalog` (listings), `curation` (reviews, aliases, merges, history).
"""

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
