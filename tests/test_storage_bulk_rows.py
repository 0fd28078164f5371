"""The bulk of a batch's rows (claims and mentions): multi-row INSERTs on SQLite, COPY on PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from test_storage_factory import make_claim, make_doc

from claimtrack.storage import Store
from claimtrack.storage.schema import claims, documents, mentions
from claimtrack.storage.writer import PreparedDocument, prepare_document, write_prepared


def prepared(store: Store, n: int) -> list[PreparedDocument]:
    items = []
    for i in range(n):
        sentences = [f"Officials said {i} drones fell near Kursk.", f"Again: {i} drones fell.", f"Once more: {i}."]
        doc = make_doc(f"b{i}.txt", *sentences)
        repeats = tuple(sentences[1 : 1 + i % 3])
        first = make_claim(doc, sentences[0], quantity=(i, i), subject="drones", repeats=repeats)
        other = make_claim(doc, sentences[2], kind="confirmation", actor="Pentagon", actor_kind="organisation")
        items.append(prepare_document(doc, [first, other], store.dialect))
    return items


def stored_mentions(store: Store) -> list[tuple[str, str, int, int]]:
    with store.read() as conn:
        stmt = sa.select(claims.c.claim_key, mentions.c.sentence, mentions.c.start, mentions.c.end).join(
            claims, claims.c.id == mentions.c.claim_id
        )
        return [tuple(r) for r in conn.execute(stmt.order_by(mentions.c.id))]


def test_claims_and_mentions_are_stored_in_the_order_given(store: Store) -> None:
    items = prepared(store, 30)
    write_prepared(store, items[:10])
    write_prepared(store, items[10:])
    with store.read() as conn:
        keys = list(conn.execute(sa.select(claims.c.claim_key).order_by(claims.c.id)).scalars())
    assert keys == [row[3] for item in items for row in item.claims]
    assert stored_mentions(store) == [m for item in items for m in item.mentions]
    assert len(stored_mentions(store)) > len(keys)  # repeats are mentions of the same claim


def test_a_mention_of_no_stored_claim_fails_its_document_only(store: Store) -> None:
    good, bad, last = prepared(store, 3)
    bad = bad._replace(mentions=(*bad.mentions, ("000000000000", "Nowhere.", 0, 8)))
    results = write_prepared(store, [good, bad, last])
    assert isinstance(results[1], sa.exc.IntegrityError)
    assert [r.status for r in (results[0], results[2])] == ["new", "new"]  # type: ignore[union-attr]
    with store.read() as conn:
        names = set(conn.execute(sa.select(documents.c.name)).scalars())
        n_claims = conn.execute(sa.select(sa.func.count()).select_from(claims)).scalar_one()
    assert names == {"b0.txt", "b2.txt"} and n_claims == 4
    assert stored_mentions(store) == [*good.mentions, *last.mentions]


def test_a_database_error_in_the_bulk_rows_is_sqlalchemys(store: Store) -> None:
    first, second = prepared(store, 2)
    clash = second._replace(claims=first.claims, mentions=first.mentions)  # the first's claim keys again
    results = write_prepared(store, [first, clash])
    assert results[0].status == "new"  # type: ignore[union-attr]
    assert isinstance(results[1], sa.exc.IntegrityError)  # a unique key, whatever the driver said
    assert write_prepared(store, [second])[0].status == "new"  # type: ignore[union-attr]


def test_new_claims_take_the_ids_the_database_would_give_them(store: Store) -> None:
    items = prepared(store, 6)
    write_prepared(store, items[:3])
    with store.write() as conn:  # ids are not taken from the claims left: the next one follows the largest
        conn.execute(sa.delete(claims).where(claims.c.id == 3))
        before = conn.execute(sa.select(sa.func.max(claims.c.id))).scalar_one()
    write_prepared(store, items[3:])
    with store.read() as conn:
        ids = dict(conn.execute(sa.select(claims.c.claim_key, claims.c.id)).all())
    new_keys = [row[3] for item in items[3:] for row in item.claims]
    assert [ids[key] for key in new_keys] == list(range(before + 1, before + 1 + len(new_keys)))
    assert stored_mentions(store)[-sum(len(i.mentions) for i in items[3:]) :] == [
        m for item in items[3:] for m in item.mentions
    ]
