"""The terms the comparison of claims is built on: when a claim was made, its interval, its bounds.

* **when** a claim was made: its claim date, else (flagged `fallback`) its document's publication
  date. A date of month/week/quarter/year precision covers a span (`2024-10` = Oct 1..Oct 31);
  two claims are "within the window" when their spans are at most `window_days` apart.
* **interval** of a numeric claim: [low, high], a missing low read as 0 and a missing high as
  infinity ("at least 3,000" = [3000, inf), "up to 12,000" = [0, 12000]). A point figure
  ("1,500") is widened by `tolerance` (10 % by default) on each side, since reported figures are
  rounded.

Pure functions of a `Claim` (a `ClaimRecord` or the `ClaimView` compare reads).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimtrack.views import bounds_text as format_bounds

if TYPE_CHECKING:
    from claimtrack.records import Claim

DEFAULT_WINDOW_DAYS = 30
DEFAULT_TOLERANCE = 0.10


@dataclass(frozen=True)
class ClaimDate:
    """When a claim was made, as a span of days, and whether it is the publication date instead."""

    start: dt.date | None
    end: dt.date | None
    label: str  # as shown: "2024-10-23", "2024-10", or "" when unknown
    fallback: bool = False  # True: no claim date, the document's publication date is used

    @property
    def known(self) -> bool:
        return self.start is not None


def _span(iso: str, precision: str | None) -> tuple[dt.date, dt.date]:
    parts = iso.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(parts[1])
    last = calendar.monthrange(year, month)[1]
    if len(parts) == 2:
        if precision == "quarter":
            end_month = min(12, month + 2)
            return dt.date(year, month, 1), dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
        return dt.date(year, month, 1), dt.date(year, month, last)
    day = dt.date(year, month, int(parts[2]))
    if precision == "week":
        return day, day + dt.timedelta(days=6)
    if precision == "quarter":
        end_month = min(12, day.month + 2)
        return day, dt.date(day.year, end_month, calendar.monthrange(day.year, end_month)[1])
    if precision == "month":
        return day, dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return day, dt.date(day.year, 12, 31)
    return day, day


def claim_date_span(record: Claim) -> ClaimDate:
    """When the claim was made: its claim date (with its precision), else its publication date."""
    return _claim_date(record.claim_date, record.date_precision, record.published)


@functools.lru_cache(maxsize=4096)
def _claim_date(claim_date: str | None, precision: str | None, published: dt.date | None) -> ClaimDate:
    """`claim_date_span` of these values (claims share few dates: each is worked out once; immutable)."""
    if claim_date:
        try:
            start, end = _span(claim_date, precision)
            return ClaimDate(start, end, claim_date)
        except (ValueError, IndexError):
            pass
    if published is not None:
        return ClaimDate(published, published, published.isoformat(), fallback=True)
    return ClaimDate(None, None, "", fallback=True)


def sort_key(record: Claim) -> tuple:
    when = claim_date_span(record)
    return (when.start is None, when.start or dt.date.min, when.end or dt.date.min, record.claim_id)


def is_denial(record: Claim) -> bool:
    """A denial, with or without the count it denies ("X denied that 3,000 troops were sent")."""
    return record.kind == "denial"


def is_numeric(record: Claim) -> bool:
    """A precise count someone reports: not vague, with a bound, and not a count the speaker denies."""
    return (
        not record.vague
        and (record.quantity_low is not None or record.quantity_high is not None)
        and not is_denial(record)
    )


def interval(record: Claim, tolerance: float = 0.0) -> tuple[float, float]:
    """[low, high] of a numeric claim (missing low = 0, missing high = inf); points widened by tolerance."""
    low = record.quantity_low if record.quantity_low is not None else 0.0
    high = record.quantity_high if record.quantity_high is not None else math.inf
    if record.quantity_low is not None and record.quantity_high is not None and low == high:
        return low * (1 - tolerance), high * (1 + tolerance)
    return low, high


def days_apart(a: ClaimDate, b: ClaimDate) -> int | None:
    """Days between two date spans (0 if they overlap), None if either is unknown."""
    if not a.known or not b.known:
        return None
    assert a.start and a.end and b.start and b.end
    if a.end < b.start:
        return (b.start - a.end).days
    if b.end < a.start:
        return (a.start - b.end).days
    return 0


def bounds_text(record: Claim) -> str:
    """'at least 3,000', '8,000', 'up to 12,000', '10,000-12,000', 'thousands' (as the CLI shows them)."""
    return format_bounds(record.quantity_low, record.quantity_high, record.quantity_qualifier, record.vague)
