"""What `claimtrack compare --subject` reads besides the subject's claims: the candidate denials.

`analysis.compare.find_denials` keeps a denial that is in one of the subject's documents (by name)
or that has the subject itself (within the window). Only those can be kept, so only those are read:
the denials without a subject in documents of those names, and every denial with a subject (index
ranges of `(kind, subject, document_id)`, migration 0005), instead of every denial in the store.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from claimtrack.records import ClaimRecord
from claimtrack.storage.queries import ClaimFilter, in_values, query_claims
from claimtrack.storage.schema import documents
from claimtrack.storage.store import Store

DENIAL = "denial"


def _document_ids(store: Store, names: list[str]) -> list[int]:
    with store.read() as conn:
        stmt = sa.select(documents.c.id).where(in_values(conn.dialect.name, documents.c.name, names))
        return sorted(set(conn.execute(stmt).scalars()))


def denial_candidates(
    store: Store, subject_claims: Iterable[ClaimRecord], include_rejected: bool = False
) -> list[ClaimRecord]:
    """Every denial `find_denials` could keep for these claims (a superset; it decides which)."""
    names = sorted({r.document for r in subject_claims})
    found = list(query_claims(store, ClaimFilter(kind=DENIAL, has_subject=True, include_rejected=include_rejected)))
    if names:
        flt = ClaimFilter(kind=DENIAL, has_subject=False, document_ids=_document_ids(store, names),
                          include_rejected=include_rejected)  # fmt: skip
        found += query_claims(store, flt)
    return found
