"""Counts and places on unseen text (rules33b, stop 33). Sentences and names written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.war_spans import counts_whole_war

PUBLISHED = dt.date(2025, 3, 12)


def _claims(text: str) -> list[tuple[float | None, str | None]]:
    """(low, place) of every claim with a count read from `text`, in order."""
    return [
        (c.quantity.low, c.place.name if c.place else None)
        for c in extract_claims(text, PUBLISHED)
        if c.quantity is not None
    ]


# --- a whole war's figure is the country's, not the town a report came from ----------------------------------------


def test_a_whole_war_toll_is_the_countrys() -> None:
    text = (
        "KHARTOUM, March 10 (Reuters) - Shelling hit a market in Omdurman on Sunday. "
        "The health ministry said more than 9,400 people had been killed since the war began in April."
    )
    assert _claims(text)[-1] == (9_400.0, "Sudan")


def test_the_first_decade_of_a_conflict_and_a_year_it_began() -> None:
    opening = "Fighting flared again around Aleppo on Tuesday. "
    said = "The Levant Monitoring Network said 4,120 people had died in custody"
    assert _claims(f"{opening}{said} in the first decade of the conflict.")[-1] == (4_120.0, "Syria")
    assert _claims(f"{opening}{said} since 2011.")[-1] == (4_120.0, "Syria")
    assert _claims(f"{opening}{said}.")[-1] == (4_120.0, "Aleppo")  # near miss: no span of the war


def test_near_miss_a_recent_toll_keeps_its_town() -> None:
    text = (
        "KHARTOUM, March 10 (Reuters) - Shelling hit a market in Omdurman on Sunday. "
        "The health ministry said 41 people had been killed since Sunday."
    )
    assert _claims(text)[-1] == (41.0, "Omdurman")


def test_near_miss_a_local_office_or_we_keep_their_town() -> None:
    opening = "Kharkiv came under fire again overnight. "
    said = "The city's mayor said 620 homes had been damaged since the invasion began."
    assert _claims(opening + said)[-1] == (620.0, "Kharkiv")
    assert counts_whole_war("The agency said 310 schools had been rebuilt since 2022.", None, None)
    assert not counts_whole_war("We have rebuilt 310 schools since 2022.", None, None)


def test_near_miss_a_place_the_sentence_names_stays() -> None:
    text = "The ministry said 88 people had been killed in Kharkiv since the start of the war."
    assert _claims(text) == [(88.0, "Kharkiv")]


def test_a_territory_of_no_country_and_a_speaker_named_by_its_country() -> None:
    text = (
        "Strikes hit Rafah overnight, witnesses said. "
        "The relief agency said 64 aid workers had died since the start of the war."
    )
    assert _claims(text)[-1] == (64.0, "Gaza Strip")
    text = (
        "Shelling hit Bakhmut again on Friday. "
        "Ukraine's prosecutor general's office said 212 children had been killed since the start of the invasion."
    )
    assert _claims(text)[-1] == (212.0, "Ukraine")


def test_a_whole_war_count_with_no_place_at_all_is_the_documents_country() -> None:
    text = (
        "Government jets struck Idlib and Aleppo again, and Syria's army said it had repelled an attack. "
        "Syria's foreign ministry rejected the criticism. "
        "The Levant Monitoring Network said it had documented 402,000 deaths since the war began."
    )
    assert _claims(text)[-1] == (402_000.0, "Syria")
    near_miss = text.replace(" since the war began", "")
    assert _claims(near_miss)[-1][1] != "Syria"


# --- where people were heading is not where the count befell them -------------------------------------------------


def test_a_route_or_a_heading_is_where_people_went_not_the_place_left() -> None:
    text = "Some 1,300 civilians got out of Vovchansk by bus via the route towards Chuhuiv, the governor said."
    assert _claims(text) == [(1_300.0, "Vovchansk")]
    text = "Aid workers said 7,500 families left El Obeid in the past fortnight, many of them heading south to Kosti."
    assert _claims(text) == [(7_500.0, "El Obeid")]


def test_near_miss_troops_heading_somewhere_are_placed_there() -> None:
    assert _claims("The army said 30 tanks were heading towards Kupiansk.") == [(30.0, "Kupiansk")]
