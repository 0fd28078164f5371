"""Exports written by two processes (a date range each) are the bytes one process writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_storage_factory import make_claim, make_doc

from claimtrack import exporting
from claimtrack.storage import ClaimFilter, Store, claim_key, claim_rows, review_claim, store_document
from claimtrack.storage.errors import StoreError
from claimtrack.storage.schema import claims
from claimtrack.storage.sharing import begin_shared, bulk_read, data_version, join_shared, split_date


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for export files only (a SQLite store lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


DAYS = [dt.date(2024, 10, 1) + dt.timedelta(days=d) for d in (0, 0, 3, 5, 5, 9, 12, 20)]


def _dated_store(store: Store) -> list[str]:
    """Claims on several dates (some sharing one), tricky cells, one undated claim, reviews; their keys."""
    keys = []
    for i, day in enumerate(DAYS):
        texts = [f'=Kirby said {i},000 "troops", moved.', f"Budanov said\r\n{i + 2} tanks moved."]
        doc = make_doc(f"doc{i}.txt", *texts, published=day, outlet='+Wire, "A"')
        found = [make_claim(doc, texts[0], quantity=(i * 1000, None), claim_date=day, subject="North Korean troops",
                            place="Kursk Oblast", confidence=0.1 * (i % 7) + 0.05),
                 make_claim(doc, texts[1], actor="Kyrylo Budanov", quantity=(i + 2, i + 2), unit="tanks",
                            claim_date=None, precision="month")]  # fmt: skip
        store_document(store, doc, found)
        keys += [claim_key(doc.identity, c) for c in found]
    undated = make_doc("undated.txt", "Kirby said 7 troops moved.", published=None)
    store_document(store, undated, [make_claim(undated, undated.text, quantity=(7, 7))])
    review_claim(store, keys[0], "verified", analyst="ana")
    review_claim(store, keys[3], "rejected", analyst="ana")
    return keys


def _serial(store: Store, flt: ClaimFilter, fmt: str, path: Path) -> tuple[bytes, int]:
    n = exporting.export_to_file(store, flt, fmt, path, jobs=1)
    return path.read_bytes(), n


FILTERS = [{}, {"include_rejected": True}, {"actor": "Budanov"}, {"text": "troops"}, {"since": "2024-10-04"},
           {"order": ("claim_date", "-confidence")}]  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_split_export_is_byte_identical(store: Store, out: Path, fmt: str, filters: dict) -> None:
    _dated_store(store)
    flt = ClaimFilter(**filters)
    expected, count = _serial(store, flt, fmt, out / "one")
    n = exporting.export_to_file(store, flt, fmt, out / "two", min_claims=1)
    assert (out / "two").read_bytes() == expected
    assert n == count > 0
    assert sorted(p.name for p in out.iterdir()) == ["one", "two"]  # no part left behind


def test_the_split_date_halves_the_claims_and_both_ranges_partition_them(store: Store) -> None:
    _dated_store(store)
    with store.read() as conn:
        day = split_date(conn, 1)
        assert split_date(conn, 10_000) is None
    assert day is not None
    every = [r[0] for r in claim_rows(store, ClaimFilter(include_rejected=True))]
    before = [r[0] for r in claim_rows(store, ClaimFilter(include_rejected=True, sort_range=(None, day)))]
    after = [r[0] for r in claim_rows(store, ClaimFilter(include_rejected=True, sort_range=(day, None)))]
    assert before and after and before + after == every
    assert abs(len(before) - len(after)) <= len(every) // 3
    for cut in sorted(set(DAYS)):  # any date splits the ordered claims in two, undated ones last
        for order in (("claim_date", "id"), ("date", "-confidence")):
            flt = ClaimFilter(include_rejected=True, order=order)
            whole = [r[0] for r in claim_rows(store, flt)]
            first = [r[0] for r in claim_rows(store, ClaimFilter(include_rejected=True, order=order,
                                                                   sort_range=(None, cut)))]  # fmt: skip
            rest = [r[0] for r in claim_rows(store, ClaimFilter(include_rejected=True, order=order,
                                                                  sort_range=(cut, None)))]  # fmt: skip
            assert first + rest == whole, (cut, order)


def test_a_limit_json_or_another_order_is_written_by_one_process(
    store: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _dated_store(store)

    def no_split(*args: object) -> int:
        raise AssertionError("split")

    monkeypatch.setattr(exporting, "_write_split", no_split)
    cases = [("json", ClaimFilter()), ("csv", ClaimFilter(limit=3)), ("csv", ClaimFilter(order=("-claim_date",))),
             ("jsonl", ClaimFilter(order=("kind",)))]  # fmt: skip
    for fmt, flt in cases:
        assert exporting.export_to_file(store, flt, fmt, out / "x", min_claims=1) > 0


def test_a_failing_second_process_fails_the_export_and_leaves_no_file(
    store: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _dated_store(store)

    write_part = exporting.write_part

    def broken(conn: object, flt: ClaimFilter, fmt: str, out: object, *, first: bool = True) -> int:
        if not first:
            raise OSError("disk full")
        return write_part(conn, flt, fmt, out, first=first)  # type: ignore[arg-type]

    monkeypatch.setattr(exporting, "write_part", broken)  # the forked process inherits it
    with pytest.raises(StoreError, match="second part failed: OSError: disk full"):
        exporting.export_to_file(store, ClaimFilter(), "csv", out / "x.csv", min_claims=1)
    assert list(out.iterdir()) == []


def test_sqlite_changed_between_snapshots_writes_the_rest_here(
    store: Store, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if store.dialect != "sqlite":
        pytest.skip("PostgreSQL shares one snapshot")
    _dated_store(store)
    expected, _ = _serial(store, ClaimFilter(), "csv", out / "one")
    versions = iter(range(100))
    monkeypatch.setattr(exporting, "data_version", lambda conn: next(versions))  # "a commit came between"
    exporting.export_to_file(store, ClaimFilter(), "csv", out / "two", min_claims=1)
    assert (out / "two").read_bytes() == expected


def test_a_shared_snapshot_does_not_see_later_commits(store: Store) -> None:
    _dated_store(store)
    count = sa.select(sa.func.count()).select_from(claims)
    with store.read() as first, store.read() as watch:
        before = data_version(watch)
        snapshot = begin_shared(first)
        n = first.execute(count).scalar()
        doc = make_doc("late.txt", "Kirby said 9 troops moved.")
        store_document(store, doc, [make_claim(doc, doc.text, quantity=(9, 9))])
        if store.dialect == "postgresql":
            with store.read() as second:
                join_shared(second, snapshot)
                assert second.execute(count).scalar() == n
        else:  # no shared snapshot on SQLite: the commit is seen, and data_version tells
            assert data_version(watch) != before
        assert first.execute(count).scalar() == n


def test_bulk_reads_map_a_sqlite_file(store: Store) -> None:
    with store.read() as conn:
        bulk_read(conn)
        mapped = conn.exec_driver_sql("PRAGMA mmap_size").scalar() if store.dialect == "sqlite" else None
    assert mapped is None or mapped > 0
