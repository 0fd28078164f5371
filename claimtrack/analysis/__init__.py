"""Analysis over stored claims: pure functions of claim lists (`ClaimRecord`s or `ClaimView`s; no database, no I/O).

`compare` (subjects overview, one subject's claims side by side, conflicts, denials, each actor's
figures over time), `timeline` (the per-actor series a chart draws) and `plot` (PNG/SVG charts
with matplotlib, imported only when a plot is asked for).
"""

from claimtrack.analysis.compare import (
    ClaimDate,
    Comparison,
    Conflict,
    SubjectSummary,
    by_actor,
    claim_date_span,
    compare_subject,
    find_conflicts,
    find_denials,
    interval,
    subjects_overview,
)
from claimtrack.analysis.timeline import Point, Series, timeline_series

__all__ = [
    "ClaimDate",
    "Comparison",
    "Conflict",
    "Point",
    "Series",
    "SubjectSummary",
    "by_actor",
    "claim_date_span",
    "compare_subject",
    "find_conflicts",
    "find_denials",
    "interval",
    "subjects_overview",
    "timeline_series",
]
