"""Families found by the blind probe probe23b: reporting on wars other than Russia-Ukraine and less common outlets
(state agencies, regional papers, UN and NGO updates).

Every sentence here is written for the test; none is taken from a corpus article or from the probe's articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.gazetteer import load_gazetteer

PUB = dt.date(2023, 11, 16)


def counts(text: str) -> list[tuple[float | None, float | None]]:
    return [(c.quantity.low, c.quantity.high) for c in extract_claims(text, PUB) if c.quantity]


def actors(text: str) -> list[str | None]:
    return [c.actor.name if c.actor else None for c in extract_claims(text, PUB)]


@pytest.mark.parametrize(("text", "value"), [
    ("The armed forces said they had neutralised about forty terrorists near the border town.", (40, 40)),
    ("A spokesman for the army said 15 rebels were taken prisoner in the hills on Monday.", (15, 15)),
    ("The junta said more than 30 jihadists had been killed in air strikes on the camps.", (30, None)),
    ("The interior ministry said 120 separatists had handed in their weapons in the east.", (120, 120)),
    ("Three peacekeepers from Ghana were wounded by a mortar round, the mission said.", (3, 3)),
])
def test_armed_men_named_by_their_enemies_and_peacekeepers_are_counted(text: str, value: tuple) -> None:
    assert value in counts(text)


@pytest.mark.parametrize(("text", "value"), [
    ("The governor said deminers had cleared more than 1,500 explosive devices since the retreat.", (1500, None)),
    ("Police said they had found 12 improvised explosive devices in the abandoned school.", (12, 12)),
    ("The army said its troops had seized some 25 motorcycles and two pickup trucks from the militants.", (25, 25)),
])
def test_devices_and_vehicles_seized_or_cleared_are_counted(text: str, value: tuple) -> None:
    assert value in counts(text)


def test_armed_men_at_a_distance_are_no_count() -> None:
    # a distance is a measure, not a count of the rebels
    assert counts("The minister said the rebels were now 20 kilometres from the provincial capital.") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("The junta said on state television that 14 soldiers had been killed in the ambush.", "Junta"),
    ("The military junta said 14 soldiers had been killed in the ambush near the capital.", "Military junta"),
    ("The regime said 14 soldiers had been killed when rebels attacked the checkpoint.", "Regime"),
])
def test_a_junta_or_regime_speaks_as_a_body(text: str, speaker: str) -> None:
    assert speaker in actors(text)


def test_a_junta_that_is_spoken_about_is_no_speaker() -> None:
    assert "Junta" not in actors("Rebels said they had killed 14 soldiers of the junta in the ambush.")


@pytest.mark.parametrize(("text", "value"), [
    ("The navy said 20 marines were killed when the landing craft was hit.", (20, 20)),
    ("The interior ministry said 120 separatists were killed in the fighting in the east.", (120, 120)),
    ("The army said 35 mariners had been detained after the tanker was seized.", (35, 35)),
    ("The ministry said 14 decoy drones were shot down over the bay.", (14, 14)),
])
def test_a_noun_that_begins_like_a_month_is_no_date(text: str, value: tuple) -> None:
    # "Mar(ines)", "Sep(aratists)", "Mar(iners)", "Dec(oy)": only a whole month word after a number makes a date
    assert value in counts(text)


@pytest.mark.parametrize("text", [
    "The ministry said on 24 February 40 soldiers crossed.",
    "The ministry said the convoy left on 3 Sept. after the talks.",
    "The ministry said the talks ended on 30 May without a deal.",
])
def test_a_day_and_month_is_still_no_count(text: str) -> None:
    assert (24, 24) not in counts(text) and (3, 3) not in counts(text) and (30, 30) not in counts(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rebel boats launched 27 attacks on merchant ships since November, CENTCOM said.", "US Central Command"),
    ("MONUSCO said 12 peacekeepers had been wounded when the base was shelled.", "MONUSCO"),
    ("According to Minusma, 40 civilians were killed in the raid on the market.", "MINUSMA"),
    ("AFRICOM said its strike had killed 15 militants near the coast.", "US Africa Command"),
    ("The United Nations agency for Palestinian refugees, UNRWA, said 30 staff members had been killed.", "UNRWA"),
])
def test_commands_and_missions_with_long_acronyms_are_known_bodies(text: str, speaker: str) -> None:
    assert speaker in actors(text)


def test_a_shouted_word_is_no_acronym_speaker() -> None:
    names = actors("BREAKING: 27 soldiers were killed in the attack, the army said.")
    assert "BREAKING" not in names and "Army" in names


@pytest.mark.parametrize(("text", "speaker"), [
    ("The health ministry in Ramallah says at least 300 people have been killed since October.",
     "Health ministry in Ramallah"),
    ("The Hamas-run health ministry in Gaza said 120 people were killed overnight.",
     "Hamas-run health ministry in Gaza"),
    ("The ministry in Khartoum said 40 soldiers were killed in the attack on the base.", "Ministry in Khartoum"),
])
def test_a_ministry_named_by_its_seat_speaks(text: str, speaker: str) -> None:
    assert speaker in actors(text)


def test_a_ministry_in_a_city_that_was_hit_is_no_speaker() -> None:
    names = actors("A ministry in Kyiv was hit, and 38 people were wounded, police said.")
    assert names == ["Police"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The aid agency, Oxfam, said 60 of its water points had been damaged in the strikes.", "Oxfam"),
    ("The Western alliance, NATO, said 4,000 more troops would be sent to the eastern flank.", "NATO"),
    ("The British defence secretary, Wallace, said 40 soldiers had been trained in the first week.", "Ben Wallace"),
    ("The UN children's agency, UNICEF, said 1,200 children had been killed in the province.", "UNICEF"),
])
def test_a_one_word_name_after_a_description_is_the_speaker(text: str, speaker: str) -> None:
    assert speaker in actors(text)


@pytest.mark.parametrize("text", [
    "The city of Kharkiv, Ukraine, said 40 soldiers had been killed in the shelling.",
    "In Gaza, Hamas, said 40 soldiers had been killed in the shelling.",
])
def test_a_place_and_its_country_is_no_description_and_name(text: str) -> None:
    assert "Ukraine" not in actors(text) and "Hamas" not in actors(text)


def places(text: str) -> list[str | None]:
    return [c.place.name if c.place else None for c in extract_claims(text, PUB) if c.quantity]


@pytest.mark.parametrize(("text", "place"), [
    ("The alliance said it had seized more than 150 army outposts in northern Shan State.", "Shan State"),
    ("The Arakan Army said it had taken 40 police officers prisoner in Rathedaung.", "Rathedaung"),
    ("The SDF said Turkish strikes killed 11 civilians near Kobane on Sunday.", "Kobani"),
    ("The governor said 10 people were wounded when rockets hit Karkamis.", "Karkamis"),
    ("Hezbollah said it destroyed three tanks near Maroun al-Ras.", "Maroun al-Ras"),
    ("The commission said at least 9 civilians were killed in clashes in Gondar.", "Gondar"),
    ("MSF said its teams in Goma had treated more than 50 wounded people in three days.", "Goma"),
    ("The army said 12 soldiers were killed in an attack near Taparko.", "Taparko"),
])
def test_places_on_other_fronts_are_known(text: str, place: str) -> None:
    assert place in places(text)


def test_a_new_place_inherits_its_region_and_country() -> None:
    gaz = load_gazetteer()
    assert [p.name for p in gaz.ancestors("Goma")] == ["North Kivu", "Democratic Republic of the Congo"]
    assert [p.name for p in gaz.ancestors("Namhsan")] == ["Shan State", "Myanmar"]


def test_a_given_name_that_is_also_a_town_is_no_place() -> None:
    assert places("Derik Johnson, a spokesman, said 40 soldiers were killed in the attack.") == [None]


@pytest.mark.parametrize(("text", "value"), [
    ("The army said it killed 203 fighters and arrested 51 others in the village.", (51, 51)),
    ("The police said they had arrested 14 suspects after the bombing.", (14, 14)),
    ("The ministry said 37 had been arrested during the night raids.", (37, 37)),
])
def test_arrests_are_counted_like_detentions(text: str, value: tuple) -> None:
    assert value in counts(text)


def test_a_time_after_arrested_is_no_count() -> None:
    assert counts("He was arrested 3 days ago in the capital, police said.") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("The UN Group of Experts on the DRC said 3,000 foreign soldiers were fighting in the province.",
     "UN Group of Experts on the DRC"),
    ("The Committee on the Elimination of Racial Discrimination said 300 people were detained.",
     "Committee on the Elimination of Racial Discrimination"),
    ("The Committee on Armed Services said 40 officers had been dismissed.", "Committee on Armed Services"),
])
def test_a_body_named_by_its_subject_is_no_country(text: str, speaker: str) -> None:
    assert speaker in actors(text)


def test_experts_on_the_ground_are_no_body_named_by_a_subject() -> None:
    assert not any(a and "ground" in a for a in actors("Experts on the ground said 40 people were killed."))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Another lawmaker, Park Sun-won of the main opposition Democratic Party, said three generals had been killed.",
     "Park Sun-won"),
    ("A commander, Ivan Petrov from the Southern Command, said 40 soldiers were killed in the assault.", "Ivan Petrov"),
    ("The opposition leader, Kemal Ozkan of the Republican People's Party, said 40 soldiers were killed.",
     "Kemal Ozkan"),
])
def test_a_name_and_the_body_of_its_bearer_in_apposition_is_the_speaker(text: str, speaker: str) -> None:
    assert speaker in actors(text)


def test_a_body_described_in_apposition_is_no_name_of_a_body() -> None:
    # a lowercase description, not a name and its party
    assert actors("The Kremlin, the heart of Russian power, said 40 soldiers were killed.") == ["Kremlin"]
