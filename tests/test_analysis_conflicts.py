"""Conflicts summarised per pair of actors: what counting every pair one by one gives, without the pairs."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from test_analysis_compare import rec

from claimtrack.analysis.compare import claim_date_span, compare_subject, find_conflicts, interval
from claimtrack.analysis.conflicts import conflicts
from claimtrack.records import ClaimRecord


def random_claims(seed: int, n_max: int = 60) -> list[ClaimRecord]:
    rng = random.Random(seed)
    records = []
    for n in range(rng.randint(0, n_max)):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 120))
        precision = rng.choice(["day", "day", "week", "month"])
        date = None if rng.random() < 0.1 else (day.strftime("%Y-%m") if precision == "month" else day.isoformat())
        low = rng.choice([None, 0, 100, 1000, 1500, 3000, 8000])
        high = rng.choice([None, low, 2000, 12000]) if low is not None else rng.choice([None, 0, 500, 12000])
        records.append(rec(f"c{n:02d}", rng.choice(["A", "b", "B", "C", None, ""]), low, high, date,
                           precision=precision, published=dt.date(2024, 1, 1) + dt.timedelta(days=n)))  # fmt: skip
    return records


def _distance(by_id: dict[str, ClaimRecord], a: str, b: str) -> float:
    (lo_a, hi_a), (lo_b, hi_b) = interval(by_id[a], 0.1), interval(by_id[b], 0.1)
    below_hi, above_lo = (hi_a, lo_b) if hi_a < lo_b else (hi_b, lo_a)
    return above_lo / below_hi if below_hi > 0 else float("inf")


@pytest.mark.parametrize("seed", range(15))
def test_summary_per_pair_of_actors_counts_what_every_pair_gives(seed: int) -> None:
    records = random_claims(seed)
    window = random.Random(seed).choice([0, 7, 30])
    pairs = find_conflicts(records, window, 0.1)
    by_id = {r.claim_id: r for r in records}
    start = {claim_date_span(r).label: claim_date_span(r).start for r in records}
    expected: dict[tuple[str, str], list] = {}
    for c in pairs:  # in find_conflicts' order: the first pair of the furthest apart is kept
        a, b = sorted((c.actor_a or "?", c.actor_b or "?"), key=lambda s: (s.lower(), s))
        group = expected.setdefault((a, b), [0, [], None, -1.0])
        group[0] += 1
        group[1] += [claim_date_span(by_id[c.a]).start, claim_date_span(by_id[c.b]).start]
        if (d := _distance(by_id, c.a, c.b)) > group[3]:
            group[2], group[3] = (c.a, c.b), d

    found = conflicts(records, window, 0.1)
    assert found.total == len(pairs) and found.listed == pairs and found.complete
    assert {(s.actor_a, s.actor_b) for s in found.by_actors} == set(expected)
    for s in found.by_actors:
        n, starts, extreme, _ = expected[(s.actor_a, s.actor_b)]
        assert s.n_pairs == n
        assert (start[s.first], start[s.last]) == (min(starts), max(starts))
        assert (s.extreme.a, s.extreme.b) == extreme
        assert s.extreme in pairs
    assert [s.n_pairs for s in found.by_actors] == sorted((s.n_pairs for s in found.by_actors), reverse=True)


@pytest.mark.parametrize("keep", [0, 1, 5])
def test_only_the_first_pairs_are_built_when_asked(keep: int) -> None:
    records = random_claims(3, n_max=80)
    every = find_conflicts(records, 30, 0.1)
    assert len(every) > 5
    found = conflicts(records, 30, 0.1, keep=keep)
    assert found.listed == every[:keep] and found.total == len(every) and not found.complete
    assert sum(s.n_pairs for s in found.by_actors) == len(every)


def test_comparison_keeps_the_first_pairs_and_the_summary_and_cuts_its_lists_at_the_limit() -> None:
    records = [rec(f"a{i}", "Low Ministry", 10, 10, f"2024-10-{i + 1:02d}") for i in range(4)]
    records += [rec(f"b{i}", "High Office", 10_000, 10_000, f"2024-10-{i + 2:02d}") for i in range(3)]
    records += [rec("v", "Someone", None, None, qualifier="thousands", vague=True)]
    full = compare_subject(records, "North Korean troops")
    assert full.total_conflicts == 12 and len(full.conflicts) == 12
    cut = compare_subject(records, "North Korean troops", limit=2)
    assert cut.conflicts == full.conflicts[:2] and cut.total_conflicts == 12
    (pair,) = cut.conflict_summary
    assert (pair.actor_a, pair.actor_b, pair.n_pairs, pair.first, pair.last) == (
        "High Office", "Low Ministry", 12, "2024-10-01", "2024-10-04")  # fmt: skip
    data = cut.to_dict()
    assert [c["claim_id"] for c in data["claims"]] == ["a0", "a1"]
    assert data["counts"] == {"claims": 7, "vague": 1, "conflicts": 12, "denials": 0}
    assert len(data["conflicts"]) == 2 and data["conflict_summary"][0]["n_pairs"] == 12
    everything = compare_subject(records, "North Korean troops", limit=2, all_conflicts=True)
    assert everything.conflicts == full.conflicts and len(everything.to_dict()["conflicts"]) == 12
