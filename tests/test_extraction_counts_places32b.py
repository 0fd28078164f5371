"""Counts and places on unseen text (rules32b, stop 32). Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.place_phrases import launch_origin

PUBLISHED = dt.date(2024, 5, 1)


def _places(text: str) -> list[str | None]:
    """The place of every claim read from `text`, in order."""
    return [c.place.name if c.place else None for c in extract_claims(text, PUBLISHED)]


# --- where weapons were launched from is not the claim's scene ----------------------------------------------------


def test_a_launch_origin_alone_is_no_place() -> None:
    assert _places("The air force said 18 missiles launched from Belgorod were shot down on Tuesday.") == [None]


def test_bombs_dropped_from_abroad_keep_the_city_named_before() -> None:
    text = (
        "Kharkiv came under attack again on Monday. "
        "The mayor said two guided bombs had been dropped from Russian territory."
    )
    assert _places(text) == ["Kharkiv"]


def test_a_launch_origin_still_loses_to_the_place_of_interception() -> None:
    assert _places("The army said 8 drones launched from Nyala were intercepted over El Obeid.") == ["El Obeid"]


def test_near_miss_people_keep_the_place_they_came_from() -> None:
    assert _places("The ministry said 45 refugees from Aleppo had been registered.") == ["Aleppo"]
    text = "The army said 8 drones launched from Nyala were intercepted over El Obeid."
    assert not launch_origin(text, text.index("El Obeid"))
    assert launch_origin(text, text.index("Nyala"))

