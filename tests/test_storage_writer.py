"""Storing documents: idempotence, atomicity per document, repeats, actors/places upserts, races."""

from __future__ import annotations

import datetime as dt
import pickle
import threading

import pytest
import sqlalchemy as sa
from test_storage_factory import make_claim, make_doc

from claimtrack.storage import (
    ClaimFilter,
    Store,
    claim_key,
    claim_mentions,
    open_store,
    query_claims,
    store_document,
)
from claimtrack.storage.entities import EntityResolver
from claimtrack.storage.schema import actor_aliases, actors, claims, documents, mentions, places
from claimtrack.storage.writer import DOC_COLUMNS, prepare_document, store_documents, write_prepared

S1 = "John Kirby said 3,000 North Korean troops are in Kursk."
S2 = "The Pentagon later confirmed the deployment."
S3 = "Kirby repeated that 3,000 North Korean troops are in Kursk."


def count(store: Store, table: sa.Table) -> int:
    with store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def kirby_doc() -> tuple:
    doc = make_doc("kirby.txt", S1, S2, S3)
    claim = make_claim(
        doc,
        S1,
        quantity=(3000, 3000),
        subject="North Korean troops",
        place="Kursk",
        actor_raw="Kirby",
        aliases=("John F. Kirby",),
        repeats=(S3,),
    )
    confirm = make_claim(doc, S2, kind="confirmation", actor="Pentagon", actor_kind="organisation")
    return doc, [claim, confirm]


def test_storing_the_same_document_again_writes_nothing(store: Store) -> None:
    doc, found = kirby_doc()
    first = store_document(store, doc, found)
    assert (first.status, first.n_claims) == ("new", 2)
    again = store_document(store, doc.model_copy(update={"published": dt.date(2030, 1, 1)}), found)
    assert (again.status, again.document_id, again.n_claims) == ("unchanged", first.document_id, 2)
    assert (count(store, documents), count(store, claims), count(store, mentions)) == (1, 2, 3)
    assert count(store, actors) == 2


def test_the_same_text_under_another_name_is_another_document(store: Store) -> None:
    doc, found = kirby_doc()
    first = store_document(store, doc, found)
    copy = doc.model_copy(update={"name": "repost.txt"})
    second = store_document(store, copy, found)
    assert (second.status, second.n_claims) == ("new", 2) and second.document_id != first.document_id
    assert (count(store, documents), count(store, claims), count(store, mentions)) == (2, 4, 6)
    assert count(store, actors) == 2  # the actors are shared
    keys = {claim_key(d.identity, c) for d in (doc, copy) for c in found}
    assert {r.claim_id for r in query_claims(store)} == keys and len(keys) == 4
    assert sorted(r.document for r in query_claims(store)) == ["kirby.txt"] * 2 + ["repost.txt"] * 2


def test_repeats_of_a_claim_become_mentions_of_one_claim(store: Store) -> None:
    doc, found = kirby_doc()
    duplicate = make_claim(doc, S3, quantity=(3000, 3000), subject="North Korean troops")
    result = store_document(store, doc, [*found, duplicate])
    assert result.n_claims == 2
    key = claim_key(doc.identity, found[0])
    assert [m[0] for m in claim_mentions(store, key)] == [S1, S3]
    record = next(r for r in query_claims(store) if r.claim_id == key)
    assert record.mentions == 2


def test_claim_keys_are_stable_12_hex_characters(store: Store) -> None:
    doc, found = kirby_doc()
    store_document(store, doc, found)
    keys = sorted(r.claim_id for r in query_claims(store))
    assert keys == sorted(claim_key(doc.identity, c) for c in found)
    assert all(len(k) == 12 and int(k, 16) >= 0 for k in keys)


def test_a_failure_mid_document_leaves_nothing_of_it(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, found = kirby_doc()

    def boom(self: EntityResolver, refs: list) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(EntityResolver, "resolve_places", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store_document(store, doc, found)  # the document row and actors were already inserted
    assert (count(store, documents), count(store, actors), count(store, claims)) == (0, 0, 0)
    monkeypatch.undo()
    assert store_document(store, doc, found).status == "new"  # no stale ids were cached
    assert count(store, claims) == 2


def test_actors_are_upserted_with_new_surface_forms_as_aliases(store: Store) -> None:
    doc, found = kirby_doc()
    store_document(store, doc, found)
    other = make_doc("b.txt", "Spokesman Kirby said 50 tanks were lost.")
    store_document(store, other, [make_claim(other, other.text, actor_raw="Spokesman Kirby")])
    with store.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).where(actors.c.name == "John Kirby")).scalar() == 1
        aliases = set(conn.execute(sa.select(actor_aliases.c.alias_norm)).scalars())
    assert {"kirby", "john f. kirby", "spokesman kirby"} <= aliases


def test_places_get_their_gazetteer_parents(store: Store) -> None:
    doc, found = kirby_doc()
    store_document(store, doc, found)
    with store.read() as conn:
        rows = {r.name: r for r in conn.execute(sa.select(places))}
    kursk = rows["Kursk Oblast"]
    assert rows["Russia"].id == kursk.parent_id and kursk.country == "Russia" and kursk.kind == "oblast"


def test_places_outside_the_gazetteer_are_created_with_their_ancestors(store: Store) -> None:
    doc = make_doc("x.txt", "Troops gathered near Nowhereville.")
    claim = make_claim(doc, doc.text, place="Nowhereville")
    claim = claim.model_copy(update={"place": claim.place.model_copy(update={"ancestors": ["Atlantis", "Russia"]})})
    store_document(store, doc, [claim])
    with store.read() as conn:
        rows = {r.name: r for r in conn.execute(sa.select(places))}
    assert rows["Nowhereville"].parent_id == rows["Atlantis"].id
    assert rows["Atlantis"].parent_id == rows["Russia"].id


def test_replace_rewrites_the_claims_of_a_stored_document(store: Store) -> None:
    doc, found = kirby_doc()
    store_document(store, doc, found)
    result = store_document(store, doc, found[:1], replace=True)
    assert (result.status, result.n_claims) == ("replaced", 1)
    assert count(store, claims) == 1 and count(store, documents) == 1


def test_store_documents_commits_in_batches(store: Store) -> None:
    items = []
    for i in range(25):
        doc = make_doc(f"d{i}.txt", f"Officials said {i} drones fell.")
        items.append((doc, [make_claim(doc, doc.text)]))
    results = list(store_documents(store, [*items, items[0]], batch_size=10))
    assert [r.status for r in results] == ["new"] * 25 + ["unchanged"]
    assert count(store, claims) == 25


def test_store_documents_keeps_the_documents_before_a_failing_one(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_doc("good.txt", "Officials said 3 drones fell.")
    bad = make_doc("bad.txt", "Officials said 4 drones fell near Kursk.")
    original = EntityResolver.resolve_places

    def fail_for_bad(self: EntityResolver, refs: list) -> None:
        raise RuntimeError("bad place")

    monkeypatch.setattr(EntityResolver, "resolve_places", fail_for_bad)
    items = [(good, [make_claim(good, good.text)]), (bad, [make_claim(bad, bad.text, place="Kursk")])]
    with pytest.raises(RuntimeError, match="bad place"):
        list(store_documents(store, items))
    monkeypatch.setattr(EntityResolver, "resolve_places", original)
    assert count(store, documents) == 1


def test_two_writers_racing_on_the_same_documents(store_url: str, store: Store) -> None:
    docs = []
    for i in range(15):
        doc = make_doc(f"r{i}.txt", f"Analyst {i % 3} said {i} shells fell near Kursk.")
        docs.append((doc, [make_claim(doc, doc.text, actor=f"Analyst {i % 3}", place="Kursk")]))
    statuses: list[str] = []
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with open_store(store_url) as own:  # its own engine and caches, like another process
                statuses.extend(store_document(own, d, c).status for d, c in docs)
        except BaseException as err:  # reported below
            errors.append(err)

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(statuses) == ["new"] * 15 + ["unchanged"] * 15
    assert count(store, documents) == 15 and count(store, actors) == 3


# --- batches of prepared documents ---------------------------------------------------------------
def test_prepared_documents_pickle_as_plain_rows(store: Store) -> None:
    doc, found = kirby_doc()
    prepared = prepare_document(doc, found, store.dialect)
    assert pickle.loads(pickle.dumps(prepared)) == prepared
    assert prepared.values[DOC_COLUMNS.index("content_hash")] == prepared.identity == doc.identity
    assert prepared.n_claims == 2
    kirby = next(a for a in prepared.actors if a.name == "John Kirby")
    assert dict(kirby.forms) == {"kirby": "Kirby", "john f. kirby": "John F. Kirby"}
    published = prepared.values[DOC_COLUMNS.index("published")]
    assert published == ("2024-11-01" if store.dialect == "sqlite" else doc.published)


def test_a_batch_stores_every_claim_with_its_mentions_and_full_text_index(store: Store) -> None:
    items = []
    for i in range(40):
        first, again = f"Officials said {i} drones fell near Kursk.", f"Again: {i} drones fell near Kursk."
        doc = make_doc(f"m{i}.txt", first, again)
        claim = make_claim(doc, first, quantity=(i, i), subject="drones", place="Kursk", actor=f"Official {i % 7}",
                           repeats=(again,))  # fmt: skip
        items.append(prepare_document(doc, [claim], store.dialect))
    results = write_prepared(store, items)
    assert [r.status for r in results] == ["new"] * 40  # type: ignore[union-attr]
    assert [count(store, t) for t in (documents, claims, mentions, actors)] == [40, 40, 80, 7]
    with store.read() as conn:
        pairs = conn.execute(
            sa.select(claims.c.claim_key, mentions.c.sentence).join(mentions, mentions.c.claim_id == claims.c.id)
        ).all()
        if store.dialect == "sqlite":
            conn.exec_driver_sql("INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')")
    by_key = {}
    for key, sentence in pairs:
        by_key.setdefault(key, []).append(sentence)
    for item in items:
        key = item.claims[0][3]
        assert sorted(by_key[key]) == sorted(m[1] for m in item.mentions)
    assert len(list(query_claims(store, ClaimFilter(text="drones")))) == 40


def test_the_same_document_twice_in_one_batch_is_stored_once(store: Store) -> None:
    doc, found = kirby_doc()
    copy = doc.model_copy(update={"name": "copy.txt"})
    results = write_prepared(store, [prepare_document(d, found, store.dialect) for d in (doc, doc, copy)])
    assert [r.status for r in results] == ["new", "unchanged", "new"]  # type: ignore[union-attr]
    assert results[0].document_id == results[1].document_id != results[2].document_id  # type: ignore[union-attr]
    again = write_prepared(store, [prepare_document(d, found[:1], store.dialect) for d in (doc, doc)], replace=True)
    assert [r.status for r in again] == ["replaced", "replaced"]  # type: ignore[union-attr]
    assert (count(store, documents), count(store, claims)) == (2, 3)


def test_a_failing_document_costs_only_itself(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [make_doc(f"f{i}.txt", f"Officials said {i} drones fell.") for i in range(6)]
    items = [prepare_document(d, [make_claim(d, d.text, place="Kursk" if i == 2 else None)], store.dialect)
             for i, d in enumerate(docs)]  # fmt: skip

    def fail(self: EntityResolver, specs: list) -> None:
        raise RuntimeError("bad place")

    monkeypatch.setattr(EntityResolver, "resolve_places", fail)
    results = write_prepared(store, items)
    assert isinstance(results[2], RuntimeError)
    assert [r.status for i, r in enumerate(results) if i != 2] == ["new"] * 5  # type: ignore[union-attr]
    assert count(store, documents) == 5 and count(store, claims) == 5


@pytest.mark.parametrize("revision", ["head", "0006"])
def test_full_text_rows_follow_new_and_replaced_claims_at_either_revision(store_url: str, revision: str) -> None:
    """Since 0007 the SQLite writer indexes a write's claims itself; at 0006 (opened without migrating)
    the per-row trigger still does: either way each claim is in the full-text index once."""
    from claimtrack.storage import db_downgrade, db_upgrade, open_store

    db_upgrade(store_url)
    if revision != "head":
        db_downgrade(store_url, revision)
    with open_store(store_url, migrate=False) as store:
        if revision != "head":  # the writer writes 0008's packed views and 0009's identities: the columns alone
            with store.engine.begin() as conn:
                blob = "BLOB" if store.dialect == "sqlite" else "bytea"
                conn.exec_driver_sql(f"ALTER TABLE claims ADD COLUMN packed_view {blob}")
                conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN identity VARCHAR(64)")
                conn.exec_driver_sql("CREATE UNIQUE INDEX uq_documents_identity ON documents (identity)")
        docs = [make_doc(f"f{i}.txt", f"Officials said {i} drones fell near Kursk.") for i in range(3)]
        write_prepared(store, [prepare_document(d, [make_claim(d, d.text, quantity=(1, 1))], store.dialect)
                               for d in docs])  # fmt: skip
        doc = docs[1]
        again = make_claim(doc, doc.text, quantity=(2, 2), subject="drones")
        assert [r.status for r in write_prepared(store, [prepare_document(doc, [again], store.dialect)],  # type: ignore[union-attr]
                                                 replace=True)] == ["replaced"]  # fmt: skip
        found = list(query_claims(store, ClaimFilter(text="drones")))
        assert sorted(r.quantity_low for r in found) == [1.0, 1.0, 2.0]  # type: ignore[misc]
        if store.dialect == "sqlite":
            with store.read() as conn:
                conn.exec_driver_sql("INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')")
                rows = conn.exec_driver_sql("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'drones'").scalar()
            assert rows == 3


def test_prepare_document_takes_the_identity_a_caller_hashed_already(store: Store) -> None:
    from claimtrack.storage.writer import key_from_seed

    doc, found = kirby_doc()
    assert prepare_document(doc, found, store.dialect, doc.identity) == prepare_document(doc, found, store.dialect)
    given = "f" * 64  # not doc.identity: the rows show it was used, not hashed again
    prepared = prepare_document(doc, found, store.dialect, given)
    assert prepared.identity == given
    assert prepared.values[DOC_COLUMNS.index("identity")] == prepared.values[DOC_COLUMNS.index("content_hash")] == given
    assert [row[3] for row in prepared.claims] == [key_from_seed(given, cid) for cid in prepared.claim_ids]


def test_inserting_no_rows_runs_no_statement(store: Store) -> None:
    from claimtrack.storage.writer import MENTION_COLUMNS, _insert_rows

    with store.engine.begin() as conn:
        assert _insert_rows(conn, "mentions", MENTION_COLUMNS, []) == []
    assert count(store, mentions) == 0
