"""Publication date and outlet from bylines: only full dates in the header, never a caption's date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.bylines import BYLINE_DATE_PATTERNS, byline_date, byline_outlet

LONG = "This opening paragraph runs long enough to count as body text rather than header. " * 4


@pytest.mark.parametrize(
    "header",
    [
        "by The Example Ledger news desk October 24, 2024 8:57 AM 3 min read",
        "By Jane Doe | Oct. 24, 2024",
        "Published: 24.10.2024",
        "24 October 2024",
        "Thursday, October 24th, 2024",
        "2024-10-24",
        "Updated 2024-10-24T09:15:00Z",
        "Posted on Oct 24, 2024 at 09:15",
        "24 Oct 2024 | 5 min read",
    ],
)
def test_byline_forms(header: str) -> None:
    text = f"Headline about the front\n\n{header}\n\n{LONG}\n"
    assert byline_date(text) == dt.date(2024, 10, 24)


def test_caption_date_is_passed_over_for_the_byline() -> None:
    text = (
        "Headline\n\n"
        "Soldiers parade in a square on September 9, 2018 (A. Shooter / Example Agency via Getty Images)\n"
        "By Staff Writer, March 2, 2025 10:00\n\n" + LONG
    )
    assert byline_date(text) == dt.date(2025, 3, 2)


def test_date_in_a_sentence_alone_is_not_a_byline() -> None:
    text = "Headline\n\nThe bridge was first hit on September 9, 2018, officials recalled.\n\n" + LONG
    assert byline_date(text) is None


def test_first_full_date_in_the_header_as_fallback() -> None:
    text = "Headline\nKyiv desk, 12 May 2023, staff report\n\n" + LONG
    assert byline_date(text) == dt.date(2023, 5, 12)


def test_date_after_the_first_long_paragraph_is_ignored() -> None:
    text = "Headline\n\n" + LONG + "\n\nPublished October 24, 2024\n"
    assert byline_date(text) is None


def test_date_beyond_the_header_is_ignored() -> None:
    text = "\n".join(["Short line"] * 80) + "\nPublished October 24, 2024\n"
    assert byline_date(text) is None


@pytest.mark.parametrize(
    "header",
    [
        "Published October 2024",
        "Updated Oct. 24",
        "Published 10/24/2024",
        "Published October 32, 2024",
        "Published 1066-10-14",
    ],
)
def test_partial_ambiguous_or_invalid_dates_are_not_taken(header: str) -> None:
    assert byline_date(f"Headline\n{header}\n\n{LONG}") is None


def test_publication_beats_update() -> None:
    text = "Headline\nUpdated: 25.10.2024 | Published: 24.10.2024\n\n" + LONG
    assert byline_date(text) == dt.date(2024, 10, 24)


def test_update_alone_is_still_a_date() -> None:
    assert byline_date("Headline\nLast updated 25 October 2024\n\n" + LONG) == dt.date(2024, 10, 25)


def test_patterns_are_data_with_examples() -> None:
    assert len(BYLINE_DATE_PATTERNS) >= 4
    for example, regex in BYLINE_DATE_PATTERNS:
        assert example and regex


@given(st.text(max_size=800))
def test_never_raises(text: str) -> None:
    result = byline_date(text)
    assert result is None or isinstance(result, dt.date)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Headline\n\nby The Example Ledger news desk October 24, 2024\n", "The Example Ledger"),
        ("Headline\nBy Example Wire Staff\n", "Example Wire"),
        ("Headline\nBy Times of Example staff\n", "Times of Example"),
        ("Headline\nBy Jane Doe, Oct. 24, 2024\n", None),
        ("Headline\nThe staff said the desk was busy\n", None),
        ("Headline\nby some lowercase news desk\n", None),
    ],
)
def test_byline_outlet(text: str, outlet: str | None) -> None:
    assert byline_outlet(text) == outlet
