"""A claim's packed view (migration 0008): what `compare` shows of it that no curation changes, in one value.

`compare --subject` reads thousands of claims, and the driver's cost is per value (the sqlite3 module
releases and retakes the GIL for each column of each row): 21 values a claim before. The fields a
`ClaimView` takes from the claim and its document that are fixed when the claim is written (the
document's name, outlet and publication date, the claim's kind, bounds, dates, confidence, subject)
are stored once, at ingest, as one `marshal` tuple in `claims.packed_view`; the reader unpacks it in C
(~0.6 us a claim, against ~1.7 us for 15 values from the driver, or ~2 us for JSON) and no longer joins
the documents. What curation changes (actor and place ids, merged in place; the review status) stays
in its columns, and so do the claim key and the evidence (kept once in the row, not copied).

Only the claims compare can read carry one: those with a subject (compare's subject filter) and
denials (its candidate denials); the others (~95%) store NULL, so ingest writes ~5% more bytes of
these only. A document written again (re-extraction) has its claims deleted and written anew, so the
document fields in the packs follow it.

The format is `marshal` version 4 of a tuple of str, float, int, bool and None (unchanged since
Python 3.4; a test pins its bytes, so a Python that changed it would fail there, not misread a
store). The packs are the store's own derived data, written by `pack_view` alone (migration 0008
fills the older claims with a copy of it that a test compares with this one).
"""

from __future__ import annotations

import datetime as dt
import marshal
from typing import Any

from claimtrack.views import date_text

MARSHAL_VERSION = 4
PACKED_FIELDS = (
    "document", "outlet", "published", "kind", "quantity_low", "quantity_high", "quantity_qualifier", "quantity_raw",
    "vague", "claim_date", "date_precision", "confidence", "reliability", "credibility", "subject",
)  # fmt: skip
"""The `ClaimView` fields in a pack, in its order; `published` is ISO text (the reader makes it a date),
`claim_date` ISO at its precision (as `ClaimView.claim_date`)."""
DENIAL = "denial"

unpack = marshal.loads


def has_pack(kind: str, subject: str | None) -> bool:
    """Whether a claim of this kind and subject stores a pack (compare reads only those)."""
    return subject is not None or kind == DENIAL


def _number(value: Any, kind: type) -> Any:
    """The value as the database returns it from a REAL (float) or INTEGER (int) column."""
    return None if value is None else kind(value)


def pack_view(
    document: str,
    outlet: str | None,
    published: dt.date | str | None,
    kind: str,
    quantity_low: float | None,
    quantity_high: float | None,
    quantity_qualifier: str | None,
    quantity_raw: str | None,
    vague: bool,
    claim_date: dt.date | str | None,
    date_precision: str | None,
    confidence: float | None,
    reliability: str | None,
    credibility: int | None,
    subject: str | None,
) -> bytes | None:
    """The pack of a claim with these stored values (dates as dates or ISO text), or None when
    `has_pack` says it stores none. The values are those the claims and documents columns return."""
    if not has_pack(kind, subject):
        return None
    if isinstance(published, dt.date):
        published = published.isoformat()
    dated = None if claim_date is None else date_text(claim_date, date_precision)
    values = (
        document, outlet, published, kind, _number(quantity_low, float), _number(quantity_high, float),
        quantity_qualifier, quantity_raw, bool(vague), dated, date_precision, _number(confidence, float),
        reliability, _number(credibility, int), subject,
    )  # fmt: skip
    return marshal.dumps(values, MARSHAL_VERSION)
