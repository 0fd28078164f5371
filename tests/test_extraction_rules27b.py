"""Branch rules27b (issue #3): count and place forms that held-out text still lost, one section each, every rule with
a near miss. Sentences written for these tests; the names of persons, bodies and small places are invented."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.list_issuers import inline_publisher, lead_publisher, speaks_of_figures
from claimtrack.extraction.quantities import find_counts
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 5, 17)


def _by_value(text: str) -> dict[float, ExtractedClaim]:
    """The counted claims of `text` by their lower bound (their upper one when they have none)."""
    out: dict[float, ExtractedClaim] = {}
    for c in extract_claims(text, PUBLISHED):
        if c.quantity is None:
            continue
        value = c.quantity.low if c.quantity.low is not None else c.quantity.high
        assert value is not None
        out[value] = c
    return out


def _speaker(claim: ExtractedClaim) -> str:
    return claim.actor.name.lower() if claim.actor is not None else ""


# --- a lead line naming no speaker ----------------------------------------------------------------------------------


def test_lead_publisher_reads_the_subject_that_puts_the_list_out() -> None:
    assert lead_publisher("The administration published the following breakdown:") == "The administration"
    assert lead_publisher("The Varn Border Guard released these figures on Monday:") == "The Varn Border Guard"
    assert lead_publisher("The ministry posted a video of the strike:") is None  # a video, no figures
    assert lead_publisher("The administration published the following breakdown.") is None  # no lead


def test_speaks_of_figures() -> None:
    assert speaks_of_figures("The Northern Command published its daily update on Monday.")
    assert not speaks_of_figures("Officials said the town was calm on Monday.")


def test_list_after_a_sentence_that_says_who_published_the_update() -> None:
    text = (
        "The Northern Command published its daily update on Monday. Enemy losses since the invasion:\n\n"
        "- tanks: 812 (+3)\n- artillery systems: 1,204 (+7)\n- drones: 640 (+12)\n\nThe fighting went on."
    )
    counts = _by_value(text)
    for value in (812, 3, 1204, 7, 640, 12):
        assert "northern command" in _speaker(counts[value])


def test_near_miss_a_sentence_before_the_lead_that_names_no_figures() -> None:
    text = (
        "The Northern Command said the town of Orlivka was calm on Monday. Our own count so far:\n\n"
        "- tanks: 812\n- artillery systems: 1,204\n- drones: 640\n\nThe fighting went on."
    )
    counts = _by_value(text)
    assert all("northern command" not in _speaker(counts[v]) for v in (812, 1204, 640) if v in counts)


def test_list_whose_lead_names_its_publisher_by_a_noun_named_before() -> None:
    text = (
        "The Harlow regional administration said on Saturday that 40 shells hit the region. "
        "The administration published the following breakdown:\n\n"
        "- Brenn community: mortar fire, 14 explosions.\n- Ostvale community: 22 explosions from artillery.\n"
        "- Kelby community: 9 explosions.\n\nResidents were told to stay in shelters."
    )
    counts = _by_value(text)
    for value in (14, 22, 9):
        assert _speaker(counts[value]) == "harlow regional administration"


def test_list_under_a_title_that_labels_the_issuing_body() -> None:
    text = (
        "Northern Command of the Armed Forces: total losses of the enemy as of 12.03.2024\n\n"
        "Published 12 March 2024, 09:15\n\n"
        "The total combat losses of the enemy from 24.02 to 12.03 are approximately:\n\n"
        "personnel - about 12,300 persons were liquidated,\ntanks - 510,\nhelicopters - 61.\n\n"
        "The data are being updated."
    )
    counts = _by_value(text)
    for value in (12300, 510, 61):
        assert "northern command" in _speaker(counts[value])


def test_near_miss_a_title_naming_a_place_gives_no_issuer() -> None:
    text = (
        "Orlivka: the week in numbers\n\nA quiet week in the town, by our count.\n\n"
        "The figures so far are:\n\ntanks - 510,\nhelicopters - 61.\n\nThe market reopened."
    )
    counts = _by_value(text)
    assert all(_speaker(counts[v]) != "orlivka" for v in (510, 61) if v in counts)


def test_figures_after_a_colon_in_the_sentence_that_says_who_gave_them() -> None:
    text = (
        "The Varn air command gave a more detailed breakdown: 210 air attack means in total, of which 104 were shot "
        "down. The Varn Border Guard released its weekly figures: 1,240 crossings and 12 detentions."
    )
    counts = _by_value(text)
    assert _speaker(counts[210]) == _speaker(counts[104]) == "varn air command"
    assert _speaker(counts[1240]) == "varn border guard"


def test_a_sentence_saying_figures_were_updated_before_a_colon() -> None:
    text = (
        "The Varn General Staff has just updated its figures: it says troops have liberated more than 20 "
        "settlements in the Kharkiv region."
    )
    assert _speaker(_by_value(text)[20]) == "varn general staff"


def test_near_miss_a_colon_after_something_given_that_is_no_figures() -> None:
    assert inline_publisher("The ministry gave a speech: 12 points were raised.") is None
    assert inline_publisher("The ministry gave its figures: none were given.") is None  # no figure after the colon


# --- the General Staff's tally labels -------------------------------------------------------------------------------


def test_general_staff_tally_labels_count_what_they_name() -> None:
    for line, unit in (
        ("air defence means - 66,", "air defence means"),
        ("automotive technology - 1,488,", "automotive technology"),
        ("warships / boats - 8,", "warships / boats"),
        ("UAV operational-tactical level - 148,", "uav operational-tactical level"),
        ("mobile SRBM system - 4.", "srbm system"),
    ):
        counts = find_counts(line)
        assert [c.unit for c in counts] == [unit], line


def test_near_miss_a_system_without_a_tally_dash() -> None:
    assert all(c.unit != "srbm system" for c in find_counts("The SRBM system was moved 4 times."))


def test_air_attack_means_are_counted() -> None:
    assert [c.unit for c in find_counts("Russia launched 210 air attack means in total.")] == ["air attack means"]


# --- "one" thing that something befell ------------------------------------------------------------------------------


def test_one_person_named_by_trade_with_what_befell_them() -> None:
    counts = _by_value("Governor Anton Verkal said one worker at the depot was killed.")
    assert counts[1].quantity is not None and counts[1].quantity.high == 1
    assert _speaker(counts[1]) == "anton verkal"
    counts = _by_value("The Orlan power company said one employee of the company was killed in the Kharkiv region.")
    assert 1 in counts


def test_one_piece_of_materiel_destroyed() -> None:
    assert [c.low for c in find_counts("one tank was destroyed near the bridge.")] == [1]
    assert [c.low for c in find_counts("one drone was shot down over the city")] == [1]


def test_near_miss_one_with_nothing_befalling_it() -> None:
    assert find_counts("one tank remained in the yard.") == []
    assert find_counts("one worker said he was hurt") == []
    assert find_counts("No one was killed.") == []
    assert 1 not in _by_value("Governor Anton Verkal said one resident stayed behind.")


# --- what befell a count: burned down, pulled alive, came under fire ------------------------------------------------


def test_buildings_burned_down_are_destroyed() -> None:
    counts = _by_value("Governor Anton Verkal said two warehouses were burned down after a drone attack.")
    assert counts[2].subject is not None and "destroyed" in counts[2].subject


def test_near_miss_buildings_that_burned_without_being_burned_down() -> None:
    assert 2 not in _by_value("Governor Anton Verkal said two warehouses burned brightly in the night.")


def test_people_pulled_alive_from_the_rubble_are_rescued() -> None:
    counts = _by_value("Governor Anton Verkal said rescuers had pulled nine people alive from the rubble.")
    assert counts[9].kind == "rescue"


def test_near_miss_people_found_alive_at_home_are_no_rescue() -> None:
    assert 9 not in _by_value("Governor Anton Verkal said nine people were found alive in their homes.")


def test_settlements_that_came_under_fire_are_attacked() -> None:
    counts = _by_value("Governor Anton Verkal said 30 settlements had come under artillery fire.")
    assert counts[30].subject == "settlements attacked"


def test_near_miss_settlements_named_without_what_befell_them() -> None:
    assert 30 not in _by_value("Governor Anton Verkal said 30 settlements had asked for new generators.")


def test_settlements_that_came_under_several_kinds_of_strikes_are_attacked() -> None:
    counts = _by_value(
        "Governor Anton Verkal said 30 settlements in the area had come under artillery, mortar and air strikes."
    )
    assert counts[30].subject == "settlements attacked"


def test_wounds_received_and_facilities_put_out_of_action() -> None:
    counts = _by_value("Governor Anton Verkal said one man received shrapnel wounds to the legs.")
    assert counts[1].subject is not None and "wounded" in counts[1].subject
    counts = _by_value("Spokesman Taras Olenko said forces had put out of action 3,120 military facilities.")
    assert counts[3120].subject == "facilities destroyed"


def test_near_miss_wounds_named_without_anyone_receiving_them() -> None:
    assert 1 not in _by_value("Governor Anton Verkal said one man spoke of the wounds of the city.")


def test_part_of_a_total_in_the_reporting_week() -> None:
    text = (
        "The Varn health agency reported that it had verified 703 attacks on health care since the start of the "
        "war, including 20 during the reporting week."
    )
    assert _by_value(text)[20].quantity is not None


def test_near_miss_part_of_a_total_in_a_named_place() -> None:
    text = "The Varn health agency said it had verified 703 attacks on health care, including 20 reports of theft."
    assert 20 not in _by_value(text)


def test_casualties_with_an_apposition_approaching_a_quoted_figure() -> None:
    text = (
        "A senior Varn official told reporters that Russian casualties, killed and wounded, were now "
        '"approaching 200,000", without giving a breakdown.'
    )
    count = _by_value(text)[200000]
    assert count.quantity is not None and count.quantity.high == 200000 and count.quantity.low is None


def test_near_miss_casualties_with_a_parenthetical_and_a_factor() -> None:
    assert 12 not in _by_value("A senior Varn official said casualties, he added, were about 12 times higher.")


def test_a_floor_closed_by_its_participle_bounds_the_count_joined_to_it() -> None:
    counts = find_counts("The office has recorded at least 6,655 civilians killed and 10,368 injured in Varnia.")
    assert [(c.low, c.high) for c in counts] == [(6655, None), (10368, None)]


def test_near_miss_a_floor_before_a_count_with_its_own_qualifier_or_no_participle() -> None:
    counts = find_counts("at least 5 people killed and about 30 injured")
    assert [(c.low, c.high) for c in counts] == [(5, None), (30, 30)]
    counts = find_counts("more than 140 missiles and 90 drones")
    assert counts[1].high == 90


# --- a running total put before what it counts ----------------------------------------------------------------------


def test_bringing_to_a_number_the_number_of_people_killed() -> None:
    counts = _by_value(
        "Governor Anton Verkal said three more bodies were found on Tuesday, bringing to 41 the number of people "
        "killed in the strike."
    )
    assert counts[41].kind == "casualties" and counts[3].kind == "casualties"


def test_near_miss_bringing_to_a_number_without_the_number_of() -> None:
    assert 41 not in _by_value("Governor Anton Verkal said the bus was bringing to 41 Lesna Street some food.")


# --- "put losses ... at": the estimate's place and time between ----------------------------------------------------


def test_put_losses_at_with_place_and_time_between() -> None:
    text = (
        "Army spokesman Taras Olenko said the assault was repelled. He put Russian losses in the area over the "
        "previous 24 hours at 400 soldiers, 36 tanks and 70 armoured vehicles - a claim that could not be verified."
    )
    counts = _by_value(text)
    for value in (400, 36, 70):
        assert _speaker(counts[value]) == "taras olenko"


def test_near_miss_put_without_a_figure_word_is_no_estimate() -> None:
    text = (
        "Army spokesman Taras Olenko spoke on Monday. He put 400 soldiers in the area at risk, critics of the plan "
        "said on Monday."
    )
    assert _speaker(_by_value(text)[400]) != "taras olenko"


# --- places the gazetteer lacks -------------------------------------------------------------------------------------


def _place(text: str) -> tuple[str, str | None, str] | None:
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert claims
    place = claims[0].place
    return (place.name, place.country, place.raw) if place is not None else None


def test_unlisted_community_and_checkpoint_keep_their_words() -> None:
    assert _place("The Harlow regional administration said 14 explosions were recorded in the Ostvale community.") == (
        "Ostvale community",
        None,
        "Ostvale community",
    )
    place = _place("Governor Oleh Syniehubov said three people were wounded at the Zarvitsa checkpoint.")
    assert place is not None and place[0] == "Zarvitsa checkpoint"


def test_unlisted_district_of_a_known_city_is_in_that_city() -> None:
    place = _place("Governor Vitaliy Kim said one man was killed in the Korvalskyi district of Mykolaiv.")
    assert place == ("Mykolaiv", "Ukraine", "Korvalskyi district of Mykolaiv")


def test_unlisted_place_takes_the_country_the_document_is_about() -> None:
    text = (
        "Russian strikes hit Kharkiv, Sumy and Poltava overnight, Ukraine's air force said. "
        "Governor Oleh Syniehubov said four people were wounded in the village of Brenivka."
    )
    places = [c.place for c in extract_claims(text, PUBLISHED) if c.quantity is not None and c.quantity.low == 4]
    assert places and places[0] is not None and (places[0].name, places[0].country) == ("Brenivka", "Ukraine")


def test_near_miss_a_capitalised_word_before_district_that_is_no_place() -> None:
    assert _place("Governor Anton Verkal said 14 people were wounded at the Russian checkpoint.") is None


def test_unlisted_district_named_alone_lies_in_the_town_just_named() -> None:
    text = (
        "Mayor Vitali Klitschko said strikes hit Kyiv overnight. He said three people were injured in the Lesnyi "
        "district."
    )
    places = [c.place for c in extract_claims(text, PUBLISHED) if c.quantity is not None and c.quantity.low == 3]
    assert places and places[0] is not None and (places[0].name, places[0].raw) == ("Kyiv", "Lesnyi district")


def test_near_miss_unlisted_district_with_no_town_before_keeps_its_words() -> None:
    assert _place("Governor Anton Verkal said 14 people were wounded in the Lesnyi district.") == (
        "Lesnyi district",
        None,
        "Lesnyi district",
    )


def test_a_pair_of_towns_before_area_is_where_the_count_is() -> None:
    place = _place("Spokesman Taras Olenko said Russia had amassed about 900 tanks in the Kupiansk-Lyman area.")
    assert place is not None and place[0] in {"Kupiansk", "Lyman"}


def test_near_miss_a_pair_of_towns_before_talks_is_no_place() -> None:
    assert _place("Spokesman Taras Olenko said the Kupiansk-Lyman talks had failed after 12 rounds.") is None


def test_the_place_of_a_figures_subject_before_its_verb() -> None:
    text = (
        "The ministry's daily report described gains near Avdiivka and said Ukrainian losses in the Donetsk "
        "direction amounted to up to 240 servicemen."
    )
    place = _place(text)
    assert place is not None and place[0] == "Donetsk Oblast"


def test_near_miss_a_place_before_the_count_in_another_clause() -> None:
    text = (
        "The ministry described gains near Avdiivka and said losses in Donetsk were a concern, with 240 "
        "servicemen lost."
    )
    place = _place(text)
    assert place is not None and place[0] == "Avdiivka"


def test_this_direction_is_the_sector_named_just_before() -> None:
    text = (
        "In the Donetsk direction, units repelled four attacks near Kurdiumivka and Bila Hora, the Varn defence "
        "ministry said. The enemy losses in this direction amounted to up to 210 servicemen and two tanks, the "
        "ministry said."
    )
    places = [c.place for c in extract_claims(text, PUBLISHED) if c.quantity is not None and c.quantity.high == 210]
    assert places and places[0] is not None and (places[0].name, places[0].raw) == ("Donetsk Oblast", "this direction")


def test_near_miss_this_direction_with_no_sector_named_before() -> None:
    text = (
        "Units repelled four attacks near Kurdiumivka, the Varn defence ministry said. The enemy losses in this "
        "direction amounted to up to 210 servicemen, the ministry said."
    )
    places = [c.place for c in extract_claims(text, PUBLISHED) if c.quantity is not None and c.quantity.high == 210]
    assert places and places[0] is not None and places[0].raw != "this direction"


def test_near_miss_a_people_or_faith_before_community_is_no_place() -> None:
    assert _place("Rabbi Anton Verkal said 14 members of the Jewish community were detained.") is None
