"""Opening stores and managing their schema: URLs, errors, migrations up and down, concurrent opens."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_storage_factory import make_claim, make_doc

import claimtrack
from claimtrack.records import ExtractedClaim, SourceDocument, content_hash, document_identity
from claimtrack.storage import (
    ClaimFilter,
    Store,
    StoreError,
    db_current,
    db_downgrade,
    db_head,
    db_upgrade,
    open_store,
    query_claims,
    resolve_url,
    store_document,
)
from claimtrack.storage.comparison import compare_read
from claimtrack.storage.packed import unpack
from claimtrack.storage.schema import DIALECT_COLUMNS, metadata
from claimtrack.storage.writer import claim_key
from claimtrack.views import ClaimView

TABLES = {
    "documents",
    "actors",
    "actor_aliases",
    "places",
    "place_aliases",
    "claims",
    "mentions",
    "curation_events",
    "reviews",
}


# --- URLs -----------------------------------------------------------------------------------------
def test_resolve_url_prefers_explicit_then_env_then_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)
    default = resolve_url(None)
    assert default == f"sqlite:///{tmp_path / 'xdg' / 'claimtrack' / 'claimtrack.db'}"
    assert (tmp_path / "xdg" / "claimtrack").is_dir()
    monkeypatch.setenv("CLAIMTRACK_DB", "sqlite:///from-env.db")
    assert resolve_url(None) == "sqlite:///from-env.db"
    assert resolve_url("sqlite:///explicit.db") == "sqlite:///explicit.db"


def test_resolve_url_turns_paths_and_postgres_schemes_into_urls(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("nosuchdb://x/y", "unsupported database URL"),
        ("postgresql+nosuchdriver://u@h/db", "unsupported database URL"),
        ("sqlite:////nonexistent-folder-xyz/claims.db", "does not exist"),
        ("postgresql+psycopg://nobody:secret@127.0.0.1:1/none", "cannot connect"),
    ],
)
def test_bad_urls_raise_store_error_with_a_remedy(url: str, says: str) -> None:
    with pytest.raises(StoreError, match=says) as info:
        open_store(url)
    assert "secret" not in str(info.value)


def test_a_missing_postgres_driver_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    with pytest.raises(StoreError, match=r"install claimtrack\[postgres\]"):
        open_store("postgresql+psycopg://u@127.0.0.1:1/db")


def test_a_file_that_is_not_a_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot connect"):
        open_store(str(path))


def test_a_database_of_another_program_is_a_schema_error_not_a_connection_error(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE documents (x INTEGER)")
    for attempt in (lambda: open_store(str(path)), lambda: db_upgrade(str(path))):
        with pytest.raises(StoreError) as info:
            attempt()
        message = str(info.value)
        assert message.startswith("migrating sqlite:///") and "table documents already exists" in message
        assert "did not create" in message and "cannot connect" not in message


def test_a_failing_migration_step_names_the_step_and_the_way_back(store_url: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.storage import migrate

    def broken(engine: sa.Engine, revision: str = "head") -> None:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT * FROM no_such_table_xyz"))

    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(StoreError) as info:
        db_upgrade(store_url)
    message = str(info.value)
    assert message.startswith("migrating ") and "no_such_table_xyz" in message
    assert "claimtrack db current" in message and "cannot connect" not in message


# --- schema through migrations --------------------------------------------------------------------
def test_open_store_creates_the_schema_from_nothing(store_url: str) -> None:
    assert db_current(store_url) is None
    with open_store(store_url) as store:
        names = set(sa.inspect(store.engine).get_table_names())
        assert TABLES <= names
        if store.dialect == "sqlite":
            assert "claims_fts" in names
    assert db_current(store_url) == db_head()


def test_schema_module_mirrors_the_migrated_columns(store: Store) -> None:
    inspector = sa.inspect(store.engine)
    extra = DIALECT_COLUMNS.get(store.dialect, {})
    for table in metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == set(table.c.keys()) | extra.get(table.name, set()), table.name


def test_open_store_without_migrate_leaves_the_schema_alone(store_url: str) -> None:
    with open_store(store_url, migrate=False):
        pass
    assert db_current(store_url) is None


def _fill(url: str) -> str:
    """Rows as the first revision's schema holds them, written with plain SQL (no code of a later revision)."""
    with open_store(url, migrate=False) as store, store.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO documents (content_hash, name, published, text, ingested_at, n_claims) "
                "VALUES ('h1', 'old.txt', :published, 'Kirby said 3,000 troops moved to Kursk.', :now, 1)"
            ),
            {"published": dt.date(2024, 10, 24), "now": dt.datetime(2024, 10, 25, 8, 0)},
        )
        doc_id = conn.execute(sa.text("SELECT id FROM documents WHERE content_hash = 'h1'")).scalar_one()
        conn.execute(
            sa.text(
                "INSERT INTO claims (claim_key, document_id, kind, quantity_low, quantity_high, vague, forecast, "
                "confidence, evidence, evidence_start, evidence_end, n_mentions) VALUES ('abc123abc123', :doc, "
                "'deployment', 3000, 3000, :false, :false, 0.8, 'Kirby said 3,000 troops moved to Kursk.', 0, 39, 1)"
            ),
            {"doc": doc_id, "false": False},
        )
    return "abc123abc123"


def _claim_keys(url: str) -> list[str]:
    with open_store(url, migrate=False) as store, store.engine.connect() as conn:
        return list(conn.execute(sa.text("SELECT claim_key FROM claims")).scalars())


def test_migrations_upgrade_data_from_the_first_revision_and_downgrade(store_url: str) -> None:
    assert db_upgrade(store_url, "0001") == "0001"
    key = _fill(store_url)  # data written by the schema of the first revision
    assert db_upgrade(store_url) == db_head()
    with open_store(store_url) as store:
        found = list(query_claims(store, ClaimFilter(text="troops")))  # full text index built on upgrade
        assert [r.claim_id for r in found] == [key]
        # the sort date is backfilled from the publication date: date filters find the old claim
        assert [r.claim_id for r in query_claims(store, ClaimFilter(since="2024-10-24", until="2024-10-24"))] == [key]
    assert db_downgrade(store_url, "0001") == "0001"
    assert _claim_keys(store_url) == [key]
    with open_store(store_url, migrate=False) as store:
        assert "claims_fts" not in sa.inspect(store.engine).get_table_names()
    assert db_downgrade(store_url, "base") is None
    with open_store(store_url, migrate=False) as store:
        assert not TABLES & set(sa.inspect(store.engine).get_table_names())


def test_unknown_revision_is_refused(store_url: str) -> None:
    db_upgrade(store_url)
    with open_store(store_url, migrate=False) as store, store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="newer version"):
        open_store(store_url)


def _open_and_store(url: str, name: str) -> str:
    with open_store(url) as store:
        doc = make_doc(name, f"{name} says 10 tanks were seen.")
        return store_document(store, doc, [make_claim(doc, f"{name} says 10 tanks were seen.")]).status


def test_two_processes_opening_a_new_store_at_once_both_succeed(store_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        statuses = pool.starmap(_open_and_store, [(store_url, "a.txt"), (store_url, "b.txt")])
    assert statuses == ["new", "new"]
    assert db_current(store_url) == db_head()


def test_published_dates_and_timestamps_round_trip(store: Store) -> None:
    doc = make_doc("d.txt", "Officials said 5 drones fell.", published=dt.date(2023, 2, 28))
    store_document(store, doc, [make_claim(doc, "Officials said 5 drones fell.")])
    (record,) = query_claims(store)
    assert record.published == dt.date(2023, 2, 28)


def test_migration_0005_swaps_the_kind_index_and_back(store_url: str) -> None:
    assert db_upgrade(store_url) == db_head()
    with open_store(store_url, migrate=False) as store:
        names = {ix["name"] for ix in sa.inspect(store.engine).get_indexes("claims")}
    assert "ix_claims_kind_subject_document" in names and "ix_claims_kind" not in names
    assert db_downgrade(store_url, "0004") == "0004"
    with open_store(store_url, migrate=False) as store:
        names = {ix["name"] for ix in sa.inspect(store.engine).get_indexes("claims")}
    assert "ix_claims_kind" in names and "ix_claims_kind_subject_document" not in names


def test_migration_0006_indexes_the_document_fields_on_sqlite_and_back(store_url: str) -> None:
    def document_indexes() -> set[str]:
        with open_store(store_url, migrate=False) as store:
            return {ix["name"] for ix in sa.inspect(store.engine).get_indexes("documents")}

    assert db_upgrade(store_url, "0006") == "0006"
    assert ("ix_documents_fields" in document_indexes()) is store_url.startswith("sqlite")
    assert db_downgrade(store_url, "0005") == "0005"
    assert "ix_documents_fields" not in document_indexes()
    assert db_upgrade(store_url, "0006") == "0006"


def test_migration_0007_drops_the_unused_claim_indexes_and_back(store_url: str) -> None:
    audited = {"ix_claims_actor_id", "ix_claims_place_id", "ix_claims_claim_date", "ix_claims_confidence"}

    def claim_indexes() -> dict[str, dict]:
        with open_store(store_url, migrate=False) as store:
            return {ix["name"]: ix for ix in sa.inspect(store.engine).get_indexes("claims")}

    def relay_index_partial() -> bool:
        with open_store(store_url, migrate=False) as store, store.engine.connect() as conn:
            if store_url.startswith("sqlite"):
                sql = "SELECT sql FROM sqlite_master WHERE name = 'ix_claims_relayed_by_id'"
            else:
                sql = "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_claims_relayed_by_id'"
            return "WHERE" in conn.exec_driver_sql(sql).scalar_one().upper()

    def fts_insert_trigger() -> bool:
        if not store_url.startswith("sqlite"):
            return False
        with open_store(store_url, migrate=False) as store, store.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'claims_fts_ai'").first() is not None

    assert db_upgrade(store_url, "0007") == "0007"
    names = claim_indexes()
    assert not audited & names.keys()
    assert {"ix_claims_actor_sort_date", "ix_claims_place_sort_date", "ix_claims_relayed_by_id"} <= names.keys()
    assert relay_index_partial()
    assert fts_insert_trigger() is False
    assert db_downgrade(store_url, "0006") == "0006"
    names = claim_indexes()
    assert audited <= names.keys() and not relay_index_partial()
    assert fts_insert_trigger() is store_url.startswith("sqlite")
    assert names["ix_claims_confidence"]["column_names"] == ["confidence"]
    assert db_upgrade(store_url, "0007") == "0007"
    assert not audited & claim_indexes().keys()


def _packs(url: str) -> dict[str, tuple | None]:
    """The unpacked pack of each claim (the bytes may differ in marshal's flags for interned strings)."""
    with open_store(url, migrate=False) as store, store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT claim_key, packed_view FROM claims")).all()
    return {key: None if packed is None else unpack(bytes(packed)) for key, packed in rows}


def _sqlite_index_sql(url: str, name: str) -> str | None:
    with open_store(url, migrate=False) as store, store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).scalar()


def test_migration_0008_packs_the_stored_claims_as_the_writer_does_and_back(store_url: str) -> None:
    db_upgrade(store_url)
    with open_store(store_url) as store:
        for name, published, outlet in (("a.txt", dt.date(2024, 10, 24), "Outlet A"), ("b.txt", None, None)):
            texts = (f"Kirby said 3,000 troops moved to {name}.", "Budanov said 11,000 troops in October.",
                     "Kyiv denied it.", "Officials said 40 tanks.", "Thousands of troops, a source said.")  # fmt: skip
            doc = make_doc(name, *texts, published=published, outlet=outlet)
            store_document(store, doc, [
                make_claim(doc, texts[0], quantity=(3000, None), subject="troops", claim_date=dt.date(2024, 10, 2)),
                make_claim(doc, texts[1], actor="Kyrylo Budanov", quantity=(11000, 11000), subject="Troops",
                           claim_date=dt.date(2024, 10, 1), precision="month"),
                make_claim(doc, texts[2], kind="denial", actor="Kyiv"),
                make_claim(doc, texts[3], quantity=(40, 40), claim_date=dt.date(2024, 1, 1), precision="year"),
                make_claim(doc, texts[4], quantity=(None, None), vague=True, subject="troops"),
            ])  # fmt: skip
        views, denials = compare_read(store, ClaimFilter(subject="troops"))
        records = list(query_claims(store, ClaimFilter(subject="troops")))
    written = _packs(store_url)
    assert sum(p is not None for p in written.values()) == 8  # 3 with a subject and the denial, per document
    assert sorted(views) == sorted(ClaimView(*(getattr(r, f) for f in ClaimView._fields)) for r in records)
    assert len(views) == 6 and len(denials) == 2

    assert db_downgrade(store_url, "0007") == "0007"
    with open_store(store_url, migrate=False) as store:
        assert "packed_view" not in {c["name"] for c in sa.inspect(store.engine).get_columns("claims")}
    if store_url.startswith("sqlite"):
        assert _sqlite_index_sql(store_url, "ix_claims_subject_view") is None
        assert "evidence, subject" in (_sqlite_index_sql(store_url, "ix_claims_subject_fields") or "")
    assert db_upgrade(store_url) == db_head() == "0010"
    assert _packs(store_url) == written  # the migration packs the claims as the writer did
    if store_url.startswith("sqlite"):
        assert _sqlite_index_sql(store_url, "ix_claims_subject_fields") is None
        assert "packed_view" in (_sqlite_index_sql(store_url, "ix_claims_subject_view") or "")


def _store_at_0008(url: str, doc: SourceDocument, claim: ExtractedClaim) -> str:
    """`doc` and `claim` as a store before 0009 holds them: keyed by the hash of the text alone (plain SQL)."""
    legacy_hash = content_hash(doc.text)
    key = claim_key(legacy_hash, claim)
    with open_store(url, migrate=False) as store, store.engine.begin() as conn:
        doc_id = conn.execute(
            sa.text("INSERT INTO documents (content_hash, name, published, text, ingested_at, n_claims) "
                    "VALUES (:hash, :name, :published, :text, :now, 1) RETURNING id"),
            {"hash": legacy_hash, "name": doc.name, "published": doc.published, "text": doc.text,
             "now": dt.datetime(2024, 10, 25, 8, 0)},
        ).scalar_one()  # fmt: skip
        conn.execute(
            sa.text("INSERT INTO claims (claim_key, document_id, kind, quantity_low, quantity_high, vague, forecast, "
                    "confidence, evidence, evidence_start, evidence_end, n_mentions) VALUES (:key, :doc, "
                    "'deployment', 3000, 3000, :false, :false, 0.8, :evidence, 0, 10, 1)"),
            {"key": key, "doc": doc_id, "false": False, "evidence": doc.text},
        )  # fmt: skip
        if store.dialect == "sqlite":  # since 0007 the writer, not a trigger, adds a claim's full-text row
            conn.execute(sa.text("INSERT INTO claims_fts(rowid, evidence) SELECT id, evidence FROM claims"))
    return key


def test_migration_0009_identifies_documents_by_name_and_text_and_keeps_old_claim_keys(store_url: str) -> None:
    assert db_upgrade(store_url, "0008") == "0008"
    text = "Kirby said 3,000 troops moved to Kursk."
    doc = make_doc("old.txt", text)
    claim = make_claim(doc, text, quantity=(3000, 3000), subject="troops")
    key = _store_at_0008(store_url, doc, claim)
    assert db_upgrade(store_url) == db_head()
    with open_store(store_url) as store:
        with store.read() as conn:
            stored = conn.execute(sa.text("SELECT identity, content_hash FROM documents")).one()
        assert tuple(stored) == (document_identity(doc.name, doc.text), content_hash(doc.text))
        assert store_document(store, doc, [claim]).status == "unchanged"  # found by its identity
        assert store_document(store, doc, [claim], replace=True).status == "replaced"
        assert [r.claim_id for r in query_claims(store)] == [key]  # re-extracted: the same key, reviews kept
        repost = doc.model_copy(update={"name": "repost.txt"})
        assert store_document(store, repost, [claim]).status == "new"
        assert sorted(r.document for r in query_claims(store)) == ["old.txt", "repost.txt"]
    assert db_downgrade(store_url, "0008") == "0008"
    with open_store(store_url, migrate=False) as store:
        assert "identity" not in {c["name"] for c in sa.inspect(store.engine).get_columns("documents")}
    assert db_upgrade(store_url) == db_head()
    with open_store(store_url, migrate=False) as store, store.read() as conn:
        identities = set(conn.execute(sa.text("SELECT identity FROM documents")).scalars())
    assert identities == {document_identity(d.name, d.text) for d in (doc, repost)}


def _claim_index_names(url: str) -> set[str]:
    with open_store(url, migrate=False) as store:
        return {ix["name"] for ix in sa.inspect(store.engine).get_indexes("claims")}


PG_0010 = {"ix_claims_subject_view", "ix_claims_subject_wide", "ix_claims_denial_document"}


def test_migration_0010_adds_the_postgres_compare_indexes_and_back(store_url: str) -> None:
    assert db_upgrade(store_url, "0009") == "0009"
    before = _claim_index_names(store_url)
    assert db_upgrade(store_url) == db_head() == "0010"
    after = _claim_index_names(store_url)
    if store_url.startswith("sqlite"):
        assert after == before  # SQLite: unchanged (its ix_claims_subject_view is 0008's)
    else:
        assert after == before | PG_0010 and not before & PG_0010
    # what compare reads is the same through the new indexes, a claim too wide for the covering one included
    wide = "Officials said 500 troops arrived, " + "and then some more, " * 150 + "in the end."
    doc = make_doc("w.txt", "Kirby said 3,000 troops arrived.", wide, "Kyiv denied it.")
    with open_store(store_url) as store:
        store_document(store, doc, [
            make_claim(doc, "Kirby said 3,000 troops arrived.", quantity=(3000, None), subject="troops"),
            make_claim(doc, wide, actor="Officials", quantity=(500, 500), subject="troops"),
            make_claim(doc, "Kyiv denied it.", kind="denial", actor="Kyiv"),
        ])  # fmt: skip
        views, denials = compare_read(store, ClaimFilter(subject="troops"))
    assert sorted(len(v.evidence or "") for v in views) == [32, len(wide)] and len(denials) == 1
    assert db_downgrade(store_url, "0009") == "0009"
    assert _claim_index_names(store_url) == before
    with open_store(store_url) as store:  # migrated again, on claims
        assert sorted(compare_read(store, ClaimFilter(subject="troops"))[0]) == sorted(views)
    assert _claim_index_names(store_url) == after


def test_the_migration_copy_of_the_small_view_predicate_is_the_query_s() -> None:
    import importlib.util

    from claimtrack.storage.comparison import SMALL_VIEW

    path = Path(claimtrack.__file__).resolve().parents[1] / "migrations" / "versions" / "0010_pg_compare_indexes.py"
    spec = importlib.util.spec_from_file_location("migration_0010", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.SMALL_VIEW == SMALL_VIEW.replace("claims.", "")


def test_the_migration_copy_of_the_identity_is_the_records_function() -> None:
    import importlib.util

    path = Path(claimtrack.__file__).resolve().parents[1] / "migrations" / "versions" / "0009_document_identity.py"
    spec = importlib.util.spec_from_file_location("migration_0009", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in (("a.txt", "Kirby said 3,000."), ("ünï.txt", "naïve “quotes”\n"), ("", "")):
        assert module._identity(name, text) == document_identity(name, text)


def test_the_revisions_read_from_the_files_are_alembics() -> None:
    from claimtrack.storage import migrate, revisions

    assert revisions.head_revision() == migrate.alembic_head() == db_head()
    assert revisions.known_revisions() == {rev.revision for rev in migrate._script().walk_revisions()}


def _modules_loaded_by(code: str, *args: str) -> set[str]:
    """The claimtrack and Alembic modules a fresh interpreter has loaded after running `code`."""
    checkout = str(Path(claimtrack.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([checkout, os.environ.get("PYTHONPATH", "")])}
    report = "; import sys; print(' '.join(m for m in sys.modules if m.split('.')[0] in ('alembic', 'claimtrack')))"
    done = subprocess.run([sys.executable, "-c", code + report, *args], env=env, capture_output=True, text=True,
                          check=True, timeout=120)  # fmt: skip
    return set(done.stdout.split())


def test_a_store_at_head_opens_without_alembic_and_an_older_one_is_migrated(store_url: str) -> None:
    open_code = "import sys; from claimtrack.storage import open_store; open_store(sys.argv[1]).close()"
    assert db_upgrade(store_url, "0005") == "0005"
    loaded = _modules_loaded_by(open_code, store_url)
    assert "alembic" in loaded and db_current(store_url) == db_head()  # migrated on opening
    loaded = _modules_loaded_by(open_code, store_url)
    assert "alembic" not in loaded and "claimtrack.storage.migrate" not in loaded


def test_storage_names_are_imported_from_their_modules_on_first_use() -> None:
    import claimtrack.storage as storage

    loaded = _modules_loaded_by("from claimtrack.storage import NotFound, StoreError")
    assert "claimtrack.storage.errors" in loaded
    assert not loaded & {"claimtrack.storage.queries", "claimtrack.storage.curation", "claimtrack.storage.writer"}
    for name in storage.__all__:
        value = getattr(storage, name)
        assert getattr(value, "__name__", name) == name
    with pytest.raises(AttributeError):
        storage.no_such_name  # noqa: B018


def test_migrations_come_from_the_checkout_the_code_is_imported_from() -> None:
    import claimtrack
    from claimtrack.storage.migrate import migrations_dir

    checkout = Path(claimtrack.__file__).resolve().parents[1]
    if (checkout / "pyproject.toml").is_file():  # a source checkout (an installed wheel has none)
        assert migrations_dir() == checkout / "migrations"
    assert (migrations_dir() / "versions" / "0005_kind_subject_document.py").is_file()


def test_opening_a_store_retries_while_sqlite_says_locked_without_waiting(tmp_path, monkeypatch) -> None:
    """A "database is locked" returned at once (two processes turning a new file to WAL together) is retried."""
    from sqlalchemy import exc as sa_exc

    from claimtrack.storage import database

    calls = {"n": 0}
    real = database._ensure_head

    def flaky(engine):
        calls["n"] += 1
        if calls["n"] < 3:
            raise sa_exc.OperationalError("PRAGMA journal_mode = WAL", {}, Exception("database is locked"))
        real(engine)

    monkeypatch.setattr(database, "_ensure_head", flaky)
    store = database.open_store(f"sqlite:///{tmp_path / 'x.db'}")
    store.engine.dispose()
    assert calls["n"] == 3


def test_a_lock_that_outlasts_the_budget_is_reported(tmp_path) -> None:
    from sqlalchemy import exc as sa_exc

    from claimtrack.storage import database

    def locked() -> None:
        raise sa_exc.OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))

    with pytest.raises(sa_exc.OperationalError):
        database._retry_while_locked(locked, budget_s=0.1)


def test_a_new_sqlite_store_has_16k_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    from claimtrack.storage.engine import SQLITE_PAGE_SIZE

    old = tmp_path / "old.db"
    with sqlite3.connect(old) as raw:  # a store made before 16 KB pages: 4 KB, already in WAL mode
        raw.execute("PRAGMA page_size = 4096")
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("CREATE TABLE t (a)")
    for path, expected in ((tmp_path / "new.db", SQLITE_PAGE_SIZE), (old, 4096)):
        store = open_store(f"sqlite:///{path}", migrate=path != old)
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA page_size").scalar() == expected
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        store.close()
