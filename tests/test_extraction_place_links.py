"""Possessive pronouns before a geographic noun point back to a polity; a speaker's title places the office."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.place_links import bordering_area_mentions, outside_speaker_titles, pronoun_mentions
from claimtrack.extraction.places import find_places


def linked(sentence: str, affiliation: str | None = None) -> list[tuple[str, str]]:
    return [(m.raw, m.place.name) for m in pronoun_mentions(sentence, 0, find_places(sentence), affiliation)]


def claim_places(text: str) -> list[str | None]:
    return [c.place.name if c.place else None for c in extract_claims(text, dt.date(2022, 5, 10))]


@pytest.mark.parametrize(
    "sentence, raw, name",
    [
        ("Russia has massed 100,000 troops along its borders.", "its borders", "Russia"),
        ("Belarus has moved 20 battalions to its southern border.", "its southern border", "Belarus"),
        ("Minsk is testing 12 brigades on its own territory.", "its own territory", "Belarus"),
        ("The Ukrainians would not attack with 100,000 soldiers around their borders.", "their borders", "Ukraine"),
        ("Moscow said the Lithuanians had 30 jets over their territory.", "their territory", "Lithuania"),
        ("Russia says Kyiv wants to retake all of its territory.", "its territory", "Ukraine"),
    ],
)
def test_a_pronoun_points_back_to_the_nearest_polity(sentence: str, raw: str, name: str) -> None:
    assert linked(sentence) == [(raw, name)]


def test_whose_with_no_polity_before_is_the_speakers_country() -> None:
    sentence = "As the leader of a nation on whose borders there are 90,000 troops, I know the answer."
    assert linked(sentence) == []
    assert linked(sentence, "Ukraine") == [("whose borders", "Ukraine")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia withdrew 5 units from near its border with Ukraine.",  # the named side places it
        "The company moved its headquarters to 3 new offices.",  # no geographic noun
        "They said 40 soldiers crossed the border.",  # no polity to point back to
    ],
)
def test_no_pronoun_place(sentence: str) -> None:
    assert linked(sentence) == []


def test_a_pronoun_places_a_claim() -> None:
    assert claim_places("The minister Olena Koval said Belarus has moved 20 battalions to its southern border.") == [
        "Belarus"
    ]


# --- a speaker's title ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Admiral John Smith, the commander of US naval forces in Europe, said Russia has 40 warships.",
        "General Jan Novak, head of the US army in Europe, told Congress that 300,000 Russian soldiers were lost.",
    ],
)
def test_a_title_does_not_place_the_claim(text: str) -> None:
    assert claim_places(text) == [None]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Oleh Ivanov, the governor of Sumy region, said 5 people were killed.", "Sumy Oblast"),
        # a regional office named by its city's name is the region's (place25)
        ("Ivan Koval, head of the Kharkiv regional administration, said 12 houses burned.", "Kharkiv Oblast"),
        ("Admiral John Smith, the commander of US naval forces in Europe, said 40 warships sailed to Crimea.",
         "Crimea"),
    ],
)
def test_a_local_office_or_a_place_outside_the_title_still_places_it(text: str, name: str) -> None:
    assert claim_places(text) == [name]


def test_titles_are_cut_only_inside_the_speakers_words() -> None:
    sentence = "Officials said 3 ships, the pride of the fleet in Sevastopol, sank."
    mentions = find_places(sentence)
    assert outside_speaker_titles(sentence, 0, mentions, [(0, 9)]) == mentions


# --- a person's office ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Chancellor of Austria, Hans Berger, said the sanctions were working.",
        "Norway Prime Minister Lena Dahl said aid would continue.",
        "Kyiv has invited Ohio Governor Mark Reed to visit after the Republican dismissed the war as a quarrel.",
        "The minister said the offensive had stalled, echoing comments from his French counterpart.",
        "The leaders of Canada, Spain and Italy will join the call, an official said.",
        "The former president of Hungary stated that peace talks had failed.",
    ],
)
def test_the_place_of_a_persons_office_does_not_place_the_claim(text: str) -> None:
    assert claim_places(text) == [None]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Federal Chancellor of Austria, Hans Berger, says the war against Ukraine must end.", "Ukraine"),
        # the speaker's local office; a governor's is the region (place25)
        ("Kharkiv Governor Oleh Petrenko said three people were injured.", "Kharkiv Oblast"),
        ("The leader of the DPR, Ivan Sokol, said 40 shells hit Donetsk overnight.", "Donetsk"),
        ("Spain's envoy met Polish President Adam Nowak and said 300 refugees had reached Spain.", "Spain"),
    ],
)
def test_a_place_beside_an_office_still_places_the_claim(text: str, name: str) -> None:
    assert claim_places(text) == [name]


# --- areas named by their neighbour ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("The army said Minsk is testing its readiness in regions that border Ukraine.", "Belarus"),
        ("The ministry said Belarus is holding drills with 20 battalions in areas bordering Ukraine.", "Belarus"),
        ("Officials said Russia has deployed 10,000 troops to regions adjacent to Ukraine.", "Russia"),
    ],
)
def test_areas_bordering_a_neighbour_are_the_actors(text: str, name: str) -> None:
    assert claim_places(text) == [name]


def test_areas_bordering_a_neighbour_with_no_actor_are_left_alone() -> None:
    sentence = "Officials said 10,000 troops were deployed to regions bordering Ukraine."
    mentions = find_places(sentence)
    assert bordering_area_mentions(sentence, 0, mentions) == mentions
