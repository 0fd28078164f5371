"""A speaker's revised figure: "X raised its estimate to 65", "Y revised the toll down to 40" (issue #3)."""

from __future__ import annotations

import datetime

from claimtrack.extraction.pipeline import extract_claims

_DAY = datetime.date(2024, 5, 1)


def _counts(text: str) -> list[tuple[str | None, float]]:
    return [
        (c.actor.name if c.actor else None, c.quantity.low)
        for c in extract_claims(text, _DAY)
        if c.quantity is not None
    ]


def test_raised_estimate_is_the_speakers_count() -> None:
    assert _counts("The Dravenport health agency raised its estimate to 65 killed on Monday.") == [
        ("Dravenport health agency", 65.0)
    ]


def test_revised_toll_down_is_the_speakers_count() -> None:
    claims = extract_claims("Governor Olek Marrin revised the death toll down to 40 on Tuesday.", _DAY)
    assert [(c.actor.name if c.actor else None, c.quantity.low if c.quantity else None) for c in claims] == [
        ("Olek Marrin", 40.0)
    ]


def test_passive_revision_has_no_speaker() -> None:
    claims = extract_claims("The toll was revised to 40 on Tuesday.", _DAY)
    assert all(c.actor is None for c in claims)


def test_raising_a_level_or_a_share_is_no_claim() -> None:
    assert extract_claims("The army raised the alert level to 3 in the north.", _DAY) == []
    assert extract_claims("The Vellmark bank raised its growth estimate to 3% this year.", _DAY) == []
    assert extract_claims("The ministry increased the number of troops to 5,000.", _DAY) == []
