"""Speakers and statements from the blind gold's families: descriptions before names, reply verbs closing quoted
words, demands and appeals, a span of time before the verb, a sentence pointing back with "made the statement"."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.attribution import source_after

PUBLISHED = dt.date(2023, 5, 10)


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c.actor.name if c.actor else None, c.evidence.sentence) for c in extract_claims(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" former diplomat and army colonel, Rep. Anna Berg.", "Anna Berg, former diplomat and army colonel"),
        (" Georgian independent broadcaster, Formula.", "Formula, Georgian independent broadcaster"),
        (" the regional governor, Ivan Dorn, who", "Ivan Dorn, the regional governor"),
        (" the agency, Ukraine, and Poland.", "the agency"),  # a one-word name after a thin description: a list
        (" Ukrainian officials, Russia lost ten tanks.", "Ukrainian officials"),
    ],
)
def test_a_description_before_a_name_gives_the_name(after: str, expected: str) -> None:
    assert source_after(after) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("- The sanctions will fail within a year - answered Lavrov.", "Sergei Lavrov"),
        ("- Our ports stay open all winter - reminds Peskov.", "Dmitry Peskov"),
        ("- The talks are over - said Ławrow.", "Sergei Lavrov"),
        ('"The convoy turned back," answered the mayor, Ivan Dorn.', "Ivan Dorn"),
        ("The broadcaster reminds that the general appeared in a video from Mariupol.", "broadcaster"),
    ],
)
def test_reply_verbs_close_quoted_words(text: str, speaker: str) -> None:
    assert [s for s, _ in _speakers(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The film reminded many viewers of the siege.",
        "The minister answered questions for an hour.",
        "Russia's demands were rejected by the alliance.",
        "The union demanded higher wages in March.",
    ],
)
def test_reply_and_demand_verbs_without_their_frame_say_nothing(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Poland demands that Russia withdraw its troops from the border.", "Poland"),
        ("The summit's participants in a joint statement called on Russia to free the sailors.", "participants"),
        ("Moscow assailed Washington for sending more troops to Romania.", "Russia"),
        ("Latvian officials over the weekend claimed that two brigades had moved north.", "Latvian officials"),
    ],
)
def test_demands_appeals_and_a_span_of_time_before_the_verb(text: str, speaker: str) -> None:
    found = _speakers(text)
    assert len(found) == 1 and speaker in (found[0][0] or "")


def test_made_the_statement_points_back_to_the_sentence_before() -> None:
    text = ("Belarus will answer any provocation at once. Prime Minister Roman Golovchenko made the statement "
            "during a meeting with officers on 3 March.")
    assert [s for s, _ in _speakers(text)] == ["Roman Golovchenko", "Roman Golovchenko"]


def test_made_the_claim_that_does_not_point_back() -> None:
    text = "The bridge was closed at noon. The mayor made the statement that the river was rising."
    assert all("bridge" not in sentence for _, sentence in _speakers(text))
