"""Places the gazetteer lacks, read through the area they lie in: an unlisted village "in Sumy Oblast", an
unlisted district of a city ("Kyiv's Darnytskyi district"); and a river that shares a city's name ("the Dnipro")."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.places import choose_place, find_places


def chosen(sentence: str) -> tuple[str, str] | None:
    place = choose_place(sentence, 0, find_places(sentence), [])
    return (place.name, place.raw) if place else None


def claim_place(text: str) -> str | None:
    [claim] = extract_claims(text, dt.date(2024, 5, 6))
    return claim.place.name if claim.place else None


# --- an unlisted settlement in a known area: the area is the place, the settlement's words are kept ----------


@pytest.mark.parametrize(
    "sentence, name, raw",
    [
        ("Shells hit the village of Zorianka in Sumy Oblast 30 times.", "Sumy Oblast", "Zorianka in Sumy Oblast"),
        ("Two people died in the village of Stara Krynytsia, Kharkiv region.", "Kharkiv Oblast",
         "Stara Krynytsia, Kharkiv region"),
        ("Drones struck the town of Lisnohirsk in the Donetsk region.", "Donetsk Oblast",
         "Lisnohirsk in the Donetsk region"),
        ("A depot burned near the village of Vyshneve in the Dzhankoi district.", "Dzhankoi",
         "Vyshneve in the Dzhankoi district"),
        ("Troops entered the village of Bilyi Yar in Russia's Kursk region.", "Kursk Oblast",
         "Bilyi Yar in Russia's Kursk region"),
        ("Police said the settlement of Zelenyi Hai in Kherson Oblast was shelled.", "Kherson Oblast",
         "Zelenyi Hai in Kherson Oblast"),
    ],
)
def test_an_unlisted_settlement_in_a_known_area_is_placed_in_the_area(sentence: str, name: str, raw: str) -> None:
    [unlisted] = [m for m in find_places(sentence) if m.source == "unlisted"]
    assert (unlisted.place.name, unlisted.raw) == (name, raw)
    assert chosen(sentence) == (name, raw)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Shells hit the village of Zorianka near Sumy.", "Zorianka"),  # near, not in
        ("Shells hit the village of Zorianka in Kharkiv, officials said.", "Zorianka"),  # a city is no area of it
        ("Shells hit the village of Zorianka in the night.", "Zorianka"),
    ],
)
def test_an_unlisted_settlement_without_its_area_stays_itself(sentence: str, name: str) -> None:
    [unlisted] = [m for m in find_places(sentence) if m.source == "unlisted"]
    assert (unlisted.place.name, unlisted.place.country) == (name, None)


def test_a_claim_in_an_unlisted_village_takes_the_oblast() -> None:
    text = "The governor said 4 civilians were wounded in the village of Zorianka in Sumy Oblast."
    assert claim_place(text) == "Sumy Oblast"


# --- an unlisted part after a possessive: the possessor is where ----------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Debris fell in Kyiv's Darnytskyi district, wounding 3.", "Kyiv"),
        ("Strikes hit Kyiv's Solomianskyi and Holosiivskyi districts overnight.", "Kyiv"),
        ("Fighting raged in Russia's Lyubinsky district, killing 12.", "Russia"),
    ],
)
def test_a_polity_before_an_unlisted_part_of_it_is_a_location(sentence: str, name: str) -> None:
    assert [m.role for m in find_places(sentence) if m.place.name == name] == ["location"]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Russia's Wagner mercenaries killed 30 people.", "Russia"),
        ("Kyiv's Western allies sent 40 tanks.", "Kyiv"),
    ],
)
def test_a_polity_before_a_name_that_is_no_part_still_owns(sentence: str, name: str) -> None:
    assert [m.role for m in find_places(sentence) if m.place.name == name] == ["owner"]


# --- "the Dnipro" is the river -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Boats crossed the Dnipro at night.", "Dnipro River"),
        ("Marines held 3 positions across the Dnipro.", "Dnipro River"),
        ("A missile hit Dnipro on Monday.", "Dnipro"),
        ("Officials in Dnipro said 9 people were hurt.", "Dnipro"),
        ("The Dnipro city council met.", "Dnipro"),
    ],
)
def test_a_city_name_after_the_article_is_its_river(sentence: str, name: str) -> None:
    assert [m.place.name for m in find_places(sentence)] == [name]


def test_a_city_beside_the_river_wins_over_it() -> None:
    text = "The army said 20 boats were destroyed on the Dnipro near Kherson."
    assert claim_place(text) == "Kherson"


# --- Russian official names of occupied Ukrainian regions ---------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("The ministry said 40 Ukrainian soldiers were killed in the Donetsk People's Republic.", "Donetsk Oblast"),
        ("Moscow said its forces took 2 villages in the DPR on Monday.", "Donetsk Oblast"),
        ("The ministry said 15 drones were downed over the Lugansk People's Republic.", "Luhansk Oblast"),
    ],
)
def test_a_peoples_republic_is_its_oblast(text: str, name: str) -> None:
    assert claim_place(text) == name


# --- a position given from another place: the other place is a landmark, not where ------------------------


@pytest.mark.parametrize(
    "sentence, where, landmark",
    [
        ("Officials said 20,000 troops were in Belarus, north of Kyiv.", "Belarus", "Kyiv"),
        ("Troops fought near Siversk, some 30 km northeast of Bakhmut, losing 40 men.", "Siversk", "Bakhmut"),
        ("Some 30,000 troops were in Belarus, just 90 km from Kyiv.", "Belarus", "Kyiv"),
        ("Some 30,000 troops were in Belarus, 90 kilometres (56 miles) from Kyiv.", "Belarus", "Kyiv"),
        ("A depot burned in Dzhankoi, south-east of the town of Armiansk.", "Dzhankoi", "Armiansk"),
    ],
)
def test_a_landmark_after_a_place_is_an_appositive(sentence: str, where: str, landmark: str) -> None:
    assert {m.place.name: m.role for m in find_places(sentence)}[landmark] == "appositive"
    assert chosen(sentence)[0] == where


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Russian forces advanced northeast of Kupiansk, 12 km in a week.", "Kupiansk"),  # no place before it
        ("Refugees arrived in Poland, from Ukraine, 2,000 a day.", "Ukraine"),  # a source, not a distance
    ],
)
def test_a_direction_or_origin_without_a_landmark_reading_stays_a_place(sentence: str, name: str) -> None:
    assert {m.place.name: m.role for m in find_places(sentence)}[name] != "appositive"


# --- a front named by its side -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kyiv says it has retaken 12 villages on the southern front.", "Southern Ukraine"),
        ("The general said 40 assaults were repelled on the eastern front on Monday.", "Eastern Ukraine"),
        ("Officials said 20,000 Russian troops had massed along the northern front line.", "Northern Ukraine"),
    ],
)
def test_a_front_named_by_its_side_is_that_part_of_ukraine(text: str, name: str) -> None:
    assert claim_place(text) == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Historians say 2 million died on the Eastern Front in 1943.",  # a proper name of another war
        "The southern front of the storm brought 40 mm of rain.",  # the front of something named after it
    ],
)
def test_no_front_of_this_war(sentence: str) -> None:
    assert [m for m in find_places(sentence) if m.source == "front"] == []
