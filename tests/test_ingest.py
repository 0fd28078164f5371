"""The ingest pipeline: the same result with and without worker processes, batches, failures, Ctrl-C."""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

import pytest
import sqlalchemy as sa

from claimtrack import ingest as ingest_mod
from claimtrack.ingest import Progress, ingest
from claimtrack.storage import Store, open_store
from claimtrack.storage.schema import claims, documents, mentions

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def article(i: int) -> str:
    return (f"Report {i}. Defence ministry spokesman Oleh Petrenko said on Monday that {100 + i} soldiers had "
            f'arrived in Kharkiv overnight. "We counted {i + 3} tanks near the border," Petrenko said.')  # fmt: skip


def inputs(folder: Path, n: int = 40) -> Path:
    """The seeds, a JSON Lines file of `n` articles with a broken line in it, and an empty file."""
    shutil.copytree(SEEDS, folder / "seeds")
    lines = [json.dumps({"id": f"a{i}", "text": article(i), "published": "2024-11-04"}) for i in range(n)]
    lines.insert(n // 2, '{"id": "broken", ')
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "zz-empty.txt").write_text("", encoding="utf-8")
    return folder


def contents(store: Store) -> tuple[list, list, int]:
    with store.read() as conn:
        docs = conn.execute(sa.select(documents.c.name, documents.c.content_hash).order_by(documents.c.id)).all()
        keys = conn.execute(sa.select(claims.c.claim_key).order_by(claims.c.claim_key)).scalars().all()
        n_mentions = conn.execute(sa.select(sa.func.count()).select_from(mentions)).scalar_one()
    return [tuple(d) for d in docs], keys, n_mentions


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_or_not_the_store_is_the_same(tmp_path: Path, store_url: str, jobs: int) -> None:
    folder = inputs(tmp_path / "in")
    with open_store(f"sqlite:///{tmp_path / 'reference.db'}") as ref:
        expected = ingest(ref, [folder], jobs=1, batch_size=1000)
        reference = contents(ref)
    failures: list[str] = []
    with open_store(store_url) as store:
        summary = ingest(store, [folder], jobs=jobs, batch_size=7, on_failure=failures.append)
        assert contents(store) == reference
        again = ingest(store, [folder], jobs=jobs, batch_size=7)
    assert (expected.new, expected.failed) == (42, 2) and expected.claims > 80
    assert (summary.new, summary.failed, summary.claims) == (expected.new, expected.failed, expected.claims)
    assert [f.split(": ")[0] for f in failures] == [f"{folder / 'feed.jsonl'}:line 21", str(folder / "zz-empty.txt")]
    assert summary.failures == failures
    assert (again.new, again.unchanged, again.claims) == (0, 42, 0)


def test_progress_after_each_batch_and_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    folder = inputs(tmp_path / "in", n=200)
    seen: list[Progress] = []

    def on_progress(p: Progress) -> None:
        seen.append(p)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        summary = ingest(store, [folder], jobs=2, batch_size=20, on_progress=on_progress)
        assert summary.interrupted
        assert [p.documents for p in seen] == [20, 40, 60]
        stored = contents(store)[0]
        assert len(stored) == 60
        rest = ingest(store, [folder], jobs=2)
    assert not rest.interrupted and (rest.new, rest.unchanged) == (142, 60)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_sigint_stops_after_storing_what_was_read_and_raises_nothing(tmp_path: Path, jobs: int) -> None:
    """What a terminal's Ctrl-C sends: the ingest ends at a task's end, the documents read are stored."""
    folder = inputs(tmp_path / "in", n=200)
    seen: list[Progress] = []
    went_on: list[bool] = []

    def on_progress(p: Progress) -> None:
        seen.append(p)
        if len(seen) == 2:
            os.kill(os.getpid(), signal.SIGINT)
            went_on.append(True)  # not reached when the signal raises KeyboardInterrupt here

    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        summary = ingest(store, [folder], jobs=jobs, batch_size=10, on_progress=on_progress)
        assert summary.interrupted and went_on and 20 <= summary.new < 200
        assert len(contents(store)[0]) == summary.new
        rest = ingest(store, [folder], jobs=jobs)
    assert not rest.interrupted and (rest.new, rest.unchanged) == (202 - summary.new, summary.new)


def test_in_flight_tasks_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """However slow the writer, no more than TASKS_PER_WORKER tasks per worker are read ahead."""
    folder = inputs(tmp_path / "in", n=400)
    planned = 0
    stored_tasks = 0
    real_plan = ingest_mod.plan_reads

    def counting_plan(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal planned
        for task in real_plan(*args, **kwargs):
            planned += 1
            yield task

    ahead: list[int] = []

    def on_progress(p: Progress) -> None:
        nonlocal stored_tasks
        stored_tasks += 1
        ahead.append(planned - stored_tasks)

    monkeypatch.setattr(ingest_mod, "plan_reads", counting_plan)
    monkeypatch.setattr(ingest_mod, "TASK_DOCUMENTS", 10)
    monkeypatch.setattr(ingest_mod, "TASKS_PER_WORKER", 2)
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        summary = ingest(store, [folder], jobs=2, batch_size=10, on_progress=on_progress)
    assert summary.new == 402
    assert max(ahead) <= 2 * 2 + 1  # 41 tasks in all


def test_a_rerun_does_not_extract_what_is_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = inputs(tmp_path / "in", n=30)
    calls: list[str] = []
    real = ingest_mod.extract_claims

    def counting(text: str, published: object) -> list:
        calls.append(text)
        return real(text, published)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_mod, "extract_claims", counting)
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        first = ingest(store, [folder])
        assert (first.new, len(calls)) == (32, 32)
        calls.clear()
        again = ingest(store, [folder])
        assert (again.new, again.unchanged, again.failed, calls) == (0, 32, 2, [])
        redo = ingest(store, [folder], replace=True)  # --reextract reads every document again
        assert (redo.replaced, len(calls)) == (32, 32)


def test_a_worker_that_dies_loses_only_the_document_that_killed_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed mid-task (OOM killer, a crash) does not hang the ingest: the tasks in flight
    run again, and the one input that kills its worker on its own fails with a message."""
    folder = inputs(tmp_path / "in", n=60)
    (folder / "poison.txt").write_text("POISON " + article(999), encoding="utf-8")
    real = ingest_mod.extract_claims

    def deadly(text: str, published: object) -> list:
        if text.startswith("POISON"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, published)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_mod, "extract_claims", deadly)  # the forked workers see it too
    monkeypatch.setattr(ingest_mod, "TASK_DOCUMENTS", 4)
    failures: list[str] = []
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        summary = ingest(store, [folder], jobs=2, batch_size=10, on_failure=failures.append)
        docs = contents(store)[0]
    assert (summary.new, summary.failed) == (62, 3)
    assert len(docs) == len({h for _, h in docs}) == 62
    assert [f for f in failures if "poison" in f] == [
        f"{folder / 'poison.txt'}: the worker process reading and extracting it died (out of memory?); not stored"
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_once_every_task_is_out_the_workers_results_are_written_in_small_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """So that the writing overlaps the workers' last tasks (with workers only: alone it cannot)."""
    folder = inputs(tmp_path / "in", n=200)
    batches: list[int] = []
    real = ingest_mod.write_prepared

    def recording(store: Store, batch: list, **kwargs):  # type: ignore[no-untyped-def]
        batches.append(len(batch))
        return real(store, batch, **kwargs)

    monkeypatch.setattr(ingest_mod, "write_prepared", recording)
    monkeypatch.setattr(ingest_mod, "TASK_DOCUMENTS", 10)
    monkeypatch.setattr(ingest_mod, "TAIL_BATCH", 50)
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        summary = ingest(store, [folder], jobs=jobs, batch_size=1000)  # ~22 tasks: all out at once
    assert summary.new == sum(batches) == 202
    if jobs == 1:
        assert batches == [202]
    else:
        assert len(batches) >= 4 and max(batches) < 50 + 10
