"""Area anaphora ("in the region", "there") and the place of a count in a sentence with parts or several reported
clauses (stop 26, place26)."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.place_phrases import clause_end, evacuation_side
from claimtrack.extraction.place_references import PlaceContext, area_of
from claimtrack.extraction.places import find_places


def _places(text: str) -> dict[float, str | None]:
    return {c.quantity.low: (c.place.name if c.place else None)
            for c in extract_claims(text, dt.date(2023, 5, 2)) if c.quantity and c.quantity.low}  # fmt: skip


# --- "the region" is the last region named, or the region of the last town named ------------------------------


def test_the_region_is_the_region_a_governor_was_named_for() -> None:
    text = (
        "The head of the Sumy region, Ivan Marchenko, said a drone hit a farm near the village of Bilopillia. "
        "He said 31 people in the region had been wounded this week."
    )
    assert _places(text)[31] == "Sumy Oblast"


def test_the_region_is_the_region_of_the_town_named_before() -> None:
    text = (
        "Russian artillery pounded Kramatorsk on Sunday, the army said. "
        "Nine civilians were killed across the region, the governor added."
    )
    assert _places(text)[9] == "Donetsk Oblast"


def test_his_region_is_the_region_named_for_the_speaker() -> None:
    text = "The governor of the Mykolaiv region said 70 shells had hit his region overnight."
    assert _places(text)[70] == "Mykolaiv Oblast"


def test_the_region_after_a_city_named_in_the_same_sentence_is_a_wider_one() -> None:
    # the city is more precise, and "the region" here is wider than the city's own oblast
    assert _places("Lviv, the largest city in the region, has taken in 40,000 people, the mayor said.")[40000] == "Lviv"


def test_the_neighbouring_region_is_another_region() -> None:
    text = (
        "Strikes hit Kherson on Monday, officials said. "
        "In the neighbouring region, 8 people were injured, the emergency service said."
    )
    assert _places(text)[8] != "Kherson Oblast"


def test_a_region_named_long_before_is_not_the_region() -> None:
    text = (
        "The governor of the Poltava region spoke on Monday. The talks went on. Aid arrived by rail. "
        "Nobody slept. The lights came back on. 12 people were injured in the region, officials said."
    )
    assert _places(text)[12] is None


def test_area_of_a_city_is_its_oblast_and_a_country_has_none() -> None:
    gaz = load_gazetteer()
    assert area_of(gaz.places["Kharkiv"]).name == "Kharkiv Oblast"
    assert area_of(gaz.places["Ukraine"]) is None


# --- "there" is the last place named below a country ----------------------------------------------------------


def test_officials_there_are_officials_of_the_place_just_named() -> None:
    text = (
        "A cruise missile struck a shopping centre in Kremenchuk on Monday. "
        "Emergency workers there said 18 bodies had been recovered."
    )
    assert _places(text)[18] == "Kremenchuk"


def test_there_after_a_region_is_the_region() -> None:
    text = "Shelling continued in the Zaporizhzhia region overnight. Two people were killed there, the governor said."
    assert _places(text)[2] == "Zaporizhzhia Oblast"


def test_an_existential_there_is_no_place() -> None:
    text = "Kherson was quiet on Sunday. Officials said there were 23 attacks on the front line in the south-east."
    assert _places(text)[23] != "Kherson"
    context = PlaceContext()
    assert [m.raw for m in find_places("There have been 5 strikes since Friday.", 0, context)] == []


def test_over_there_and_a_quoted_there_are_not_read() -> None:
    context = PlaceContext()
    context.observe(find_places("Volunteers from Ohio drove to Lviv on Monday."))
    assert [m.raw for m in find_places("He said 30 of them would stay over there.", 0, context)] == []
    assert [m.raw for m in find_places('"We lost 30 men there," the sergeant said.', 0, context)] == []
    assert [m.place.name for m in find_places("He said 30 of them would stay there.", 0, context)] == ["Lviv"]


def test_there_reaches_back_one_sentence_only() -> None:
    text = (
        "Drones hit Uman on Friday. The talks went on. Nobody slept. "
        "Rescuers there said 14 people had been pulled from the rubble."
    )
    assert _places(text)[14] is None


def test_there_is_no_place_without_a_place_named_before() -> None:
    assert _places("Aid workers there said 300 people had been fed on Sunday.")[300] is None


# --- "the small country" is still the country the sentence names -----------------------------------------------


def test_the_small_country_is_the_country_whose_body_counts() -> None:
    text = "Latvia's border guard said 1,500 refugees had entered the small country since Friday."
    assert _places(text)[1500] == "Latvia"


def test_the_aggressor_country_is_not_read_as_a_reference() -> None:
    context = PlaceContext()
    assert [m.raw for m in find_places("Shells from the aggressor country hit 3 homes.", 0, context)] == []


# --- a part's place is the part's, not its whole's ---------------------------------------------------------------


def test_the_place_of_a_part_is_not_the_place_of_the_whole() -> None:
    text = "The army said there had been 96 assaults along the front, including 41 near Pokrovsk."
    assert _places(text) == {96: None, 41: "Pokrovsk"}


def test_a_part_in_an_aside_leaves_the_place_after_it_to_the_whole() -> None:
    text = "Some 300 people, including 70 children, are sheltering in a basement in Lyman, the police said."
    assert _places(text)[300] == "Lyman"


def test_a_count_joined_without_a_subset_word_keeps_the_shared_place() -> None:
    text = "The governor said 4 people were killed and 9 wounded in Nikopol."
    assert _places(text) == {4: "Nikopol", 9: "Nikopol"}


# --- a second reported clause keeps its place -----------------------------------------------------------------


def test_a_place_in_a_second_reported_clause_is_that_clauses() -> None:
    text = (
        "The ministry said its forces had hit 60 targets in Donetsk overnight, and that a drone had destroyed a "
        "radar in Melitopol."
    )
    assert _places(text)[60] == "Donetsk"


def test_clause_end_finds_and_that_and_a_semicolon_only() -> None:
    sentence = "hit 60 targets in Donetsk, and that a drone hit Melitopol"
    assert clause_end(sentence, 14, len(sentence)) == sentence.index(", and that")
    assert clause_end("hit 60 targets in Donetsk and Melitopol", 14, 39) == 39


# --- an evacuation is where people were taken from -------------------------------------------------------------


def test_an_evacuation_is_placed_where_people_were_taken_from() -> None:
    assert _places("About 900 people were evacuated from Vovchansk to Kharkiv on Sunday, the police said.")[900] == (
        "Vovchansk"
    )


def test_an_evacuation_out_of_a_town_is_that_towns() -> None:
    assert (
        _places("Volunteers evacuated 60 residents out of Toretsk and drove them to Kramatorsk, police said.")[60]
        == "Toretsk"
    )


def test_arrivals_from_a_town_are_still_placed_where_they_arrived() -> None:
    assert _places("Some 250 people arrived in Zaporizhzhia from Berdiansk on Friday, officials said.")[250] == (
        "Zaporizhzhia"
    )


def test_evacuation_side_reads_the_route_words() -> None:
    sentence = "Rescuers evacuated 40 people from Lyman to Sloviansk"
    assert evacuation_side(sentence, sentence.index("Lyman")) == "left"
    assert evacuation_side(sentence, sentence.index("Sloviansk")) == "reached"
    near_miss = "Rescuers handed 40 food kits from Lyman to Sloviansk"
    assert evacuation_side(near_miss, near_miss.index("Lyman")) is None


def test_every_destination_of_an_evacuation_in_a_list_is_reached() -> None:
    sentence = "Police evacuated 70 people from Izium to Kharkiv, Poltava and Dnipro"
    assert [evacuation_side(sentence, sentence.index(n)) for n in ("Izium", "Kharkiv", "Poltava", "Dnipro")] == [
        "left",
        "reached",
        "reached",
        "reached",
    ]


# --- a toll with no place of its own is where one of the two sentences before placed its event ------------


def test_a_toll_after_a_placed_event_in_the_same_paragraph_is_there() -> None:
    text = "A glide bomb hit a school in Kupiansk on Tuesday. Six people were injured, the emergency service said."
    assert _places(text)[6] == "Kupiansk"


def test_a_toll_in_the_paragraph_after_the_lede_or_two_sentences_on_takes_the_scene() -> None:
    text = "A glide bomb hit a school in Kupiansk on Tuesday.\n\nSix people were injured, the emergency service said."
    assert _places(text)[6] == "Kupiansk"
    text = "A drone hit a market in Pokrovsk on Friday. Firefighters worked all night. Nine were hurt, police said."
    assert _places(text)[9] == "Pokrovsk"


def test_a_toll_three_sentences_on_or_after_a_country_does_not_take_the_scene() -> None:
    text = (
        "A drone hit a market in Kupiansk on Friday. Firefighters worked all night. The smoke was seen for miles. "
        "Nine were hurt, police said."
    )
    assert _places(text)[9] is None
    text = "A drone hit a market in Kupiansk on Friday. Aid reached Ukraine later. Nine were hurt, police said."
    assert _places(text)[9] is None


def test_a_count_of_soldiers_does_not_take_the_scene() -> None:
    text = "A glide bomb hit a school in Kupiansk on Tuesday. The General Staff said 410 Russian soldiers were killed."
    assert _places(text)[410] is None


def test_a_region_before_is_carried_a_country_is_too_wide_and_a_new_story_takes_nothing() -> None:
    text = "Shelling hit the Sumy region on Tuesday. Six people were injured, the emergency service said."
    assert _places(text)[6] == "Sumy Oblast"
    text = "Shelling hit Ukraine on Tuesday. Six people were injured, the emergency service said."
    assert _places(text)[6] is None
    text = "A drone hit a school in Kupiansk. Separately, 12 people were injured, the emergency service said."
    assert _places(text)[12] is None


# --- "the city" is not a town named in a relative aside; a mayor's city is one ---------------------------------


def test_the_city_skips_a_town_in_a_relative_aside_and_takes_the_mayors_city() -> None:
    text = "Izium's mayor, who moved to Poltava in May, said 70 homes had been destroyed in the city."
    assert _places(text)[70] == "Izium"


def test_the_city_is_still_a_town_named_outside_an_aside() -> None:
    text = "The governor said Russian drones hit Sumy overnight and 6 people were injured in the city."
    assert _places(text)[6] == "Sumy"


def test_a_count_of_people_that_is_no_toll_does_not_take_the_scene() -> None:
    text = "A drone hit a depot in Kupiansk on Tuesday. The ministry said 25 diplomats were expelled."
    assert _places(text)[25] is None
