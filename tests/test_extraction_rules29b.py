"""Counts and places on unseen text (stop 29, rules29b): parts of a whole, one person a toll befell."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.quantities import find_counts


def _counts(text: str) -> list[tuple[float | None, str]]:
    return [(c.quantity.low, c.quantity.unit) for c in extract_claims(text, dt.date(2024, 3, 5)) if c.quantity]


def _places(text: str) -> dict[float, str | None]:
    return {c.quantity.low: (c.place.name if c.place else None)
            for c in extract_claims(text, dt.date(2024, 3, 5)) if c.quantity and c.quantity.low}  # fmt: skip


# --- a part of a whole: the part counts the whole's noun; a whole of convoys, missions or places is no claim -------


def test_a_part_of_convoys_or_missions_is_the_claim_not_its_whole() -> None:
    assert _counts("The relief office said 14 of 40 aid convoys were blocked at Belvarka last week.") == [
        (14.0, "convoys")
    ]
    assert _counts("The relief office said 23 of 70 planned field visits were cancelled.") == [(23.0, "visits")]
    assert _counts("The army said troops took three of the 12 villages in the district.") == [(3.0, "villages")]


def test_a_whole_of_hardware_troops_people_or_facilities_stays_a_claim() -> None:
    """Near misses: what was launched, a unit's strength, a toll and the hospitals a place has are claims of their
    own beside their part."""
    assert _counts("The air force said 31 of 38 missiles were intercepted.") == [(31.0, "missiles"), (38.0, "missiles")]
    assert [c for c, _ in _counts("The brigade said 700 of its 1,100 soldiers had been rotated out.")] == [700, 1100]
    assert [c for c, _ in _counts("Officials said 19 of the 47 people killed were children.")] == [19, 47]
    assert [c for c, _ in _counts("The agency said only three of the 12 hospitals in Tarvonsk were operating.")] == [
        3,
        12,
    ]
    assert _counts("The army said it sent two groups of 500 troops each.") == [(1000.0, "troops")]


# --- "Of those killed, 31 were children": a part of a whole named by its status alone ----------------------------


def test_a_part_of_those_a_status_befell_is_counted() -> None:
    assert _counts("Of those killed, 27 were children, the ministry in Velmora said.") == [(27.0, "children")]
    text = "The ministry said 61 people were killed. Of the dead, 22 were women and nine were children."
    assert _counts(text) == [(61.0, "people"), (22.0, "women"), (9.0, "children")]
    assert _counts("Rescuers said that among the wounded, 14 were in serious condition.") == [(14.0, "wounded")]


def test_a_fronted_whole_with_no_status_names_no_part() -> None:
    """Near misses: "of the three options" is no toll, and a year is no part."""
    assert _counts("Of the three options, two were rejected, the ministry said.") == []
    assert find_counts("Of those killed, 2023 was the worst year.") == []


# --- one person a toll befell, named with "a" ------------------------------------------------------------------


def test_one_person_named_with_an_article_is_a_toll_of_one() -> None:
    assert _counts("The governor said a 58-year-old man was wounded in the village.") == [(1.0, "man")]
    assert _counts("The governor said a woman, 71, was injured by shrapnel.") == [(1.0, "woman")]
    assert _counts("Shelling of the village killed a 45-year-old tractor driver, the governor said.") == [
        (1.0, "driver")
    ]
    assert _counts("Police said an elderly woman has died in hospital.") == [(1.0, "woman")]


def test_an_article_person_with_no_toll_or_adding_to_a_count_is_not_one() -> None:
    """Near misses: a man detained is no toll; "another man" adds to a count before; "one" is read already."""
    assert _counts("The governor said a man was detained near the bridge.") == []
    assert _counts("Two people were killed, and another man was wounded, the governor said.") == [(2.0, "people")]
    assert _counts("The governor said one man was killed.") == [(1.0, "man")]


# --- ages are no counts --------------------------------------------------------------------------------------------


def test_the_ages_of_those_counted_are_no_counts() -> None:
    assert _counts("The prosecutors said two men aged 41 and 67 were killed in the village.") == [(2.0, "men")]
    assert _counts("The governor said three children aged 4, 8 and 13 were wounded.") == [(3.0, "children")]
    # near miss: a part after "including" that is then described by its age is still a count
    assert [c for c, _ in _counts("Officials said 40 people were wounded, including 12 aged under 18.")] == [40, 12]


def test_one_of_which_a_status_befell_is_a_part_of_one() -> None:
    text = "The governor said Russia fired two missiles at the town, one of which was shot down."
    assert _counts(text) == [(2.0, "missiles"), (1.0, "missiles")]
    assert [c for c, _ in _counts("The governor said six people were wounded, one of whom later died.")] == [6, 1]
    # near miss: "one of them a child" describes one of them, no status befell it alone
    assert [c for c, _ in _counts("The governor said six people were wounded, one of them a child.")] == [6]


# --- "two of them had been hospitalised"; "residents, who he puts at 15,000" -------------------------------------


def test_a_part_hospitalised_is_counted_past_an_age_between() -> None:
    text = (
        "The mayor wrote that four people had been injured, among them a 9-year-old boy, and that two of them had been"
        " hospitalised."
    )
    assert [c for c, _ in _counts(text)] == [4, 2]
    assert _counts("The governor said 12 people had been hospitalised.") == [(12.0, "people")]


def test_people_a_speaker_puts_at_a_number_after_who() -> None:
    text = "The governor says the town's remaining residents, who he puts at about 9,000, are sheltering in basements."
    assert _counts(text) == [(9000.0, "residents")]
    # near miss: "puts at risk" is no number
    assert _counts("The governor says the shelling puts residents at risk.") == []


# --- places: facilities counted after a possessive, a facility named before, where the wounded were taken --------


def test_facilities_counted_after_a_possessive_stand_in_that_place() -> None:
    assert _places("The agency said only 7 of Gaza's 30 hospitals remain partially functional.") == {
        7.0: "Gaza Strip",
        30.0: "Gaza Strip",
    }
    # near miss: hardware a country owns is not where it stands
    assert _places("Russia's 300 tanks were destroyed, the ministry in Korvesk said.") == {300.0: None}


def test_a_count_at_a_facility_named_before_takes_the_facilitys_place() -> None:
    text = "Troops raided a hospital in Gaza City on Monday. The military said it detained 45 suspects at the compound."
    assert _places(text) == {45.0: "Gaza City"}
    text = "An ambulance was struck near al-Shifa hospital. The ministry said 9 people were killed in that strike."
    assert _places(text) == {9.0: "Al-Shifa hospital"}
    text = "Strikes hit Jabalia overnight. The civil defence said it recovered 16 bodies."
    assert _places(text) == {16.0: "Jabalia"}


def test_a_count_with_no_back_reference_takes_no_earlier_place() -> None:
    """Near miss: a count of materiel with no word pointing back keeps no place of the sentence before."""
    text = "Troops raided a hospital in Gaza City on Monday. The military said it had fired 45 rockets."
    assert _places(text) == {45.0: None}


def test_where_the_wounded_were_taken_is_not_their_place() -> None:
    text = "A missile hit Nikopol on Monday. The governor said 14 wounded were taken to hospitals in Dnipro."
    assert _places(text) == {14.0: "Nikopol"}
    text = "The governor said the bodies of 11 victims were taken to the morgue in Kherson after shelling in Sofiivka."
    assert _places(text)[11.0] != "Kherson"
    text = "The governor said 90 were injured in Kursk. He said 3 injured children were flown to Moscow for care."
    assert _places(text) == {90.0: "Kursk", 3.0: "Kursk"}
    # near misses: a hospital where patients are is where the count is; troops flown somewhere are there
    assert _places("Doctors said 30 patients at a hospital in Dnipro were evacuated.") == {30.0: "Dnipro"}
    assert _places("The ministry said 300 troops were flown to Kaliningrad for exercises.") == {300.0: "Kaliningrad"}


def test_gazetteer_knows_districts_named_by_their_adjective() -> None:
    text = "The emergencies ministry said 41,000 residents were to leave the Korenevsky and Glushkovsky districts."
    assert _places(text) == {41000.0: "Korenevsky district"}


# --- "the region" long after its name, in a story about one region -----------------------------------------------


def test_the_region_far_from_its_name_is_the_one_region_the_story_names() -> None:
    text = (
        "The Mykolaiv region was shelled 70 times on Monday. The governor said the attacks damaged a school in the"
        " Mykolaiv region. Crews worked all night. Power was restored by morning. The lights came back on. He added"
        " that 9 people were wounded in the region."
    )
    assert _places(text)[9.0] == "Mykolaiv Oblast"


def test_the_region_far_from_two_regions_named_once_stays_unresolved() -> None:
    """Near miss: two regions named once each: no region is the story's (nor is one named once:
    test_extraction_places_levels)."""
    text = (
        "The Mykolaiv and Odesa regions were shelled on Monday. The governor said the attacks damaged a school. Crews"
        " worked all night. Power was restored by morning. He added that 9 people were wounded in the region."
    )
    assert _places(text)[9.0] is None


def test_where_an_evacuation_took_people_is_not_its_place() -> None:
    text = "Shelling hit Vovchansk overnight. The governor said 250 residents were evacuated to Kharkiv."
    assert _places(text) == {250.0: "Vovchansk"}
    assert _places("The ministry said 150 children were evacuated to Lviv by train from Kramatorsk.") == {
        150.0: "Kramatorsk"
    }
    # near miss: troops sent somewhere are where they were sent
    assert _places("The army said 2,000 troops were sent to Pokrovsk from Kramatorsk.") == {2000.0: "Pokrovsk"}


# --- a toll far from any place, in a story about one town ---------------------------------------------------------


def test_a_toll_far_from_any_place_takes_the_town_the_story_is_about() -> None:
    text = (
        "A drone struck a wedding hall in Izium on Saturday.\n\n"
        "Rescuers worked through the night in Izium. Relatives waited outside.\n\n"
        "The hall had been booked for weeks. Music was playing when it was hit.\n\n"
        "The monitoring group said on Sunday that 38 people had been killed."
    )
    assert _places(text) == {38.0: "Izium"}


def test_a_toll_in_a_story_about_two_towns_takes_neither() -> None:
    """Near miss: two towns named as often: the story is about no one town."""
    text = (
        "Drones struck Izium and Balakliia on Saturday.\n\n"
        "Rescuers worked through the night in Izium and in Balakliia. Relatives waited outside.\n\n"
        "The halls had been booked for weeks. Music was playing when they were hit.\n\n"
        "The monitoring group said on Sunday that 38 people had been killed."
    )
    assert _places(text) == {38.0: None}


# --- a party a war is named by; a country's own body speaking of "the country"; a scene read with "the city" ------


def test_a_party_a_war_is_named_by_is_no_place_of_its_toll() -> None:
    text = (
        "The toll in the Gaza Strip has risen to 9,870 since the war between Israel and Hamas began, the ministry said."
    )
    assert _places(text) == {9870.0: "Gaza Strip"}
    assert _places("Officials said 240 soldiers had died since the war with Russia began.") == {240.0: None}
    # near miss: a war in a place is where the toll is
    assert _places("Officials said 240 soldiers had died in the war in Ukraine.") == {240.0: "Ukraine"}


def test_the_country_of_a_countrys_own_health_ministry_is_that_country() -> None:
    text = (
        "Sirens sounded across Israel. Israel said it had intercepted most missiles.\n\n"
        "Lebanon's health ministry said 41 people had been killed in Israeli strikes across the country."
    )
    assert _places(text) == {41.0: "Lebanon"}


def test_a_scene_named_in_a_sentence_that_refers_back_stays_the_scene() -> None:
    """The sentence before names "the city centre" (a reference, which observes the places read so far): its region
    is still the scene of the toll after it, which a bare "the Governor" reports."""
    text = (
        "The Governor of the Belgorod region said the shelling of the city centre had killed 19 people. According to"
        " the Governor, 87 people were injured."
    )
    assert _places(text)[87.0] == "Belgorod Oblast"


def test_a_home_office_named_with_of_speaks_for_its_country() -> None:
    text = "Ukraine's Ministry of Health said on Monday that 1,140 hospitals had been damaged since the invasion began."
    assert _places(text) == {1140.0: "Ukraine"}
    # near miss: a defence ministry's counts are of a front, not of its country
    assert _places("Russia's Ministry of Defence said 30 drones were downed.") == {30.0: None}
