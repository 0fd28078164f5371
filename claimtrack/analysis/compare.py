"""Comparing claims about one subject: who said how many, when, and where they disagree.

Pure functions over `ClaimRecord`s. Terms used throughout:

* **when** a claim was made: its claim date, else (flagged `fallback`) its document's publication
  date. A date of month/week/quarter/year precision covers a span (`2024-10` = Oct 1..Oct 31);
  two claims are "within the window" when their spans are at most `window_days` apart.
* **interval** of a numeric claim: [low, high], a missing low read as 0 and a missing high as
  infinity ("at least 3,000" = [3000, inf), "up to 12,000" = [0, 12000]). A point figure
  ("1,500") is widened by `tolerance` (10 % by default) on each side, since reported figures are
  rounded.
* **conflict**: two numeric claims by different actors, within the window, whose intervals do not
  overlap: they cannot both be true. (One actor changing its figure is a revision: see `by_actor`.)
* **denial**: a claim of kind "denial" in one of the subject's documents, or about the same
  subject within the window of the subject's claims.
* **vague** claims ("thousands") are listed apart and never enter the numeric spread.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from claimtrack.records import ClaimRecord
from claimtrack.records import bounds_text as format_bounds

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


def claim_date_span(record: ClaimRecord) -> ClaimDate:
    """When the claim was made: its claim date (with its precision), else its publication date."""
    if record.claim_date:
        try:
            start, end = _span(record.claim_date, record.date_precision)
            return ClaimDate(start, end, record.claim_date)
        except (ValueError, IndexError):
            pass
    if record.published is not None:
        return ClaimDate(record.published, record.published, record.published.isoformat(), fallback=True)
    return ClaimDate(None, None, "", fallback=True)


def sort_key(record: ClaimRecord) -> tuple:
    when = claim_date_span(record)
    return (when.start is None, when.start or dt.date.min, when.end or dt.date.min, record.claim_id)


def is_numeric(record: ClaimRecord) -> bool:
    return not record.vague and (record.quantity_low is not None or record.quantity_high is not None)


def interval(record: ClaimRecord, tolerance: float = 0.0) -> tuple[float, float]:
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


def bounds_text(record: ClaimRecord) -> str:
    """'at least 3,000', '8,000', 'up to 12,000', '10,000-12,000', 'thousands' (as the CLI shows them)."""
    return format_bounds(record.quantity_low, record.quantity_high, record.quantity_qualifier, record.vague)


@dataclass(frozen=True)
class Conflict:
    """Two claims that cannot both be true."""

    a: str  # claim ids, a made no later than b
    b: str
    actor_a: str | None
    actor_b: str | None
    text_a: str
    text_b: str
    date_a: str
    date_b: str
    days_apart: int
    reason: str


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
    claims: list[ClaimRecord]  # numeric ones, in date order
    vague: list[ClaimRecord]  # "thousands" ...: not in the spread
    lowest: ClaimRecord | None  # the claim with the lowest estimate
    highest: ClaimRecord | None
    latest_by_actor: dict[str, ClaimRecord]
    conflicts: list[Conflict]
    denials: list[ClaimRecord]
    by_actor: dict[str, list[ActorFigure]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A stable, JSON-ready form (dates as ISO strings, infinity as null)."""

        def claim(r: ClaimRecord) -> dict[str, Any]:
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
            "claims": [claim(r) for r in self.claims],
            "vague": [claim(r) for r in self.vague],
            "lowest": claim(self.lowest) if self.lowest else None,
            "highest": claim(self.highest) if self.highest else None,
            "latest_by_actor": {k: claim(v) for k, v in self.latest_by_actor.items()},
            "conflicts": [asdict(c) for c in self.conflicts],
            "denials": [claim(r) for r in self.denials],
            "by_actor": {k: [asdict(f) for f in v] for k, v in self.by_actor.items()},
        }


def _low_value(r: ClaimRecord) -> float:
    return r.quantity_low if r.quantity_low is not None else (r.quantity_high or 0.0)


def _high_value(r: ClaimRecord) -> float:
    return r.quantity_high if r.quantity_high is not None else (r.quantity_low or 0.0)


def subjects_overview(records: Iterable[ClaimRecord]) -> list[SubjectSummary]:
    """Every subject with its claim count, actors, places, date span and spread; most claims first."""
    groups: dict[str, list[ClaimRecord]] = {}
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


def find_conflicts(
    records: Sequence[ClaimRecord],
    window_days: int = DEFAULT_WINDOW_DAYS,
    tolerance: float = DEFAULT_TOLERANCE,
) -> list[Conflict]:
    """Pairs of numeric claims by different actors, within the window, whose intervals are disjoint.

    Claims are in date order (start of their span, undated last): once a later claim starts more
    than the window after this one ends, so do all after it, and the rest is skipped. Each claim's
    span and interval are computed once, not once per pair.
    """
    numeric = sorted((r for r in records if is_numeric(r)), key=sort_key)
    spans = [claim_date_span(r) for r in numeric]
    intervals = [interval(r, tolerance) for r in numeric]
    out: list[Conflict] = []
    for i, a in enumerate(numeric):
        da = spans[i]
        if not da.known:  # undated: no gap to any claim (and every later claim is undated too)
            break
        assert da.end is not None
        lo_a, hi_a = intervals[i]
        for j in range(i + 1, len(numeric)):
            b, db = numeric[j], spans[j]
            if db.start is not None and (db.start - da.end).days > window_days:
                break  # this and every later claim start too long after `a` ends
            if a.actor and b.actor and a.actor == b.actor:
                continue
            gap = days_apart(da, db)
            if gap is None or gap > window_days:
                continue
            lo_b, hi_b = intervals[j]
            if hi_a < lo_b or hi_b < lo_a:
                low_one, high_one = (a, b) if hi_a < lo_b else (b, a)
                lo_date, hi_date = (da.label, db.label) if low_one is a else (db.label, da.label)
                reason = (
                    f"{bounds_text(low_one)} ({low_one.actor or '?'}, {lo_date}) vs {bounds_text(high_one)} "
                    f"({high_one.actor or '?'}, {hi_date}): cannot both be true"
                    + (f" {gap} days apart" if gap else " at the same time")
                )
                out.append(
                    Conflict(
                        a.claim_id, b.claim_id, a.actor, b.actor, bounds_text(a), bounds_text(b),
                        da.label, db.label, gap, reason,
                    )  # fmt: skip
                )
    return out


def find_denials(
    subject_claims: Sequence[ClaimRecord],
    candidates: Iterable[ClaimRecord],
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> list[ClaimRecord]:
    """Denials (kind "denial") in the subject's documents, or of the same subject within the window."""
    documents = {r.document for r in subject_claims}
    subjects = {r.subject.strip().lower() for r in subject_claims if r.subject}
    spans = [d for d in (claim_date_span(r) for r in subject_claims) if d.known]
    found: dict[str, ClaimRecord] = {}
    for c in candidates:
        if c.kind != "denial" or c.claim_id in found:
            continue
        if c.document in documents:
            found[c.claim_id] = c
            continue
        if c.subject and c.subject.strip().lower() in subjects:
            when = claim_date_span(c)
            gaps = [g for g in (days_apart(when, s) for s in spans) if g is not None]
            if gaps and min(gaps) <= window_days:
                found[c.claim_id] = c
    return sorted(found.values(), key=sort_key)


def by_actor(records: Iterable[ClaimRecord]) -> dict[str, list[ActorFigure]]:
    """Each actor's numeric figures in date order, with how each changed from the one before."""
    groups: dict[str, list[ClaimRecord]] = {}
    for r in sorted((r for r in records if is_numeric(r)), key=sort_key):
        groups.setdefault(r.actor or "(unknown actor)", []).append(r)
    out: dict[str, list[ActorFigure]] = {}
    for actor in sorted(groups, key=str.lower):
        figures: list[ActorFigure] = []
        previous: ClaimRecord | None = None
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
    records: Iterable[ClaimRecord],
    subject: str,
    place: str | None = None,
    denials: Iterable[ClaimRecord] = (),
    window_days: int = DEFAULT_WINDOW_DAYS,
    tolerance: float = DEFAULT_TOLERANCE,
) -> Comparison:
    """Compare the claims about `subject` (case-insensitive) among `records`.

    `denials`: candidate claims of kind "denial" (they usually have no subject) to match against the
    subject's documents and dates. `place` is only recorded: filter records by place beforehand.
    """
    wanted = subject.strip().lower()
    rows = sorted((r for r in records if (r.subject or "").strip().lower() == wanted), key=sort_key)
    numeric = [r for r in rows if is_numeric(r)]
    vague = [r for r in rows if not is_numeric(r)]
    latest: dict[str, ClaimRecord] = {}
    for r in numeric:  # date order: the last one wins
        latest[r.actor or "(unknown actor)"] = r
    name = rows[0].subject if rows else subject
    return Comparison(
        subject=name or subject,
        place=place,
        window_days=window_days,
        claims=numeric,
        vague=vague,
        lowest=min(numeric, key=lambda r: (_low_value(r), sort_key(r))) if numeric else None,
        highest=max(numeric, key=lambda r: (_high_value(r), r.quantity_high is None)) if numeric else None,
        latest_by_actor=dict(sorted(latest.items(), key=lambda kv: kv[0].lower())),
        conflicts=find_conflicts(numeric, window_days, tolerance),
        denials=find_denials(rows, [*denials, *rows], window_days),
        by_actor=by_actor(numeric),
    )
