"""Tallies whose issuer a title, lead or label line names without a verb of saying (`list_issuers`)."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction.list_issuers import document_pointed_to, named_issuer, source_label_issuer
from claimtrack.extraction.pipeline import extract_claims

DAY = dt.date(2023, 6, 8)


def test_source_label_names_the_issuer() -> None:
    assert named_issuer("Source: Ministry of Health of Georgia") == "Ministry of Health of Georgia"
    assert named_issuer("Data: Border Service of Moldova, as of 7 June") == "Border Service of Moldova"


def test_name_before_a_colon_names_the_issuer() -> None:
    assert named_issuer("State Border Guard Service: crossings from 1 to 7 June") == "State Border Guard Service"


def test_figures_of_a_body_name_the_issuer() -> None:
    assert named_issuer("The latest figures of the General Staff as of 7 June:") == "General Staff"


def test_line_naming_nobody_has_no_issuer() -> None:
    assert named_issuer("Our own count so far:") is None
    assert named_issuer("Source: our reporters on the ground") is None  # no capitalised name
    assert (
        named_issuer("The enemy lost many tanks over the past week, and the front held firm along the river.") is None
    )


def test_items_under_a_titled_line_are_the_issuers() -> None:
    text = (
        "Heavy fighting near the river\n\nGeneral Staff of the Armed Forces of Ukraine: enemy losses to 7 June\n"
        "tanks – 3,840 (+6) units\nartillery systems – 7,410 units\n"
    )
    claims = extract_claims(text, DAY)
    counts = {c.quantity.low for c in claims if c.quantity is not None}
    assert {3840.0, 7410.0} <= counts
    assert all(c.actor is not None and "General Staff" in c.actor.name for c in claims)


def test_items_under_a_data_label_are_the_issuers() -> None:
    text = (
        "Toll in the east\n\nData: General Staff, as of 7 June\n• 5,120 armoured vehicles\n• 4,060 artillery systems\n"
    )
    claims = extract_claims(text, DAY)
    assert {c.quantity.low for c in claims if c.quantity is not None} == {5120.0, 4060.0}


def test_list_without_an_issuer_stays_the_outlets() -> None:
    text = "What we saw\n\nOur own tally so far:\n• 14 burnt tanks\n• 6 armoured vehicles\n"
    assert all(c.actor is None or c.actor.kind != "organisation" for c in extract_claims(text, DAY))


def test_label_line_before_a_paragraph_hands_it_nothing() -> None:
    text = (
        "Front line report\n\nSource: General Staff\n"
        "Reporters at the scene saw 14 burnt tanks on the road, a witness said nothing of it.\n"
    )
    claims = extract_claims(text, DAY)
    assert all(c.actor is None or "General Staff" not in c.actor.name for c in claims)


def test_source_label_alone() -> None:
    assert source_label_issuer("Source: General Staff, as of 7 June") == "General Staff"
    assert source_label_issuer("General Staff: enemy losses") is None  # a title, not a source label


def test_items_above_a_source_footer_are_the_issuers() -> None:
    text = (
        "Losses so far\n\n• 2,204 armoured vehicles\n• 1,390 artillery systems\nSource: General Staff, as of 7 June\n"
    )
    claims = extract_claims(text, DAY)
    assert {c.quantity.low for c in claims if c.quantity is not None} == {2204.0, 1390.0}
    assert all(c.actor is not None and c.actor.name == "General Staff" for c in claims)
    assert all(c.claim_date is not None and c.claim_date.value == dt.date(2023, 6, 7) for c in claims)


def test_source_footer_below_a_paragraph_claims_nothing_for_it() -> None:
    text = (
        "Losses so far\n\nReporters on the road out of town saw 14 burnt tanks in one field yesterday.\n"
        "Source: General Staff\n"
    )
    assert all(c.actor is None or c.actor.name != "General Staff" for c in extract_claims(text, DAY))


def test_lead_pointing_back_to_a_document() -> None:
    assert document_pointed_to("Key figures from the survey:") == "survey"
    assert document_pointed_to("The main numbers of the latest update:") == "update"
    assert document_pointed_to("Key figures from our own reporting:") is None
    assert document_pointed_to("Key figures from the survey show a rise.") is None


def test_items_under_a_lead_to_the_report_are_its_publishers() -> None:
    text = (
        "Aid agencies warn of a hard winter\n\nThe International Organization for Migration said in its latest "
        "survey that displacement was rising.\n\nKey figures from the survey:\n\n"
        "- 5.9 million internally displaced people;\n- 2.1 million people without heating.\n"
    )
    listed = [c for c in extract_claims(text, DAY) if c.quantity is not None and c.quantity.low > 1_000_000]
    assert {c.quantity.low for c in listed if c.quantity is not None} == {5_900_000.0, 2_100_000.0}
    assert all(c.actor is not None and c.actor.kind == "organisation" for c in listed)


def test_lead_to_the_report_with_no_publisher_stays_the_outlets() -> None:
    text = (
        "Aid agencies warn of a hard winter\n\nDisplacement was rising, a survey found.\n\nKey figures from the "
        "survey:\n\n- 5.9 million internally displaced people;\n- 2.1 million people without heating.\n"
    )
    listed = [c for c in extract_claims(text, DAY) if c.quantity is not None and c.quantity.low > 1_000_000]
    assert all(c.actor is None or c.actor.kind != "organisation" for c in listed)


def test_a_verb_of_reporting_names_no_document() -> None:
    text = (
        "Aid agencies warn of a hard winter\n\nThe International Organization for Migration said in its latest "
        "survey that displacement was rising.\n\nThis was surveyed and reported by Kyiv Post.\n\n"
        "Key figures from the survey:\n\n- 5.9 million internally displaced people;\n"
        "- 2.1 million people without heating.\n"
    )
    listed = [c for c in extract_claims(text, DAY) if c.quantity is not None and c.quantity.low > 1_000_000]
    assert listed and all(c.actor is not None and c.actor.name.startswith("International") for c in listed)


def test_place_name_as_a_label_is_the_outlets_subhead_not_an_issuer() -> None:
    """A country or city before a colon heads a section of the outlet's own; its list has no claimant."""
    for place in ("Moldova", "Kharkiv"):
        text = f"Weekly digest\n\n{place}: the week in numbers\n- 140 drones launched\n- 260 soldiers killed\n"
        assert [c for c in extract_claims(text, DAY) if c.actor is not None] == []
    text = "Weekly digest\n\nBorder Service of Moldova: the week in numbers\n- 140 drones launched\n"
    assert [c.actor.name for c in extract_claims(text, DAY) if c.actor is not None]  # a body still issues its list
