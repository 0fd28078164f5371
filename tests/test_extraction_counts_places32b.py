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


# --- a number whose noun comes before it ----------------------------------------------------------------------------


def _bounds(text: str) -> list[tuple[float | None, float | None]]:
    """The bounds of every count read from `text`, in order."""
    return [(c.quantity.low, c.quantity.high) for c in extract_claims(text, PUBLISHED) if c.quantity is not None]


def test_a_revised_number_of_people_killed() -> None:
    text = "Health officials said they had revised the number of people killed in the raid to about 870."
    assert _bounds(text) == [(870, 870)]


def test_a_number_that_passed_a_figure_is_a_floor() -> None:
    assert _bounds("The agency said the number of refugees had passed 3 million.") == [(3_000_000, None)]
    assert _bounds("The ministry said the number of refugees would soon pass 40,000.") == [(40_000, None)]


def test_deaths_estimated_at_a_range() -> None:
    assert _bounds("The mission estimated total conflict-related deaths at 8,100 to 8,300.") == [(8_100, 8_300)]
    assert _bounds("The mission estimated civilian deaths at about 3,400.") == [(3_400, 3_400)]


def test_near_miss_no_noun_counted_and_no_range_with_a_year() -> None:
    assert _bounds("Officials said they had revised the plan to about 870 pages.") == []
    assert _bounds("The ministry estimated the damage at 40 billion dollars.") == []
    assert _bounds("The mission estimated civilian deaths at 3,400 to 2024.") == [(3_400, 3_400)]


# --- what a loss bulletin counts -------------------------------------------------------------------------------------


def _units(text: str) -> list[tuple[float | None, str]]:
    """(lower bound, counted noun) of every count read from `text`, in order."""
    return [(c.quantity.low, c.quantity.unit) for c in extract_claims(text, PUBLISHED) if c.quantity is not None]


def test_depots_the_enemy_lost_are_destroyed() -> None:
    text = "The command said the enemy lost 4 tanks and 2 ammunition depots."
    assert _units(text) == [(4, "tanks"), (2, "ammunition depots")]
    text = "According to the eastern command, the enemy has suffered losses: 6 tanks, 3 fuel depots."
    assert _units(text) == [(6, "tanks"), (3, "fuel depots")]


def test_near_miss_depots_named_without_a_loss_are_no_claim() -> None:
    assert _units("The command said the enemy kept 2 ammunition depots near the river.") == []


def test_units_of_armoured_technics_are_hardware() -> None:
    text = "The command said the enemy lost 5 tanks and 19 units of armoured technics."
    assert _units(text) == [(5, "tanks"), (19, "units of armoured technics")]


def test_over_a_count_of_regions_after_what_flew_is_where() -> None:
    text = "The air force said it shot down 31 drones over 7 regions."
    assert [(c.quantity.low, c.quantity.high) for c in extract_claims(text, PUBLISHED) if c.quantity] == [
        (31, 31),
        (7, 7),
    ]


def test_near_miss_in_over_a_count_of_regions_is_a_floor() -> None:
    text = "The ministry said attacks were recorded in over 20 regions."
    assert [(c.quantity.low, c.quantity.high) for c in extract_claims(text, PUBLISHED) if c.quantity] == [(20, None)]


# --- "nationwide" is the whole country ------------------------------------------------------------------------------


def test_nationwide_is_the_country_the_report_is_about() -> None:
    text = (
        "Russian missiles struck Ukraine overnight. "
        "The interior minister said more than 140 people had been wounded nationwide."
    )
    assert _places(text) == ["Ukraine"]


def test_across_the_country_is_the_speakers_country() -> None:
    assert _places("Sudan's health ministry said 61 people were killed across the country on Sunday.") == ["Sudan"]


def test_near_miss_a_country_road_is_no_country() -> None:
    text = "Russian missiles struck Ukraine overnight. The governor said 4 people were wounded on a country road."
    assert _places(text) == [None]


def test_near_miss_nationwide_as_an_adjective_names_no_country() -> None:
    text = "Missiles struck Ukraine overnight. The governor said 4 people were hurt at a nationwide school event."
    assert _places(text) == [None]


# --- places attacked and the attacks on them -------------------------------------------------------------------------


def test_settlements_that_strikes_fell_on_are_attacked() -> None:
    text = "The governor said the enemy carried out 318 strikes on 9 settlements during the day."
    assert _units(text) == [(318, "strikes"), (9, "settlements")]


def test_near_miss_settlements_without_an_attack_are_no_claim() -> None:
    assert _units("The governor said there are 9 settlements in the district.") == []


def test_attacks_counted_after_a_count_of_the_places_shelled() -> None:
    text = "The governor said Russian forces shelled 9 settlements of the region 287 times."
    assert sorted(_units(text)) == [(9, "settlements"), (287, "attacks")]


def test_near_miss_times_in_a_clause_of_its_own_is_no_attack_count() -> None:
    text = "The governor said Russian forces shelled 9 settlements and that the sirens sounded 12 times."
    assert _units(text) == [(9, "settlements")]


# --- a wide region that frames a rank is no place of the count --------------------------------------------------------


def test_a_continent_framing_a_rank_is_no_place() -> None:
    text = (
        "The UN refugee agency said more than 600,000 people had fled Sudan for neighbouring countries, "
        "the largest exodus in Africa this year."
    )
    assert _places(text) == ["Sudan"]


def test_near_miss_a_city_in_a_rank_stays_the_scene() -> None:
    text = "Officials said the strike killed 20 people, the deadliest attack in Kyiv this year."
    assert _places(text) == ["Kyiv"]


# --- a verb of passing makes a floor; buildings repaired are counted ------------------------------------------------


def test_a_count_right_after_a_verb_of_passing_is_a_floor() -> None:
    text = "The minister said that in March alone Ukrainian losses exceeded 21,000 servicemen."
    assert _bounds(text) == [(21_000, None)]
    assert _bounds("The agency said arrivals surpassed 90,000 refugees in May.") == [(90_000, None)]


def test_near_miss_a_count_after_another_verb_stays_exact() -> None:
    assert _bounds("The minister said Ukrainian losses included 21,000 servicemen.") == [(21_000, 21_000)]


def test_buildings_repaired_are_a_claim() -> None:
    text = "The mayor said the city had repaired more than 2,400 apartment buildings since the spring."
    assert _bounds(text) == [(2_400, None)]


def test_near_miss_buildings_nothing_befell_are_no_claim() -> None:
    assert _bounds("The mayor said the city has more than 2,400 apartment buildings.") == []


# --- a noun sized by its verb; a figure given for the count before ---------------------------------------------------


def test_a_number_of_people_that_amounted_to_or_constitutes_a_figure() -> None:
    text = "The ministry said the number of people evacuated amounted to more than 14,000."
    assert _bounds(text) == [(14_000, None)]
    text = "The office said the total number of persons released from captivity constitutes not less than 512."
    assert _bounds(text) == [(512, None)]


def test_a_quoted_noun_put_at_a_figure() -> None:
    text = 'The General Staff said it put Russian "personnel losses" at 412,300 on Friday.'
    assert _bounds(text) == [(412_300, 412_300)]


def test_near_miss_a_number_of_things_that_amounted_to_money_is_no_count() -> None:
    assert _bounds("The ministry said the number of claims amounted to $14,000.") == []


def test_troops_numbered_a_figure() -> None:
    text = "The president said on Saturday that foreign troops numbered 9,000 in the border region."
    assert _units(text) == [(9_000, "troops")]


def test_near_miss_numbered_before_a_noun_of_its_own_is_no_size() -> None:
    assert _units("The president said foreign troops numbered 9,000 vehicles in a parade.") != [(9_000, "troops")]


def test_a_figure_for_the_count_before_keeps_its_thousands() -> None:
    text = (
        "The agency told lawmakers that more than 8,000 soldiers were in the region. "
        "The agency had estimated 2,000 a month earlier."
    )
    assert _bounds(text) == [(8_000, None), (2_000, 2_000)]


def test_near_miss_a_figure_with_a_noun_of_its_own_is_no_rival() -> None:
    text = "The agency said more than 8,000 soldiers were in the region. The agency had estimated 2,000 tanks."
    assert _units(text)[-1] != (2_000, "soldiers")


# --- the dateline is no scene; the war a country holds is where ------------------------------------------------------


def test_a_dateline_city_is_no_scene_for_the_toll_after_it() -> None:
    text = (
        "AMMAN, Dec 29 - A monitoring group said on Friday that 3,900 people were killed in the war in 2023.\\n\\n"
        "The group said 1,500 of those killed were civilians."
    )
    assert _places(text)[-1] is None


def test_near_miss_a_city_named_in_the_story_stays_the_toll_s_scene() -> None:
    text = (
        "AMMAN, Dec 29 - A strike hit a market in Homs on Friday, a monitoring group said.\\n\\n"
        "The group said 15 people were killed."
    )
    assert _places(text)[-1] == "Homs"


def test_killed_in_a_country_s_war_is_in_that_country() -> None:
    assert _places("The ministry said 3,900 people were killed in Sudan's civil war last year.") == ["Sudan"]


def test_near_miss_a_country_s_war_as_the_agent_is_no_place() -> None:
    assert _places("The ministry said Russia's war had killed 3,900 people.") == [None]
