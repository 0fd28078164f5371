"""Ingest: read documents, extract their claims (in parallel with --jobs), store each atomically.

Re-running is safe: a document whose text is already stored is "unchanged" and nothing is written,
so an interrupted ingest is resumed by running the same command again.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack.extraction import extract_claims
from claimtrack.reading import ReadFailure, iter_documents
from claimtrack.records import ExtractedClaim, SourceDocument
from claimtrack.storage import Store
from claimtrack.storage.writer import store_documents

Extracted = tuple[SourceDocument, list[ExtractedClaim] | None, str | None]


@dataclass
class IngestSummary:
    """What an ingest did."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    claims: int = 0
    failures: list[str] = field(default_factory=list)
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


def _extract(doc: SourceDocument) -> Extracted:
    try:
        return doc, extract_claims(doc.text, doc.published), None
    except Exception as err:  # the extractor must never take the ingest down with it
        return doc, None, f"{doc.name}: extraction failed ({type(err).__name__}: {err}); please report this"


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops cleanly and reports what was stored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extracted(docs: Iterable[SourceDocument], jobs: int) -> Iterator[Extracted]:
    if jobs <= 1:
        yield from map(_extract, docs)
        return
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs, initializer=_ignore_sigint) as pool:
        yield from pool.imap(_extract, docs, chunksize=16)


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
    jobs: int = 1,
    batch_size: int = 50,
    replace: bool = False,
    on_failure: Callable[[str], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> IngestSummary:
    """Read, extract and store every document under `paths`; failures are reported and counted, never fatal."""
    summary = IngestSummary()
    started = time.perf_counter()

    def fail(message: str) -> None:
        summary.failed += 1
        summary.failures.append(message)
        if on_failure:
            on_failure(message)

    def documents() -> Iterator[SourceDocument]:
        for item in iter_documents(paths, published=published, outlet=outlet, title=title, url=url):
            if isinstance(item, ReadFailure):
                fail(str(item))
            else:
                yield item

    def extracted_ok() -> Iterator[tuple[SourceDocument, list[ExtractedClaim]]]:
        for doc, claims, error in _extracted(documents(), jobs):
            if error is not None or claims is None:
                fail(error or f"{doc.name}: extraction failed")
                continue
            yield doc, claims

    try:
        for result in _store_all(store, extracted_ok(), replace, batch_size, fail):
            if result.status == "new":
                summary.new += 1
                summary.claims += result.n_claims
            elif result.status == "replaced":
                summary.replaced += 1
                summary.claims += result.n_claims
            else:
                summary.unchanged += 1
            if on_progress:
                on_progress(Progress(summary.documents, summary.claims, summary.failed,
                                     time.perf_counter() - started))  # fmt: skip
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.perf_counter() - started
    return summary


def _store_all(
    store: Store, items: Iterable, replace: bool, batch_size: int, fail: Callable[[str], None]
) -> Iterator:
    """Store in batches; a document that cannot be stored is reported and the rest go on."""
    pending: list[tuple[SourceDocument, list[ExtractedClaim]]] = []

    def flush():
        done = 0
        try:
            for result in store_documents(store, pending, replace=replace, batch_size=batch_size):
                done += 1
                yield result
        except Exception:
            # find the culprit: one transaction per document for the rest of the batch
            for doc, claims in pending[done:]:
                try:
                    yield from store_documents(store, [(doc, claims)], replace=replace, batch_size=1)
                except Exception as err:  # noqa: BLE001 - reported, the ingest goes on
                    fail(f"{doc.name}: could not be stored ({type(err).__name__}: {str(err).splitlines()[0]})")

    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
            pending = []
    if pending:
        yield from flush()
