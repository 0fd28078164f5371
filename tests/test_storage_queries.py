"""Querying claims: every filter, full-text search, ordering, hidden rejected claims, record fields."""

from __future__ import annotations

import datetime as dt

import pytest
from test_storage_factory import make_claim, make_doc

from claimtrack.records import ClaimRecord
from claimtrack.storage import (
    ClaimFilter,
    NotFound,
    Store,
    claim_key,
    claim_mentions,
    get_claim,
    get_document_text,
    query_claims,
    review_claim,
    store_document,
)

D1, D2, D3 = dt.date(2024, 10, 23), dt.date(2024, 10, 30), dt.date(2024, 11, 5)


@pytest.fixture
def filled(store: Store) -> dict[str, str]:
    """Four claims across three documents; returns claim ids by a short label."""
    a = make_doc(
        "ap.txt",
        "John Kirby said 3,000 North Korean troops are in Kursk.",
        "Ukrainian intelligence said 12,000 troops arrived in Russia's Far East.",
        published=D2,
        outlet="AP",
    )
    b_text = "NATO's Mark Rutte confirmed troops were sent to the Kursk region."
    b = make_doc("reuters.txt", b_text, published=D3, outlet="Reuters")
    c_text = "A South Korean lawmaker said drones struck Kyiv on Oct. 23."
    c = make_doc("old.txt", c_text, published=None, outlet="Yonhap")
    kirby = make_claim(
        a,
        a.text.split(". ")[0] + ".",
        quantity=(3000, 3000),
        subject="North Korean troops",
        place="Kursk Oblast",
        claim_date=D2,
        confidence=0.9,
        actor_raw="Kirby",
        aliases=("Admiral Kirby",),
        role="spokesman",
        affiliation="United States",
    )
    gur = make_claim(
        a,
        "Ukrainian intelligence said 12,000 troops arrived in Russia's Far East.",
        actor="HUR",
        actor_kind="organisation",
        aliases=("Ukrainian intelligence",),
        quantity=(12000, 12000),
        subject="North Korean troops",
        place="Russian Far East",
        claim_date=D2,
        confidence=0.6,
        relayed_by="AP",
    )
    rutte = make_claim(b, b.text, kind="confirmation", actor="Mark Rutte", place="Kursk region", confidence=0.8)
    drones = make_claim(
        c,
        c.text,
        kind="attack",
        actor=None,
        place="Kyiv",
        claim_date=D1,
        precision="day",
        confidence=0.3,
        event_date=dt.date(2024, 10, 1),
    )
    store_document(store, a, [kirby, gur])
    store_document(store, b, [rutte])
    store_document(store, c, [drones])
    return {
        "kirby": claim_key(a.identity, kirby),
        "gur": claim_key(a.identity, gur),
        "rutte": claim_key(b.identity, rutte),
        "drones": claim_key(c.identity, drones),
    }


def ids(store: Store, **filters: object) -> list[str]:
    return [r.claim_id for r in query_claims(store, ClaimFilter(**filters))]  # type: ignore[arg-type]


def test_all_claims_in_date_order(store: Store, filled: dict[str, str]) -> None:
    assert ids(store) == [filled["drones"], filled["kirby"], filled["gur"], filled["rutte"]]
    assert ids(store, order=("-claim_date",))[0] == filled["rutte"]
    assert ids(store, order=("-confidence",), limit=2) == [filled["kirby"], filled["rutte"]]


def test_unknown_order_key_is_a_clear_error(store: Store) -> None:
    with pytest.raises(ValueError, match="cannot order by"):
        ids(store, order=("nonsense",))


def test_actor_matches_name_or_alias_case_insensitively_as_substring(store: Store, filled: dict[str, str]) -> None:
    assert ids(store, actor="kirby") == [filled["kirby"]]
    assert ids(store, actor="ADMIRAL") == [filled["kirby"]]
    assert ids(store, actor="ukrainian intel") == [filled["gur"]]
    assert ids(store, actor="%") == [] and ids(store, actor="nobody") == []


def test_place_includes_everything_inside_it(store: Store, filled: dict[str, str]) -> None:
    assert ids(store, place="Russia") == [filled["kirby"], filled["gur"], filled["rutte"]]
    assert ids(store, place="kursk oblast") == [filled["kirby"], filled["rutte"]]
    assert ids(store, place="Russian Federation") == ids(store, place="Russia")  # an alias
    assert ids(store, place="Ukraine") == [filled["drones"]]
    assert ids(store, place="Atlantis") == []


def test_date_range_uses_claim_date_else_publication_date(store: Store, filled: dict[str, str]) -> None:
    assert ids(store, since=D2, until=D2) == [filled["kirby"], filled["gur"]]
    assert ids(store, since="2024-11-01") == [filled["rutte"]]  # no claim date: published D3
    assert ids(store, until=D1) == [filled["drones"]]
    with pytest.raises(ValueError, match="since must be a date"):
        ids(store, since="last week")


def test_kind_confidence_subject_document_and_claim_id(store: Store, filled: dict[str, str]) -> None:
    assert ids(store, kind="confirmation") == [filled["rutte"]]
    assert ids(store, kind=["attack", "confirmation"]) == [filled["drones"], filled["rutte"]]
    assert ids(store, min_confidence=0.75) == [filled["kirby"], filled["rutte"]]
    assert ids(store, subject="north korean troops") == [filled["kirby"], filled["gur"]]
    assert ids(store, document="reuters.txt") == [filled["rutte"]]
    assert ids(store, claim_id=filled["gur"].upper()) == [filled["gur"]]
    assert ids(store, actor="kirby", place="Russia", kind="deployment", min_confidence=0.5) == [filled["kirby"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("troops", ["kirby", "gur", "rutte"]),
        ("Troops KURSK", ["kirby", "rutte"]),
        ('"Far East"', ["gur"]),
        ("drone", ["drones"]),  # stemmed: "drones"
        ("zeppelins", []),
        ('troops" OR "x', []),  # quotes and operators are plain words, never syntax
        ("'; DROP TABLE claims; --", []),
        ("NEAR(", []),
    ],
)
def test_text_search_uses_the_full_text_index(
    store: Store, filled: dict[str, str], text: str, expected: list[str]
) -> None:
    assert ids(store, text=text) == [filled[k] for k in expected]


def test_rejected_claims_are_hidden_unless_asked_for(store: Store, filled: dict[str, str]) -> None:
    review_claim(store, filled["gur"], "rejected", "double counted", analyst="ana")
    review_claim(store, filled["kirby"], "verified", analyst="ana")
    assert filled["gur"] not in ids(store)
    assert filled["gur"] in ids(store, include_rejected=True)
    assert ids(store, review_status="rejected") == [filled["gur"]]
    assert ids(store, review_status="verified") == [filled["kirby"]]
    assert ids(store, review_status="unreviewed") == [filled["drones"], filled["rutte"]]


def test_records_carry_every_field(store: Store, filled: dict[str, str]) -> None:
    record = get_claim(store, filled["kirby"])
    assert isinstance(record, ClaimRecord)
    assert record.model_dump(
        include={
            "document",
            "outlet",
            "published",
            "actor",
            "actor_role",
            "actor_affiliation",
            "attribution",
            "kind",
            "quantity_low",
            "quantity_high",
            "quantity_unit",
            "place",
            "place_country",
            "claim_date",
            "date_precision",
            "confidence",
            "subject",
            "actor_kind",
            "actor_raw",
            "reliability",
            "credibility",
            "confidence_reasons",
            "mentions",
            "review_status",
            "document_title",
            "url",
            "forecast",
            "vague",
        }
    ) == {
        "document": "ap.txt",
        "outlet": "AP",
        "published": D2,
        "actor": "John Kirby",
        "actor_role": "spokesman",
        "actor_affiliation": "United States",
        "attribution": "named",
        "kind": "deployment",
        "quantity_low": 3000.0,
        "quantity_high": 3000.0,
        "quantity_unit": "troops",
        "place": "Kursk Oblast",
        "place_country": "Russia",
        "claim_date": "2024-10-30",
        "date_precision": "day",
        "confidence": 0.9,
        "subject": "North Korean troops",
        "actor_kind": "person",
        "actor_raw": "Kirby",
        "reliability": "B",
        "credibility": 2,
        "confidence_reasons": ["named official"],
        "mentions": 1,
        "review_status": None,
        "document_title": "ap.txt",
        "url": "https://example.test/ap.txt",
        "forecast": False,
        "vague": False,
    }
    text = get_document_text(store, "ap.txt")
    assert text[record.evidence_start : record.evidence_end] == record.evidence
    gur = get_claim(store, filled["gur"])
    assert gur is not None and gur.relayed_by == "AP"
    drones = get_claim(store, filled["drones"])
    assert drones is not None and drones.event_date == "2024-10" and drones.actor is None


def test_lookups_of_missing_things(store: Store, filled: dict[str, str]) -> None:
    assert get_claim(store, "000000000000") is None
    with pytest.raises(NotFound, match="no claim"):
        claim_mentions(store, "000000000000")
    with pytest.raises(NotFound, match="no document"):
        get_document_text(store, "missing.txt")
    assert get_document_text(store, 1).startswith("John Kirby")


def test_query_streams(store: Store, filled: dict[str, str]) -> None:
    stream = query_claims(store, ClaimFilter())
    first = next(stream)
    assert first.claim_id == filled["drones"]
    stream.close()  # releases the connection


def test_text_search_plan_uses_the_full_text_index(store: Store, filled: dict[str, str]) -> None:
    from claimtrack.storage import build_claims_query

    with store.read() as conn:
        stmt = build_claims_query(conn, ClaimFilter(text="troops"))
        compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        if store.dialect == "postgresql":
            # On a table this small, walking the date index and testing the stored vector is as cheap;
            # what must hold is that the GIN index can answer the condition, so leave it no other way.
            conn.exec_driver_sql("SET enable_seqscan = off")
            conn.exec_driver_sql("SET enable_indexscan = off")
            plan = conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params).scalars().all()
            assert any("ix_claims_evidence_fts" in line for line in plan), plan
        else:
            params = tuple(compiled.params[name] for name in compiled.positiontup or ())
            plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params)]
            assert any("claims_fts VIRTUAL TABLE" in line for line in plan), plan


# --- how query_claims reads (date split on SQLite, frequent words, records) -----------------------
@pytest.fixture
def dated_and_undated(store: Store) -> dict[str, list[str]]:
    """Six claims with dates (the later sentence, the earlier date) and four with no date at all."""
    dated_sentences = [f"Officials said {n},000 troops moved on day {n}." for n in range(1, 7)]
    undated_sentences = [f"Officials said {n} troops moved, undated {n}." for n in range(1, 5)]
    dated = make_doc("dated.txt", *dated_sentences, published=D3)
    undated = make_doc("undated.txt", *undated_sentences, published=None)
    day = dt.date(2024, 10, 1)
    with_dates = [
        make_claim(dated, s, quantity=(n * 1000, n * 1000), claim_date=day + dt.timedelta(days=6 - n))
        for n, s in enumerate(dated_sentences, 1)
    ]
    without = [make_claim(undated, s, quantity=(n, n)) for n, s in enumerate(undated_sentences, 1)]
    store_document(store, dated, with_dates)
    store_document(store, undated, without)
    return {
        "dated": [claim_key(dated.identity, c) for c in with_dates],
        "undated": [claim_key(undated.identity, c) for c in without],
    }


def test_undated_claims_come_last_and_limits_span_the_boundary(
    store: Store, dated_and_undated: dict[str, list[str]]
) -> None:
    dated = list(reversed(dated_and_undated["dated"]))  # later sentences got earlier dates
    everything = ids(store)
    assert everything[:6] == dated
    assert everything[6:] == dated_and_undated["undated"]  # stored in this order: by id
    for limit in (1, 5, 6, 7, 9, 10, 11):
        assert ids(store, limit=limit) == everything[:limit]
    assert ids(store, text="troops", limit=8) == everything[:8]
    newest_first = ids(store, order=("-claim_date",))
    assert newest_first == dated[::-1] + dated_and_undated["undated"]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"limit": 3},
        {"text": "troops"},
        {"text": "troops", "limit": 2},
        {"actor": "kirby"},
        {"place": "Russia", "limit": 2},
        {"since": D2},
        {"subject": "north korean troops"},
        {"order": ("-claim_date",)},
        {"order": ("claim_date", "-confidence"), "limit": 3},
        {"order": ("-confidence", "claim_date")},
        {"order": ("actor", "-date")},
        {"include_rejected": True, "limit": 2},
    ],
)
def test_query_claims_returns_what_the_single_statement_returns(
    store: Store, filled: dict[str, str], dated_and_undated: dict[str, list[str]], filters: dict
) -> None:
    from claimtrack.storage import build_claims_query

    review_claim(store, filled["gur"], "rejected", "double counted", analyst="ana")
    flt = ClaimFilter(**filters)
    with store.read() as conn:
        single = [row.claim_id for row in conn.execute(build_claims_query(conn, flt))]
    assert ids(store, **filters) == single


def test_a_frequent_word_walks_the_date_index_with_the_same_result(
    store: Store, dated_and_undated: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.storage import queries

    materialised = [ids(store, text="troops", limit=n) for n in (1, 4, 6, 8, 20)]
    if store.dialect == "sqlite":
        with store.read() as conn:
            assert not queries._fts_walks(conn, "troops", 4)  # 10 matches: sorting them is cheaper
        monkeypatch.setattr(queries, "_fts_walks", lambda conn, text, limit: True)
        with store.read() as conn:
            statements = queries.claims_statements(conn, ClaimFilter(text="troops", limit=4))
            compiled = statements[0].compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
            params = tuple(compiled.params[name] for name in compiled.positiontup or ())
            plan = " ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params))
            assert "ix_claims_sort_date_id" in plan and "TEMP B-TREE" not in plan, plan
    assert [ids(store, text="troops", limit=n) for n in (1, 4, 6, 8, 20)] == materialised


def test_records_are_what_validation_makes(store: Store, filled: dict[str, str]) -> None:
    review_claim(store, filled["kirby"], "verified", analyst="ana")
    records = list(query_claims(store, ClaimFilter(include_rejected=True)))
    assert records
    for record in records:
        again = ClaimRecord.model_validate(record.model_dump())
        assert again == record and record.model_fields_set == again.model_fields_set
        for name, value in record:
            assert value == getattr(again, name) and type(value) is type(getattr(again, name)), name


def test_claim_rows_are_the_record_fields(store: Store, filled: dict[str, str]) -> None:
    from claimtrack.records import EXPORT_COLUMNS
    from claimtrack.storage import claim_rows

    records = list(query_claims(store, ClaimFilter()))
    rows = list(claim_rows(store, ClaimFilter()))
    assert rows == [[getattr(r, c) for c in EXPORT_COLUMNS] for r in records]


def test_default_order_is_read_from_indexes_without_sorting(store: Store, filled: dict[str, str]) -> None:
    if store.dialect != "sqlite":
        pytest.skip("PostgreSQL plans depend on statistics; the benchmarks check them")
    from claimtrack.storage import queries

    with store.read() as conn:
        for filters in ({"actor": "kirby", "limit": 10}, {"subject": "north korean troops"}, {"since": D2}, {}):
            dated = queries.claims_statements(conn, ClaimFilter(**filters))[0]
            compiled = dated.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
            params = tuple(compiled.params[name] for name in compiled.positiontup or ())
            plan = " ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params))
            assert "TEMP B-TREE" not in plan, (filters, plan)


def test_documents_actors_and_places_are_looked_up_across_batches(
    store: Store, filled: dict[str, str], dated_and_undated: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.storage import queries

    expected = [r.model_dump() for r in query_claims(store, ClaimFilter())]
    monkeypatch.setattr(queries, "STREAM_BATCH", 2)  # several batches ...
    monkeypatch.setattr(queries, "_LOOKUP_LIMIT", 1)  # ... each forgetting what the one before read
    assert [r.model_dump() for r in query_claims(store, ClaimFilter())] == expected
    assert {r["document"] for r in expected} == {"ap.txt", "reuters.txt", "old.txt", "dated.txt", "undated.txt"}
    assert any(r["relayed_by"] == "AP" for r in expected) and any(r["place_country"] == "Russia" for r in expected)


def test_many_place_ids_matching_many_claims_walk_the_date_index(
    store: Store, filled: dict[str, str], dated_and_undated: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.storage import build_claims_query, queries
    from claimtrack.storage.schema import claims

    with store.read() as conn:
        russia = queries.place_ids_within(conn, "Russia")
        assert len(russia) > 1
        assert not queries._ids_walk(conn, claims.c.place_id, russia, 2)  # two matches: sort them
        assert not queries._ids_walk(conn, claims.c.place_id, russia[:1], 2)  # one id: already in order
        monkeypatch.setattr(queries, "_walk_cap", lambda conn, limit, factor: 2)
        assert queries._ids_walk(conn, claims.c.place_id, russia, 2)  # as many matches as the cap: walk
    for filters in ({"place": "Russia", "limit": 1}, {"place": "Russia", "limit": 5}, {"actor": "i", "limit": 3}):
        flt = ClaimFilter(**filters)  # type: ignore[arg-type]
        with store.read() as conn:
            single = [row.claim_id for row in conn.execute(build_claims_query(conn, flt))]
            if store.dialect == "sqlite" and "place" in filters:
                stmt = queries.claims_statements(conn, flt)[0].limit(flt.limit)
                compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
                params = tuple(compiled.params[name] for name in compiled.positiontup or ())
                plan = " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params))
                assert "ix_claims_sort_date_id" in plan and "TEMP B-TREE" not in plan, plan
        assert ids(store, **filters) == single
