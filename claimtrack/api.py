"""The Python API under the CLI: every command is a thin layer over these functions.

    from claimtrack import api
    summary = api.ingest(["seeds/"], db="sqlite:///claims.db")
    for claim in api.query(db="sqlite:///claims.db", actor="Kirby"):
        print(claim.actor, claim.quantity_low, claim.place, claim.claim_date)

Records come back as plain Pydantic models (`ClaimRecord`: `.model_dump()` gives a dict).
`db` is a SQLAlchemy URL or a SQLite path; None means CLAIMTRACK_DB or the default store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from claimtrack.ingest import IngestSummary
from claimtrack.ingest import ingest as _ingest
from claimtrack.records import ClaimRecord
from claimtrack.storage import ClaimFilter, Store, get_claim, open_store, query_claims


@contextmanager
def store(db: str | None = None) -> Iterator[Store]:
    """An open store (migrated to the newest schema), closed afterwards."""
    s = open_store(db)
    try:
        yield s
    finally:
        s.close()


def ingest(
    paths: Sequence[str | Path],
    *,
    db: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
    jobs: int = 1,
    **kwargs: Any,
) -> IngestSummary:
    """Ingest files and directories (.txt, .html, .jsonl); returns counts of new/unchanged/failed documents."""
    with store(db) as s:
        return _ingest(s, paths, published=published, outlet=outlet, title=title, url=url, jobs=jobs, **kwargs)


def query(db: str | None = None, **filters: Any) -> list[ClaimRecord]:
    """Claims matching the filters of `ClaimFilter` (actor, place, since, until, kind, min_confidence, text ...)."""
    with store(db) as s:
        return list(query_claims(s, ClaimFilter(**filters)))


def claim(claim_id: str, db: str | None = None) -> ClaimRecord | None:
    """One claim by id, or None."""
    with store(db) as s:
        return get_claim(s, claim_id)
