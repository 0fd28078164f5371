"""A title giving the occasion and day of a document's words ("Spokesman's answers to questions, Paris, 3 May
2024") dates its claims that name no day of their own; on invented documents."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.date_carry import closes_the_title, title_line

PUBLISHED = dt.date(2024, 10, 24)


def claim_dates(text: str) -> list[str | None]:
    return [c.claim_date.iso() if c.claim_date else None for c in extract_claims(text, PUBLISHED)
            if c.actor is not None]


@pytest.mark.parametrize("title, iso", [
    ("Deputy Spokesman Ivan Orlov's answers to media questions, Minsk, October 2, 2024", "2024-10-02"),
    ("Transcript: Press briefing by the Navy Press Secretary, September 30, 2024", "2024-09-30"),
    ("Statement by the Prime Minister on the flooding in the north, 14 October 2024", "2024-10-14"),
    ("Remarks by the Secretary at a joint press conference, Oslo, 7 October 2024", "2024-10-07"),
])
def test_a_title_closing_on_the_day_dates_the_words(title: str, iso: str) -> None:
    text = f"{title}\n\nThe army has lost more than 400 soldiers in the east, Orlov said.\n"
    assert claim_dates(text) == [iso]


def test_a_date_the_sentence_gives_outranks_the_title() -> None:
    text = ("Remarks by the Secretary at a joint press conference, Oslo, 7 October 2024\n\n"
            "On Monday, the Secretary said that 300 drones had been delivered.\n")
    assert claim_dates(text) == ["2024-10-21"]


@pytest.mark.parametrize("title", [
    "The briefing of October 2, 2024, left questions open",  # the date does not close the title
    "Fighting rages near the river as villages empty, 2 October 2024",  # no speech, briefing or statement named
    "What the president's speech of October 2, 2024 meant for the front",  # the date inside the title
    "Statement by the Prime Minister on the flooding, 14 October",  # no year written
])
def test_other_titles_date_nothing(title: str) -> None:
    text = f"{title}\n\nThe army has lost more than 400 soldiers in the east, Orlov said.\n"
    assert claim_dates(text) == [None]


def test_the_title_line_and_its_closing_date() -> None:
    assert title_line("\nBriefing by the spokesman, 3 May 2024\nBody.") == (1, "Briefing by the spokesman, 3 May 2024")
    assert title_line("Troops advance near the river, 3 May 2024\nBody.") is None
    line = "Briefing by the spokesman, Kyiv, 3 May 2024"
    assert closes_the_title(line, line.index("3 May"), len(line))
    assert not closes_the_title("Briefing of 3 May 2024", 12, 22)
