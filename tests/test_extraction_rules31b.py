"""Places, counts and event dates on text never seen (issue #3, stop 31, rules31b). Sentences written for these
tests; each rule has a near miss that must not fire."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims

DAY = dt.date(2024, 9, 4)


def _places(text: str, published: dt.date = DAY) -> dict[float, str | None]:
    """Each count's upper bound -> its claim's place."""
    return {
        c.quantity.high: (c.place.name if c.place else None)
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.high is not None
    }


# --- a town's institution named after it stands in it ----------------------------------------------------------------


def test_a_town_opening_an_institutions_name_is_where_the_institution_is() -> None:
    text = (
        "The number of people killed in the strike on the Uman Military Institute of Signals has risen to 31, "
        "regional governor Ivan Tkach said on Wednesday. He said 120 people had been wounded."
    )
    assert _places(text) == {31.0: "Uman", 120.0: "Uman"}
    assert _places("The governor said 14 students were hurt at the Sumy Medical Academy on Monday.") == {14.0: "Sumy"}


def test_a_town_opening_another_kind_of_name_is_still_no_place() -> None:
    # an outlet named after a city is not the city: its words place nothing
    assert _places("The Kyiv Independent reported that 14 students were hurt on Monday.") == {14.0: None}


# --- gazetteer: regions of Israel and the Golan Heights --------------------------------------------------------------


def test_regions_of_israel_and_the_golan_are_places() -> None:
    assert _places("The army said 15 rockets were fired at Upper Galilee on Sunday.") == {15.0: "Galilee"}
    assert _places("The army said 15 rockets were fired toward the Golan on Sunday.") == {15.0: "Golan Heights"}


def test_a_persons_surname_is_no_golan() -> None:
    assert _places("Opposition leader Yair Golan said 300 reservists had been called up.") == {300.0: None}


# --- "the camp" is the camp the report named -------------------------------------------------------------------------

_CAMP_STORY = (
    "{opening} has swelled since May, aid workers said. Families keep arriving from Kutum and Mellit. Relief groups "
    "have asked for more water. Camp leaders said 14 children had died in the camp since Friday."
)


def test_the_camp_is_the_camp_named_before_other_places() -> None:
    assert _places(_CAMP_STORY.format(opening="Tarwa camp, south of Kutum,")) == {14.0: "Tarwa camp"}


def test_the_camp_with_no_camp_named_is_no_town_named_before() -> None:
    assert _places(_CAMP_STORY.format(opening="The town of Kutum")) == {14.0: None}


# --- places and houses burned or razed, places where attacks were repelled ------------------------------------------


def _counted(text: str) -> list[float | None]:
    return [c.quantity.low for c in extract_claims(text, DAY) if c.quantity is not None]


def test_villages_burned_or_attacked_are_counted() -> None:
    assert _counted("The governor said the militia had burned 13 villages west of Tawila on Thursday.") == [13.0]
    assert _counted("The governor said the militia had destroyed 3 villages west of Tawila.") == [3.0]
    assert _counted("The army said it had repelled attacks near 6 villages in the Kursk region.") == [6.0]


def test_houses_torched_or_set_on_fire_are_counted() -> None:
    assert _counted("The governor said the militia had torched 14 houses in Tawila.") == [14.0]
    assert _counted("The governor said fighters set fire to 12 homes in Tawila.") == [12.0]


def test_villages_and_houses_nothing_befell_are_no_count() -> None:
    assert _counted("The army said there are 30 villages in the district.") == []
    assert _counted("The governor said 12 houses in Tawila had no power.") == []
    assert _counted("The governor said the villages near 6 checkpoints were calm.") == []


# --- a clause characterising the count names no place of it ---------------------------------------------------------


def test_a_calling_it_clause_names_no_place_of_the_count() -> None:
    text = (
        'The head of the agency, Marta Olsen, said more than 3 million people had now fled Sudan, calling it "the '
        'worst displacement crisis in Africa in decades."'
    )
    claims = [c for c in extract_claims(text, DAY) if c.quantity is not None]
    assert [(c.quantity.low, c.place.name if c.place else None) for c in claims] == [(3000000.0, "Sudan")]


def test_near_miss_a_calling_for_clause_keeps_its_place() -> None:
    assert _places("The ministry said 40 people were killed, calling for help from Kharkiv.") == {40.0: "Kharkiv"}


# --- infantry counted as troops -------------------------------------------------------------------------------------


def test_infantry_is_a_count_of_troops() -> None:
    assert _counted("The general said 4,000 infantry had been moved to the front.") == [4000.0]


def test_near_miss_infantry_units_or_vehicles_are_no_infantrymen() -> None:
    assert _counted("The army said 12 infantry units had been moved.") == []
    claims = [c for c in extract_claims("The ministry said 40 infantry fighting vehicles were destroyed.", DAY)]
    assert [c.quantity.unit for c in claims if c.quantity is not None] == ["infantry fighting vehicles"]


# --- a territory's home office, named before it without a possessive ------------------------------------------------


def test_a_territorys_health_ministry_places_its_toll_in_the_territory() -> None:
    text = (
        "Russian strikes killed four people in Kharkiv overnight, the regional governor said on Tuesday. The Gaza "
        "health ministry said 30,717 people had been killed since October."
    )
    assert _places(text) == {4.0: "Kharkiv", 30717.0: "Gaza Strip"}


def test_near_miss_a_territorys_media_office_is_no_home_office() -> None:
    assert _places("The Gaza media office said 40 people were killed.") == {40.0: None}


# --- "N of them" in a clause after a semicolon or a dash ------------------------------------------------------------


def test_a_part_after_a_semicolon_or_a_dash_is_counted() -> None:
    for joint in ("; air defences", " – air defences"):
        text = f"The air force said Russia launched 40 drones overnight{joint} destroyed 35 of them."
        assert _counted(text) == [40.0, 35.0]


def test_near_miss_a_part_after_another_number_is_no_part_of_the_first() -> None:
    text = "The air force said Russia launched 40 drones overnight; on 3 March air defences destroyed 35 of them."
    assert 35.0 not in _counted(text)
