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
from claimtrack.storage.queries import ClaimFilter, query_claims
from claimtrack.storage.schema import documents
from claimtrack.storage.store import Store

DENIAL = "denial"
CHUNK = 5000
"""Document names / ids per statement (bound parameters stay well under the databases' limits)."""


def _document_ids(store: Store, names: list[str]) -> list[int]:
    found: list[int] = []
    with store.read() as conn:
        for start in range(0, len(names), CHUNK):
            chunk = names[start : start + CHUNK]
            found += conn.execute(sa.select(documents.c.id).where(documents.c.name.in_(chunk))).scalars()
    return sorted(set(found))


def denial_candidates(
    store: Store, subject_claims: Iterable[ClaimRecord], include_rejected: bool = False
) -> list[ClaimRecord]:
    """Every denial `find_denials` could keep for these claims (a superset; it decides which)."""
    names = sorted({r.document for r in subject_claims})
    found = list(query_claims(store, ClaimFilter(kind=DENIAL, has_subject=True, include_rejected=include_rejected)))
    ids = _document_ids(store, names) if names else []
    for start in range(0, len(ids), CHUNK):
        flt = ClaimFilter(kind=DENIAL, has_subject=False, document_ids=ids[start : start + CHUNK],
                          include_rejected=include_rejected)  # fmt: skip
        found += query_claims(store, flt)
    return found
