"""A count under a denial is the speaker's denial of it, not the speaker's report of it."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.analysis import compare_subject
from claimtrack.extraction import extract_claims
from claimtrack.records import ClaimRecord

PUBLISHED = dt.date(2024, 11, 6)


def counted(text: str) -> list[tuple[str, str | None, float | None]]:
    """(kind, actor, low) of every claim with a count."""
    return [
        (c.kind, c.actor.name if c.actor else None, c.quantity.low)
        for c in extract_claims(text, PUBLISHED)
        if c.quantity is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin on Tuesday denied that 2,500 Belarusian soldiers had crossed into the Bryansk region.",
        "Moscow rejected claims that 900 conscripts were sent to the front.",
        "Belarus denied Western reports that 400 tanks had been moved to the border.",
        "Minsk dismissed reports that 400 tanks had been moved to the border.",
        "Officials in Tehran deny that 70 drones were shipped to Russia last month.",
    ],
)
def test_a_count_after_a_denial_is_denied(text: str) -> None:
    kinds = [kind for kind, _, _ in counted(text)]
    assert kinds and set(kinds) == {"denial"}


def test_a_count_before_the_denying_clause_is_denied() -> None:
    text = "Kyiv says 1,200 Iranian instructors are in Crimea, a claim the Iranian foreign ministry denied on Monday."
    found = counted(text)
    # whoever the extractor takes as speaker, a count governed by "denied" is not reported as a deployment
    assert found and all(kind == "denial" for kind, actor, _ in found if actor and "Iran" in actor)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not deny that 2,500 soldiers had crossed into the Bryansk region.",
        "The Kremlin has never denied that 600 mercenaries were fighting near Bakhmut.",
        "Peskov denied the report but said 500 troops were training near Minsk.",
        "The general said 3,000 soldiers had arrived in the Kursk region.",
    ],
)
def test_a_count_not_under_a_denial_stays_a_report(text: str) -> None:
    found = counted(text)
    assert found and all(kind != "denial" for kind, _, _ in found)


def test_the_denial_keeps_its_count_subject_and_reason() -> None:
    claims = extract_claims("The Kremlin denied that 2,500 Belarusian soldiers had crossed into Russia.", PUBLISHED)
    denial = next(c for c in claims if c.quantity is not None)
    assert denial.kind == "denial"
    assert (denial.quantity.low, denial.quantity.high) == (2500, 2500)
    assert denial.subject and "Belarus" in denial.subject
    assert any("denial" in r for r in denial.confidence.reasons)


def _record(cid: str, actor: str, low: float, kind: str) -> ClaimRecord:
    return ClaimRecord(
        claim_id=cid, document="a.txt", kind=kind, actor=actor, quantity_low=low, quantity_high=low,
        subject="Belarusian troops", claim_date="2024-11-05", claim_date_precision="day",
        evidence="...", evidence_start=0, evidence_end=3,
    )  # fmt: skip


def test_compare_lists_a_denied_count_as_a_denial_not_an_estimate() -> None:
    rows = [_record("c1", "Ukraine's border guard", 2500, "deployment"), _record("c2", "Kremlin", 2500, "denial")]
    result = compare_subject(rows, "Belarusian troops")
    assert [r.claim_id for r in result.claims] == ["c1"]
    assert [r.claim_id for r in result.denials] == ["c2"]
    assert result.vague == [] and result.n_conflicts == 0
