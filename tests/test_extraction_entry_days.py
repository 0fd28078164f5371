"""A live blog's entries are dated by the day heading or age stamp above them ("14 Mar 2023", "Thursday 16
May", "3 hours ago"), when the page has entry stamps; on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.dates import entry_days

PUBLISHED = dt.date(2024, 3, 20)


def dated(text: str) -> dict[float | None, str | None]:
    """count -> claim date of the document's counted claims"""
    return {c.quantity.low if c.quantity else None: c.claim_date.iso() if c.claim_date else None
            for c in extract_claims(text, PUBLISHED) if c.quantity is not None and c.actor is not None}


@pytest.mark.parametrize("today, yesterday", [
    ("20 Mar 2024", "19 Mar 2024"),
    ("Wednesday 20 March", "Tuesday 19 March"),
    ("March 20, 2024", "March 19, 2024"),
    ("Wed 20 Mar 2024 09.10 GMT", "Tue 19 Mar 2024 21.40 GMT"),
])
def test_day_headings_date_the_entries_below_them(today: str, yesterday: str) -> None:
    text = (f"Border war: live updates\n\n{today}\n\n14:20 GMT\nPolice report shelling\n"
            "The regional police said 14 houses were damaged in the village of Orlivka.\n\n"
            f"{yesterday}\n\n18:05 GMT\nArmy says drones downed\n"
            "The air force said it had shot down 23 drones over the southern coast.\n")
    assert dated(text) == {14: "2024-03-20", 23: "2024-03-19"}


def test_an_age_stamp_is_the_publication_day() -> None:
    text = ("Live: the offensive in the north\nLast updated 3 hours ago\n\n3 hours ago\nGovernor on evacuation\n"
            "The governor said 2,400 residents had been taken out of the border villages.\n\n"
            "Monday 18 March\n19:30\nMinistry claims advance\n"
            "The defence ministry said its troops had taken 6 villages in the district.\n")
    assert dated(text) == {2400: "2024-03-20", 6: "2024-03-18"}


def test_a_day_the_entry_gives_outranks_its_heading() -> None:
    text = ("19 Mar 2024\n\n10:00 GMT\nThe mayor said on Sunday that 31 people had been evacuated.\n\n"
            "08:15 GMT\nThe mayor said 12 people were injured in the night.\n")
    assert dated(text) == {31: "2024-03-17", 12: "2024-03-19"}


@pytest.mark.parametrize("page", [
    # one dated line is a byline, not a blog: the story's claims keep no day they do not give
    "Regional news\nTuesday, 19 March 2024\n\nThe regional police said 14 houses were damaged in Orlivka.\n",
    # a date inside a longer page line is no heading
    "Published On 19 Mar 2024 | 1,204 comments\n12:00\nThe police said 14 houses were damaged in Orlivka.\n",
    # prose that opens on a date
    "19 March 2024 was a hard day, the regional police said, and 14 houses were damaged.\n12:00\n14:00\n",
])
def test_no_entry_day_without_a_blog_heading(page: str) -> None:
    assert entry_days(page, PUBLISHED) == []


def test_a_heading_after_the_publication_is_no_entry_day() -> None:
    assert entry_days("25 Mar 2024\n\n10:00 GMT\nText.\n\n12:00 GMT\nMore.\n", PUBLISHED) == []
