"""What `compare --subject` reads: the candidate denials give the comparison that every denial gives."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from test_storage_factory import make_claim, make_doc

from claimtrack.analysis.compare import compare_subject
from claimtrack.storage import ClaimFilter, Store, claim_key, query_claims, review_claim, store_document
from claimtrack.storage.comparison import compare_read, denial_candidates

SUBJECT = "North Korean troops"
D = dt.date(2024, 10, 23)


@pytest.fixture
def denials(store: Store) -> dict[str, str]:
    """Subject claims in two documents; denials in them, in a document of the same name, elsewhere,
    and with the subject itself near and far in time; returns claim ids by label."""
    docs = {
        "a": make_doc("a.txt", "Kirby said 3,000 troops arrived.", "Moscow denied sending troops.", published=D),
        "b": make_doc("b.txt", "Budanov said 11,000 troops arrived.", "Pyongyang denied it.", published=D),
        "a_again": make_doc("a.txt", "Another a.txt: Moscow denied it all.", published=D),
        "c": make_doc("c.txt", "An unrelated denial was issued.", published=D),
        "d": make_doc("d.txt", "A denial about the troops, near.", "A denial about the troops, far.", published=D),
    }
    stored: dict[str, str] = {}

    def put(doc_label: str, claims: dict[str, object]) -> None:
        doc = docs[doc_label]
        store_document(store, doc, list(claims.values()))  # type: ignore[arg-type]
        stored.update({label: claim_key(doc.identity, c) for label, c in claims.items()})  # type: ignore[arg-type]

    a, b, d = docs["a"], docs["b"], docs["d"]
    put(
        "a",
        {
            "kirby": make_claim(a, a.text.split(". ")[0] + ".", quantity=(3000, None), subject=SUBJECT, claim_date=D),
            "deny_a": make_claim(a, "Moscow denied sending troops.", kind="denial", actor="Kremlin"),
        },
    )
    put(
        "b",
        {
            "budanov": make_claim(
                b,
                b.text.split(". ")[0] + ".",
                actor="Kyrylo Budanov",
                quantity=(11000, 11000),
                subject=SUBJECT,
                claim_date=D,
            ),
            "deny_b": make_claim(b, "Pyongyang denied it.", kind="denial", actor="North Korea"),
        },
    )
    put(
        "a_again", {"deny_same_name": make_claim(docs["a_again"], docs["a_again"].text, kind="denial", actor="Kremlin")}
    )
    put("c", {"deny_elsewhere": make_claim(docs["c"], docs["c"].text, kind="denial", actor="Kremlin")})
    put("d", {"deny_near": make_claim(d, "A denial about the troops, near.", kind="denial", actor="Kremlin",
                                      subject=SUBJECT, claim_date=D + dt.timedelta(days=10)),
              "deny_far": make_claim(d, "A denial about the troops, far.", kind="denial", actor="Kremlin",
                                     subject=SUBJECT, claim_date=D + dt.timedelta(days=200))})  # fmt: skip
    return stored


@pytest.mark.parametrize("include_rejected", [False, True])
def test_candidate_denials_give_the_comparison_every_denial_gives(
    store: Store, denials: dict[str, str], include_rejected: bool
) -> None:
    review_claim(store, denials["deny_b"], "rejected", "not a denial", analyst="ana")
    records = list(query_claims(store, ClaimFilter(subject=SUBJECT, include_rejected=include_rejected)))
    every = list(query_claims(store, ClaimFilter(kind="denial", include_rejected=include_rejected)))
    candidates = denial_candidates(store, records, include_rejected)
    full = compare_subject(records, SUBJECT, denials=every).to_dict()
    assert compare_subject(records, SUBJECT, denials=candidates).to_dict() == full
    # denials with the subject are among the subject's claims, so within their own window
    expected = {"deny_a", "deny_same_name", "deny_near", "deny_far"} | ({"deny_b"} if include_rejected else set())
    label = {v: k for k, v in denials.items()}
    assert {label[d["claim_id"]] for d in full["denials"]} == expected
    # the unrelated denial without a subject is not read at all
    read = {c.claim_id for c in candidates}
    assert denials["deny_elsewhere"] not in read
    assert read == {denials[k] for k in expected}


def test_no_subject_claims_no_document_candidates(store: Store, denials: dict[str, str]) -> None:
    assert {c.claim_id for c in denial_candidates(store, [])} == {denials["deny_near"], denials["deny_far"]}


def test_candidates_are_index_ranges(store: Store, denials: dict[str, str]) -> None:
    if store.dialect != "sqlite":
        pytest.skip("PostgreSQL plans depend on statistics")
    from claimtrack.storage import queries

    with store.read() as conn:
        for flt in (ClaimFilter(kind="denial", has_subject=True),
                    ClaimFilter(kind="denial", has_subject=False, document_ids=[1, 2])):  # fmt: skip
            stmt = queries.claims_statements(conn, flt)[0]
            compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
            params = tuple(compiled.params[name] for name in compiled.positiontup or ())
            plan = " ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params))
            assert "ix_claims_kind_subject_document (kind=? AND subject" in plan, plan


def test_long_lists_bound_as_one_parameter_select_what_short_ones_do(store: Store, denials: dict[str, str]) -> None:
    import sqlalchemy as sa

    from claimtrack.storage.comparison import _document_ids
    from claimtrack.storage.queries import in_values
    from claimtrack.storage.schema import documents

    every = [r.claim_id for r in query_claims(store, ClaimFilter())]
    by_short_list = [r.claim_id for r in query_claims(store, ClaimFilter(document_ids=[1, 2, 3, 4, 5]))]
    assert by_short_list == every  # five documents hold every claim
    long_ids = [*range(1, 6), *range(1000, 1200)]  # 205 ids: one bound list
    with store.read() as conn:
        compiled = sa.select(documents.c.id).where(in_values(store.dialect, documents.c.id, long_ids)).compile(
            dialect=conn.dialect, compile_kwargs={"render_postcompile": True})  # fmt: skip
        assert len(compiled.params) == 1
    assert [r.claim_id for r in query_claims(store, ClaimFilter(document_ids=long_ids))] == every
    names = ["a.txt", "c.txt", *(f"missing-{i}.txt" for i in range(200))]
    with store.read() as conn:
        assert len(_document_ids(conn, names)) == 3  # both documents named a.txt, and c.txt


@pytest.mark.parametrize("include_rejected", [False, True])
def test_compare_read_finds_the_denials_of_every_document_of_the_subjects_names(
    store: Store, denials: dict[str, str], include_rejected: bool
) -> None:
    review_claim(store, denials["deny_b"], "rejected", "not a denial", analyst="ana")
    flt = ClaimFilter(subject=SUBJECT, include_rejected=include_rejected)
    views, candidates = compare_read(store, flt)
    records = list(query_claims(store, flt))
    # the documents' ids found beside their fields give what looking them up by name gives
    assert sorted(candidates) == sorted(denial_candidates(store, records, include_rejected))
    read = {c.claim_id for c in candidates}
    assert denials["deny_same_name"] in read and denials["deny_elsewhere"] not in read
    assert (denials["deny_b"] in read) is include_rejected
    assert compare_read(store, flt, denials=False) == (views, [])


def test_without_a_limit_one_statement_reads_in_no_order_and_with_one_in_date_order(
    store: Store, denials: dict[str, str]
) -> None:
    from claimtrack.storage.comparison import _statements, paused_gc, read_views

    with store.read() as conn:
        statements = _statements(conn, ClaimFilter(subject=SUBJECT))  # PostgreSQL: covered and wide claims
        assert len(statements) == (1 if store.dialect == "sqlite" else 2)
        assert not any("ORDER BY" in str(stmt.compile(dialect=conn.dialect)) for stmt in statements)
        with paused_gc():
            first, _ = read_views(conn, ClaimFilter(subject=SUBJECT, limit=1))
            every, document_ids = read_views(conn, ClaimFilter(subject=SUBJECT))
    (earliest,) = query_claims(store, ClaimFilter(subject=SUBJECT, limit=1))  # date order, then id
    assert len(every) == 4 and [v.claim_id for v in first] == [earliest.claim_id] and first[0] in every
    assert len(document_ids) == 4 and len(set(document_ids)) == 3  # kirby's a.txt, budanov's b.txt, d.txt twice


def _plan(conn: object, stmt: object) -> str:
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})  # type: ignore[attr-defined]
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    return " ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params))  # type: ignore[attr-defined]


def test_sqlite_reads_the_subject_from_one_index_and_no_document(store: Store, denials: dict[str, str]) -> None:
    if store.dialect != "sqlite":
        pytest.skip("PostgreSQL's covering index is 0010's, its own test below")
    from claimtrack.storage.comparison import _statements, namesakes

    with store.read() as conn:
        (stmt,) = _statements(conn, ClaimFilter(subject=SUBJECT))
        plan = _plan(conn, stmt)  # the document's fields are in the pack (0008): no documents read
        assert "ix_claims_subject_view" in plan and "documents" not in plan
        assert "COVERING INDEX ix_documents_fields" in _plan(conn, namesakes("sqlite", [1, 2, 3]))
        # a filter on the document still reads the documents table, whose join is otherwise left out
        (by_name,) = _statements(conn, ClaimFilter(subject=SUBJECT, document="a.txt"))
        assert len(conn.execute(by_name).all()) == 1 and "SCAN documents" not in _plan(conn, stmt)


@pytest.mark.parametrize("many", [False, True])
def test_namesakes_are_the_documents_of_the_same_names(store: Store, denials: dict[str, str], many: bool) -> None:
    from claimtrack.storage.comparison import _document_ids, namesakes
    from claimtrack.storage.schema import documents

    with store.read() as conn:
        by_id = dict(conn.execute(sa.select(documents.c.id, documents.c.name)).all())
        for ids in ([1], [2], [1, 2], [2, 4], list(by_id)):
            wanted = [*ids, *range(1000, 1200)] if many else ids  # more than 100: one bound list
            found = sorted(set(conn.execute(namesakes(store.dialect, wanted)).scalars()))  # an IN list: repeats
            assert found == _document_ids(conn, sorted({by_id[i] for i in ids}))
        assert sorted(conn.execute(namesakes(store.dialect, [1])).scalars()) == [1, 3]  # a.txt twice


def _pg_plan(conn: sa.Connection, stmt: sa.Select) -> str:
    """PostgreSQL's plan of `stmt` (values inlined, as a first execution plans them), its scans forced
    to indexes: whether an index CAN serve the statement, which statistics of a few rows do not tell."""
    conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
    conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
    sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    return "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql))


def test_postgres_reads_the_subject_and_the_denials_from_the_indexes_of_0010(
    store: Store, denials: dict[str, str]
) -> None:
    if store.dialect != "postgresql":
        pytest.skip("SQLite's covering indexes are 0006's and 0008's")
    from claimtrack.storage.comparison import _statements, named_documents
    from claimtrack.storage.schema import claims

    with store.read() as conn:
        covered, wide = _statements(conn, ClaimFilter(subject=SUBJECT))
        assert "Index Only Scan using ix_claims_subject_view" in _pg_plan(conn, covered)
        assert "ix_claims_subject_wide" in _pg_plan(conn, wide)
        (in_documents,) = _statements(conn, ClaimFilter(kind="denial", has_subject=False))
        plan = _pg_plan(conn, in_documents.where(claims.c.document_id.in_(named_documents(["a.txt", "b.txt"]))))
        assert "ix_claims_denial_document" in plan, plan  # which side drives the join is the statistics' call


@pytest.mark.parametrize("many", [False, True])
def test_named_documents_are_the_documents_of_those_names(store: Store, denials: dict[str, str], many: bool) -> None:
    if store.dialect != "postgresql":
        pytest.skip("SQLite looks the names up by the documents' ids (namesakes)")
    from claimtrack.storage.comparison import _document_ids, named_documents

    with store.read() as conn:
        for names in (["a.txt"], ["b.txt", "a.txt", "a.txt"], ["c.txt", "nowhere.txt"], ["a.txt", "b.txt", "c.txt"]):
            wanted = [*names, *(f"missing-{i}.txt" for i in range(200))] if many else names
            found = sorted(conn.execute(named_documents(wanted)).scalars())
            assert found == _document_ids(conn, names)
        assert len(conn.execute(named_documents(["a.txt"])).all()) == 2  # a.txt twice
        assert conn.execute(named_documents(['it\'s "quoted" \\ é.txt'])).all() == []


@pytest.mark.postgres
def test_compare_reads_the_same_on_both_databases(tmp_path, pg_url: str) -> None:
    """The same documents stored in SQLite and PostgreSQL: compare reads the same claims and denials
    (compare's read is unordered: sorted here), and compare shows the same, in the same order."""
    from claimtrack.storage import open_store

    wide = "Officials said 500 troops arrived, " + "and then some more, " * 150 + "in the end."
    docs = [
        make_doc("a.txt", "Kirby said 3,000 troops arrived.", "Moscow denied sending troops.", published=D),
        make_doc("b.txt", "Budanov said 11,000 troops arrived.", wide, published=None, outlet=None),
        make_doc("a.txt", "Moscow denied it all.", published=D + dt.timedelta(days=1)),
        make_doc("c.txt", "A denial about the troops.", "An unrelated denial.", published=D),
    ]
    claims_of = [
        [make_claim(docs[0], "Kirby said 3,000 troops arrived.", quantity=(3000, None), subject=SUBJECT, claim_date=D),
         make_claim(docs[0], "Moscow denied sending troops.", kind="denial", actor="Kremlin")],
        [make_claim(docs[1], "Budanov said 11,000 troops arrived.", actor="Kyrylo Budanov", quantity=(11000, 11000),
                    subject=SUBJECT.lower(), claim_date=dt.date(2024, 10, 1), precision="month"),
         make_claim(docs[1], wide, actor=None, quantity=(500, 500), subject=SUBJECT, vague=True)],
        [make_claim(docs[2], "Moscow denied it all.", kind="denial", actor="Kremlin", place="Moscow")],
        [make_claim(docs[3], "A denial about the troops.", kind="denial", subject=SUBJECT, claim_date=D),
         make_claim(docs[3], "An unrelated denial.", kind="denial", actor="Kremlin")],
    ]  # fmt: skip
    read = {}
    for url in (f"sqlite:///{tmp_path / 'claims.db'}", pg_url):
        with open_store(url) as store:
            for doc, found in zip(docs, claims_of, strict=True):
                store_document(store, doc, found)
            review_claim(store, claim_key(docs[0].identity, claims_of[0][0]), "verified", "ok", analyst="ana")
            flt = ClaimFilter(subject=SUBJECT)
            views, candidates = compare_read(store, flt)
            records = list(query_claims(store, flt))
            shown = compare_subject(views, SUBJECT, denials=candidates).to_dict()
            read[store.dialect] = (sorted(views), sorted(candidates), shown, [r.claim_id for r in records])
    assert read["sqlite"] == read["postgresql"]
    views, candidates, shown, _ = read["sqlite"]
    # the denial with the subject is one of its claims, and makes c.txt one of its documents
    assert len(views) == 4 and len(candidates) == 4 and len(shown["denials"]) == 4
