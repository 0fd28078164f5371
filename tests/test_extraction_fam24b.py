"""Families left by the 24th blind probes (fam24b): parts of a toll named far from it ("including four children"),
numbers that add to or pick from the count before them ("another 300", "1,500 more", "Of these, 1,956"), and the
rules added after them. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims

PUB = dt.date(2024, 3, 5)


def counts(text: str) -> list[tuple[float | None, float | None, str | None]]:
    """(low, high, subject) of each claim with a count."""
    return [(c.quantity.low, c.quantity.high, c.subject) for c in extract_claims(text, PUB) if c.quantity]


def values(text: str) -> list[tuple[float | None, float | None]]:
    return [(low, high) for low, high, _ in counts(text)]


def places(text: str) -> list[str | None]:
    """The place of each claim with a count."""
    return [c.place.name if c.place else None for c in extract_claims(text, PUB) if c.quantity]


# --- a part of a toll named after it, far from the toll's own cue ------------------------------------------------

@pytest.mark.parametrize(("text", "low", "subject"), [
    ("The death toll from the overnight drone strike on the harbour district of the city has climbed to 41, "
     "including six children, the regional council said on Monday.", 6, "people killed"),
    ("The number of people confirmed dead after Sunday's rocket attack on the crowded market rose to 19, "
     "the mayor said, including three teenagers.", 3, "people killed"),
    ("Rescuers said the death toll from the collapse of the apartment block after the missile strike reached 27, "
     "among them eight women.", 8, "people killed"),
    ("The agency said a mission to the besieged clinic found 170 patients still inside, including 12 babies "
     "who needed to be moved to hospital urgently.", 12, "people wounded"),
])
def test_part_of_a_toll_far_from_its_cue(text: str, low: float, subject: str) -> None:
    assert (low, low, subject) in counts(text)


def test_a_part_of_a_plain_head_count_stays_unread() -> None:
    # no casualty anywhere: "five doctors" among 3,000 people is no claim of its own
    assert (5, 5) not in values("The shelter houses 3,000 people from the front, including five doctors, "
                                "the charity said.")


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The army said it had killed more than 4,000 militants since the offensive began, including some 300 in the "
     "northern town of Rivne.", 300, 300),
    ("Police said they detained 400 protesters, including 60 linked to the banned party.", 60, 60),
    ("The minister said troops had arrested more than 1,200 suspects, including over 500 affiliated with the "
     "militia.", 500, None),
])
def test_a_bare_part_after_including(text: str, low: float, high: float | None) -> None:
    assert (low, high) in values(text)


def test_a_bare_part_that_is_no_group_of_people() -> None:
    found = values("The ministry said it had received 2 billion dollars in aid, including 500 from Japan.")
    assert (500, 500) not in found


# --- numbers that go on from the count before them -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ("The mayor said 2,400 residents of the river villages were evacuated this week. Another 500 or so have asked "
     "to leave before the weekend.", 500, 500),
    ("Colonel Petro Hrytsenko said his unit had killed more than 600 enemy fighters in the sector. He added that "
     "about 900 more had been so badly wounded that they would not fight again.", 900, 900),
    ("The ministry said 4,210 foreign fighters had come to the front since March. Of these, 1,020 have been killed "
     "and another 880 have gone home.", 1020, 1020),
    ("The ministry said 4,210 foreign fighters had come to the front since March. Of these, 1,020 have been killed "
     "and another 880 have gone home.", 880, 880),
    ("The governor said 35 houses were damaged overnight. He said 7 more were destroyed on Monday.", 7, 7),
])
def test_numbers_that_go_on_from_a_count(text: str, low: float, high: float | None) -> None:
    assert (low, high) in values(text)


@pytest.mark.parametrize("text", [
    "The mayor said 12 people died in the shelling. He said two more years of war would ruin the city.",
    "The mayor said 12 people died in the shelling. Another 40 kilometres of road were closed.",
    "The mayor said 12 people died in the shelling. In 2021 more than half the town had left.",
])
def test_a_number_that_goes_on_from_nothing_it_counts(text: str) -> None:
    found = values(text)
    assert all(v in {(12, 12)} for v in found), found


def test_an_opening_another_keeps_the_report() -> None:
    claims = extract_claims("The health ministry said 800 people have been killed since the summer. Another "
                            "2,100 people have been reported injured.", PUB)
    by_value = {c.quantity.low: c for c in claims if c.quantity}
    assert by_value[2100].actor is not None and "ministry" in by_value[2100].actor.name.lower()


# --- a home office's country as the place of its own toll ----------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Moldova's health ministry said shelling had killed 14 people over the past day.", "Moldova"),
    ("Syria's civil defence service said 23 people were pulled from the rubble after the raids.", "Syria"),
    ("Georgia's interior ministry said 40 protesters were detained overnight.", "Georgia"),
    ("Armenia's health ministry said 31 people were killed, the worst toll in the country since the war.", "Armenia"),
])
def test_a_home_office_places_its_own_toll(text: str, place: str) -> None:
    assert places(text) == [place]


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said 30 Ukrainian soldiers were killed.",  # an army speaks of a front, not of home
    "Ukraine's General Staff said 23 attacks were repelled.",
])
def test_an_army_is_no_home_office(text: str) -> None:
    assert places(text) == [None]


def test_a_named_place_beats_the_home_office() -> None:
    assert places("Moldova's health ministry said 14 people were killed in Balti.") == ["Balti"]


def test_a_back_reference_to_a_placed_event_keeps_the_home_office_out() -> None:
    found = places("A drone struck a market in central Odesa on Sunday, the governor said. More than 60 people "
                   "were wounded in that attack, according to Ukraine's health ministry.")
    assert len(found) == 1 and found != ["Ukraine"]


# --- a list of countries people fled to is no place of the count ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The agency said 4 million people had been driven from their homes, including about 900,000 who fled abroad, "
    "mainly to Kenya, Uganda and Ethiopia.",
    "The agency said more than 3 million people had left their homes, including 600,000 who crossed into "
    "neighbouring countries such as Kenya and Uganda.",
    "The UN said 250,000 refugees had sought refuge in Kenya, Uganda or Ethiopia since April.",
])
def test_a_list_of_destinations_is_no_place(text: str) -> None:
    assert not {"Kenya", "Uganda", "Ethiopia"} & set(places(text))


def test_one_destination_and_an_origin_stay_places() -> None:
    assert places("The agency said 3,000 people fled to Kenya on Monday.") == ["Kenya"]
    assert places("The ministry said 70,000 people were forced to flee their homes in Tigray and Amhara.") == ["Tigray"]


# --- a title that joins its date with "on" dates the answers under it ------------------------------------------------

@pytest.mark.parametrize("title", [
    "Foreign Ministry Spokesperson Li Wei's Regular Press Conference on March 3, 2024",
    "Transcript of the Deputy Minister's Briefing on 3 March 2024",
    "Remarks by the Ambassador at the Security Council dated March 3, 2024",
])
def test_a_title_joined_to_its_date_dates_the_answers(title: str) -> None:
    text = (f"{title}\n\nQ: How many people were evacuated?\n\n"
            "A: The spokesperson said more than 1,200 citizens had been evacuated so far.\n")
    claims = [c for c in extract_claims(text, dt.date(2024, 3, 4)) if c.quantity]
    assert claims and claims[0].claim_date is not None and claims[0].claim_date.value == dt.date(2024, 3, 3)


def test_a_date_inside_the_title_does_not_date_the_answers() -> None:
    text = ("Press Conference on the Events of March 3, 2024 and Their Aftermath in the Region\n\n"
            "The spokesperson said more than 1,200 citizens had been evacuated so far.\n")
    claims = [c for c in extract_claims(text, dt.date(2024, 3, 9)) if c.quantity]
    assert claims and (claims[0].claim_date is None or claims[0].claim_date.value != dt.date(2024, 3, 3))


# --- a part of a whole owned by a name ending in s ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "part", "whole"), [
    ("The army chief said troops had dismantled 11 of Hamas' 20 battalions.", 11, 20),
    ("The minister said 4 of Ukraine's 9 power plants were damaged.", 4, 9),
    ("The general said troops had destroyed 6 of the separatists’ 15 tanks.", 6, 15),
])
def test_a_part_of_a_possessed_whole(text: str, part: float, whole: float) -> None:
    found = values(text)
    assert (part, part) in found and (whole, whole) in found
