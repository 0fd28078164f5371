"""Series data for a timeline of estimates: one series per actor, a point per numeric claim.

Each point has a date (the claim date, else the publication date: `fallback`), the span that date
covers (a month-precision date covers the month), and its bounds with their shape:

    exact     "8,000"           low == high
    range     "10,000-12,000"   low < high
    at_least  "at least 3,000"  no high bound: drawn as an upward arrow from low
    up_to     "up to 12,000"    no low bound: drawn as a downward arrow from high

Vague claims ("thousands") have no bounds and are not plotted; they are counted in `vague`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from claimtrack.analysis.compare import bounds_text, claim_date_span, is_numeric, sort_key

if TYPE_CHECKING:
    from claimtrack.records import Claim

Shape = Literal["exact", "range", "at_least", "up_to"]


@dataclass(frozen=True)
class Point:
    claim_id: str
    date: dt.date  # the start of the date's span
    date_end: dt.date  # the end of the span (== date for a day-precision date)
    label: str  # the date as stated: "2024-10-23", "2024-10"
    fallback: bool  # no claim date: the publication date is used
    low: float | None
    high: float | None
    shape: Shape
    text: str  # "at least 3,000"

    @property
    def anchor(self) -> float:
        """The value a marker sits at: the stated bound (low for at least, high for up to)."""
        if self.shape == "up_to":
            return float(self.high or 0.0)
        return float(self.low if self.low is not None else self.high or 0.0)


@dataclass
class Series:
    actor: str
    affiliation: str | None
    points: list[Point] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "affiliation": self.affiliation,
            "points": [
                {**asdict(p), "date": p.date.isoformat(), "date_end": p.date_end.isoformat()} for p in self.points
            ],
        }


def shape_of(record: Claim) -> Shape:
    low, high = record.quantity_low, record.quantity_high
    if low is not None and high is None:
        return "at_least"
    if low is None and high is not None:
        return "up_to"
    return "exact" if low == high else "range"


def timeline_series(records: Iterable[Claim]) -> tuple[list[Series], int]:
    """(series per actor ordered by their first point, number of claims left out: vague or undated)."""
    series: dict[str, Series] = {}
    left_out = 0
    for r in sorted(records, key=sort_key):
        when = claim_date_span(r)
        if not is_numeric(r) or when.start is None or when.end is None:
            left_out += 1
            continue
        actor = r.actor or "(unknown actor)"
        s = series.setdefault(actor, Series(actor, r.actor_affiliation))
        s.points.append(
            Point(
                r.claim_id,
                when.start,
                when.end,
                when.label,
                when.fallback,
                r.quantity_low,
                r.quantity_high,
                shape_of(r),
                bounds_text(r),
            )  # fmt: skip
        )
    ordered = sorted(series.values(), key=lambda s: (s.points[0].date, s.actor.lower()))
    return ordered, left_out
