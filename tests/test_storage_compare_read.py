"""What `compare --subject` reads: views of the fields it shows, the same values as the full records."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from test_storage_factory import make_claim, make_doc

from claimtrack.analysis.compare import compare_subject
from claimtrack.records import ClaimView
from claimtrack.storage import ClaimFilter, Store, claim_key, query_claims, review_claim, store_document
from claimtrack.storage.comparison import compare_read, denial_candidates, paused_gc, subject_names

SUBJECT = "North Korean troops"
D = dt.date(2024, 10, 23)


@pytest.fixture
def stored(store: Store) -> dict[str, str]:
    """Claims about the subject with and without a claim date, actor, place; a denial; another subject."""
    a = make_doc("a.txt", "Kirby said 3,000 troops arrived in Kursk.", "Budanov said 11,000 troops.",
                 "Pyongyang denied it.", published=D)  # fmt: skip
    b = make_doc("b.txt", "Officials said about 500 troops.", "Thousands of troops, a source said.",
                 "Another 20 tanks.", published=None, outlet=None)  # fmt: skip
    claims_a = {
        "kirby": make_claim(a, "Kirby said 3,000 troops arrived in Kursk.", quantity=(3000, None), subject=SUBJECT,
                            claim_date=D, place="Kursk", affiliation="United States"),
        "budanov": make_claim(a, "Budanov said 11,000 troops.", actor="Kyrylo Budanov", quantity=(11000, 11000),
                              subject=SUBJECT, claim_date=dt.date(2024, 10, 1), precision="month"),
        "denial": make_claim(a, "Pyongyang denied it.", kind="denial", actor="North Korea"),
    }  # fmt: skip
    claims_b = {
        "officials": make_claim(b, "Officials said about 500 troops.", actor=None, quantity=(500, 500),
                                subject=SUBJECT),
        "vague": make_claim(b, "Thousands of troops, a source said.", actor="Anonymous source",
                            actor_kind="anonymous", quantity=(None, None), vague=True, subject=SUBJECT,
                            claim_date=D),
        "tanks": make_claim(b, "Another 20 tanks.", quantity=(20, 20), subject="tanks", claim_date=D),
    }  # fmt: skip
    keys = {}
    for doc, found in ((a, claims_a), (b, claims_b)):
        store_document(store, doc, list(found.values()))
        keys.update({label: claim_key(doc.identity, c) for label, c in found.items()})
    review_claim(store, keys["budanov"], "verified", "checked", analyst="ana")
    return keys


@pytest.mark.parametrize("include_rejected", [False, True])
def test_views_hold_what_the_records_hold(store: Store, stored: dict[str, str], include_rejected: bool) -> None:
    review_claim(store, stored["officials"], "rejected", "no source", analyst="ana")
    flt = ClaimFilter(subject=SUBJECT.upper(), include_rejected=include_rejected)
    views, denials = compare_read(store, flt)
    records = list(query_claims(store, flt))
    assert all(isinstance(v, ClaimView) for v in views)
    assert sorted(views) == sorted(ClaimView(*(getattr(r, f) for f in ClaimView._fields)) for r in records)
    assert len(views) == (4 if include_rejected else 3)
    by_id = {v.claim_id: v for v in views}
    assert by_id[stored["budanov"]].review_status == "verified" and by_id[stored["budanov"]].claim_date == "2024-10"
    assert by_id[stored["kirby"]].place == "Kursk" and by_id[stored["kirby"]].actor_affiliation == "United States"
    assert by_id[stored["vague"]].vague is True and by_id[stored["kirby"]].quantity_low == 3000.0
    assert [d.claim_id for d in denials] == [stored["denial"]]
    assert denials == denial_candidates(store, records, include_rejected)
    # the comparison built from views is the one built from records
    assert (compare_subject(views, SUBJECT, denials=denials).to_dict()
            == compare_subject(records, SUBJECT, denials=denials).to_dict())  # fmt: skip


def test_no_claims_no_denials_and_the_subjects_named_instead(store: Store, stored: dict[str, str]) -> None:
    assert compare_read(store, ClaimFilter(subject="Martian troops")) == ([], [])
    views, denials = compare_read(store, ClaimFilter(subject=SUBJECT), denials=False)
    assert len(views) == 4 and denials == []
    assert subject_names(store, 1) == ([SUBJECT], 2)
    assert subject_names(store, 10) == ([SUBJECT, "tanks"], 2)


def test_the_garbage_collector_is_paused_only_during_the_read() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # left as it was
    finally:
        gc.enable()
