"""Role nouns that speak (stop 27): an ombudsman, a prosecutor or a coroner is a titled office holder; a volunteer,
a firefighter, an activist or an observer speaks unnamed, like "a resident"."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction_helpers import speakers_by_count

DAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("More than 600 soldiers had been killed near Dolyna, the ombudsman said.", ("ombudsman", "person")),
        ("Ombudswoman Maria Kerr said 1,200 children had been deported from Brodivka.", ("Maria Kerr", "person")),
        ("The prosecutor said 14 soldiers had deserted from the garrison.", ("prosecutor", "person")),
        ("The coroner said 9 bodies had been recovered from the river.", ("coroner", "person")),
        ("A volunteer said 40 people were evacuated from Verbivka on Sunday.", ("volunteer", "anonymous")),
        ("An activist said 70 protesters were detained in Marinsk.", ("activist", "anonymous")),
        ("One observer said 25 tanks crossed the river overnight.", ("observer", "anonymous")),
    ],
)
def test_role_noun_speaks(text: str, speaker: tuple[str, str]) -> None:
    found = speakers_by_count(text, DAY)
    assert list(found.values()) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The volunteer battalion lost 30 fighters near Dolyna, the brigade said.",
        "The prosecutor's office said 12 people had been charged.",
    ],
)
def test_role_noun_as_modifier_does_not_speak(text: str) -> None:
    """A near miss: the role word qualifies another noun, which is the speaker."""
    (speaker,) = speakers_by_count(text, DAY).values()
    assert speaker[0] is not None and speaker[0].lower() not in ("volunteer", "prosecutor")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to a Tuesday statement by the Border Guard, 45 drones were downed over Ravensk.", "Border Guard"),
        ("According to a March 11 statement from the Defence Ministry, 12 boats were sunk.", "Defence Ministry"),
        ("According to an update from the air force, 31 drones were shot down overnight.", "Air force"),
        ("According to the daily bulletin of the General Staff, 700 soldiers were killed.", "General Staff"),
    ],
)
def test_dated_document_speaks_for_its_author(text: str, speaker: str) -> None:
    """ "a Tuesday statement by X", "an update from X": the document's author is the claimant, not the document."""
    (found,) = speakers_by_count(text, DAY).values()
    assert found[0] is not None and found[0].lower().endswith(speaker.lower())


def test_month_name_is_no_document_day() -> None:
    """A near miss: a name that opens with a month's word ("May Stewart") is a person, not a dated document."""
    (found,) = speakers_by_count("According to May Stewart, 45 drones were downed over Ravensk.", DAY).values()
    assert found[0] == "May Stewart"
