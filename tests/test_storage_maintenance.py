"""After a bulk ingest on PostgreSQL, claimtrack runs VACUUM (ANALYZE) (it marks the new claims' pages all-visible)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from claimtrack.ingest import ingest
from claimtrack.storage import Store, maintenance
from claimtrack.storage.maintenance import refresh_after_ingest, vacuum_statement

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def manual_vacuums(store: Store) -> int:
    """How many times the claims table was vacuumed other than by autovacuum (PostgreSQL's statistics).

    Not the visibility map itself: another session's open snapshot (tests run in parallel on one server) may keep
    a VACUUM from marking the new rows' pages all-visible."""
    with store.read() as conn:
        sql = "SELECT pg_stat_get_vacuum_count(to_regclass('claims'))"
        return conn.execute(sa.text(sql)).scalar_one()


def test_vacuum_statement_quotes_each_table() -> None:
    assert vacuum_statement(["claims", 'odd"name']) == 'VACUUM (ANALYZE) "claims", "odd""name"'


def test_small_ingests_and_sqlite_are_left_alone(store: Store) -> None:
    assert refresh_after_ingest(store, 9, threshold=10) is False
    assert refresh_after_ingest(store, 10, threshold=10) is (store.dialect == "postgresql")


@pytest.mark.postgres
def test_a_bulk_ingest_ends_with_a_vacuum_of_the_claims(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.storage import open_store

    with open_store(pg_url) as store:
        monkeypatch.setattr(maintenance, "BULK_INGEST_CLAIMS", 10**9)
        first = ingest(store, [SEEDS / "000_635a981262af1d4e.txt"])
        assert first.claims > 0 and manual_vacuums(store) == 0
        monkeypatch.setattr(maintenance, "BULK_INGEST_CLAIMS", 1)
        second = ingest(store, [SEEDS])
        assert second.new == 1 and manual_vacuums(store) == 1
