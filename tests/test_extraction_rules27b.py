"""Branch rules27b (issue #3): count and place forms that held-out text still lost, one section each, every rule with
a near miss. Sentences written for these tests; the names of persons, bodies and small places are invented."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.list_issuers import lead_publisher, speaks_of_figures
from claimtrack.extraction.quantities import find_counts
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 5, 17)


def _by_value(text: str) -> dict[float, ExtractedClaim]:
    """The counted claims of `text` by their lower bound (their upper one when they have none)."""
    out: dict[float, ExtractedClaim] = {}
    for c in extract_claims(text, PUBLISHED):
        if c.quantity is None:
            continue
        value = c.quantity.low if c.quantity.low is not None else c.quantity.high
        assert value is not None
        out[value] = c
    return out


def _speaker(claim: ExtractedClaim) -> str:
    return claim.actor.name.lower() if claim.actor is not None else ""


# --- a lead line naming no speaker ----------------------------------------------------------------------------------


def test_lead_publisher_reads_the_subject_that_puts_the_list_out() -> None:
    assert lead_publisher("The administration published the following breakdown:") == "The administration"
    assert lead_publisher("The Varn Border Guard released these figures on Monday:") == "The Varn Border Guard"
    assert lead_publisher("The ministry posted a video of the strike:") is None  # a video, no figures
    assert lead_publisher("The administration published the following breakdown.") is None  # no lead


def test_speaks_of_figures() -> None:
    assert speaks_of_figures("The Northern Command published its daily update on Monday.")
    assert not speaks_of_figures("Officials said the town was calm on Monday.")


def test_list_after_a_sentence_that_says_who_published_the_update() -> None:
    text = (
        "The Northern Command published its daily update on Monday. Enemy losses since the invasion:\n\n"
        "- tanks: 812 (+3)\n- artillery systems: 1,204 (+7)\n- drones: 640 (+12)\n\nThe fighting went on."
    )
    counts = _by_value(text)
    for value in (812, 3, 1204, 7, 640, 12):
        assert "northern command" in _speaker(counts[value])


def test_near_miss_a_sentence_before_the_lead_that_names_no_figures() -> None:
    text = (
        "The Northern Command said the town of Orlivka was calm on Monday. Our own count so far:\n\n"
        "- tanks: 812\n- artillery systems: 1,204\n- drones: 640\n\nThe fighting went on."
    )
    counts = _by_value(text)
    assert all("northern command" not in _speaker(counts[v]) for v in (812, 1204, 640) if v in counts)


def test_list_whose_lead_names_its_publisher_by_a_noun_named_before() -> None:
    text = (
        "The Harlow regional administration said on Saturday that 40 shells hit the region. "
        "The administration published the following breakdown:\n\n"
        "- Brenn community: mortar fire, 14 explosions.\n- Ostvale community: 22 explosions from artillery.\n"
        "- Kelby community: 9 explosions.\n\nResidents were told to stay in shelters."
    )
    counts = _by_value(text)
    for value in (14, 22, 9):
        assert _speaker(counts[value]) == "harlow regional administration"


def test_list_under_a_title_that_labels_the_issuing_body() -> None:
    text = (
        "Northern Command of the Armed Forces: total losses of the enemy as of 12.03.2024\n\n"
        "Published 12 March 2024, 09:15\n\n"
        "The total combat losses of the enemy from 24.02 to 12.03 are approximately:\n\n"
        "personnel - about 12,300 persons were liquidated,\ntanks - 510,\nhelicopters - 61.\n\n"
        "The data are being updated."
    )
    counts = _by_value(text)
    for value in (12300, 510, 61):
        assert "northern command" in _speaker(counts[value])


def test_near_miss_a_title_naming_a_place_gives_no_issuer() -> None:
    text = (
        "Orlivka: the week in numbers\n\nA quiet week in the town, by our count.\n\n"
        "The figures so far are:\n\ntanks - 510,\nhelicopters - 61.\n\nThe market reopened."
    )
    counts = _by_value(text)
    assert all(_speaker(counts[v]) != "orlivka" for v in (510, 61) if v in counts)


# --- the General Staff's tally labels -------------------------------------------------------------------------------


def test_general_staff_tally_labels_count_what_they_name() -> None:
    for line, unit in (
        ("air defence means - 66,", "air defence means"),
        ("automotive technology - 1,488,", "automotive technology"),
        ("warships / boats - 8,", "warships / boats"),
        ("UAV operational-tactical level - 148,", "uav operational-tactical level"),
        ("mobile SRBM system - 4.", "srbm system"),
    ):
        counts = find_counts(line)
        assert [c.unit for c in counts] == [unit], line


def test_near_miss_a_system_without_a_tally_dash() -> None:
    assert all(c.unit != "srbm system" for c in find_counts("The SRBM system was moved 4 times."))


def test_air_attack_means_are_counted() -> None:
    assert [c.unit for c in find_counts("Russia launched 210 air attack means in total.")] == ["air attack means"]
