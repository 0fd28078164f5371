"""Comparing claims about one subject: who said how many, when, and where they disagree.

Pure functions over claims (`Claim`s, or the `ClaimView`s compare reads). Terms used
throughout (**when** a claim was made, its **interval**: see `terms`):

* **conflict**: two numeric claims by different actors, within the window, whose intervals do not
  overlap: they cannot both be true. (One actor changing its figure is a revision: see `by_actor`.)
* **denial**: a claim of kind "denial" in one of the subject's documents, or about the same
  subject within the window of the subject's claims.
* **vague** claims ("thousands") are listed apart and never enter the numeric spread.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from claimtrack.analysis.conflicts import ActorPairConflicts, Conflict, conflicts, find_conflicts
from claimtrack.analysis.terms import (
    DEFAULT_TOLERANCE,
    DEFAULT_WINDOW_DAYS,
    ClaimDate,
    bounds_text,
    claim_date_span,
    days_apart,
    interval,
    is_denial,
    is_numeric,
    sort_key,
)

if TYPE_CHECKING:
    from claimtrack.records import Claim

__all__ = [  # the terms and conflicts are imported from here too
    "DEFAULT_TOLERANCE", "DEFAULT_WINDOW_DAYS", "ActorFigure", "ActorPairConflicts", "ClaimDate", "Comparison",
    "Conflict", "SubjectSummary", "bounds_text", "by_actor", "claim_date_span", "compare_subject", "days_apart",
    "find_conflicts", "find_denials", "interval", "is_numeric", "sort_key", "subjects_overview",
]  # fmt: skip


@dataclass(frozen=True)
class ActorFigure:
    """One figure an actor gave, for an actor's series."""

    claim_id: str
    date: str
    fallback_date: bool
    low: float | None
    high: float | None
    text: str
    change: str  # "first", "up", "down", "same", "changed"


@dataclass
class SubjectSummary:
    """One subject in the overview."""

    subject: str
    n_claims: int
    n_numeric: int
    n_vague: int
    actors: list[str]
    places: list[str]
    first: str | None
    last: str | None
    lowest: float | None  # lowest stated low bound (or high, for "up to" claims)
    highest: float | None  # highest stated high bound (or low, for "at least" claims)
    open_ended: bool  # some claim is "at least": the truth may be above `highest`

    @property
    def spread_text(self) -> str:
        if self.lowest is None and self.highest is None:
            return ""
        lo, hi = f"{self.lowest:,.0f}", f"{self.highest:,.0f}"
        text = lo if lo == hi else f"{lo} .. {hi}"
        return text + ("+" if self.open_ended else "")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Comparison:
    """Every claim about one subject, with what can be said about them together."""

    subject: str
    place: str | None
    window_days: int
    claims: list[Claim]  # numeric ones, in date order
    vague: list[Claim]  # "thousands" ...: not in the spread
    lowest: Claim | None  # the claim with the lowest estimate
    highest: Claim | None
    latest_by_actor: dict[str, Claim]
    conflicts: list[Conflict]  # every pair, or the first `limit` (date order) when there are more
    denials: list[Claim]
    by_actor: dict[str, list[ActorFigure]] = field(default_factory=dict)
    n_conflicts: int | None = None  # how many pairs conflict (None: len(conflicts))
    conflict_summary: list[ActorPairConflicts] = field(default_factory=list)  # per pair of actors
    limit: int | None = None  # lists (claims, vague, denials, conflicts) beyond this are left out of to_dict

    @property
    def total_conflicts(self) -> int:
        return len(self.conflicts) if self.n_conflicts is None else self.n_conflicts

    def to_dict(self) -> dict[str, Any]:
        """A stable, JSON-ready form (dates as ISO strings, infinity as null).

        With a `limit`, the lists of claims, vague claims and denials hold their first `limit`
        entries (conflicts: as `compare_subject` kept them); `counts` gives each list's full length.
        """
        cut = self.limit

        def claim(r: Claim) -> dict[str, Any]:
            when = claim_date_span(r)
            return {
                "claim_id": r.claim_id,
                "date": when.label or None,
                "date_is_published": when.fallback,
                "actor": r.actor,
                "actor_affiliation": r.actor_affiliation,
                "kind": r.kind,
                "quantity_low": r.quantity_low,
                "quantity_high": r.quantity_high,
                "quantity_qualifier": r.quantity_qualifier,
                "bounds": bounds_text(r),
                "vague": r.vague,
                "place": r.place,
                "confidence": r.confidence,
                "outlet": r.outlet,
                "document": r.document,
                "review_status": r.review_status,
                "evidence": r.evidence,
            }

        return {
            "subject": self.subject,
            "place": self.place,
            "window_days": self.window_days,
            "claims": [claim(r) for r in self.claims[:cut]],
            "vague": [claim(r) for r in self.vague[:cut]],
            "lowest": claim(self.lowest) if self.lowest else None,
            "highest": claim(self.highest) if self.highest else None,
            "latest_by_actor": {k: claim(v) for k, v in self.latest_by_actor.items()},
            "conflicts": [asdict(c) for c in self.conflicts],
            "denials": [claim(r) for r in self.denials[:cut]],
            "by_actor": {k: [asdict(f) for f in v] for k, v in self.by_actor.items()},
            "conflict_summary": [s.to_dict() for s in self.conflict_summary],
            "counts": {
                "claims": len(self.claims),
                "vague": len(self.vague),
                "conflicts": self.total_conflicts,
                "denials": len(self.denials),
            },  # fmt: skip
            "limit": cut,
        }


def _low_value(r: Claim) -> float:
    return r.quantity_low if r.quantity_low is not None else (r.quantity_high or 0.0)


def _high_value(r: Claim) -> float:
    return r.quantity_high if r.quantity_high is not None else (r.quantity_low or 0.0)


def subjects_overview(records: Iterable[Claim]) -> list[SubjectSummary]:
    """Every subject with its claim count, actors, places, date span and spread; most claims first."""
    groups: dict[str, list[Claim]] = {}
    names: dict[str, str] = {}
    for r in records:
        if not r.subject:
            continue
        key = r.subject.strip().lower()
        names.setdefault(key, r.subject.strip())
        groups.setdefault(key, []).append(r)
    out = []
    for key, rows in groups.items():
        numeric = [r for r in rows if is_numeric(r)]
        dates = [d for d in (claim_date_span(r) for r in rows) if d.known]
        first = min(dates, key=lambda d: d.start) if dates else None  # type: ignore[arg-type,return-value]
        last = max(dates, key=lambda d: d.start) if dates else None  # type: ignore[arg-type,return-value]
        out.append(
            SubjectSummary(
                subject=names[key],
                n_claims=len(rows),
                n_numeric=len(numeric),
                n_vague=sum(1 for r in rows if r.vague),
                actors=sorted({r.actor for r in rows if r.actor}, key=str.lower),
                places=sorted({r.place for r in rows if r.place}, key=str.lower),
                first=first.label if first else None,
                last=last.label if last else None,
                lowest=min((_low_value(r) for r in numeric), default=None),
                highest=max((_high_value(r) for r in numeric), default=None),
                open_ended=any(r.quantity_high is None for r in numeric),
            )
        )
    return sorted(out, key=lambda s: (-s.n_claims, s.subject.lower()))


def find_denials(
    subject_claims: Sequence[Claim],
    candidates: Iterable[Claim],
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> list[Claim]:
    """Denials (kind "denial") in the subject's documents, or of the same subject within the window."""
    documents = {r.document for r in subject_claims}
    subjects = {s.strip().lower() for s in {r.subject for r in subject_claims} if s}  # few distinct ones
    spans: list[ClaimDate] | None = None  # worked out for the first denial of the subject itself
    found: dict[str, Claim] = {}
    for c in candidates:
        if c.kind != "denial" or c.claim_id in found:
            continue
        if c.document in documents:
            found[c.claim_id] = c
            continue
        if c.subject and c.subject.strip().lower() in subjects:
            if spans is None:
                spans = [d for d in (claim_date_span(r) for r in subject_claims) if d.known]
            when = claim_date_span(c)
            gaps = [g for g in (days_apart(when, s) for s in spans) if g is not None]
            if gaps and min(gaps) <= window_days:
                found[c.claim_id] = c
    return sorted(found.values(), key=sort_key)


def by_actor(records: Iterable[Claim]) -> dict[str, list[ActorFigure]]:
    """Each actor's numeric figures in date order, with how each changed from the one before."""
    groups: dict[str, list[Claim]] = {}
    for r in sorted((r for r in records if is_numeric(r)), key=sort_key):
        groups.setdefault(r.actor or "(unknown actor)", []).append(r)
    out: dict[str, list[ActorFigure]] = {}
    for actor in sorted(groups, key=str.lower):
        figures: list[ActorFigure] = []
        previous: Claim | None = None
        for r in groups[actor]:
            if previous is None:
                change = "first"
            else:
                before, now = interval(previous), interval(r)
                mid_before = before[0] if math.isinf(before[1]) else sum(before) / 2
                mid_now = now[0] if math.isinf(now[1]) else sum(now) / 2
                if before == now:
                    change = "same"
                elif mid_now > mid_before:
                    change = "up"
                elif mid_now < mid_before:
                    change = "down"
                else:
                    change = "changed"
            when = claim_date_span(r)
            figures.append(
                ActorFigure(
                    r.claim_id, when.label, when.fallback, r.quantity_low, r.quantity_high, bounds_text(r), change
                )
            )
            previous = r
        out[actor] = figures
    return out


def compare_subject(
    records: Iterable[Claim],
    subject: str,
    place: str | None = None,
    denials: Iterable[Claim] = (),
    window_days: int = DEFAULT_WINDOW_DAYS,
    tolerance: float = DEFAULT_TOLERANCE,
    limit: int | None = None,
    all_conflicts: bool = False,
) -> Comparison:
    """Compare the claims about `subject` (case-insensitive) among `records`.

    `denials`: candidate claims of kind "denial" (they usually have no subject) to match against the
    subject's documents and dates. `place` is only recorded: filter records by place beforehand.
    `limit`: the result's lists are cut there in `to_dict`, and only the first `limit` conflicting
    pairs are built (all of them with `all_conflicts`); every pair is counted and summarised per
    pair of actors in any case.
    """
    wanted = subject.strip().lower()
    rows = sorted((r for r in records if (r.subject or "").strip().lower() == wanted), key=sort_key)
    numeric = [r for r in rows if is_numeric(r)]
    vague = [r for r in rows if not is_numeric(r) and not is_denial(r)]  # a subject's denials: `denials`
    latest: dict[str, Claim] = {}
    for r in numeric:  # date order: the last one wins
        latest[r.actor or "(unknown actor)"] = r
    name = rows[0].subject if rows else subject
    found = conflicts(numeric, window_days, tolerance, keep=None if all_conflicts else limit)
    return Comparison(
        subject=name or subject,
        place=place,
        window_days=window_days,
        claims=numeric,
        vague=vague,
        lowest=min(numeric, key=lambda r: (_low_value(r), sort_key(r))) if numeric else None,
        highest=max(numeric, key=lambda r: (_high_value(r), r.quantity_high is None)) if numeric else None,
        latest_by_actor=dict(sorted(latest.items(), key=lambda kv: kv[0].lower())),
        conflicts=found.listed,
        denials=find_denials(rows, [*denials, *rows], window_days),
        by_actor=by_actor(numeric),
        n_conflicts=found.total,
        conflict_summary=found.by_actors,
        limit=limit,
    )
