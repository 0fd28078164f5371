"""Conflicts: pairs of numeric claims by different actors, within the window, whose intervals are disjoint.

Such two claims cannot both be true. (One actor changing its own figure is a revision, not a
conflict.) A broad subject has tens of thousands of such pairs ("people killed" at a million
claims: 94,300), so they are also summarised per pair of actors (`ActorPairConflicts`: how many
pairs, over which dates, and the most extreme one); the pairs themselves are built only as asked.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from claimtrack.analysis.terms import (
    DEFAULT_TOLERANCE,
    DEFAULT_WINDOW_DAYS,
    ClaimDate,
    bounds_text,
    claim_date_span,
    interval,
    is_numeric,
    sort_key,
)

if TYPE_CHECKING:
    from claimtrack.records import Claim


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
class ActorPairConflicts:
    """The conflicts between the claims of two actors (names in case-insensitive order; '?' unknown)."""

    actor_a: str
    actor_b: str
    n_pairs: int
    first: str  # the earliest date of a claim in these pairs, and the latest (as the dates are shown)
    last: str
    extreme: Conflict  # the pair whose estimates are furthest apart (ratio of the intervals' near ends)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Conflicts:
    """Every conflict of a set of claims: the pairs listed, how many there are, and per pair of actors."""

    listed: list[Conflict]  # every pair, or the first `keep` in date order when there are more
    total: int
    by_actors: list[ActorPairConflicts]  # most pairs first

    @property
    def complete(self) -> bool:
        return len(self.listed) == self.total


class _Sweep:
    """The numeric claims in date order, with each one's span, interval and actor computed once."""

    def __init__(self, records: Sequence[Claim], tolerance: float) -> None:
        self.claims = sorted((r for r in records if is_numeric(r)), key=sort_key)
        self.spans: list[ClaimDate] = [claim_date_span(r) for r in self.claims]
        bounds = [interval(r, tolerance) for r in self.claims]
        self.lows = [b[0] for b in bounds]
        self.highs = [b[1] for b in bounds]
        self.actors = [r.actor for r in self.claims]
        # undated claims sort last and conflict with nothing (no gap can be computed)
        self.n_dated = sum(1 for s in self.spans if s.known)
        self.starts = [s.start.toordinal() for s in self.spans[: self.n_dated]]  # type: ignore[union-attr]
        self.ends = [s.end.toordinal() for s in self.spans[: self.n_dated]]  # type: ignore[union-attr]

    def pairs(self, window_days: int) -> Iterator[tuple[int, int]]:
        """(i, j), i < j, of every conflict, in the order of i, then j.

        Claims are sorted by the start of their span, so those that start no more than the window
        after claim i ends are the run right after it (found by bisection); none of them ends before
        i starts, so their gap to i is max(0, start - i's end) and within the window.
        """
        starts, lows, highs, actors, n = self.starts, self.lows, self.highs, self.actors, self.n_dated
        for i in range(n):
            k = bisect.bisect_right(starts, self.ends[i] + window_days, i + 1, n)
            lo, hi, actor = lows[i], highs[i], actors[i]
            found = [j for j in range(i + 1, k) if lows[j] > hi or highs[j] < lo]
            for j in found:
                if not actor or actors[j] != actor:
                    yield i, j

    def conflict(self, i: int, j: int) -> Conflict:
        a, b, da, db = self.claims[i], self.claims[j], self.spans[i], self.spans[j]
        gap = max(0, self.starts[j] - self.ends[i])
        low_one, high_one = (a, b) if self.highs[i] < self.lows[j] else (b, a)
        lo_date, hi_date = (da.label, db.label) if low_one is a else (db.label, da.label)
        reason = (
            f"{bounds_text(low_one)} ({low_one.actor or '?'}, {lo_date}) vs {bounds_text(high_one)} "
            f"({high_one.actor or '?'}, {hi_date}): cannot both be true"
            + (f" {gap} days apart" if gap else " at the same time")
        )
        return Conflict(a.claim_id, b.claim_id, a.actor, b.actor, bounds_text(a), bounds_text(b), da.label, db.label,
                        gap, reason)  # fmt: skip

    def distance(self, i: int, j: int) -> float:
        """How far apart two disjoint intervals are: the higher one's low over the lower one's high."""
        below, above = (i, j) if self.highs[i] < self.lows[j] else (j, i)
        high = self.highs[below]
        return self.lows[above] / high if high > 0 else float("inf")


def find_conflicts(
    records: Sequence[Claim],
    window_days: int = DEFAULT_WINDOW_DAYS,
    tolerance: float = DEFAULT_TOLERANCE,
) -> list[Conflict]:
    """Every conflict among `records`, in date order of the earlier claim, then of the later one."""
    sweep = _Sweep(records, tolerance)
    return [sweep.conflict(i, j) for i, j in sweep.pairs(window_days)]


def conflicts(
    records: Sequence[Claim],
    window_days: int = DEFAULT_WINDOW_DAYS,
    tolerance: float = DEFAULT_TOLERANCE,
    keep: int | None = None,
) -> Conflicts:
    """The conflicts among `records`: the first `keep` pairs (None: all), the count, the summary.

    The same pairs as `find_conflicts`, counted per claim and other actor rather than one by one:
    for claim i, the run of claims within the window that conflict with it is grouped by actor;
    each group adds its size, its latest claim and its furthest estimate (the highest low above i,
    the lowest high below it) to that pair of actors.
    """
    sweep = _Sweep(records, tolerance)
    starts, lows, highs, actors, n = sweep.starts, sweep.lows, sweep.highs, sweep.actors, sweep.n_dated
    names = [a or "?" for a in actors]
    kept: list[tuple[int, int]] = []
    groups: dict[tuple[str, str], list] = {}  # (actor, actor) -> [n, first i, last j, extreme (i, j), distance]
    total = 0
    for i in range(n):
        k = bisect.bisect_right(starts, sweep.ends[i] + window_days, i + 1, n)
        lo, hi, actor = lows[i], highs[i], actors[i]
        found = [j for j in range(i + 1, k) if lows[j] > hi or highs[j] < lo]
        if actor:  # one actor's own figures are revisions, not conflicts
            found = [j for j in found if actors[j] != actor]
        if not found:
            continue
        total += len(found)
        if keep is None or len(kept) < keep:
            kept += [(i, j) for j in found[: None if keep is None else keep - len(kept)]]
        by_name: dict[str, list[int]] = {}
        for j in found:
            by_name.setdefault(names[j], []).append(j)
        a = names[i]
        for b, js in by_name.items():
            above = [j for j in js if lows[j] > hi]  # j's interval lies above i's, else below it
            below = [j for j in js if not lows[j] > hi]
            best, far = -1, -1.0
            if above:  # all infinitely far above a high of 0: the first is kept
                best, far = (max(above, key=lows.__getitem__), 0.0) if hi > 0 else (above[0], math.inf)
                if hi > 0:
                    far = lows[best] / hi
            if below:
                j = min(below, key=highs.__getitem__)
                d = lo / highs[j] if highs[j] > 0 else math.inf
                if d > far or (d == far and j < best):
                    best, far = j, d
            key = (a, b) if (a.lower(), a) <= (b.lower(), b) else (b, a)
            group = groups.get(key)
            if group is None:
                groups[key] = [len(js), i, js[-1], (i, best), far]
                continue
            group[0] += len(js)
            if starts[js[-1]] > starts[group[2]]:
                group[2] = js[-1]
            if far > group[4]:  # ties: the earlier pair stays
                group[3], group[4] = (i, best), far
    summary = [
        ActorPairConflicts(a, b, count, sweep.spans[first].label, sweep.spans[last].label, sweep.conflict(*extreme))
        for (a, b), (count, first, last, extreme, _) in groups.items()
    ]
    summary.sort(key=lambda s: (-s.n_pairs, s.actor_a.lower(), s.actor_b.lower()))
    return Conflicts([sweep.conflict(i, j) for i, j in kept], total, summary)
