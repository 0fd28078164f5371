"""Field values of found claims (issue #3, stop 20): the date of a telling past its addressee, a fronted date before
asides and a title, "said this at <setting> on <day>", a share's reference total, a place in a relative aside."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.date_roles import past_the_addressee
from claimtrack.extraction.places import choose_place, find_places

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def first_claim(text: str):
    claims = [c for c in extract_claims(text, PUBLISHED) if c.actor is not None]
    assert claims, text
    return claims[0]


def claim_date(text: str) -> str | None:
    ref = first_claim(text).claim_date
    return ref.value.isoformat() if ref is not None and ref.value is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chancellor told his Italian counterpart Giorgia Meloni earlier on Tuesday that 5,000 troops would "
         "stay.", "2024-03-12"),
        ("The general assured his Turkish counterpart Hulusi Akar in a phone call on Wednesday that 40 ships were "
         "in port.", "2024-03-13"),
        ("Mr Scholz informed Polish Prime Minister Donald Tusk during their meeting on Monday that 12 tanks had "
         "been shipped.", "2024-03-11"),
        ("The president warned her Lithuanian colleagues Gitanas Nauseda later on Friday that 30 drones had "
         "crossed the border.", "2024-03-08"),
    ],
)
def test_a_date_after_the_person_told_dates_the_telling(text: str, expected: str) -> None:
    assert claim_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own between the person told and the date: the date is its event's
        "The general told his Turkish counterpart Hulusi Akar the ships sank near Odesa on Wednesday.",
        # a verb that tells no one: the long stretch is not an addressee
        "The general said his Turkish counterpart Hulusi Akar in a phone call on Wednesday had agreed.",
    ],
)
def test_no_telling_date_past_a_clause_or_without_a_telling_verb(text: str) -> None:
    assert claim_date(text) is None


def test_past_the_addressee_keeps_what_is_not_an_addressee() -> None:
    assert past_the_addressee("told", " his French counterpart Emmanuel Macron earlier ") == "earlier "
    clause = " reporters troops crossed the border "
    assert past_the_addressee("told", clause) == clause
    assert past_the_addressee("said", " Emmanuel Macron earlier ") == " Emmanuel Macron earlier "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday, on state television, Deputy Foreign Minister Sergei Ryabkov stated that 20 brigades were "
         "ready.", "2024-03-08"),
        ("On Tuesday, via Telegram, Kharkiv governor Oleh Synehubov reported that 4 people were killed.",
         "2024-03-12"),
        ("On Monday, on the sidelines of the summit, NATO Secretary General Jens Stoltenberg said 300,000 troops "
         "were on high readiness.", "2024-03-11"),
    ],
)
def test_a_fronted_date_before_asides_and_a_title_dates_the_saying(text: str, expected: str) -> None:
    assert claim_date(text) == expected


def test_a_fronted_date_before_a_clause_of_its_own_is_the_event() -> None:
    assert claim_date("On Monday, on the front line, troops destroyed 12 tanks, the ministry said.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The speaker of the Latvian parliament said this at a joint briefing with his Polish counterpart in "
         "Warsaw on Tuesday, February 6.", "2024-02-06"),
        ("The minister said so during a press conference in Riga on Monday.", "2024-03-11"),
        ("The mayor said this in a long interview with a local radio station in Lviv on Wednesday.", "2024-03-13"),
    ],
)
def test_said_this_then_the_setting_and_the_day(text: str, expected: str) -> None:
    assert claim_date(text) == expected


def test_said_this_after_an_event_clause_is_not_dated_by_it() -> None:
    assert claim_date("The minister said this at a meeting held after the shelling of a school in Riga on "
                      "Monday.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The speaker said this at a briefing in Warsaw on Tuesday, February 6.", "2024-02-06"),
        ("On Friday, March 1, the ministry said 12 drones were downed.", "2024-03-01"),
        ("The governor reported on Sunday, Feb. 25, 2024 that 3 people were hurt.", "2024-02-25"),
    ],
)
def test_a_weekday_before_its_date_is_one_day(text: str, expected: str) -> None:
    assert claim_date(text) == expected


def counts(text: str) -> list[float | None]:
    return [c.quantity.low for c in extract_claims(text, PUBLISHED) if c.quantity is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Just 17 heads of state are attending this year, the Kremlin has confirmed, less than half of the 43 "
         "heads of state that attended in 2019.", [17.0]),
        ("Only 12 ships returned to port, the navy said, fewer than a third of the 40 ships that sailed in May.",
         [12.0]),
        ("Some 300 tanks were repaired, the ministry said, about two-thirds of the 450 tanks damaged last year.",
         [300.0]),
    ],
)
def test_the_whole_a_count_is_compared_with_is_no_count(text: str, expected: list[float]) -> None:
    assert counts(text) == expected


def test_a_share_of_a_count_opening_the_clause_keeps_the_count() -> None:
    assert counts("More than half of the 200 drones launched overnight were shot down, the air force said.") \
        == [200.0]
    assert counts("The army lost 40 tanks, and half of the 120 soldiers in the unit were wounded, the general "
                  "said.") == [40.0, 120.0]


def place_of(sentence: str) -> str | None:
    ref = choose_place(sentence, 0, find_places(sentence), [])
    return ref.name if ref is not None else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia is deploying a sizable formation in Belarus from its eastern garrisons, which stretch from the "
         "Pacific coast to Siberia.", "Belarus"),
        ("The unit was sent to Moldova from the Central Military District (CMD), which covers the Urals and "
         "Siberia.", "Moldova"),
        ("Moscow accused Poland of sending troops to the border with Belarus, a move that has raised alarm in "
         "Berlin.", "Belarus"),
        ("The brigade was moved to Moldova, whose breakaway region borders Odesa.", "Moldova"),
    ],
)
def test_a_place_in_a_relative_aside_loses_to_the_claims_own(sentence: str, expected: str) -> None:
    assert place_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the aside's place is the only one: it stays
        ("Russia launched missiles overnight, which damaged a power plant in Kharkiv.", "Kharkiv"),
        # an aside with a count of its own is a claim of its own
        ("Russia struck Ukraine on Monday, in which strike 12 people died in Kharkiv.", "Kharkiv"),
        # the aside takes up a place ("which" is the region): it places what it describes
        ("The seizure of the region, which covers most of eastern Ukraine, was the goal.", "Eastern Ukraine"),
        # the aside holds the saying: it is the claim
        ("The aid was welcomed in Moldova by the envoy, who stressed that it would go to Odesa.", "Odesa"),
    ],
)
def test_a_relative_aside_place_stays_when_nothing_else_or_it_holds_a_count(sentence: str, expected: str) -> None:
    assert place_of(sentence) == expected


def speaker_of(text: str) -> str | None:
    claim = first_claim(text)
    return claim.actor.name if claim.actor is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sanctions must stay, the Ukrainian and Dutch honorary consuls wrote in a joint letter.",
         "honorary consuls"),
        ("Polish and Czech officials said 40 trucks were stuck at the border.", "officials"),
        ("The Estonian and Latvian foreign ministers said the sanctions must stay.", "foreign ministers"),
    ],
)
def test_coordinated_side_adjectives_share_the_head_that_speaks(text: str, expected: str) -> None:
    assert speaker_of(text) == expected


def test_coordinated_sides_of_a_body_stay_a_side() -> None:
    # "intelligence" is a body's head: each side has its own, the first speaks as before
    assert speaker_of("British and French intelligence said 20,000 troops were massed near Kharkiv.") \
        == "United Kingdom"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crash likely resulted from the pilot's aggression, according to former astronaut and Navy captain, "
         "Sen. Mark Kelly.", "Mark Kelly"),
        ("The drone was probably lost to jamming, according to retired US Army colonel, Douglas Macgregor.",
         "Douglas Macgregor"),
        ("Russia has lost 300 tanks near Avdiivka, according to former CIA officer and analyst, Dr. Jane Smith.",
         "Jane Smith"),
    ],
)
def test_a_description_holding_a_name_then_the_speakers_name(text: str, expected: str) -> None:
    assert speaker_of(text) == expected


def test_a_description_not_ending_in_a_title_takes_no_name_after_it() -> None:
    # "US Army estimates" is no role: "Kyiv" after it is a place, not the speaker in apposition
    speaker = speaker_of("Russia lost 300 tanks, according to leaked US Army estimates, Kyiv reported.")
    assert speaker is not None and "US Army" in speaker
