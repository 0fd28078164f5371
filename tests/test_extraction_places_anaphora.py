"""Places named by a common noun ("the city", "the country", "the plant") and launch areas (stop 25, place25c)."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.place_phrases import origin_start
from claimtrack.extraction.places import choose_place, find_places


def _places(text: str) -> dict[float, str | None]:
    return {c.quantity.low: (c.place.name if c.place else None)
            for c in extract_claims(text, dt.date(2023, 5, 2)) if c.quantity and c.quantity.low}  # fmt: skip


def chosen_name(sentence: str) -> str | None:
    place = choose_place(sentence, 0, find_places(sentence), [])
    return place.name if place else None


# --- "the city" is the document's city, not one named in passing -----------------------------------

_CHERNIHIV = (
    "Chernihiv was shelled again overnight. Residents of Chernihiv queued for bread in the morning. "
    "The mayor of Chernihiv spoke to reporters at noon. "
    "Trains leave twice a day toward Lviv with refugees. "
    "Nobody is made to leave. "
    "Power is back in some districts. "
    "Officials said 37 civilians had been wounded in the city."
)


def test_the_city_is_the_documents_city_not_a_destination_named_once() -> None:
    assert _places(_CHERNIHIV)[37] == "Chernihiv"


def test_the_city_is_still_the_last_one_named_where_something_happens() -> None:
    text = ("Chernihiv was shelled again overnight. Residents of Chernihiv queued for bread. "
            "The mayor of Chernihiv spoke at noon. Russian drones struck Lviv on Monday. "
            "Officials said 37 civilians had been wounded in the city.")
    assert _places(text)[37] == "Lviv"


def test_a_destination_named_as_often_as_the_main_city_keeps_its_claim() -> None:
    text = ("Chernihiv was shelled overnight. Buses left for Lviv, and more went to Lviv at noon. "
            "Officials said 37 people had been registered in the city.")
    assert _places(text)[37] == "Lviv"


# --- "the country" of a border body ----------------------------------------------------------------


def test_the_country_of_a_border_guard_is_its_own_country() -> None:
    text = ("Ukraine said the fighting went on in Ukraine's east. Ukraine asked for help. "
            "Romania's Border Police said 41,000 people had entered the country from Ukraine in a week.")
    assert _places(text)[41000] == "Romania"


def test_the_country_without_a_border_body_stays_the_documents_country() -> None:
    text = ("Ukraine said the fighting went on in Ukraine's east. Ukraine asked for help. "
            "Romania's president said 41,000 people had been displaced in the country.")
    assert _places(text)[41000] == "Ukraine"


# --- the citizens' country is not where they are counted -----------------------------------------


def test_citizens_of_a_country_are_counted_where_they_went() -> None:
    assert chosen_name("Some 9,000 citizens of Ukraine have entered Moldova since March.") == "Moldova"


def test_a_country_named_in_its_own_right_keeps_its_claim() -> None:
    assert chosen_name("Some 9,000 people in Ukraine have entered Moldova since March.") == "Ukraine"


# --- a launch area after the launchers is an origin ------------------------------------------------


def test_a_launch_area_after_the_launchers_is_an_origin() -> None:
    sentence = "The army said 16 missiles were launched from bombers over the Black Sea."
    assert origin_start(sentence, sentence.index("Black Sea")) >= 0


def test_over_a_city_without_launchers_is_no_origin() -> None:
    sentence = "The army said Russia launched 16 drones over Kharkiv at night."
    assert origin_start(sentence, sentence.index("Kharkiv")) < 0


# --- "the plant" is where the facility stands -----------------------------------------------------


def test_the_plant_is_the_settlement_the_facility_stands_in() -> None:
    text = ("Workers were trapped in the Illich steelworks in Mariupol for weeks. "
            "The wounded were taken to hospitals in Donetsk. "
            "Officials said 48 workers had been brought out of the plant on Sunday.")
    assert _places(text)[48] == "Mariupol"


def test_the_town_is_still_the_last_town_named() -> None:
    text = ("Workers were trapped in the Illich steelworks in Mariupol for weeks. "
            "The wounded were taken to hospitals in Donetsk. "
            "Officials said 48 civilians had been wounded in the city on Sunday.")
    assert _places(text)[48] == "Donetsk"
