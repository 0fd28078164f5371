"""Counts and places on unseen text (stop 28, rules28b): a list of parts after a whole place, the state of
counted facilities."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.count_refs import service_state


def _places(text: str) -> dict[float, str | None]:
    return {c.quantity.low: (c.place.name if c.place else None)
            for c in extract_claims(text, dt.date(2024, 3, 5)) if c.quantity and c.quantity.low}  # fmt: skip


# --- "..., including ...": the places listed are parts of the whole the sentence named before ---------------------


def test_a_town_listed_after_its_region_is_a_part_not_the_place() -> None:
    text = "The regional administration said troops shelled 14 villages of the Kherson region, including Beryslav."
    assert _places(text)[14] == "Kherson Oblast"
    text = "Monitors recorded 310 civilian casualties in the Lviv region, including the city of Lviv."
    assert _places(text)[310] == "Lviv Oblast"


def test_a_listed_place_outside_the_whole_or_with_its_own_count_stays() -> None:
    # near misses: no whole named before the list; "12 near Izmail" is a count of its own
    assert _places("Rescuers said 30 people were hurt, including a child in Kherson.")[30] == "Kherson"
    text = "In other parts of Ukraine, including the city of Lviv, monitors recorded 310 civilian casualties."
    assert _places(text)[310] == "Lviv"  # a country is too wide a whole: the part says more
    text = "The governor said 40 drones were downed over the Odesa region, including 12 near Izmail."
    assert _places(text) == {40: "Odesa Oblast", 12: "Izmail"}


# --- whether counted facilities still serve ---------------------------------------------------------------------


def test_a_service_state_may_take_two_adverbs_or_the_verb_that_put_it_out() -> None:
    assert service_state("10 hospitals remain even partially functional") == "functioning"
    assert service_state("19 hospitals had been forced out of service") == "out of service"
    assert service_state("12 clinics were no longer functioning") == "out of service"
    assert service_state("19 hospitals had been forced to move staff") is None  # near miss: no state named


def test_a_count_of_facilities_with_a_state_is_a_claim() -> None:
    text = "The union of doctors said 19 hospitals in Omdurman had been forced out of service."
    assert _places(text) == {19: "Omdurman"}
    assert _places("The union of doctors said 19 hospitals in Omdurman had been visited.") == {}


# --- a toll whose only place is its speaker's region: the scene before, when that region holds it -----------------


def test_a_regional_speakers_toll_takes_the_scene_inside_the_region() -> None:
    text = "A missile hit a maternity ward in Mariupol. The Donetsk regional governor said 17 people were wounded."
    assert _places(text)[17] == "Mariupol"


def test_a_scene_outside_the_region_or_a_countrys_toll_keeps_the_speakers_place() -> None:
    text = "A missile hit a maternity ward in Kharkiv. The Donetsk regional governor said 17 people were wounded."
    assert _places(text)[17] == "Donetsk Oblast"
    text = "A missile hit a maternity ward in Kyiv. Ukraine's health minister said 198 civilians had been killed."
    assert _places(text)[198] == "Ukraine"


# --- "the site", "the scene": the event named before, not the country of a home office ---------------------------


def test_a_count_at_the_site_takes_the_scene_not_the_home_offices_country() -> None:
    text = (
        "A glide bomb hit a warehouse in Kupiansk on Saturday. "
        "Ukraine's State Emergency Service said 120 rescuers had been deployed to the site."
    )
    assert _places(text)[120] == "Kupiansk"


def test_a_home_offices_count_with_no_event_referred_to_keeps_its_country() -> None:
    text = (
        "A glide bomb hit a warehouse in Kupiansk on Saturday. "
        "Ukraine's State Emergency Service said 120 rescuers had been trained this year."
    )
    assert _places(text)[120] == "Ukraine"


# --- the gazetteer: other wars' states, towns and camps (data) ---------------------------------------------------


def test_other_wars_states_towns_and_camps_are_known_by_their_longest_name() -> None:
    assert _places("Activists said 19 people died in Sennar state after militia raids.")[19] == "Sennar"
    assert _places("The army said 300 fighters were killed in North Kordofan.")[300] == "North Kordofan"
    assert _places("Medics said 7 people were killed by shelling in Khartoum North.")[7] == "Khartoum North"
    assert _places("Rescuers said 8 civilians were killed in air strikes on Jisr al-Shughur.")[8] == "Jisr al-Shughur"
    text = "Guards said 45 suspected militants were detained in al-Hol camp in Hasakah province."
    assert _places(text)[45] == "al-Hol camp"


def test_a_name_shared_with_a_person_is_left_out() -> None:
    # near miss: "Aden" and "Zeitoun" are people's names as often as places, and stay out of the gazetteer
    text = "Defence minister Aden Kiprono said 40 soldiers were deployed."
    assert _places(text)[40] is None


# --- a province or governorate the gazetteer lacks is named by the words before its noun ----------------------------


def test_an_unlisted_province_or_governorate_is_the_place() -> None:
    assert _places("Officials said 30 people were killed in the Tarvoz governorate.")[30] == "Tarvoz governorate"
    assert _places("The governor said 6 people were wounded in Zelvana province.")[6] == "Zelvana province"


def test_a_known_name_before_province_stays_the_known_place() -> None:
    # near miss: the gazetteer knows Idlib; "province" after it adds no place of its own
    assert _places("The UN said 3,000 families were displaced in Idlib province.")[3000] == "Idlib"


# --- "the city" long after its name: the city the story is about --------------------------------------------------


_CITY_STORY = (
    "Kharkiv came under attack again on Monday. Rescuers in Kharkiv searched the rubble. The sirens went on. "
    "Schools moved online. Markets closed early. Trams stopped. "
)


def test_the_city_far_from_any_name_is_the_city_the_story_names_most() -> None:
    text = _CITY_STORY + "The mayor said 1,300 people had left the city this month."
    assert _places(text)[1300] == "Kharkiv"


def test_the_city_is_unresolved_when_no_city_dominates() -> None:
    text = _CITY_STORY.replace("The sirens went on.", "Sumy and Sumy's suburbs were hit too.") + (
        "The mayor said 1,300 people had left the city this month."
    )
    assert _places(text)[1300] is None


# --- a gapped count: "..., and Hungary around 410,000" ----------------------------------------------------------


def test_a_gapped_count_takes_the_noun_before_and_its_name_as_place() -> None:
    text = "The UN refugee agency said Romania had registered about 68,000 arrivals, and Moldova around 41,000."
    claims = [c for c in extract_claims(text, dt.date(2024, 3, 5)) if c.quantity]
    assert [(c.quantity.low, c.quantity.unit, c.place.name if c.place else None) for c in claims] == [
        (68000, "arrivals", "Romania"),
        (41000, "arrivals", "Moldova"),
    ]


def test_a_month_and_its_year_after_and_is_no_gapped_count() -> None:
    # near miss: "February and March 2023" is a date, not 2,023 of anything
    assert _places("Officials said 40 people were evacuated in February and March 2023.") == {40: None}
