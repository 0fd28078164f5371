#!/usr/bin/env python3
"""The benchmark queries for the claimtrack on PYTHONPATH, with a digest of their records: A/B checks.

    PYTHONPATH=OLD_CHECKOUT python benchmarks/query_ab.py sqlite:////tmp/store-0004.db
    PYTHONPATH=$PWD python benchmarks/query_ab.py sqlite:////tmp/store.db --repeat 20

Runs the queries of `run.py` (same values: the most frequent actor and subject, the median month)
plus what `claimtrack compare --subject` reads (`storage.comparison.compare_read` when the code has
it, else `query_claims`: the subject's claims, then the denials found), and prints
for each the rows, a digest of every record (same digest = same rows in the same order; for compare,
of the fields it reads, the subject's claims sorted by claim id: compare reads them in no
particular order), and p50/p95 of wall and CPU
time (`time.process_time` of this process). The store is opened without migrating, so the code
before a new migration can run on a copy of the store at its older revision; alternate old and new
code in the same minutes, since other work on the machine moves the figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench  # noqa: E402  (pick_values: the same query values as run.py)

VIEW_FIELDS = ("claim_id", "document", "outlet", "published", "actor", "actor_affiliation", "kind", "quantity_low",
               "quantity_high", "quantity_qualifier", "quantity_raw", "vague", "place", "claim_date", "date_precision",
               "confidence", "reliability", "credibility", "evidence", "subject", "review_status")  # fmt: skip
"""What compare reads of a claim (`ClaimView`): the digest of its read compares these, records or views."""


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="the store (SQLAlchemy URL)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)

    import claimtrack
    from claimtrack.analysis.compare import find_denials
    from claimtrack.storage import ClaimFilter, open_store, query_claims

    try:  # the code before storage.comparison read every denial
        from claimtrack.storage.comparison import denial_candidates
    except ImportError:
        denial_candidates = None
    try:  # the code before it read whole records, not views of what compare shows
        from claimtrack.storage.comparison import compare_read
    except ImportError:
        compare_read = None

    v = bench.pick_values(args.url)
    filters = {
        "actor": ClaimFilter(actor=v["actor"], limit=100),
        "place Russia": ClaimFilter(place="Russia", limit=100),
        "date range": ClaimFilter(since=v["since"], until=v["until"], limit=100),
        "text troops": ClaimFilter(text="troops", limit=100),
        'text "air defence"': ClaimFilter(text='"air defence"', limit=100),
        "all claims of the subject": ClaimFilter(subject=v["subject"]),
    }
    print(f"# {claimtrack.__file__}; {v}; load {os.getloadavg()[0]:.2f}")
    with open_store(args.url, migrate=False) as store:

        def compare() -> list:
            if compare_read is not None:
                records, candidates = compare_read(store, ClaimFilter(subject=v["subject"]))
            else:
                records = list(query_claims(store, ClaimFilter(subject=v["subject"])))
                if denial_candidates is None:
                    candidates = list(query_claims(store, ClaimFilter(kind="denial")))
                else:
                    candidates = denial_candidates(store, records)
            return [*records, *find_denials(records, [*candidates, *records])]

        def compare_subject_read() -> list:
            if compare_read is not None:
                return compare_read(store, ClaimFilter(subject=v["subject"]), denials=False)[0]
            return list(query_claims(store, ClaimFilter(subject=v["subject"])))

        runs: dict[str, Callable[[], list]] = {
            name: (lambda flt=flt: list(query_claims(store, flt))) for name, flt in filters.items()
        }
        runs["compare's read of the subject"] = compare_subject_read
        runs["compare --subject read (+ denials found)"] = compare
        for name, fn in runs.items():
            wall, cpu, out = [], [], []
            for i in range(args.repeat + 1):
                t0, c0 = time.perf_counter(), time.process_time()
                out = fn()
                c1, t1 = time.process_time(), time.perf_counter()
                if i:  # the first run warms caches
                    wall.append((t1 - t0) * 1000)
                    cpu.append((c1 - c0) * 1000)
            if name.startswith("compare"):  # records or views: the fields compare reads; its claims by id
                subject = sorted((r for r in out if r.kind != "denial"), key=lambda r: r.claim_id)
                ordered = [*subject, *(r for r in out if r.kind == "denial")]
                dumped = json.dumps([{f: getattr(r, f) for f in VIEW_FIELDS} for r in ordered], default=str).encode()
            else:
                dumped = json.dumps([r.model_dump(mode="json") for r in out]).encode()
            print(f"{name:40s} rows {len(out):5d} {hashlib.sha256(dumped).hexdigest()[:10]}  "
                  f"wall p50/p95 {statistics.median(wall):6.1f} / {_p95(wall):6.1f}  "
                  f"cpu p50/p95 {statistics.median(cpu):6.1f} / {_p95(cpu):6.1f}")  # fmt: skip
    print(f"# load {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
