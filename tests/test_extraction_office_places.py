"""A claim's place from its speaker's local office (place25, stop 25): a region's or a city's office named in the
speaker's title places a claim whose sentence names no place of its own. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.places import find_places, names_local_office, office_region

PUBLISHED = dt.date(2024, 5, 1)


def _places(text: str) -> list[str | None]:
    """The place of every claim read from `text`, in order."""
    return [c.place.name if c.place else None for c in extract_claims(text, PUBLISHED)]


# --- the office in the speaker's title -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Poltava City Military Administration said 14 people were injured.", "Poltava"),
        ("Lutsk City Council said nine apartments were destroyed.", "Lutsk"),
        (
            "Head of the Chernihiv Oblast Council Petro Ivanenko said three children were among the injured.",
            "Chernihiv Oblast",
        ),
        (
            "Anna Koval, the head of the Rivne Regional State Administration, said 12 drones were downed.",
            "Rivne Oblast",
        ),
        ("The head of Kyiv's city military administration, Petro Sydor, said 20 drones were shot down.", "Kyiv"),
        ("The Kherson regional police said 3 people were injured.", "Kherson Oblast"),
        ("Zhytomyr Oblast Prosecutor's Office said 3 civilians were killed.", "Zhytomyr Oblast"),
        ("Poltava prosecutors said 3 civilians were wounded.", "Poltava"),
        ("The governor of Russia's Bryansk region, Ivan Petrov, said 2 people were killed.", "Bryansk Oblast"),
        ("Petro Ivanenko, head of Russian-occupied Crimea, said there were no plans to hold a festival.", "Crimea"),
    ],
)
def test_local_office_of_the_speaker_places_the_claim(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chernihiv regional military administration head Petro Ivanenko said 8 were wounded.", "Chernihiv Oblast"),
        ("Poltava Governor Ivan Petrov said 76 explosions were recorded overnight.", "Poltava Oblast"),
        ("Petro Ivanenko, Chernihiv regional governor, said 7 people were killed.", "Chernihiv Oblast"),
        ("Poltava Mayor Ivan Petrov said four people were injured.", "Poltava"),  # a city's office: the city
        ("The mayor of Poltava, Ivan Petrov, said 40 buildings were damaged.", "Poltava"),
    ],
)
def test_a_regional_office_named_by_its_city_is_the_region(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place the claim names beats the speaker's office
        ("Poltava Governor Ivan Petrov said three civilians were killed in Kremenchuk.", "Kremenchuk"),
        # a national body is no local office
        ("Ukraine's state police said 17 people were injured.", None),
        ("The head of Ukraine's military intelligence, Ivan Petrov, said 12 drones were downed.", None),
    ],
)
def test_no_office_place_where_it_does_not_hold(text: str, place: str | None) -> None:
    assert _places(text) == [place]


def test_office_words_keep_the_place_in_the_name() -> None:
    sentence = "The Poltava City Military Administration reported damage."
    assert [m.place.name for m in find_places(sentence)] == ["Poltava"]
    assert find_places("The Poltava Pedagogical University reported damage.") == []  # a longer name, no office


def test_office_region_keeps_a_city_office() -> None:
    sentence = "Poltava mayor Ivan Petrov said"
    mention = find_places(sentence)[0]
    assert names_local_office(sentence, 0, mention)
    assert office_region(sentence, 0, mention).place.name == "Poltava"
    regional = "Poltava regional governor Ivan Petrov said"
    assert office_region(regional, 0, find_places(regional)[0]).place.name == "Poltava Oblast"
