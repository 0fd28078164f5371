"""Ingest: read documents, extract their claims (in parallel with --jobs), store each atomically.

Re-running is safe: a document already stored (the same name and text) is "unchanged" and nothing is written,
so an interrupted ingest is resumed by running the same command again.

How the work is divided, so that the one process that writes does as little as possible per document:

- the main process finds the files and cuts JSON Lines files into line ranges (`plan_reads`: no
  parsing), and sends these small tasks to the workers, at most a few per worker at a time (so memory
  stays flat however many documents there are, even when the writer is the slower side);
- each worker reads its task's documents, looks up which are stored already (those are not
  extracted: re-running an interrupted ingest only re-reads what was done), extracts the claims of
  the others and prepares the rows to insert (`prepare_document`: claim keys, content hashes, alias
  forms, dates), and sends back plain tuples;
- the main process, in task order, stores the prepared documents with a few multi-row INSERTs per
  batch of `batch_size` documents, one transaction per batch (`write_prepared`).

With ``jobs=1`` the same steps run in the main process, one task after another.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from claimtrack.extraction import extract_claims
from claimtrack.frozen_gc import frozen_gc
from claimtrack.interrupts import deferred_interrupt
from claimtrack.reading import LineRange, ReadFailure, ReadTask, plan_reads, read_task
from claimtrack.reading.metadata import Metadata
from claimtrack.records import SourceDocument
from claimtrack.storage import Store, open_store
from claimtrack.storage.maintenance import refresh_after_ingest
from claimtrack.storage.writer import (
    PreparedDocument,
    StoredDocument,
    prepare_document,
    stored_identities,
    write_prepared,
)

TASK_DOCUMENTS = 32  # documents a worker reads, extracts and prepares per task
TASK_BYTES = 4 << 20  # ... or fewer, when they are large
TASKS_PER_WORKER = 16  # tasks in flight per worker: bounds memory; enough to keep the workers busy
# while the main process writes a batch (~1 ms a document at 100,000 documents)
TAIL_BATCH = 256  # once every task is handed out, documents are written this many at a time, so that
# writing overlaps the workers' last tasks instead of following them (the last write is short)
FLUSH_SECONDS = 5.0  # a batch is also committed when its first document has waited this long
MAX_FAILURES_KEPT = 1000  # failure messages kept in IngestSummary.failures (all are counted and reported)


@dataclass
class IngestSummary:
    """What an ingest did."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    claims: int = 0
    failures: list[str] = field(default_factory=list)  # the first MAX_FAILURES_KEPT messages
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.replaced + self.failed


@dataclass
class Progress:
    """A snapshot handed to the progress callback after every stored batch."""

    documents: int
    claims: int
    failed: int
    elapsed: float


# --- the worker side -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Context:
    overrides: Metadata
    dialect: str
    url: str | None  # where workers look up documents stored already (None: extract every document)


class Unchanged(NamedTuple):
    """A document stored already (same name and text): not extracted, nothing to write."""

    name: str


Done = list[PreparedDocument | Unchanged | str]  # a task's documents, or failure messages, in order
Lookup = Callable[[list[str]], set[str]]  # content hashes -> those stored already

# Workers are forked from the main process after it has closed its database connections (see
# `_done_tasks`): they open their own read connection to look up stored documents, and a SQLite
# library state copied from a process that has the database open must not be used (SQLite's "how to
# corrupt" list: carrying a connection across fork). Not "forkserver": on Python 3.11 its server
# imports claimtrack with the current directory first on sys.path, so run from a folder holding
# another claimtrack checkout, it loads that one and the Pool respawns failing workers forever.
START_METHOD = "fork"

_worker_context: _Context | None = None
_worker_store: Store | None = None


def _init_worker(context: _Context) -> None:
    """Pool initializer: workers leave Ctrl-C to the parent, which stops cleanly and reports what was
    stored, and end when the parent is gone (killed with -9, it cannot stop them: they would wait for
    tasks forever)."""
    global _worker_context
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_context = context
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _run_in_worker(task: ReadTask) -> Done:
    assert _worker_context is not None
    try:
        return _run_task(task, _worker_context, _worker_lookup(_worker_context))
    except Exception as err:  # noqa: BLE001 - a bug in reading: this task's inputs fail, the ingest goes on
        reason = f"{type(err).__name__}: {_first_line(err)}"
        return [f"{_unit_name(unit)}: could not be read ({reason}); please report this" for unit in task.units]


def _worker_lookup(context: _Context) -> Lookup | None:
    global _worker_store
    if context.url is None:
        return None
    if _worker_store is None:
        _worker_store = open_store(context.url, migrate=False)
    store = _worker_store
    return lambda identities: stored_identities(store, identities)


def _run_task(task: ReadTask, context: _Context, stored: Lookup | None) -> Done:
    """Read, extract and prepare the documents of a task; a failure is a message, never an exception.

    Documents stored already (same name and text) are not extracted (so that re-running an interrupted
    ingest only reads what it finished before): they come back as `Unchanged`.
    """
    read = list(read_task(task, context.overrides))
    # each identity hashed once (SHA-256 of the whole text): for the lookup, the check and the rows
    identities = [doc.identity if isinstance(doc, SourceDocument) else "" for doc in read]
    known: set[str] = set()
    if stored is not None:
        try:
            known = stored([identity for identity in identities if identity])
        except Exception:  # noqa: BLE001 - only an optimisation: the writer finds them unchanged anyway
            known = set()
    out: Done = []
    for doc, identity in zip(read, identities, strict=True):
        if isinstance(doc, ReadFailure):
            out.append(str(doc))
            continue
        if identity in known:
            out.append(Unchanged(doc.name))
            continue
        try:
            claims = extract_claims(doc.text, doc.published)
        except Exception as err:  # the extractor must never take the ingest down with it
            out.append(f"{doc.name}: extraction failed ({type(err).__name__}: {err}); please report this")
            continue
        try:
            out.append(prepare_document(doc, claims, context.dialect, identity))
        except Exception as err:  # noqa: BLE001 - reported like a storing failure
            out.append(f"{doc.name}: could not be stored ({type(err).__name__}: {_first_line(err)})")
    return out


def _first_line(err: BaseException) -> str:
    text = str(err)
    return text.splitlines()[0] if text else type(err).__name__


def _done_tasks(tasks: Iterator[ReadTask | ReadFailure], jobs: int, context: _Context, store: Store) -> Iterator[Done]:
    """The result of each task, in order; failures of the plan itself pass through in their place.

    A worker process that dies (killed by the OOM killer, a crash in a C extension) loses the tasks
    in flight: they are run again one at a time in a new pool, and a task that kills its worker on
    its own fails (each of its inputs reported), while every other document is stored as usual.
    """
    if jobs <= 1:
        lookup = None if context.url is None else (lambda identities: stored_identities(store, identities))
        for task in tasks:
            yield [str(task)] if isinstance(task, ReadFailure) else _run_task(task, context, lookup)
        return
    pool = _WorkerPool(jobs, context, store)
    try:
        in_flight: deque[tuple[ReadTask | ReadFailure, Any]] = deque()
        limit = jobs * TASKS_PER_WORKER

        def oldest() -> Iterator[Done]:
            task, future = in_flight.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                redo = [task, *(t for t, _ in in_flight)]
                in_flight.clear()
                pool.restart()
                for task in redo:  # one at a time: the one that kills its worker alone is found
                    yield from pool.run_alone(task)

        for task in tasks:
            if isinstance(task, ReadFailure):
                in_flight.append((task, _Ready([str(task)])))
            else:
                in_flight.append((task, pool.submit(task)))
            while len(in_flight) >= limit:
                yield from oldest()
        while in_flight:
            yield from oldest()
    finally:
        pool.stop()  # also on Ctrl-C and on errors: nothing is left running


class _WorkerPool:
    """Forked extraction workers (a ProcessPoolExecutor: a dead worker breaks it, where a
    multiprocessing.Pool would wait forever for the lost task)."""

    def __init__(self, jobs: int, context: _Context, store: Store) -> None:
        self.jobs, self.context, self.store = jobs, context, store
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        self.store.engine.dispose()  # no open connection is copied into the workers (the pool reconnects)
        return ProcessPoolExecutor(
            self.jobs, mp_context=multiprocessing.get_context(START_METHOD),
            initializer=_init_worker, initargs=(self.context,),
        )  # fmt: skip

    def submit(self, task: ReadTask) -> Future[Done]:
        return self.executor.submit(_run_in_worker, task)

    def restart(self) -> None:
        self.stop()
        self.executor = self._start()

    def run_alone(self, task: ReadTask | ReadFailure) -> Iterator[Done]:
        """The task's result, run with nothing else in flight; its failure if it kills the worker."""
        if isinstance(task, ReadFailure):
            yield [str(task)]
            return
        try:
            yield self.submit(task).result()
        except BrokenProcessPool:
            self.restart()
            if len(task.units) > 1:  # which of its files was it?
                for unit in task.units:
                    yield from self.run_alone(ReadTask((unit,)))
            else:
                yield [f"{_unit_name(task.units[0])}: the worker process reading and extracting it died "
                       "(out of memory?); not stored"]  # fmt: skip

    def stop(self) -> None:
        executor = self.executor
        executor.shutdown(wait=False, cancel_futures=True)
        processes = getattr(executor, "_processes", None) or {}  # no public way before Python 3.14
        for process in list(processes.values()):
            if process.is_alive():
                process.terminate()
        for process in list(processes.values()):
            process.join(5)


def _unit_name(unit: str | LineRange) -> str:
    return f"{unit.path}:line {unit.first_line} and after" if isinstance(unit, LineRange) else unit


@dataclass(frozen=True)
class _Ready:
    value: Done

    def result(self) -> Done:
        return self.value


# --- the main process ----------------------------------------------------------------------------
def ingest(
    store: Store,
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
    jobs: int = 1,
    batch_size: int = 2000,
    replace: bool = False,
    on_failure: Callable[[str], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> IngestSummary:
    """Read, extract and store every document under `paths`; failures are reported and counted, never fatal.

    Documents are committed `batch_size` at a time (each document all-or-nothing). Ctrl-C stops at
    the next task's end, after storing the documents read so far; a second Ctrl-C stops at once,
    rolling back the batch being written. Either way ``summary.interrupted`` is set.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    overrides = Metadata(title=title, outlet=outlet, url=url, published=published)
    context = _Context(overrides, store.dialect, None if replace else store.url)

    def fail(message: str) -> None:
        summary.failed += 1
        if len(summary.failures) < MAX_FAILURES_KEPT:
            summary.failures.append(message)
        if on_failure:
            on_failure(message)

    def count(result: StoredDocument) -> None:
        if result.status == "new":
            summary.new += 1
            summary.claims += result.n_claims
        elif result.status == "replaced":
            summary.replaced += 1
            summary.claims += result.n_claims
        else:
            summary.unchanged += 1

    pending: list[PreparedDocument] = []

    def flush() -> None:
        for item, result in zip(pending, write_prepared(store, pending, replace=replace), strict=True):
            if isinstance(result, Exception):
                fail(f"{item.name}: could not be stored ({type(result).__name__}: {_first_line(result)})")
            else:
                count(result)
        pending.clear()
        if on_progress:
            on_progress(Progress(summary.documents, summary.claims, summary.failed, time.perf_counter() - started))

    planned = _Planned(plan_reads(paths, max_docs=min(TASK_DOCUMENTS, batch_size), max_bytes=TASK_BYTES))
    # frozen before the workers fork: neither side's collections walk the start-up objects
    with frozen_gc(), deferred_interrupt() as interrupt:
        results = _done_tasks(iter(planned), jobs, context, store)
        try:
            waiting_since = reported = time.perf_counter()
            for done in results:
                for item in done:
                    if isinstance(item, str):
                        fail(item)
                    elif isinstance(item, Unchanged):
                        summary.unchanged += 1
                    else:
                        if not pending:
                            waiting_since = time.perf_counter()
                        pending.append(item)
                now = time.perf_counter()
                full = batch_size if jobs <= 1 or not planned.exhausted else min(batch_size, TAIL_BATCH)
                if len(pending) >= full or (pending and now - waiting_since >= FLUSH_SECONDS):
                    flush()
                    reported = now
                elif on_progress and now - reported >= 1.0:  # e.g. a re-run finding everything stored
                    on_progress(Progress(summary.documents, summary.claims, summary.failed, now - started))
                    reported = now
                if interrupt.requested:
                    break
            if pending:
                flush()
        except KeyboardInterrupt:  # a second Ctrl-C, or one from a progress callback
            summary.interrupted = True
        finally:
            results.close()  # stops the workers (also on Ctrl-C and errors)
        summary.interrupted = summary.interrupted or interrupt.requested
    if not summary.interrupted:
        refresh_after_ingest(store, summary.claims)
    summary.seconds = time.perf_counter() - started
    return summary


class _Planned:
    """The planned tasks, remembering when the last one has been handed out."""

    def __init__(self, tasks: Iterator[ReadTask | ReadFailure]) -> None:
        self._tasks = tasks
        self.exhausted = False

    def __iter__(self) -> Iterator[ReadTask | ReadFailure]:
        yield from self._tasks
        self.exhausted = True
