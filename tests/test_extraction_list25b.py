"""Branch list25b (issue #3): the items of a list set out without markers, one short line each, under a lead-in line
that names a speaker ("The army said on Monday the enemy had lost:" then "tanks – 410;"), are the lead-in's
speaker's; a "place – N" item counts what the lead-in names. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.list_items import ends_with_full_stop, is_unmarked_item
from claimtrack.extraction.quantities import find_counts, placed_item_counts
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 5, 17)  # a Friday


def _counted(text: str) -> list[ExtractedClaim]:
    return [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]


def _by_value(text: str) -> dict[float, ExtractedClaim]:
    """The counted claims of `text` by their lower bound (their upper one when they have none)."""
    out: dict[float, ExtractedClaim] = {}
    for c in _counted(text):
        assert c.quantity is not None
        value = c.quantity.low if c.quantity.low is not None else c.quantity.high
        assert value is not None
        out[value] = c
    return out


def _speaker(claim: ExtractedClaim) -> str:
    return claim.actor.name.lower() if claim.actor is not None else ""


# --- what reads as an item ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "field guns – 233;",
        "armoured personnel carriers – 1,410,",
        "Sumy region – 7",
        "300 anti-tank mines;",
        "4,000 helmets and 900 radios.",  # the last item: a full stop, no finite verb
        "Multiple Launch Rocket Systems – 12",  # title case, but a number in it
        "  drones — 88 (+5)  ",
    ],
)
def test_short_lines_that_are_no_sentence_are_items(line: str) -> None:
    assert is_unmarked_item(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nobody was hurt in the attack.",  # a sentence: a finite verb and a full stop
        "The governor said 40 houses were damaged.",
        "Where are the missing soldiers?",
        "Casualties by region:",  # a new lead-in
        "Reaction From The Allies",  # a subhead in title case
        "WHAT HAPPENED OVERNIGHT",  # in capitals
        "The regional prosecutor's office opened a criminal case into the shelling of the village and residents "
        "are being moved out,",  # too long for an item
        "",
    ],
)
def test_sentences_subheads_and_lead_ins_are_no_items(line: str) -> None:
    assert not is_unmarked_item(line)


def test_an_item_ending_in_a_full_stop_closes_a_list() -> None:
    assert ends_with_full_stop("field guns – 233.")
    assert ends_with_full_stop('"about 40 tanks."')
    assert not ends_with_full_stop("field guns – 233;")


# --- the items are the lead-in's speaker's ---------------------------------------------------------------------------


def test_an_unmarked_list_of_nouns_and_counts_is_the_lead_ins_speakers_and_dated_by_it() -> None:
    text = (
        "Losses\n\n"
        "The Ukrainian army said on Wednesday that the invaders' losses since February are as follows:\n\n"
        "tanks – 412;\n"
        "armoured vehicles – 870;\n"
        "field guns – 231,\n"
        "cruise missiles – 95.\n\n"
        "Kyiv has repeatedly asked its allies for more air defence.\n"
    )
    claims = _by_value(text)
    assert set(claims) == {412.0, 870.0, 231.0, 95.0}
    for c in claims.values():
        assert "army" in _speaker(c)
        assert c.claim_date is not None and c.claim_date.value == dt.date(2024, 5, 15)


def test_items_with_several_counts_each_make_several_claims_blank_lines_between_items() -> None:
    text = (
        "Aid\n\n"
        "According to a statement issued by the Dutch defence ministry, the shipment contains:\n\n"
        "120 anti-tank mines;\n\n"
        "3,000 rifles, 600 pistols, and 250 shotguns;\n\n"
        "18 trucks and 4 radars.\n\n"
        "The first deliveries are expected next month, officials in The Hague said on Friday.\n"
    )
    claims = _by_value(text)
    assert set(claims) == {120.0, 3000.0, 600.0, 250.0, 18.0, 4.0}
    assert all("ministry" in _speaker(c) for c in claims.values())


def test_a_list_whose_items_all_end_in_a_full_stop() -> None:
    text = (
        "Tally\n\n"
        "The navy said on Thursday it had destroyed:\n"
        "Landing ships – 6.\n"
        "Patrol boats – 11.\n"
        "Sea drones – 23.\n"
    )
    claims = _by_value(text)
    assert set(claims) == {6.0, 11.0, 23.0}
    assert all("navy" in _speaker(c) for c in claims.values())


def test_a_place_and_a_bare_number_count_the_lead_ins_noun_in_that_place() -> None:
    text = (
        "Night attack\n\n"
        "According to the Air Force, the drones were destroyed over the following regions on Thursday:\n\n"
        "Poltava region – 5;\n"
        "Sumy region – 9;\n"
        "Kirovohrad region – about 3.\n"
    )
    claims = _by_value(text)
    assert set(claims) == {5.0, 9.0, 3.0}
    for c in claims.values():
        assert "air force" in _speaker(c)
        assert c.quantity is not None and c.quantity.unit == "drones"
    assert claims[9.0].place is not None and "Sumy" in claims[9.0].place.name


def test_placed_item_counts_needs_a_place_pair_and_a_counted_noun_in_the_lead_in() -> None:
    lead_in = "The police said the looters were detained in these districts:"
    assert placed_item_counts("Shevchenkivskyi district – 14;", 0, lead_in)  # "looters" is counted
    assert not placed_item_counts("Shevchenkivskyi district – 14;", 0, "The police listed these districts:")
    assert not placed_item_counts("Tanks – 269;", 0, lead_in)  # a counted noun of its own, not a place
    assert not placed_item_counts("March – 14;", 0, lead_in)  # a month
    assert not placed_item_counts("Kharkiv region – 2023;", 0, lead_in)  # a year
    assert not placed_item_counts("Kharkiv region, where 14 were held;", 0, lead_in)


def test_pistols_and_shotguns_are_counted() -> None:
    assert [c.unit for c in find_counts("It holds 200 pistols and 75 shotguns.")] == ["pistols", "shotguns"]


def test_according_to_a_document_released_by_a_body_is_that_bodys() -> None:
    claims = _by_value("According to a fact sheet released by the Pentagon, the package holds 90 howitzers.")
    assert "pentagon" in _speaker(claims[90.0])


# --- near misses ----------------------------------------------------------------------------------------------------


def test_a_document_with_no_author_named_speaks_for_no_one() -> None:
    claims = _by_value("According to a statement released on Monday, the package holds 90 howitzers.")
    assert 90.0 not in claims or claims[90.0].actor is None  # the outlet's own count: no claim


def test_an_unmarked_list_under_a_lead_in_with_no_speaker_is_the_outlets_own() -> None:
    text = "What we know\n\nHere is what happened overnight:\n\ndrones – 40;\nmissiles – 6;\nOdesa region – 12.\n"
    assert all(c.actor is None for c in extract_claims(text, PUBLISHED))


def test_the_list_ends_at_a_sentence_and_at_the_full_stop_of_its_last_item() -> None:
    text = (
        "Strikes\n\n"
        "The governor wrote on Telegram on Tuesday that the enemy had launched:\n"
        "drones – 14;\n"
        "missiles – 2.\n"
        "30 drones downed over Kharkiv\n"  # the next story's headline: no item after the last one
        "42 shells were fired at Nikopol.\n"
    )
    claims = _by_value(text)
    assert "governor" in _speaker(claims[14.0]) and "governor" in _speaker(claims[2.0])
    assert 42.0 not in claims or claims[42.0].actor is None  # after the last item: the outlet's own
    assert 30.0 not in claims or claims[30.0].actor is None


def test_a_subhead_ends_the_list() -> None:
    text = (
        "Tally\n\n"
        "The General Staff said on Friday the enemy had lost:\n"
        "tanks – 17;\n"
        "Elsewhere In The Region\n"
        "drones – 40;\n"
    )
    claims = _by_value(text)
    assert "general staff" in _speaker(claims[17.0])
    assert 40.0 not in claims or claims[40.0].actor is None


def test_items_of_money_dates_and_percentages_make_no_claim() -> None:
    text = (
        "Budget\n\n"
        "The finance minister said on Tuesday the plan sets out:\n"
        "spending – $4 billion;\n"
        "the deadline – March 2025;\n"
        "the share of defence – 35%;\n"
        "a review in 2026.\n"
    )
    assert not _counted(text)


def test_a_post_of_sentences_after_a_header_is_no_list() -> None:
    text = (
        "Post\n\n"
        "The mayor wrote on Telegram on Monday:\n"
        "The night was difficult.\n"
        "12 drones were shot down over the city.\n"
    )
    claims = _by_value(text)
    assert 12.0 not in claims or claims[12.0].actor is None  # the first line is the post, the second the outlet's
