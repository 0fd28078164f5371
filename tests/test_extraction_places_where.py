"""Place rules for where a claim happens: targets and asides after a name, venues of speech, border sides."""

from __future__ import annotations

import pytest

from claimtrack.extraction.places import choose_place, find_places


def chosen_name(sentence: str) -> str | None:
    place = choose_place(sentence, 0, find_places(sentence), [])
    return place.name if place else None


def roles(sentence: str) -> dict[str, str]:
    return {m.raw: m.role for m in find_places(sentence)}


# --- a polity something weighs on is not where it happens -----------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The war is taking a heavy toll on Russia, with 600 soldiers lost a day.", "Russia"),
        ("Brussels agreed new sanctions on Belarus as 200 people were held.", "Belarus"),
        ("Washington kept up the pressure on Moscow after 40 diplomats left.", "Moscow"),
        ("The embargo on Iran hit 12 refineries.", "Iran"),
    ],
)
def test_a_polity_weighed_on_is_no_place(sentence: str, name: str) -> None:
    assert roles(sentence)[name] == "owner"
    assert chosen_name(sentence) is None


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Russia's war on Ukraine has killed 9,000 civilians.", "Ukraine"),  # a war is fought there
        ("Russian pressure on Avdiivka has cost 800 lives.", "Avdiivka"),  # a town is no polity
        ("The shelling on Kherson killed 4 people.", "Kherson"),
    ],
)
def test_on_after_other_nouns_still_locates(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


# --- an adverb or a time phrase between a polity and its verb -------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Russia over the past day lost 900 soldiers and 12 tanks.", "Russia"),
        ("The Russian Federation in the last 24 hours has lost 700 troops.", "Russian Federation"),
        ("The tally shows that Russia, over the past day, has lost 640 troops.", "Russia"),
        ("Russia overnight launched 45 drones.", "Russia"),
        ("Belarus reportedly sent 20 trains of ammunition.", "Belarus"),
        ("Russia of the last day has lost 15 tanks.", "Russia"),
    ],
)
def test_a_polity_acting_after_an_aside_is_an_owner(sentence: str, name: str) -> None:
    assert roles(sentence)[name] == "owner"


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Officials said 30 people were killed in Ukraine over the past day.", "Ukraine"),  # governed by "in"
        ("Kharkiv over the past day was shelled 40 times.", "Kharkiv"),  # undergoes: passive
        ("Ukraine, yesterday, saw 14 attacks.", None),  # acts (a polity): owner
    ],
)
def test_an_aside_keeps_locations_and_passives(sentence: str, place: str | None) -> None:
    assert chosen_name(sentence) == place


# --- where the speaker spoke loses to where the claim happens -------------------------------------


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("At a press conference in Kyiv, the general said 30 civilians were killed in Kharkiv.", "Kharkiv"),
        ("Speaking in Vilnius, the minister said 500 troops would stay in Poland.", "Poland"),
        ("During a visit to Lviv, she said 20 people died in Odesa.", "Odesa"),
        ("At the summit in Madrid, the leaders said 40,000 troops were ready.", "Madrid"),  # alone: kept
    ],
)
def test_a_venue_loses_to_the_place_of_the_claim(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


# --- a country named as a border's side -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("At a briefing in Geneva, he said 100,000 troops were gathering on the border with Ukraine.", "Ukraine"),
        ("It is a war in Eastern Europe: 130,000 troops stand at the borders of Ukraine.", "Ukraine"),
        ("At the meeting in Riga, the minister said 9,000 soldiers guarded the Polish border.", "Poland"),
        ("Shelling hit 12 villages in the Sumy region near the Russian border.", "Sumy Oblast"),  # tie: first
        ("Troops near the border with Belarus shelled 3 villages in Chernihiv.", "Chernihiv"),  # a city: nearer
        ("Shelling in the Belarus-Ukraine border area hit 4 homes.", "Belarus"),  # both sides alike: the first
        ("Speaking in Kyiv, she said 5,000 troops massed on the Russia–Ukraine border.", "Russia"),
    ],
)
def test_a_border_side_is_placed_like_a_region(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Russia must pull 100,000 troops back from its border with Ukraine and stop shelling in eastern Ukraine.",
         "Eastern Ukraine"),  # a part of the country located in the sentence is more precise
        ("Troops gather on the border with Ukraine, voicing threats against Kyiv.", "Ukraine"),  # Kyiv: not located
    ],
)
def test_a_located_part_of_the_border_country_beats_the_border(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place
