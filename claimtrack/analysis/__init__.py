"""Analysis over stored claims: pure functions of claim lists (`ClaimRecord`s or `ClaimView`s; no database, no I/O).

`compare` (subjects overview, one subject's claims side by side, conflicts, denials, each actor's
figures over time), `timeline` (the per-actor series a chart draws) and `plot` (PNG/SVG charts
with matplotlib, imported only when a plot is asked for). The names below are imported from their
modules on first use (PEP 562): `claimtrack.analysis.terms` alone loads neither compare nor timeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.lazy import lazy_names

if TYPE_CHECKING:
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

_MODULES: dict[str, str] = {
    "ClaimDate": "claimtrack.analysis.compare",
    "Comparison": "claimtrack.analysis.compare",
    "Conflict": "claimtrack.analysis.compare",
    "SubjectSummary": "claimtrack.analysis.compare",
    "by_actor": "claimtrack.analysis.compare",
    "claim_date_span": "claimtrack.analysis.compare",
    "compare_subject": "claimtrack.analysis.compare",
    "find_conflicts": "claimtrack.analysis.compare",
    "find_denials": "claimtrack.analysis.compare",
    "interval": "claimtrack.analysis.compare",
    "subjects_overview": "claimtrack.analysis.compare",
    "Point": "claimtrack.analysis.timeline",
    "Series": "claimtrack.analysis.timeline",
    "timeline_series": "claimtrack.analysis.timeline",
}

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


__getattr__ = lazy_names(__name__, _MODULES, globals())
