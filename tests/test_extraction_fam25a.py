"""Miss family of blind probe 25 (fam25a): the items of a bulleted, dashed or numbered list whose speaker and date are
in the lead-in line above it ("The army said on Monday that the enemy had lost:" then "- 410 tanks"). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 5, 17)  # a Friday


def _counted(text: str) -> list[ExtractedClaim]:
    return [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]


def _who(text: str) -> dict[float | None, str | None]:
    """The speaker of each count read from `text`, by its lower bound (its upper one when it has none)."""
    out: dict[float | None, str | None] = {}
    for c in _counted(text):
        assert c.quantity is not None
        out[c.quantity.low if c.quantity.low is not None else c.quantity.high] = c.actor.name if c.actor else None
    return out


# --- the items of a list are its lead-in's speaker's ------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["- ", "• ", "* ", "— ", "– ", "· "])
def test_every_item_of_a_bulleted_list_is_the_lead_in_speakers(marker: str) -> None:
    text = (
        "Losses reported\n\n"
        "The Ukrainian army said on Wednesday that the invaders had lost since February:\n"
        f"{marker}410 tanks\n"
        f"{marker}875 armoured vehicles;\n"
        f"{marker}field guns – 233\n"
    )
    claims = _counted(text)
    assert {c.quantity.low for c in claims if c.quantity} == {410.0, 875.0, 233.0}
    for c in claims:
        assert c.actor is not None and "army" in c.actor.name.lower()
        assert c.claim_date is not None and c.claim_date.value == dt.date(2024, 5, 15)  # the lead-in's Wednesday


def test_numbered_items_and_a_line_of_two_numbered_items() -> None:
    text = (
        "Aid announced\n\n"
        "The Danish defence ministry said on Thursday its next shipment holds:\n"
        "1. 14 howitzers\n"
        "2) up to 9,000 shells\n"
        "3) six radars; 4) 40 trucks\n"
    )
    who = _who(text)
    assert set(who) == {14.0, 9000.0, 6.0, 40.0}
    assert all(name is not None and "ministry" in name.lower() for name in who.values())


def test_a_noun_first_item_keeps_its_days_change_as_the_bulletins_do() -> None:
    text = (
        "Tally\n\n"
        "The General Staff said on Friday that the enemy had lost:\n"
        "- tanks — 7,420 (+11)\n"
        "- drones — 9,880 (+35)\n"
    )
    claims = _counted(text)
    lows = sorted(c.quantity.low for c in claims if c.quantity and c.quantity.low is not None)
    assert lows == [11.0, 35.0, 7420.0, 9880.0]
    assert all(c.actor is not None and c.actor.name.startswith("General Staff") for c in claims)


def test_items_that_are_clauses_with_a_verb_and_the_place_of_the_lead_in() -> None:
    text = (
        "Shelling overnight\n\n"
        "The Sumy regional administration said on Thursday the shelling of Shostka had:\n"
        "— killed four residents,\n"
        "— injured at least 12 more;\n"
        "— damaged 30 houses in Konotop.\n"
    )
    claims = {c.quantity.low or c.quantity.high: c for c in _counted(text) if c.quantity}
    assert set(claims) == {4.0, 12.0, 30.0}
    assert all(c.actor is not None and "administration" in c.actor.name.lower() for c in claims.values())
    assert all(c.claim_date is not None and c.claim_date.value == dt.date(2024, 5, 16) for c in claims.values())
    assert claims[4.0].place is not None and claims[4.0].place.name == "Shostka"
    assert claims[12.0].place is not None and claims[12.0].place.name == "Shostka"
    assert claims[30.0].place is not None and claims[30.0].place.name == "Konotop"  # its own place


def test_an_item_with_a_speaker_of_its_own_keeps_it() -> None:
    text = "Strike\n\nThe mayor said on Friday the strike had:\n- killed five people;\n- wounded 16, the police said.\n"
    who = _who(text)
    assert who[5.0] is not None and "mayor" in who[5.0].lower()
    assert who[16.0] is not None and "police" in who[16.0].lower()


# --- near misses ----------------------------------------------------------------------------------------------------


def test_a_list_whose_lead_in_names_no_speaker_is_the_outlets_own() -> None:
    text = (
        "What we know\n\n"
        "Russia has lost, by our count:\n"
        "- 300 tanks\n"
        "- 120 jets\n\n"
        "Related:\n"
        "- 12 drones downed over Odesa\n"
        "- 30 missiles fired at Lviv\n"
    )
    assert all(c.actor is None for c in extract_claims(text, PUBLISHED))


def test_a_list_of_no_counts_makes_no_claim() -> None:
    text = (
        "Plans\n\n"
        "The finance minister said on Tuesday the programme sets out:\n"
        "- March 2025\n"
        "- the year 2026\n"
        "- $3 billion in loans\n"
        "- 35% of the budget\n"
        "- 4 min read\n"
    )
    claims = extract_claims(text, PUBLISHED)
    assert not [c for c in claims if c.quantity is not None]
    assert all(c.mentions[0].sentence.startswith("The finance minister") for c in claims)


def test_the_list_ends_at_a_line_that_is_no_item() -> None:
    text = (
        "Evacuation\n\n"
        "The governor said on Monday:\n"
        "- 200 people were evacuated from Vovchansk.\n"
        "Separately, 40 people left the city of Kupiansk.\n"
        "- 25 houses were damaged in Izium.\n"
    )
    who = _who(text)
    assert who[200.0] is not None and "governor" in who[200.0].lower()
    assert 40.0 not in who and 25.0 not in who  # the outlet's own counts: no claim


def test_a_dashed_line_after_a_paragraph_below_the_header_is_no_item_of_its_list() -> None:
    text = (
        "Talks\n\n"
        "The minister wrote on Telegram:\n"
        "We will not give up our land.\n"
        "- 18 drones were shot down over the city.\n"
    )
    assert _who(text) == {}


# --- a lead-in whose speaker is the agent of a participle: "the package announced by the Pentagon" -------------------


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ("The $250 million tranche announced by the Pentagon on Wednesday includes:", "Pentagon"),
        ("The latest losses reported by the General Staff on Wednesday are:", "General Staff"),
    ],
)
def test_the_agent_of_an_announcing_participle_speaks_for_the_list(lead_in: str, speaker: str) -> None:
    text = f"Figures\n\n{lead_in}\n- 18 howitzers\n- 60 armoured trucks\n"
    claims = _counted(text)
    assert {c.quantity.low for c in claims if c.quantity} == {18.0, 60.0}
    assert all(c.actor is not None and c.actor.name.startswith(speaker) for c in claims)
    assert all(c.claim_date is not None and c.claim_date.value == dt.date(2024, 5, 15) for c in claims)


def test_no_agent_for_a_cited_speaker_nor_a_day_after_by() -> None:
    cited = _who("Talks\n\nThe border is calm, a general cited by Reuters said on Friday, and 300 troops left.")
    assert cited.get(300.0) != "Reuters"
    by_day = _who("Talks\n\nThe ministry confirmed by Monday that 12 soldiers had died.")
    assert by_day[12.0] is not None and "inistry" in by_day[12.0]
