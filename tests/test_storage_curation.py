"""Curation: reviews that survive re-ingest, aliases, merges of actors and places, and history."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from test_storage_factory import make_claim, make_doc

from claimtrack.records import ActorRef
from claimtrack.storage import (
    ClaimFilter,
    NotFound,
    Store,
    StoreError,
    add_actor_alias,
    add_place_alias,
    claim_key,
    curation_log,
    get_claim,
    history,
    list_actors,
    merge_actors,
    merge_places,
    open_store,
    query_claims,
    review_claim,
    store_document,
)
from claimtrack.storage.schema import actors

SENTENCE = "Kirby said 3,000 North Korean troops are in Kursk."


def kirby(store: Store, name: str = "a.txt", actor: str = "John Kirby", place: str = "Kursk Oblast") -> str:
    doc = make_doc(name, f"{name}: {SENTENCE}")
    claim = make_claim(doc, f"{name}: {SENTENCE}", actor=actor, quantity=(3000, 3000), place=place)
    store_document(store, doc, [claim])
    return claim_key(doc.identity, claim)


def actor_of(store: Store, key: str) -> str | None:
    record = get_claim(store, key)
    assert record is not None
    return record.actor


def test_review_is_recorded_and_survives_re_storing(store: Store) -> None:
    key = kirby(store)
    event = review_claim(store, key, "Disputed", note="single source", analyst="ana")
    assert (event.action, event.target_type, event.target_key, event.analyst) == (
        "review",
        "claim",
        key,
        "ana",
    )
    assert event.payload == {"status": "disputed", "note": "single source"}
    assert get_claim(store, key).review_status == "disputed"  # type: ignore[union-attr]
    doc = make_doc("a.txt", f"a.txt: {SENTENCE}")
    claim = make_claim(doc, f"a.txt: {SENTENCE}", quantity=(3000, 3000), place="Kursk Oblast")
    assert store_document(store, doc, [claim]).status == "unchanged"
    assert store_document(store, doc, [claim], replace=True).status == "replaced"  # re-extraction
    assert get_claim(store, key).review_status == "disputed"  # type: ignore[union-attr]


def test_latest_review_wins_and_history_keeps_all(store: Store) -> None:
    key = kirby(store)
    review_claim(store, key, "rejected", analyst="ana")
    review_claim(store, key, "verified", note="second source found", analyst="bo")
    assert get_claim(store, key).review_status == "verified"  # type: ignore[union-attr]
    events = history(store, key)
    assert [(e.analyst, e.payload["status"]) for e in events] == [("ana", "rejected"), ("bo", "verified")]
    assert events[0].at <= events[1].at and events[0].at.tzinfo is not None
    assert history(store, kirby(store, "b.txt")) == []


def test_review_errors(store: Store) -> None:
    key = kirby(store)
    with pytest.raises(ValueError, match="unknown review status"):
        review_claim(store, key, "maybe")
    with pytest.raises(NotFound, match="no claim"):
        review_claim(store, "ffffffffffff", "verified")
    with pytest.raises(NotFound, match="no claim"):
        history(store, "ffffffffffff")


def test_default_analyst_is_the_os_user(store: Store) -> None:
    event = review_claim(store, kirby(store), "verified")
    assert event.analyst


def test_actor_alias_makes_queries_find_the_actor(store: Store) -> None:
    key = kirby(store)
    assert list(query_claims(store, ClaimFilter(actor="white house spokesman"))) == []
    event = add_actor_alias(store, "john kirby", "White House spokesman", analyst="ana")
    assert (event.action, event.target_type, event.target_key) == ("alias", "actor", "John Kirby")
    assert [r.claim_id for r in query_claims(store, ClaimFilter(actor="white house spokesman"))] == [key]
    with pytest.raises(NotFound, match="no actor named"):
        add_actor_alias(store, "Nobody", "x")


def test_merge_actors_moves_claims_and_survives_re_ingest(store_url: str, store: Store) -> None:
    first = kirby(store, "a.txt", actor="J. Kirby")
    second = kirby(store, "b.txt", actor="John Kirby")
    event = merge_actors(store, "J. Kirby", "John Kirby", analyst="ana")
    assert (event.action, event.target_key, event.payload) == ("merge", "J. Kirby", {"into": "John Kirby"})
    assert actor_of(store, first) == actor_of(store, second) == "John Kirby"
    assert [r.claim_id for r in query_claims(store, ClaimFilter(actor="j. kirby"))] == [first, second]
    later = kirby(store, "c.txt", actor="J. Kirby")  # the extractor still says "J. Kirby"
    assert actor_of(store, later) == "John Kirby"
    with open_store(store_url) as fresh:  # a new process, with cold caches
        assert actor_of(fresh, kirby(fresh, "d.txt", actor="J. Kirby")) == "John Kirby"
        summary = {a.name: a for a in list_actors(fresh)}
    assert "J. Kirby" not in summary and summary["John Kirby"].n_claims == 4
    assert "J. Kirby" in summary["John Kirby"].aliases
    with store.read() as conn:
        merged = conn.execute(sa.select(actors.c.merged_into_id).where(actors.c.name == "J. Kirby")).scalar()
    assert merged is not None
    with pytest.raises(StoreError, match="already the same"):
        merge_actors(store, "J. Kirby", "John Kirby")


def test_merge_actors_moves_the_claims_they_relayed(store_url: str, store: Store) -> None:
    doc = make_doc("r.txt", f"r.txt: {SENTENCE}")
    claim = make_claim(doc, f"r.txt: {SENTENCE}", actor="John Kirby", quantity=(3000, 3000))
    relay = ActorRef(name="Yonhap", kind="media", raw="Yonhap")
    relayed = claim.model_copy(update={"relayed_by": relay})
    store_document(store, doc, [relayed])
    key = claim_key(doc.identity, relayed)
    kirby(store, "y.txt", actor="Yonhap News Agency")
    assert get_claim(store, key).relayed_by == "Yonhap"  # type: ignore[union-attr]
    merge_actors(store, "Yonhap", "Yonhap News Agency", analyst="ana")
    assert get_claim(store, key).relayed_by == "Yonhap News Agency"  # type: ignore[union-attr]
    if store_url.startswith("sqlite"):  # the partial index of migration 0007 serves the merge
        with store.read() as conn:
            plan = " ".join(row[3] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN UPDATE claims SET relayed_by_id = 1 WHERE relayed_by_id = 2"))  # fmt: skip
        assert "ix_claims_relayed_by_id" in plan, plan


def test_merge_places_moves_claims_and_children(store: Store) -> None:
    key = kirby(store, place="Kursk")  # the city, inside Kursk Oblast
    kirby(store, "b.txt", place="Nowhere Oblast")
    merge_places(store, "Nowhere Oblast", "Kursk Oblast", analyst="ana")
    found = [r.claim_id for r in query_claims(store, ClaimFilter(place="nowhere oblast"))]
    assert key in found and len(found) == 2
    add_place_alias(store, "Kursk Oblast", "Kurskaya oblast")
    assert len(list(query_claims(store, ClaimFilter(place="Kurskaya Oblast")))) == 2
    assert [e.action for e in curation_log(store, target_type="place")] == ["alias", "merge"]


def test_ambiguous_names_are_refused(store: Store) -> None:
    kirby(store, "a.txt", actor="Kirby A")
    kirby(store, "b.txt", actor="Kirby B")
    add_actor_alias(store, "Kirby A", "Kirby")
    add_actor_alias(store, "Kirby B", "Kirby")
    with pytest.raises(NotFound, match="several actors"):
        merge_actors(store, "Kirby", "Kirby A")
