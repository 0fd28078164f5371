"""Claims as the read paths that build no records see them, without pydantic.

`ClaimView` (what `compare` and `timeline` read of a stored claim), `bounds_text` (how bounds are
written), `confidence_text` (a score with its grade) and `EXPORT_COLUMNS` (the fields of
`records.ClaimRecord`, in export order; records checks that they agree). Importing pydantic and
building the record models costs ~0.1 s of CPU: a command that only compares claims does not pay it.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

EXPORT_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "document",
    "outlet",
    "published",
    "actor",
    "actor_role",
    "actor_affiliation",
    "attribution",
    "kind",
    "quantity_low",
    "quantity_high",
    "quantity_unit",
    "quantity_qualifier",
    "place",
    "place_country",
    "claim_date",
    "event_date",
    "date_precision",
    "confidence",
    "evidence",
    "subject",
    "quantity_raw",
    "vague",
    "place_raw",
    "actor_kind",
    "actor_raw",
    "relayed_by",
    "claim_date_raw",
    "event_date_raw",
    "event_date_precision",
    "forecast",
    "reliability",
    "credibility",
    "confidence_reasons",
    "evidence_start",
    "evidence_end",
    "mentions",
    "review_status",
    "document_title",
    "url",
)
"""Export column order: the fixed columns of the issue, then the others (`ClaimRecord`'s fields)."""


class ClaimView(NamedTuple):
    """The fields of a stored claim that `compare` and `timeline` show, read without the others.

    Same names and value types as `ClaimRecord`'s fields, so the analysis reads either; a tuple, so
    that thousands of them are built quickly (see `storage.comparison.compare_read`).
    """

    claim_id: str
    document: str
    outlet: str | None
    published: dt.date | None
    actor: str | None
    actor_affiliation: str | None
    kind: str
    quantity_low: float | None
    quantity_high: float | None
    quantity_qualifier: str | None
    quantity_raw: str | None
    vague: bool
    place: str | None
    claim_date: str | None  # ISO at its precision, as ClaimRecord.claim_date
    date_precision: str | None
    confidence: float | None
    reliability: str | None
    credibility: int | None
    evidence: str | None
    subject: str | None
    review_status: str | None


def bounds_text(low: float | None, high: float | None, qualifier: str | None, vague: bool = False) -> str:
    """'at least 3,000', 'up to 12,000', '8,000', '10,000-12,000', 'thousands'."""
    if vague or (low is None and high is None):
        return qualifier or ""
    if low is not None and high is not None:
        return f"{low:,.0f}" if low == high else f"{low:,.0f}-{high:,.0f}"
    if low is not None:
        return f"at least {low:,.0f}" if qualifier in (None, "at least") else f"{qualifier} {low:,.0f}"
    return f"up to {high:,.0f}" if qualifier in (None, "up to") else f"{qualifier} {high:,.0f}"


def confidence_text(confidence: float | None, reliability: str | None, credibility: int | None) -> str:
    """'0.77 B2': the score and its Admiralty grade, as the tables and cards show them; '' without a score."""
    if confidence is None:
        return ""
    return f"{confidence:.2f} {reliability or ''}{credibility or ''}".rstrip()


def date_text(value: dt.date | str, precision: str | None) -> str:
    """A date at its precision, ISO 8601: 2024-10-23, 2024-10, 2024 (`value` a date, or ISO text as SQLite
    returns it)."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    if precision == "month":
        return value.strftime("%Y-%m")
    if precision == "year":
        return value.strftime("%Y")
    return value.isoformat()
