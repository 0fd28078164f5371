"""Counts of things the lexicon lacked (stop 25, generic25): facilities, documents, events, areas."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims

DAY = dt.date(2024, 3, 1)


def _counts(text: str) -> list[float | None]:
    return [c.quantity.low if c.quantity.low is not None else c.quantity.high for c in extract_claims(text, DAY)
            if c.quantity is not None and (c.quantity.low is not None or c.quantity.high is not None)]


@pytest.mark.parametrize(("text", "value"), [
    ("The governor said there are now 14 reception points for evacuees in the region.", 14),
    ("\"We have roughly 2,700 beds ready,\" the mayor said.", 2700),
    ("The ministry said 9 temporary accommodation points had been opened.", 9),
    ("The election commission said it had received 150,000 signatures.", 150000),
    ("The energy company said 3,000 consumers were cut off after the strike.", 3000),
    ("Police said protests were held in 340 locations on Saturday.", 340),
    ("The agency said landlords filed over 12,000 applications last month.", 12000),
])
def test_things_the_lexicon_lacked_are_counted(text: str, value: float) -> None:
    assert value in _counts(text)


@pytest.mark.parametrize("text", [
    "The regional governor said the vote annexed four districts. 3 min read",
    "The minister said the plan would take 15 years.",
    "The minister said Kyiv would receive $400 million.",
    "The minister said prices rose 25 percent.",
    "The official said the score was 12 points.",
])
def test_not_counts(text: str) -> None:
    assert _counts(text) == []
