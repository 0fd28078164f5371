"""Place rules: roles of a name (location or owner), derived mentions, references resolved from the document."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.place_references import PlaceContext
from claimtrack.extraction.places import choose_place, find_places


def chosen(sentence: str, exclude: list[tuple[int, int]] | None = None, context: PlaceContext | None = None):
    return choose_place(sentence, 0, find_places(sentence, 0, context), exclude or [])


def chosen_name(sentence: str, exclude: list[tuple[int, int]] | None = None) -> str | None:
    place = chosen(sentence, exclude)
    return place.name if place else None


def roles(sentence: str) -> dict[str, str]:
    return {m.raw: m.role for m in find_places(sentence)}


def read(*sentences: str) -> PlaceContext:
    """A context that has read these sentences."""
    context = PlaceContext()
    for sentence in sentences:
        context.observe(find_places(sentence, 0, context))
    return context


# --- possessives: owner or location ---------------------------------------------------------------


def test_possessive_before_a_non_geographic_noun_is_an_owner() -> None:
    sentence = "Moldova's claim that it pulled units back from Ukraine's border is wrong, and 500 soldiers came."
    assert roles(sentence)["Moldova's"] == "owner"
    assert chosen_name(sentence) == "Ukraine"


@pytest.mark.parametrize("noun", ["border", "borders", "frontier", "territory", "soil", "coast", "airspace"])
def test_possessive_before_a_geographic_noun_is_a_location(noun: str) -> None:
    assert roles(f"Drones flew over Poland's {noun} twice.")["Poland's"] == "location"


def test_modifiers_between_possessive_and_noun() -> None:
    assert roles("They left Georgia's sovereign territory.")["Georgia's"] == "location"


def test_possessive_before_a_place_qualifies_it() -> None:
    assert roles("Troops massed in Russia's Bryansk region.")["Russia's"] == "qualifier"


def test_possessive_before_a_non_place_name_is_an_owner() -> None:
    assert roles("Russia's Wagner fighters were seen.")["Russia's"] == "owner"
    assert chosen_name("Russia's Wagner fighters were seen.") is None


def test_possessive_capital_is_the_capital_city() -> None:
    place = chosen("Missiles hit Ukraine's capital overnight.")
    assert place is not None and place.name == "Kyiv" and place.raw == "Ukraine's capital"


# --- names as actors or attributes ----------------------------------------------------------------


def test_country_subject_is_an_actor_not_a_place() -> None:
    sentence = "Estonia must withdraw its forces from Latvia's territory, the minister said."
    assert roles(sentence)["Estonia"] == "owner"
    assert chosen_name(sentence) == "Latvia"


def test_lone_country_subject_gives_no_place() -> None:
    assert chosen_name("Hungary views the region as unstable.") is None


def test_country_as_attribute_does_not_beat_a_located_place() -> None:
    sentence = "British frigates in the Baltic Sea were hit by 3 missiles, and the US aircraft shot down drones."
    assert roles(sentence)["US"] == "owner"
    assert chosen_name(sentence) == "Baltic Sea"


def test_country_after_a_preposition_is_not_a_subject() -> None:
    assert chosen_name("The war against Moldova poses a threat.") == "Moldova"


def test_coordinated_subjects_both_act() -> None:
    assert roles("Russia and Belarus have agreed on drills.") == {"Russia": "owner", "Belarus": "owner"}


def test_coordinated_locations_share_the_preposition() -> None:
    sentence = "Depots in central and western Ukraine were hit."
    assert roles(sentence)["western Ukraine"] == "location"
    assert chosen_name(sentence) == "Western Ukraine"


def test_a_city_as_subject_is_still_the_place() -> None:
    assert chosen_name("Kharkiv was shelled overnight.") == "Kharkiv"


def test_capital_city_as_subject_is_an_actor() -> None:
    assert roles("Minsk says the drills are over.")["Minsk"] == "owner"


def test_passive_subject_is_the_place() -> None:
    assert chosen_name("Kyiv was hit by 5 missiles.") == "Kyiv"
    assert chosen_name("Georgia has been repeatedly invaded.") == "Georgia"


# --- adjectives, hyphens, longer names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "raw"),
    [
        ("Units pulled back from the Belarusian border.", "Belarus", "Belarusian border"),
        ("Drones hit targets on Russian territory.", "Russia", "Russian territory"),
        ("No troops will be based on Polish soil.", "Poland", "Polish soil"),
        ("Shells fell near the Ukrainian eastern border.", "Ukraine", "Ukrainian eastern border"),
        ("Drones flew over the Belarusian capital.", "Minsk", "Belarusian capital"),
    ],
)
def test_adjective_before_a_geographic_noun_names_the_country(sentence: str, name: str, raw: str) -> None:
    place = chosen(sentence)
    assert place is not None and place.name == name and raw in place.raw


@pytest.mark.parametrize(
    "sentence", ["Russian forces attacked.", "They shelled Russian occupied territory.", "American destroyers sailed."]
)
def test_adjective_without_a_geographic_noun_is_no_place(sentence: str) -> None:
    assert find_places(sentence) == []


def test_hyphen_joined_places_near_a_border() -> None:
    sentence = "Shelling in the Belarus-Ukraine border area could spread debris."
    assert [m.place.name for m in find_places(sentence)] == ["Belarus", "Ukraine"]
    assert chosen_name(sentence) == "Belarus"


def test_hyphen_joined_adjectives() -> None:
    assert [m.place.name for m in find_places("Along the Polish-Belarusian border.")] == ["Poland", "Belarus"]


def test_hyphen_joined_places_before_a_non_geographic_noun_are_owners() -> None:
    assert chosen_name("Talks on the Russia-Ukraine war stalled.") is None


def test_hyphen_with_a_non_place_is_no_place() -> None:
    assert find_places("A Kyiv-based group said so.") == []


def test_longer_name_ending_in_a_geographic_head_keeps_the_place() -> None:
    sentence = "Two bombers entered the Alaska Air Defense Identification Zone, but not U.S. airspace."
    place = chosen(sentence)
    assert place is not None and place.name == "Alaska"
    assert place.raw == "Alaska Air Defense Identification Zone"


def test_longer_name_that_is_not_a_place_is_skipped() -> None:
    assert find_places("The Moscow Times reported it.") == []


# --- prepositions and asides ----------------------------------------------------------------------


def test_along_a_country_is_a_location() -> None:
    assert roles("Forces gathered along Belarus.")["Belarus"] == "location"


def test_border_with_a_country_is_a_location() -> None:
    assert chosen_name("Russia has equipment along its border with Finland.") == "Finland"


def test_places_in_an_aside_lose_to_the_main_place() -> None:
    sentence = "Putin keeps adding forces along Belarus, in addition to naval activity in the Black Sea."
    assert chosen_name(sentence) == "Belarus"


def test_earlier_place_wins_a_tie() -> None:
    assert chosen_name("Lavrov said 2,000 people in Georgia asked to be moved into Armenia.") == "Georgia"


def test_speaker_location_when_nothing_else_is_named() -> None:
    sentence = "Authorities in Ukraine's Sumy oblast bordering Russia reported four injuries."
    speaker = (0, sentence.index(" reported"))
    place = chosen(sentence, exclude=[speaker])
    assert place is not None and place.name == "Sumy Oblast"


def test_speaker_words_are_not_the_place_when_another_is_named() -> None:
    sentence = "Officials in Kharkiv said 5 people died in Izium."
    assert chosen_name(sentence, exclude=[(0, sentence.index(" said"))]) == "Izium"


# --- references: "the capital", "the country", "the town" ------------------------------------------


def test_the_capital_is_the_capital_of_the_documents_country() -> None:
    context = read("Ukraine expects more attacks.", "Air defence was busy over Ukraine and Lviv.")
    sentence = "A missile hit a building in a district of the capital."
    place = chosen(sentence, context=context)
    assert place is not None and place.name == "Kyiv" and place.raw == "the capital"


def test_the_country_is_the_documents_country() -> None:
    context = read("Sirens sounded across Moldova.")
    place = chosen("Stations in the west of the country were hit.", context=context)
    assert place is not None and place.name == "Moldova" and place.raw == "the country"


def test_the_country_stays_unresolved_when_two_countries_compete() -> None:
    context = read("Talks in Poland and Lithuania went on.")
    assert chosen("Forces moved across the country.", context=context) is None


def test_owner_mentions_do_not_make_the_documents_country() -> None:
    context = read("Russia's claim was false.", "Russia's army said so.", "Fighting in Ukraine went on.")
    place = chosen("Power cuts hit the country.", context=context)
    assert place is not None and place.name == "Ukraine"


def test_the_hilltop_town_is_the_last_town_named() -> None:
    context = read("Russia is trying to seize the town of Chasiv Yar.")
    place = chosen("Some 20,000 troops are trying to storm the hilltop town.", context=context)
    assert place is not None and place.name == "Chasiv Yar" and place.raw == "the hilltop town"


def test_the_plant_is_in_the_last_settlement_named() -> None:
    context = read("Workers hid in Avdiivka's coke plant.")
    place = chosen("About 300 civilians remain inside the plant.", context=context)
    assert place is not None and place.name == "Avdiivka" and place.raw == "the plant"


def test_the_city_in_the_same_sentence() -> None:
    place = chosen("Shelling hit Izium, and graves were found near the city.", context=PlaceContext())
    assert place is not None and place.name == "Izium"


def test_no_antecedent_no_place() -> None:
    assert chosen("Troops tried to storm the town.", context=PlaceContext()) is None
    assert chosen("Missiles struck the capital.", context=PlaceContext()) is None


def test_antecedent_too_far_back_is_not_used() -> None:
    context = read("Shelling hit Kupiansk.", "Talks went on.", "Nothing changed.", "Aid arrived.")
    assert chosen("Troops tried to storm the town.", context=context) is None


def test_the_nearby_town_is_another_town() -> None:
    context = read("Shelling hit Kupiansk.")
    assert chosen("Troops moved to the nearby town.", context=context) is None


def test_the_city_of_a_named_city_is_that_city() -> None:
    assert [m.place.name for m in find_places("in the city of Sumy", 0, read("Fighting in Kharkiv."))] == ["Sumy"]


def test_a_name_beats_a_reference_on_a_par() -> None:
    context = read("Shelling across Russia.", "Moscow and Russia again.")
    assert chosen("Forces moved into the country and along Belarus.", context=context).name == "Belarus"


def test_reference_in_a_document() -> None:
    text = (
        "Russian forces are trying to seize the town of Chasiv Yar.\n\n"
        "Ukraine's army said 20,000 Russian troops are trying to storm the hilltop town."
    )
    claims = [c for c in extract_claims(text, dt.date(2024, 4, 23)) if c.quantity is not None]
    assert claims and claims[0].place is not None
    assert (claims[0].place.name, claims[0].place.raw) == ("Chasiv Yar", "the hilltop town")


# --- gazetteer data -------------------------------------------------------------------------------


@pytest.mark.parametrize(("country", "capital"), [("Ukraine", "Kyiv"), ("Russia", "Moscow"), ("Kenya", "Nairobi")])
def test_country_capitals(country: str, capital: str) -> None:
    place = load_gazetteer().capital_of(country)
    assert place is not None and place.name == capital and place.country == country


@pytest.mark.parametrize(
    ("adjective", "country"), [("Belarusian", "Belarus"), ("Polish", "Poland"), ("Dutch", "Netherlands")]
)
def test_country_adjectives(adjective: str, country: str) -> None:
    place = load_gazetteer().lookup_adjective(adjective)
    assert place is not None and place.name == country


def test_every_capital_is_a_city_of_its_country() -> None:
    gaz = load_gazetteer()
    bad = {p.name: p.capital for p in gaz.places.values() if p.capital and (
        p.capital not in gaz.places or gaz.places[p.capital].country != p.name)}  # fmt: skip
    assert bad == {}


def test_adjectives_name_only_countries() -> None:
    assert {p.name for p in load_gazetteer().places.values() if p.adjectives and p.kind != "country"} == set()


@pytest.mark.parametrize(
    ("alias", "name", "ancestor"),
    [
        ("Alaska", "Alaska", "United States"),
        ("Łask", "Lask", "Poland"),
        ("Brest region", "Brest Region", "Belarus"),
        ("Osipovichi", "Asipovichy", "Belarus"),
        ("Pokrowsk", "Pokrovsk", "Ukraine"),
        ("Awdijwka", "Avdiivka", "Ukraine"),
        ("Volgograd", "Volgograd", "Russia"),
        ("sub-Saharan Africa", "Sub-Saharan Africa", "Africa"),
        ("North Atlantic", "North Atlantic", "Atlantic Ocean"),
        ("Nato borders", "NATO territory", None),
        ("Ukraine’s east", "Eastern Ukraine", "Ukraine"),
    ],
)
def test_added_gazetteer_entries(alias: str, name: str, ancestor: str | None) -> None:
    gaz = load_gazetteer()
    place = gaz.lookup(alias)
    assert place is not None and place.name == name
    if ancestor:
        assert ancestor in [p.name for p in gaz.ancestors(name)]


def test_curly_apostrophe_aliases_match_in_text() -> None:
    assert [m.place.name for m in find_places("Shelling in Ukraine’s east went on.")] == ["Eastern Ukraine"]


def test_a_region_beats_its_continent_on_a_par() -> None:
    assert chosen_name("Navies in Europe sent ships to Eastern Europe.") == "Eastern Europe"


def test_appositive_describes_the_place_before_it() -> None:
    sentence = "His troops were entering Rostov, a large city in the south of Russia."
    assert roles(sentence)["south of Russia"] == "appositive"
    assert chosen_name(sentence) == "Rostov-on-Don"


def test_preposition_of_another_phrase_does_not_govern_the_place() -> None:
    assert roles("It is aimed at further undermining Europe's security.")["Europe's"] == "owner"


def test_a_towns_possessive_is_still_the_town() -> None:
    assert chosen_name("Kharkiv's mayor said 3 people died.") == "Kharkiv"
    assert chosen_name("Moscow's forces lost 3 tanks.") is None


def test_a_local_office_names_where_it_is() -> None:
    assert roles("The governor of Kharkiv said 12 people were injured.")["Kharkiv"] == "location"


def test_a_country_after_by_is_the_agent() -> None:
    assert roles("The signal was being supplied by Russia, 30 soldiers said.")["Russia"] == "owner"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KYIV, Nov 4 (Reuters) - Russian troops shelled Kherson, killing two civilians, officials said.", "Kherson"),
        ("KYIV, Nov 4 (Reuters) - Two civilians were killed, officials said.", None),
    ],
)
def test_the_dateline_city_is_where_the_story_was_filed_not_a_place_of_it(text: str, place: str | None) -> None:
    (claim,) = [c for c in extract_claims(text, dt.date(2024, 11, 5)) if c.quantity is not None]
    assert (claim.place.name if claim.place else None) == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Reporters found 14 bodies on a street in the western Kyiv suburb of Irpin.", "Irpin"),
        ("Shelling hit 30 homes in the Donetsk region town of Kostiantynivka.", "Kostiantynivka"),
    ],
)
def test_a_name_qualifying_an_area_of_another_is_not_the_place(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Minsk may force its units to fight alongside Russia in Ukraine.", "Ukraine"),
        ("In 1998, the United States and Poland signed a pact; 300 troops went to Lithuania.", "Lithuania"),
    ],
)
def test_a_nearer_preposition_or_a_number_ends_the_search_for_one(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The shells will go to Ukrainian front lines within weeks.", "Ukraine"),
        ("Forty drones struck Ukraine's energy infrastructure overnight.", "Ukraine"),
        ("Troops massed along the border of Belarus.", "Belarus"),
    ],
)
def test_front_lines_infrastructure_and_borders_of_a_country_are_in_it(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


def test_a_possessive_whose_noun_is_left_out_still_owns() -> None:
    sentence = "Spain's force in Latvia grew from 300 to 500, and Portugal's from 100 to 150."
    assert roles(sentence)["Portugal's"] == "owner"
    assert chosen_name(sentence) == "Latvia"


def test_nato_s_east_is_the_eastern_flank() -> None:
    assert chosen_name("Spain's troop presence in NATO's east rose to 600.") == "NATO eastern flank"


# --- parties: a polity accused, thanked, dealt with or governed is no place --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The minister accused Poland of stoking the conflict.", "Poland"),
        ("We are grateful to Japan for its help, she said.", "Japan"),
        ("India kept close ties with Moscow during the war.", "Moscow"),
        ("He said the bloc cannot rely solely on Washington for help.", "Washington"),
        ("Fresh sanctions imposed on Moscow would end all contacts, he said.", "Moscow"),
        ("The bloc adopted sanctions against Iran, the minister said.", "Iran"),
        ("Rockets were handed to the Kyiv regime, the ministry said.", "Kyiv"),
        ("Minsk is not interested in a war, he said.", "Minsk"),
        ("A statement on the page of the Armed Forces of Ukraine said so.", "Ukraine"),
    ],
)
def test_a_polity_named_as_a_party_is_an_owner(sentence: str, name: str) -> None:
    assert roles(sentence)[name] == "owner"
    assert chosen_name(sentence) is None


def test_a_party_leaves_the_place_of_the_event() -> None:
    assert chosen_name("The minister accused Russia of shelling Kharkiv with 40 rockets.") == "Kharkiv"
    assert chosen_name("Officials urged Belarus to pull its 9,000 troops out of Ukraine.") == "Ukraine"


def test_both_sides_of_talks_between_two_polities_are_parties() -> None:
    found = roles("Turkey offered to act as a mediator between Moscow and Kyiv again.")
    assert found["Moscow"] == "owner" and found["Kyiv"] == "owner"


def test_a_place_after_a_plain_preposition_or_a_passive_stays_a_location() -> None:
    assert roles("Troops moved into Ukraine and Moldova.") == {"Ukraine": "location", "Moldova": "location"}
    assert roles("Kharkiv was hit by 12 missiles.")["Kharkiv"] == "plain"
    assert chosen_name("The talks in Moscow ended with no deal, he said.") == "Moscow"
