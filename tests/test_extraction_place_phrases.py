"""A claim's place read from the phrase a name stands in (place25b, stop 25): an origin, a comparison, a host, the
speaker's seat, "the capital" and a compass part. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.place_phrases import (
    compass_parts,
    evacuation_side,
    hosts_people,
    in_comparison,
    origin_start,
)

PUBLISHED = dt.date(2024, 5, 1)


def _places(text: str) -> list[str | None]:
    """The place of every claim read from `text`, in order."""
    return [c.place.name if c.place else None for c in extract_claims(text, PUBLISHED)]


# --- origins ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Some 48,000 people had crossed from Ukraine since Monday.", "Ukraine"),
        ("It said 30,000 refugees from Moldova were registered.", "Moldova"),
        ("Eleven drones launched overnight from the Kursk area were downed.", "Kursk"),
        ("The enemy attacked with 14 UAVs from the Oryol area of the Russian Federation.", "Russian"),
    ],
)
def test_origin_phrases(sentence: str, name: str) -> None:
    assert origin_start(sentence, sentence.index(name)) >= 0


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The UN evacuated 40 civilians from Mariupol on Sunday.", "Mariupol"),  # the operation's place
        ("Troops withdrew from Kherson last year.", "Kherson"),
        ("Some 48,000 people had crossed into Romania.", "Romania"),
    ],
)
def test_no_origin(sentence: str, name: str) -> None:
    assert origin_start(sentence, sentence.index(name)) == -1


def test_a_host_named_beside_an_origin_is_the_place() -> None:
    text = "Slovakia, a member of the EU, has registered 30,000 refugees from Ukraine, the interior ministry said."
    assert _places(text) == ["Slovakia"]


def test_crossings_counted_by_a_border_service_are_its_country() -> None:
    assert _places("The Romanian Border Police said 48,000 people had crossed from Ukraine since Monday.") == [
        "Romania"
    ]


def test_an_origin_alone_stays_when_the_speaker_speaks_for_no_country() -> None:
    assert _places("The UN refugee agency said 1.4 million refugees from Ukraine had been recorded.") == ["Ukraine"]


def test_an_origin_in_the_speakers_own_country_stays() -> None:
    text = "Ukraine's interior ministry said 5,000 people had fled from Kharkiv on Monday."
    assert _places(text) == ["Kharkiv"]


def test_a_launch_area_loses_to_the_place_named() -> None:
    text = "The air force said 31 drones launched from the Kursk area were shot down over Ukraine overnight."
    assert _places(text) == ["Ukraine"]


def test_a_launch_area_is_no_place_even_when_nothing_else_is_named() -> None:
    # stop 32: where weapons came from is not where they were counted (was: each count kept its launch area)
    text = "The military said 30 drones from the Kursk area and three missiles from the Bryansk region were launched."
    assert _places(text) == [None, None]


def test_weapons_launched_from_abroad_at_the_speakers_country() -> None:
    text = (
        "The Ukrainian Air Force said the enemy attacked with 30 attack drones from the Kursk area of the "
        "Russian Federation overnight."
    )
    assert _places(text) == ["Ukraine"]


# --- comparisons -----------------------------------------------------------------------------------------------------


def test_a_comparison_names_no_place() -> None:
    text = "The ministry said Russian losses stood at 45,000, exceeding Soviet losses in Afghanistan over ten years."
    assert _places(text) == [None]
    assert in_comparison("a toll that exceeds U.S. losses in Iraq", len("a toll that exceeds U.S. losses in "))


def test_a_bound_is_no_comparison() -> None:
    sentence = "The toll exceeded 300 in Kharkiv, the governor said."
    assert not in_comparison(sentence, sentence.index("Kharkiv"))
    assert _places(sentence) == ["Kharkiv"]


# --- hosts and the speaker's seat ------------------------------------------------------------------------------------


def test_a_host_country_beats_the_speakers_seat() -> None:
    text = (
        "Austria has taken in nearly 12,000 people, according to police in Vienna, while Slovakia's interior "
        "ministry said more than 20,000 Ukrainians had entered the country."
    )
    assert _places(text)[0] == "Austria"


def test_hosts_people_needs_people() -> None:
    sentence = "Germany hosts the largest number of refugees in Europe."
    assert hosts_people(sentence, len("Germany"))
    assert not hosts_people("Russia has received 300 drones from Iran.", len("Russia"))


def test_a_decimal_point_ends_no_hosting_or_evacuation_clause() -> None:
    assert hosts_people("Tervania has received more than 1.4 million people.", len("Tervania"))
    assert not hosts_people("Tervania has received 1.4 million tonnes of grain.", len("Tervania"))
    sentence = "Officials said 1.2 million people were evacuated from Kherson to Mykolaiv."
    assert evacuation_side(sentence, sentence.index("Kherson")) == "left"
    assert evacuation_side(sentence, sentence.index("Mykolaiv")) == "reached"
    near_miss = "Officials said 1.2 million tonnes of grain were shipped from Odesa."
    assert evacuation_side(near_miss, near_miss.index("Odesa")) is None


def test_a_seat_alone_still_places_the_claim() -> None:
    assert _places("Police in Vienna said 12,000 Ukrainians had arrived so far this month.") == ["Vienna"]


# --- "the capital" ---------------------------------------------------------------------------------------------------


def test_the_capital_is_the_capital_the_sentence_named() -> None:
    text = (
        "Most refugees have gone to Poland. Hungary and Poland opened more crossings on Sunday.\n\n"
        "In Kyiv, mayor Vitali Klitschko said 12 people had been wounded in the capital overnight."
    )
    assert _places(text)[-1] == "Kyiv"


def test_the_capital_without_a_capital_named_is_the_documents() -> None:
    text = (
        "Russian missiles struck Ukraine overnight. Ukraine said air defences were active.\n\n"
        "The mayor said 12 people had been wounded in the capital."
    )
    assert _places(text)[-1] == "Kyiv"


# --- compass parts ---------------------------------------------------------------------------------------------------


def test_compass_part_of_the_speakers_country() -> None:
    text = (
        "Ukraine's army said fighting went on in Ukraine. Ukraine's Southern Command said on Monday that its "
        "forces had destroyed 4 tanks in the south."
    )
    assert _places(text)[-1] == "Southern Ukraine"


def test_compass_part_of_a_foreign_observer_is_none() -> None:
    text = (
        "Fighting went on in Ukraine. Ukraine said Russian troops advanced in Ukraine.\n\n"
        "The British defence ministry said Russia had lost 40 tanks in the east, according to its estimates."
    )
    assert _places(text)[-1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling hit the south of the city.",
        "The front moved to the east.",
        "In the South, the vote was close.",
        "It happened in the south-facing district.",
    ],
)
def test_no_compass_part(sentence: str) -> None:
    assert compass_parts(sentence) == []
