"""Seasons with a year as event dates (issue #3, stop 31, rules31b): "winter 2023", "the 2022-23 winter", "late
summer 2022" at month precision over the right months. Sentences written for these tests; a near miss must not fire."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.dates import find_dates

DAY = dt.date(2024, 9, 4)


# --- seasons with a year as event dates -----------------------------------------------------------------------------


def _seasons(sentence: str, published: dt.date = dt.date(2024, 6, 14)) -> list[tuple[str, str | None]]:
    return [(d.ref.raw, d.ref.iso()) for d in find_dates(sentence, 0, published)]


def test_a_winter_named_by_one_year_opens_in_the_december_before() -> None:
    assert _seasons("in winter 2023 the lines froze") == [("in winter 2023", "2022-12")]
    assert _seasons("the winter of 2022-23 was hard") == [("the winter of 2022-23", "2022-12")]
    assert _seasons("during winter 2023-24 it snowed") == [("during winter 2023-24", "2023-12")]


def test_early_mid_or_late_names_a_seasons_first_middle_or_last_month() -> None:
    assert _seasons("in late summer 2022 they left") == [("in late summer 2022", "2022-08")]
    assert _seasons("in the early spring of 2022 they came") == [("in the early spring of 2022", "2022-03")]
    assert _seasons("in mid-winter 2023 they came") == [("in mid-winter 2023", "2023-01")]
    assert _seasons("late last autumn") == [("late last autumn", "2023-11")]


def test_a_year_before_its_season_is_a_date() -> None:
    assert _seasons("the 2022-23 winter was hard") == [("the 2022-23 winter", "2022-12")]
    assert _seasons("the 2023 summer offensive stalled") == [("the 2023 summer", "2023-06")]


def test_near_miss_a_number_before_a_season_word_is_no_date() -> None:
    assert _seasons("The agency gave out 2000 winter kits") == []


def test_a_season_dates_the_event_of_a_count() -> None:
    text = "The ministry said on Tuesday that 70 schools were damaged in Sumy in late autumn 2023."
    claims = [c for c in extract_claims(text, DAY) if c.quantity is not None]
    assert [(c.event_date.iso() if c.event_date else None) for c in claims] == ["2023-11"]
