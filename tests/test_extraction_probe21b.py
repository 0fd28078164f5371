"""Families found by a second blind probe of whole articles (probe21b): people counted by nouns the unit list
lacked: soldiers called "defenders", armed "gunmen", sentenced "convicts" and "inmates", "observers"."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims

PUBLISHED = dt.date(2023, 8, 7)


def _counted(text: str) -> list[tuple[str | None, float | None, float | None, str | None]]:
    return [
        (c.actor.name if c.actor else None, c.quantity.low, c.quantity.high, c.subject)
        for c in extract_claims(text, PUBLISHED)
        if c.quantity
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "low", "high", "subject"),
    [
        ("Thirty-one Ukrainian defenders have come home from captivity, Andriy Yermak announced on Monday.",
         "Andriy Yermak", 31, 31, "Ukrainian troops captured"),
        ("The brigade said 40 defenders held the bridgehead for a week.", "Brigade", 40, 40, "troops"),
        ("Police said about 300 gunmen attacked the village at dawn.", "Police", 300, 300, "troops"),
        ("Olena Hrytsenko told reporters that about 9,000 convicts had been recruited by the group.",
         "Olena Hrytsenko", 9000, 9000, "prisoners"),
        ("British intelligence said the company was enlisting up to 500 convicts a week.",
         "UK Ministry of Defence", None, 500, "prisoners"),
        ("The governor said 40 inmates were evacuated from the penal colony.", "governor", 40, 40, "prisoners"),
        ("The mission said it would deploy 200 observers to the region.", "mission", 200, 200, "observers"),
    ],
)
def test_people_counted_by_a_new_noun(text: str, speaker: str, low: int | None, high: int | None, subject: str) -> None:
    assert (speaker, low, high, subject) in _counted(text)


def test_rights_defenders_stay_prisoners_not_troops() -> None:
    counted = _counted("The ministry said 12 human rights defenders were detained.")
    assert [(low, subject) for _, low, _, subject in counted] == [(12, "prisoners")]


@pytest.mark.parametrize(
    "text",
    [
        "The coach said the team's defenders were tired after 90 minutes.",
        "The defenders of the plan said 2024 would be decisive.",
    ],
)
def test_no_count_without_a_counted_defender(text: str) -> None:
    assert _counted(text) == []
