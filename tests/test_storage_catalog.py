"""Listings of actors, places, sources and documents with their claim counts."""

from __future__ import annotations

import datetime as dt

from test_storage_factory import make_claim, make_doc

from claimtrack.storage import Store, list_actors, list_documents, list_places, list_sources, store_document


def fill(store: Store) -> None:
    for i, (outlet, place) in enumerate([("AP", "Kursk"), ("AP", "Kursk Oblast"), ("Reuters", "Kyiv")]):
        doc = make_doc(
            f"d{i}.txt", f"Officials said {i} drones fell.", outlet=outlet, published=dt.date(2024, 10, i + 1)
        )
        claims = [make_claim(doc, doc.text, place=place, aliases=("Kirby",))]
        if i == 0:
            claims.append(make_claim(doc, doc.text, kind="statement", actor="Pentagon", actor_kind="organisation"))
        store_document(store, doc, claims)


def test_list_actors(store: Store) -> None:
    fill(store)
    actors = list_actors(store)
    assert [(a.name, a.kind, a.n_claims) for a in actors] == [
        ("John Kirby", "person", 3),
        ("Pentagon", "organisation", 1),
    ]
    assert actors[0].aliases == ["Kirby"]


def test_list_places_counts_direct_and_within(store: Store) -> None:
    fill(store)
    places = {p.name: p for p in list_places(store)}
    assert (places["Kursk"].n_claims, places["Kursk"].n_claims_within, places["Kursk"].parent) == (
        1,
        1,
        "Kursk Oblast",
    )
    assert (places["Kursk Oblast"].n_claims, places["Kursk Oblast"].n_claims_within) == (1, 2)
    assert (places["Russia"].n_claims, places["Russia"].n_claims_within) == (0, 2)
    assert "Russian Federation" in places["Russia"].aliases
    used = {p.name for p in list_places(store, with_claims_only=True)}
    assert {"Kursk", "Kursk Oblast", "Russia", "Kyiv", "Ukraine"} <= used and "Poland" not in used


def test_list_sources_and_documents(store: Store) -> None:
    fill(store)
    sources = list_sources(store)
    assert [(s.outlet, s.n_documents, s.n_claims) for s in sources] == [("AP", 2, 3), ("Reuters", 1, 1)]
    assert sources[0].first_published == dt.date(2024, 10, 1) and sources[0].last_published == dt.date(2024, 10, 2)
    docs = list_documents(store, outlet="AP")
    assert [(d.name, d.n_claims) for d in docs] == [("d1.txt", 1), ("d0.txt", 2)]
    assert docs[0].ingested_at is not None and len(docs[0].content_hash) == 64
