"""End to end: the claims the extractor must find in the two seed articles (seeds/)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.records import ExtractedClaim

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KYIV_INDEPENDENT = "000_635a981262af1d4e"  # 2024-10-24
BUSINESS_INSIDER = "004_524682d6b08fad17"  # 2024-11-04


@cache
def seed(name: str) -> tuple[str, tuple[ExtractedClaim, ...]]:
    path = SEEDS / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"seed {name} not present")
    text = path.read_text(encoding="utf-8")
    meta = json.loads((SEEDS / f"{name}.meta.json").read_text(encoding="utf-8"))
    return text, tuple(extract_claims(text, dt.date.fromisoformat(meta["published"])))


def find(name: str, actor: str, **quantity: float | None) -> ExtractedClaim:
    _, claims = seed(name)
    for claim in claims:
        q = claim.quantity
        if (
            claim.actor
            and claim.actor.name == actor
            and q is not None
            and all(getattr(q, k) == v for k, v in quantity.items())
        ):
            return claim
    raise AssertionError(f"no claim by {actor} with {quantity}")


@pytest.mark.parametrize("name", [KYIV_INDEPENDENT, BUSINESS_INSIDER])
def test_evidence_offsets_point_into_the_text(name: str) -> None:
    text, claims = seed(name)
    assert claims
    for claim in claims:
        for m in claim.mentions:
            assert text[m.start : m.end] == m.sentence
        if claim.quantity is not None:
            q = claim.quantity
            assert text[q.start : q.end] == q.raw


@pytest.mark.parametrize("name", [KYIV_INDEPENDENT, BUSINESS_INSIDER])
def test_no_claim_from_page_furniture(name: str) -> None:
    _, claims = seed(name)
    for claim in claims:
        for m in claim.mentions:
            assert "min read" not in m.sentence
            assert "Skip to content" not in m.sentence


def test_kirby_at_least_3000_in_eastern_russia() -> None:
    claim = find(KYIV_INDEPENDENT, "John Kirby", low=3_000, high=None)
    assert claim.subject == "North Korean troops"
    assert claim.place is not None and claim.place.raw == "eastern Russia" and claim.place.country == "Russia"
    assert claim.claim_date is not None and claim.claim_date.value == dt.date(2024, 10, 23)
    assert claim.confidence.reliability == "B"
    assert claim.confidence.credibility == 3  # "believes"
    assert claim.confidence.estimative == "likely"


def test_zelensky_two_brigades_of_up_to_6000_each() -> None:
    claim = find(KYIV_INDEPENDENT, "Volodymyr Zelensky", high=12_000)
    assert claim.quantity is not None
    assert (claim.quantity.low, claim.quantity.multiplier) == (None, 2)
    assert claim.subject == "North Korean troops"


def test_budanov_2600_earlier_in_october() -> None:
    claim = find(KYIV_INDEPENDENT, "Kyrylo Budanov", low=2_600, high=2_600)
    assert claim.subject == "North Korean troops"  # the side carried from the previous sentence
    assert claim.claim_date is not None
    assert (claim.claim_date.value, claim.claim_date.precision) == (dt.date(2024, 10, 1), "month")


def test_budanov_expected_arrival_is_a_forecast() -> None:
    _, claims = seed(KYIV_INDEPENDENT)
    arrival = [c for c in claims if c.actor and c.actor.name == "Kyrylo Budanov" and c.event_date is not None]
    assert arrival
    assert arrival[0].forecast
    assert arrival[0].event_date.value == dt.date(2024, 10, 23)
    assert arrival[0].place is not None and arrival[0].place.name == "Kursk Oblast"


def test_kyiv_and_seoul_thousands_is_vague() -> None:
    _, claims = seed(KYIV_INDEPENDENT)
    vague = [c for c in claims if c.quantity is not None and c.quantity.vague]
    assert vague
    assert vague[0].actor is not None and vague[0].actor.name == "Ukraine"
    assert (vague[0].quantity.low, vague[0].quantity.high) == (None, None)
    assert vague[0].confidence.credibility == 6


def test_18_captured_relayed_by_the_outlet() -> None:
    claim = find(KYIV_INDEPENDENT, "military intelligence source", low=18)
    assert claim.kind == "detention"
    assert claim.subject is not None and "North Korean" in claim.subject
    assert claim.attribution == "anonymous"
    assert claim.relayed_by is not None and claim.relayed_by.name == "The Kyiv Independent"
    assert claim.place is not None and claim.place.name == "Kursk Oblast"
    assert claim.claim_date is not None and claim.claim_date.value == dt.date(2024, 10, 21)


def test_blinken_8000_headline_bullet_and_body_merge() -> None:
    claim = find(BUSINESS_INSIDER, "Antony Blinken", low=8_000, high=8_000)
    assert len(claim.mentions) >= 2
    assert claim.subject == "North Korean troops"
    assert claim.claim_date is not None
    assert (claim.claim_date.value, claim.claim_date.precision) == (dt.date(2024, 10, 28), "week")


def test_south_korean_intelligence_1500_last_month() -> None:
    claim = find(BUSINESS_INSIDER, "National Intelligence Service (South Korea)", low=1_500, high=1_500)
    assert claim.subject == "North Korean troops"
    assert claim.place is not None and claim.place.name == "Russia"
    assert claim.claim_date is not None
    assert (claim.claim_date.value, claim.claim_date.precision) == (dt.date(2024, 10, 1), "month")


def test_kovalenko_claim_is_in_kursk_oblast() -> None:
    _, claims = seed(BUSINESS_INSIDER)
    kovalenko = [c for c in claims if c.actor and c.actor.name == "Andrii Kovalenko"]
    assert kovalenko
    assert any(c.place is not None and c.place.name == "Kursk Oblast" for c in kovalenko)


def test_financial_times_relays_the_confirmation() -> None:
    _, claims = seed(BUSINESS_INSIDER)
    confirmations = [c for c in claims if c.kind == "confirmation"]
    assert confirmations
    assert confirmations[0].relayed_by is not None and confirmations[0].relayed_by.name == "Financial Times"
    assert confirmations[0].attribution == "anonymous"
