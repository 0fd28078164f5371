#!/usr/bin/env python3
"""Where an ingest's CPU goes outside the extractor, per article.

    python benchmarks/ingest_cost.py stages CORPUS.jsonl --db sqlite:////tmp/c.db [--cache /tmp/c.pickle]
    python benchmarks/ingest_cost.py split CORPUS.jsonl --db sqlite:////tmp/c.db --jobs 2

`stages` runs the steps of `claimtrack.ingest._run_task` one by one in this process over the tasks of
`plan_reads([CORPUS])` and prints the CPU time (`time.process_time`) per article of each: reading,
the identity hashes and the stored-document lookup, extraction, `prepare_document`, pickling a task's
result (worker side) and unpickling it (main side), then the writer: `write_prepared` in batches of
2,000 into the fresh store `--db` (it must not exist, or be an empty database). With `--cache FILE` the
documents and their extracted claims are kept in FILE (made on the first run), so later runs skip
extraction and time the other stages of the current code on the same input. They are frozen out of the
garbage collector's reach once loaded (`gc.freeze`): without that, full collections walking the whole
cache moved ~0.15 ms per article between the unpickle, prepare and write stages from run to run.

`split` runs an in-process `ingest(..., jobs=J)` into a fresh store and splits its CPU time with
`getrusage`: RUSAGE_SELF is the main process (planning, unpickling, writing, the progress callback),
RUSAGE_CHILDREN the extraction workers (reading, lookup, extraction, preparing, pickling).

`ceiling` reads and extracts every document on J forked processes and stores nothing (`--db` is not used): the
rate that no ingest with this extractor can beat on this machine, whatever the storing costs.

    python benchmarks/ingest_cost.py ceiling CORPUS.jsonl --db - --jobs 2
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import pickle
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimtrack.extraction import extract_claims
from claimtrack.ingest import Progress, ingest
from claimtrack.reading import ReadTask, plan_reads, read_task
from claimtrack.reading.metadata import Metadata
from claimtrack.records import SourceDocument
from claimtrack.storage import open_store
from claimtrack.storage.writer import prepare_document, stored_identities, write_prepared

BATCH = 2000


def _load_avg() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def _timed(totals: dict[str, float], stage: str, fn: Callable[[], Any]) -> Any:
    start = time.process_time()
    value = fn()
    totals[stage] = totals.get(stage, 0.0) + time.process_time() - start
    return value


def _extracted(corpus: str, cache: str | None, totals: dict[str, float]) -> list[list[tuple[SourceDocument, Any]]]:
    """Per task, its documents and their claims (from `cache` when it exists)."""
    if cache and Path(cache).exists():
        with open(cache, "rb") as stream:
            return pickle.load(stream)
    overrides = Metadata()
    tasks: list[list[tuple[SourceDocument, Any]]] = []
    for task in plan_reads([corpus], max_docs=32, max_bytes=4 << 20):
        assert isinstance(task, ReadTask), task
        docs = _timed(totals, "read", lambda task=task: list(read_task(task, overrides)))
        tasks.append([
            (doc, _timed(totals, "extract", lambda doc=doc: extract_claims(doc.text, doc.published)))
            for doc in docs
        ])  # fmt: skip
    if cache:
        with open(cache, "wb") as stream:
            pickle.dump(tasks, stream, protocol=pickle.HIGHEST_PROTOCOL)
    return tasks


def stages(corpus: str, url: str, cache: str | None) -> None:
    totals: dict[str, float] = {}
    load_before = _load_avg()
    tasks = _extracted(corpus, cache, totals)
    # the cached documents and claims out of the collector's reach, as `ingest` freezes what its main process
    # holds at the start: else every full collection walks them all, and where one falls moves CPU between stages
    gc.collect()
    gc.freeze()
    overrides = Metadata()
    if "read" not in totals:  # from the cache: read again to time it
        for task in plan_reads([corpus], max_docs=32, max_bytes=4 << 20):
            assert isinstance(task, ReadTask)
            _timed(totals, "read", lambda task=task: list(read_task(task, overrides)))
    store = open_store(url)
    dialect = store.dialect
    batch: list[Any] = []
    n_docs = failed = 0
    for docs in tasks:
        n_docs += len(docs)
        ids = _timed(totals, "identity", lambda docs=docs: [doc.identity for doc, _ in docs])
        _timed(totals, "lookup", lambda ids=ids: stored_identities(store, ids))
        out = _timed(totals, "prepare", lambda docs=docs: [prepare_document(d, c, dialect) for d, c in docs])
        data = _timed(totals, "pickle", lambda out=out: pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
        batch += _timed(totals, "unpickle", lambda data=data: pickle.loads(data))
        if len(batch) >= BATCH:
            failed += _failures(_timed(totals, "write", lambda batch=batch: write_prepared(store, batch)))
            batch = []
    if batch:
        failed += _failures(_timed(totals, "write", lambda: write_prepared(store, batch)))
    store.close()
    print(f"{n_docs} articles ({failed} not stored), load {load_before} -> {_load_avg()}; CPU ms per article:")
    for stage, seconds in totals.items():
        print(f"  {stage:<9} {1000 * seconds / n_docs:7.3f}")
    other = sum(v for k, v in totals.items() if k != "extract")
    print(f"  {'not extract':<9} {1000 * other / n_docs:7.3f}")


def _failures(results: list[Any]) -> int:
    """How many documents of a write failed (a timing of failed writes would mean nothing)."""
    return sum(isinstance(result, Exception) for result in results)


def split(corpus: str, url: str, jobs: int) -> None:
    store = open_store(url)
    load_before = _load_avg()
    self0 = resource.getrusage(resource.RUSAGE_SELF)
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    seen: list[Progress] = []
    summary = ingest(store, [corpus], jobs=jobs, on_progress=seen.append)
    wall = time.perf_counter() - wall
    self1 = resource.getrusage(resource.RUSAGE_SELF)
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    store.close()
    n = summary.documents

    def cpu(a: Any, b: Any) -> float:
        return (b.ru_utime - a.ru_utime) + (b.ru_stime - a.ru_stime)

    main, workers = cpu(self0, self1), cpu(kids0, kids1)
    print(f"{n} articles ({summary.claims} claims) in {wall:.1f} s = {n / wall:.0f}/s, load {load_before} -> "
          f"{_load_avg()}")  # fmt: skip
    print(f"  main    {main:6.2f} CPU s = {1000 * main / n:.3f} ms per article")
    print(f"  workers {workers:6.2f} CPU s = {1000 * workers / n:.3f} ms per article")
    print(f"  total   {main + workers:6.2f} CPU s = {n / (main + workers):.0f} articles per CPU s")


def _extract_task(task: ReadTask) -> tuple[int, int]:
    """(documents, claims) of one task, read and extracted; nothing is kept."""
    docs = [doc for doc in read_task(task, Metadata()) if isinstance(doc, SourceDocument)]
    return len(docs), sum(len(extract_claims(doc.text, doc.published)) for doc in docs)


def ceiling(corpus: str, jobs: int) -> None:
    tasks = [task for task in plan_reads([corpus], max_docs=32, max_bytes=4 << 20) if isinstance(task, ReadTask)]
    load_before = _load_avg()
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        done = pool.map(_extract_task, tasks, chunksize=1)
    wall = time.perf_counter() - wall
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    n, claims = sum(d for d, _ in done), sum(c for _, c in done)
    cpu = (kids1.ru_utime - kids0.ru_utime) + (kids1.ru_stime - kids0.ru_stime)
    print(f"{n} articles ({claims} claims) read and extracted on {jobs} processes, nothing stored: {wall:.1f} s = "
          f"{n / wall:.0f} articles/s; {cpu:.1f} CPU s = {1000 * cpu / n:.3f} ms per article; load {load_before} -> "
          f"{_load_avg()}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("stages", "split", "ceiling"))
    parser.add_argument("corpus")
    parser.add_argument("--db", required=True, help="a fresh store's URL")
    parser.add_argument("--cache", help="stages: keep the extracted claims in this file")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.mode == "stages":
        stages(args.corpus, args.db, args.cache)
    elif args.mode == "split":
        split(args.corpus, args.db, args.jobs)
    else:
        ceiling(args.corpus, args.jobs)


if __name__ == "__main__":
    main()
