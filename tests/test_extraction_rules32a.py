"""Who claims and when, stop 32 (rules32a): "the official" taking up the official who spoke before (and that
official's day), and "Its latest report estimates" speaking for the body named before. Sentences written for
these tests; every rule has a near miss that must not fire."""

from __future__ import annotations

import datetime as dt

from tests.extraction_helpers import speakers_and_days_by_count

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict[float, tuple[str | None, str | None]]:
    """Each counted claim's low bound -> (claimant, claim date)."""
    return speakers_and_days_by_count(text, published)


# --- "the official": the official who spoke before -------------------------------------------------------------


def test_the_official_is_the_unnamed_official_who_spoke_before_on_that_day() -> None:
    text = (
        "A senior Velnian defence official told reporters on Monday that the push had stalled. "
        "The official said 1,400 soldiers had been killed near Orsk in February."
    )
    assert _claims(text)[1400] == ("senior Velnian defence official", "2024-03-11")


def test_the_official_is_the_named_person_described_as_one() -> None:
    text = (
        "Mara Tulin, a Velnian border official, said on Tuesday that 9,000 people had crossed at Kovno. "
        "The official added that 2,500 of them were children."
    )
    assert _claims(text)[2500] == ("Mara Tulin", "2024-03-12")


def test_the_official_does_not_take_up_a_speaker_described_otherwise() -> None:
    # near miss: the last speaker was a governor, not an official; "the official" is someone else
    text = (
        "The regional governor, Mara Tulin, said on Tuesday that 9,000 people had crossed at Kovno. "
        "The official said 2,500 of them were children."
    )
    assert _claims(text)[2500][0] != "Mara Tulin"


def test_the_source_takes_up_the_source_before() -> None:
    text = (
        "A source in the Velnian general staff said on Monday that 60 tanks were lost near Orsk. "
        "The source said 15 more were damaged."
    )
    claims = _claims(text)
    assert claims[15] == (claims[60][0], "2024-03-11")


# --- "Its latest report": the body named before ----------------------------------------------------------------


def test_its_latest_report_speaks_for_the_body_before() -> None:
    text = (
        "The Orsk Rights Monitoring Group published new figures on Monday. "
        "Its latest report estimates that 2,400 civilians have been killed in Kovno."
    )
    assert _claims(text)[2400] == ("Orsk Rights Monitoring Group", "2024-03-11")


def test_its_report_said_speaks_for_the_body_that_spoke_before() -> None:
    text = (
        "The Orsk Rights Monitoring Group said on Monday that 300 homes were destroyed in Kovno. "
        "Its report said 2,400 civilians had been killed there."
    )
    assert _claims(text)[2400][0] == "Orsk Rights Monitoring Group"


def test_a_report_not_owned_by_its_is_not_taken_for_one() -> None:
    # near miss: "Bits" ends in "its" but is no possessive; the phrase is left as written
    from claimtrack.extraction.speaker_references import _its_document

    assert _its_document("latest report", "Its latest report ") == "its latest report"
    assert _its_document("latest report", "Bits latest report ") == "latest report"
    assert _its_document("latest report", "The monitor's latest report ") == "latest report"
    assert _its_document("the governor", "Its the governor ") == "the governor"


# --- "Gen. X, the commander": the day the commander was said to speak before ------------------------------------


def test_a_person_named_as_the_commander_takes_the_described_commanders_day() -> None:
    text = (
        "Velnia's top commander said on Tuesday that 340 soldiers had been killed near Orsk.\n\n"
        "Gen. Ivo Marek, the commander, added that 25 tanks were destroyed."
    )
    assert _claims(text)[25] == ("Ivo Marek", "2024-03-12")


def test_a_person_named_as_another_office_takes_no_such_day() -> None:
    # near miss: "the governor" is not the commander described before
    text = (
        "Velnia's top commander said on Tuesday that 340 soldiers had been killed near Orsk. "
        "Ivo Marek, the governor, added that 25 tanks were destroyed."
    )
    assert _claims(text)[25] == ("Ivo Marek", None)


def test_a_person_named_as_another_minister_takes_no_such_day() -> None:
    # near miss: the same head noun, another office ("foreign" is not "health")
    text = (
        "Velnia's health minister said on Tuesday that 340 civilians had been killed near Orsk. "
        "Ivo Marek, the foreign minister, added that 25 tanks were destroyed."
    )
    assert _claims(text)[25] == ("Ivo Marek", None)


# --- "citing accounts from refugees": evidence no one owns leaves the speaker the claimant ------------------------


def test_a_speaker_citing_unowned_evidence_is_the_claimant() -> None:
    text = "The Velnian refugee agency said at least 800 people were killed in Orsk, citing accounts from refugees."
    assert _claims(text)[800][0] == "Velnian refugee agency"
    text = "A Velnian official, citing a classified assessment shared with parliament, put the number at 31,000 killed."
    assert _claims(text)[31000][0] == "Velnian official"


def test_a_speaker_citing_a_named_bodys_report_passes_the_claim_on() -> None:
    # near miss: the report is the monitoring group's; it claims, the army relays
    text = "The army said 40 drones were downed overnight, citing a report by the Orsk Monitoring Group."
    assert _claims(text)[40][0] == "Orsk Monitoring Group"


def test_evidence_an_organ_of_a_side_owns_passes_the_claim_on() -> None:
    # near miss: "intelligence reports" are intelligence's; the speaker relays them
    text = "Ana Lorca, citing intelligence reports, said 120 armoured vehicles were destroyed near Orsk."
    claimant, _ = _claims(text)[120][:2]
    assert claimant != "Ana Lorca"
