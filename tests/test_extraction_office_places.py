"""A claim's place from its speaker's local office (place25, stop 25): a region's or a city's office named in the
speaker's title places a claim whose sentence names no place of its own. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.place_roles import names_local_office, office_region
from claimtrack.extraction.places import find_places
from claimtrack.extraction.speaker_run import adds_to_report

PUBLISHED = dt.date(2024, 5, 1)


def _places(text: str) -> list[str | None]:
    """The place of every claim read from `text`, in order."""
    return [c.place.name if c.place else None for c in extract_claims(text, PUBLISHED)]


# --- the office in the speaker's title -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Poltava City Military Administration said 14 people were injured.", "Poltava"),
        ("Lutsk City Council said nine apartments were destroyed.", "Lutsk"),
        (
            "Head of the Chernihiv Oblast Council Petro Ivanenko said three children were among the injured.",
            "Chernihiv Oblast",
        ),
        (
            "Anna Koval, the head of the Rivne Regional State Administration, said 12 drones were downed.",
            "Rivne Oblast",
        ),
        ("The head of Kyiv's city military administration, Petro Sydor, said 20 drones were shot down.", "Kyiv"),
        ("The Kherson regional police said 3 people were injured.", "Kherson Oblast"),
        ("Zhytomyr Oblast Prosecutor's Office said 3 civilians were killed.", "Zhytomyr Oblast"),
        ("Poltava prosecutors said 3 civilians were wounded.", "Poltava"),
        ("The governor of Russia's Bryansk region, Ivan Petrov, said 2 people were killed.", "Bryansk Oblast"),
        ("Petro Ivanenko, head of Russian-occupied Crimea, said there were no plans to hold a festival.", "Crimea"),
    ],
)
def test_local_office_of_the_speaker_places_the_claim(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chernihiv regional military administration head Petro Ivanenko said 8 were wounded.", "Chernihiv Oblast"),
        ("Poltava Governor Ivan Petrov said 76 explosions were recorded overnight.", "Poltava Oblast"),
        ("Petro Ivanenko, Chernihiv regional governor, said 7 people were killed.", "Chernihiv Oblast"),
        ("Poltava Mayor Ivan Petrov said four people were injured.", "Poltava"),  # a city's office: the city
        ("The mayor of Poltava, Ivan Petrov, said 40 buildings were damaged.", "Poltava"),
    ],
)
def test_a_regional_office_named_by_its_city_is_the_region(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place the claim names beats the speaker's office
        ("Poltava Governor Ivan Petrov said three civilians were killed in Kremenchuk.", "Kremenchuk"),
        # a national body is no local office
        ("Ukraine's state police said 17 people were injured.", None),
        ("The head of Ukraine's military intelligence, Ivan Petrov, said 12 drones were downed.", None),
    ],
)
def test_no_office_place_where_it_does_not_hold(text: str, place: str | None) -> None:
    assert _places(text) == [place]


def test_office_words_keep_the_place_in_the_name() -> None:
    sentence = "The Poltava City Military Administration reported damage."
    assert [m.place.name for m in find_places(sentence)] == ["Poltava"]
    assert find_places("The Poltava Pedagogical University reported damage.") == []  # a longer name, no office


def test_office_region_keeps_a_city_office() -> None:
    sentence = "Poltava mayor Ivan Petrov said"
    mention = find_places(sentence)[0]
    assert names_local_office(sentence, 0, mention)
    assert office_region(sentence, 0, mention).place.name == "Poltava"
    regional = "Poltava regional governor Ivan Petrov said"
    assert office_region(regional, 0, find_places(regional)[0]).place.name == "Poltava Oblast"


# --- the place of the report the claim continues ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # another name of the speaker before, who adds to the report
        (
            "Russian missiles struck Izmail overnight, the regional governor said. Two people were killed and 9 "
            "injured, Petro Ivanenko added.",
            "Izmail",
        ),
        ("Drones hit Uman overnight, the mayor said. Four people were killed, the police added.", "Uman"),
        # the speaker's own words name a country: no place of the claim
        (
            "Ukraine's General Staff said Russian forces attacked Siversk 12 times. Ukraine's General Staff said 3 "
            "soldiers were wounded.",
            "Siversk",
        ),
    ],
)
def test_a_count_continuing_the_report_takes_its_place(text: str, place: str) -> None:
    assert _places(text)[-1] == place


def test_a_national_body_does_not_override_the_place_its_report_gave() -> None:
    text = (
        "Russian drones hit Poltava overnight, Ukraine's State Emergency Service said. Five people were killed, "
        "Ukraine's State Emergency Service said."
    )
    assert _places(text) == ["Poltava", "Poltava"]
    # a place outside the body's country is not the body's report's: the country stays
    text = (
        "A drone struck Belgorod overnight, Ukraine's State Emergency Service said. Five people were killed, "
        "Ukraine's State Emergency Service said."
    )
    assert _places(text)[-1] == "Ukraine"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A Russian missile strike on Uman killed four people on Friday. Fifteen others were wounded, regional "
            "governor Petro Ivanenko said.",
            "Uman",
        ),
        (
            "Russian drones attacked the Poltava region overnight. Two people were wounded, the regional military "
            "administration said.",
            "Poltava Oblast",
        ),
    ],
)
def test_a_bare_local_office_speaks_of_the_place_just_named(text: str, place: str) -> None:
    assert _places(text)[-1] == place


@pytest.mark.parametrize(
    "text",
    [
        # another speaker, no "added": the report changed hands
        "Russian forces shelled Uman overnight, Governor Petro Ivanenko said.\n\nThe air force said 30 drones were "
        "shot down.",
        "Russian forces shelled Uman overnight, Governor Petro Ivanenko said. In a separate development, the "
        "president said 30 drones were shot down.",
        # a turn to another story
        "Russian forces shelled Uman overnight. Separately, two people were wounded, the regional governor said.",
        # a country is no local office's place
        "The president said Russia launched 40 drones at Ukraine. Two people were wounded, the regional governor said.",
        # an office named with its place is no bare office; a toll's scene is two sentences back at most
        "Russian forces shelled Uman overnight. Officials met in the morning. Talks went on. Two people were wounded, "
        "the regional governor said.",
        # a body with no local word may be a government's
        "Russian forces shelled Uman overnight. Three air defence systems will be sent, the administration said.",
        # "adding" is a remark of its own sentence, not a continuation
        "Russian forces shelled Uman overnight, the governor said. The president said 30 drones were downed, adding "
        "that 2 were missed.",
    ],
)
def test_no_place_carried_across_a_change_of_report(text: str) -> None:
    places = [c.place.name if c.place else None for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert places and places[-1] is None, places


def test_adds_to_report_reads_the_verb() -> None:
    assert adds_to_report("added") and adds_to_report("adds")
    assert not adds_to_report("adding") and not adds_to_report("said") and not adds_to_report(None)
