"""An added remark ("'...,' he said, adding: '...'", "X said ..., adding that ...") is a statement of its own, with
its own evidence and place; a sentence with nothing said before "adding" stays one statement."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.added_remarks import added_remark

PUBLISHED = dt.date(2024, 5, 16)


def statements(text: str) -> list[tuple[str, str | None]]:
    """(evidence, place) of the statements extracted from `text`."""
    return [
        (c.mentions[0].sentence, c.place.name if c.place else None)
        for c in extract_claims(text, PUBLISHED)
        if c.actor is not None and c.quantity is None
    ]


@pytest.mark.parametrize(
    ("text", "first_place", "added_place"),
    [
        ('"The convoy crossed into Belarus overnight," the border guard spokesman Andriy Demchenko said, adding: '
         '"The vehicles later moved on to a depot near Gomel."', "Belarus", "Gomel"),
        ("Defence Minister Lena Varga said the brigade had finished its training in Poland, adding that it would "
         "deploy to Lithuania before the summer.", "Poland", "Lithuania"),
        ('"We have seen the shelling of Kherson intensify," the governor said on Telegram, and added that '
         "residents of Mykolaiv should stay in shelters.", "Kherson", "Mykolaiv"),
    ],
)
def test_an_added_remark_is_a_statement_with_its_own_place(text: str, first_place: str, added_place: str) -> None:
    found = statements(text)
    assert len(found) == 2, found
    (first_evidence, first), (added_evidence, added) = found
    assert (first, added) == (first_place, added_place)
    assert "add" not in first_evidence and added_evidence.startswith(("adding", "and added"))


def test_an_added_remark_naming_no_place_keeps_the_sentences() -> None:
    text = ("The mayor of Odesa, Oleh Kiper, said the port had been struck twice overnight, adding that the "
            "repairs would take weeks.")  # fmt: skip
    assert [place for _, place in statements(text)] == ["Odesa", "Odesa"]


@pytest.mark.parametrize(
    "text",
    [
        # nothing said before "adding": one statement
        "Foreign Minister Radoslaw Sikorski said on Monday, adding that Warsaw would host the next round of talks.",
        # "adding" as an ordinary verb, no remark added
        "The ministry said the new sanctions were adding pressure on the economy of Russia.",
    ],
)
def test_no_added_remark(text: str) -> None:
    assert len(statements(text)) == 1


def test_added_remark_spans() -> None:
    text = '"We stay here for good," she said, adding that the town of Vovchansk would be held.'
    cue_end = text.index("said") + len("said")
    split = added_remark(text, cue_end, [(text.index("she"), cue_end)])
    assert split is not None
    first_end, added_start = split
    assert text[:first_end] == '"We stay here for good," she said' and text[added_start:].startswith("adding that")
    # an added remark too short to be one ("adding that it would.") or nothing said before it ("We stay")
    speaker = [(text.index("she"), cue_end)]
    assert added_remark('"We stay here for good," she said, adding that it would.', cue_end, speaker) is None
    short = '"We stay," she said, adding that the town would be held.'
    short_cue_end = short.index("said") + len("said")
    assert added_remark(short, short_cue_end, [(short.index("she"), short_cue_end)]) is None
