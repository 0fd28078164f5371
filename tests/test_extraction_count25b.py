"""Counts read by order with "respectively", running totals after an abbreviated month, and facilities counted by
whether they still serve (issue #3, stop 25, count25b). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.count_refs import respective_pair, service_state
from claimtrack.extraction.quantities import find_counts

DAY = dt.date(2024, 5, 1)


def _claims(text: str) -> list[tuple[float | None, str | None]]:
    """(low, subject) of every claim with a count read from `text`."""
    return [(c.quantity.low, c.subject) for c in extract_claims(text, DAY) if c.quantity is not None]


# --- "respectively" ---------------------------------------------------------------------------------------------


def test_numbers_and_statuses_pair_by_order_with_respectively() -> None:
    text = "The regional governor said 7 and 25 civilians were killed and wounded, respectively, in the shelling."
    assert _claims(text) == [(7.0, "civilians killed"), (25.0, "civilians wounded")]


def test_numbers_and_subjects_pair_by_order_with_respectively() -> None:
    text = "Qatar said Russia and Ukraine had freed 110 and 104 prisoners respectively."
    assert _claims(text) == [(110.0, "Russian prisoners"), (104.0, "Ukrainian prisoners")]


def test_lists_of_unequal_length_make_no_pairing() -> None:
    """A near miss: three numbers and two statuses pair nothing; each number still counts the list's noun."""
    sentence = "The governor said 7, 25 and 3 civilians were killed and wounded, respectively."
    assert [c.low for c in find_counts(sentence)] == [7.0, 25.0, 3.0]
    assert respective_pair(sentence, sentence.index("7")) == respective_pair(sentence, sentence.index("25"))
    pair = respective_pair(sentence, sentence.index("7"))
    assert pair is not None and pair.word is None and pair.subject is None


def test_without_respectively_a_bare_number_borrows_no_noun() -> None:
    """A near miss: "on May 5 and 30 people" is no list; only a sentence with "respectively" reads one."""
    assert [c.low for c in find_counts("Officials said 7 and 25 civilians were killed and wounded.")] == [25.0]


# --- a running total --------------------------------------------------------------------------------------------


def test_a_running_total_since_an_abbreviated_month() -> None:
    text = "Hamas said five of its fighters were killed, bringing its acknowledged losses since Feb. 9 to 31."
    assert [low for low, _ in _claims(text)] == [5.0, 31.0]


def test_a_running_total_of_countries_is_no_count() -> None:
    """A near miss: the number of countries is no counted noun, and no count before it lends one."""
    assert find_counts("More nations joined, bringing the number of countries since Jan. 3 to 31.") == []


# --- part of a whole: whether facilities still serve -------------------------------------------------------------


def test_a_part_and_its_whole_of_functioning_hospitals_are_both_claims() -> None:
    text = "The doctor said that only 14 of the 37 hospitals in Mosul were functioning."
    assert [low for low, _ in _claims(text)] == [14.0, 37.0]


def test_closed_facilities_are_out_of_service() -> None:
    assert _claims("The WHO said 40 schools remain closed.") == [(40.0, "schools out of service")]
    assert service_state(" were not functioning") == "out of service"


def test_facilities_with_no_state_and_a_whole_of_years_are_no_claim() -> None:
    """Near misses: hospitals merely named are no claim; a part of a whole of years counts nothing."""
    assert _claims("The WHO said there are 37 hospitals in Mosul.") == []
    assert find_counts("He said 14 of the 37 years were spent in prison.") == []
