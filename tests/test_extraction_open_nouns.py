"""Counts of nouns outside the count vocabulary (stop 26, open26): a plain plural noun phrase after a number in a
sentence with a claimant (`open_nouns`)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.open_nouns import open_noun_after

DAY = dt.date(2024, 3, 1)


def _records(text: str) -> list[tuple[float | None, str | None, str | None, str]]:
    """(lower bound, unit, subject, kind) of each claim with a count."""
    return [
        (c.quantity.low, c.quantity.unit, c.subject, c.kind)
        for c in extract_claims(text, DAY)
        if c.quantity is not None
    ]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("31 canals were left dry", ("canals", "", "canals")),
        ("39 combat missions", ("missions", "combat", "combat missions")),
        ("12 Soviet-era reservoirs", ("reservoirs", "Soviet-era", "reservoirs")),
        ("46 breaches of the ceasefire line", ("breaches", "", "breaches of the ceasefire line")),
        ("140 companies", ("companies", "", "companies")),
    ],
)
def test_open_noun_phrase_by_form(text: str, phrase: tuple[str, str, str]) -> None:
    found = open_noun_after(text, text.index(" "))
    assert found is not None and found[:3] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "20 years ago",
        "300 kilometres from the front",
        "2 million tonnes of grain",
        "5 percentage points",
        "40 comments",
        "12 hours",
        "30 was the figure",
        "10 of the schools",
        "15 glass",
        "8 crisis",
        "3 status",
        "9 says the report",
        "6 or more",
    ],
)
def test_no_open_noun_phrase(text: str) -> None:
    assert open_noun_after(text, text.index(" ")) is None


@pytest.mark.parametrize(
    ("text", "value", "unit", "subject", "kind"),
    [
        (
            "The regional governor said shelling had damaged 31 irrigation canals.",
            31,
            "canals",
            "irrigation canals damaged",
            "damage",
        ),
        (
            "The farmers' union said 120 greenhouses were destroyed by the strikes.",
            120,
            "greenhouses",
            "greenhouses destroyed",
            "damage",
        ),
        ("The Pentagon said 43 nations had pledged support.", 43, "nations", "nations", "other"),
        (
            "The central bank said 1,400 foreign firms had applied for licences.",
            1400,
            "firms",
            "foreign firms",
            "other",
        ),
        (
            '"We have recorded 58 breaches of the truce," the monitoring mission said.',
            58,
            "breaches",
            "breaches of the truce",
            "other",
        ),
    ],
)
def test_open_noun_counts_in_attributed_sentences(text: str, value: float, unit: str, subject: str, kind: str) -> None:
    assert (value, unit, subject, kind) in _records(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling damaged 31 irrigation canals in the region overnight.",  # no claimant: the text's own voice
        "The minister said there were two options left.",  # a handful with nothing befalling it: narrative
        "The minister said the deal would run for 20 years.",
        "The ministry said grain exports reached 2 million tonnes.",
        "The spokesman said the story drew 400 comments.",
        "The envoy said Nord Stream 2 remains shut.",
        "The official said the Boeing 737 airliners were grounded.",  # a model's number after a name
    ],
)
def test_no_open_noun_counts(text: str) -> None:
    assert _records(text) == []


def test_elided_noun_taken_from_an_open_noun_before() -> None:
    text = "The ministry said it had registered 300 lawsuits. Now there are more than 1,000, it said."
    assert (1000, "lawsuits", "lawsuits", "other") in _records(text)


def test_no_elided_noun_from_a_measure_before() -> None:
    text = "The ministry said the front line ran 300 kilometres. Now it is more than 1,000, it said."
    assert _records(text) == []
