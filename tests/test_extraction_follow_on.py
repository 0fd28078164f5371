"""A count in a sentence without a speaker that goes on with the report of the sentence before it (follow_on.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.follow_on import MAX_FOLLOW_ON_WORDS, continues_report

PUBLISHED = dt.date(2024, 5, 2)


def _counts(text: str) -> list[tuple[float | None, str | None]]:
    claims = extract_claims("Regional news\n\n" + text, PUBLISHED)
    return sorted((c.quantity.low, c.actor.name if c.actor else None) for c in claims if c.quantity is not None)


@pytest.mark.parametrize(
    "text",
    [
        "Four civilians were killed and 11 wounded, including two children.",
        "More than 400 Shahed drones were launched at Ukraine in the past seven days.",
        "A further 1,020 have been injured since January.",
        "Another 30 were hospitalised.",
        "Of them, 12 have since died.",
        "Some 35 drones were shot down over the region.",
        "Three people, including a child, were killed.",
        "Thirty-five were intercepted.",
    ],
)
def test_a_count_opening_a_toll_goes_on_with_the_report(text: str) -> None:
    assert continues_report(text)


@pytest.mark.parametrize(
    "text",
    [
        # the outlet's own voice
        "Nine civilians were killed, a toll that Reuters could not independently verify.",
        "40 people were killed according to our own count.",
        # another time: background
        "At least 57 people were killed in a strike on the station last month.",
        "Nine civilians were killed in a strike on the town in 2022.",
        "Two soldiers were killed two years ago.",
        # not opening the sentence
        "However, nine civilians were killed in Kharkiv.",
        "In 2014, 300 people were killed.",
        "The two men were killed.",
        # no toll's verb, or a forecast
        "About 3,000 troops are stationed near the town.",
        "2,000 more troops will be sent.",
        "Dozens were killed.",
        # too long to be a short addition
        "Nine civilians were killed as the town, which lies 30 kilometres from the border and had been spared for "
        "weeks while the front moved further south, came under heavy fire.",
    ],
)
def test_no_follow_on_for_the_outlet_background_or_another_shape(text: str) -> None:
    assert not continues_report(text)


def test_the_word_limit_is_the_sentence_length() -> None:
    short = "Nine civilians were killed " + "and " * (MAX_FOLLOW_ON_WORDS - 5) + "more."
    assert len(short.split()) == MAX_FOLLOW_ON_WORDS and continues_report(short)
    assert not continues_report(short.replace("more.", "many more."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governor Ivan Petrenko said Russian shelling hit the city of Sumy overnight. Three civilians were killed "
            "and nine wounded, including a teenager.",
            [(3, "Ivan Petrenko"), (9, "Ivan Petrenko")],
        ),
        (
            '"The attacks are getting heavier," Mayor Anna Koval said on Tuesday. More than 60 drones were launched at '
            "the region over the weekend.",
            [(60, "Anna Koval")],
        ),
        # alone in the next paragraph, after a sentence with its own verb of saying
        ("The regional police said a missile struck a market in Kherson on Monday.\n\nSeven people were killed.",
         [(7, "Regional police")]),
    ],
)  # fmt: skip
def test_the_speaker_is_carried_to_the_follow_on_count(text: str, expected: list[tuple[float, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the next paragraph goes on: the reporter's own
        "The regional police said a missile struck a market in Kherson.\n\nSeven people were killed. Crews searched "
        "the rubble through the night.",
        # a sentence between
        "Governor Ivan Petrenko said shelling hit Sumy.\n\nThe town had been quiet.\n\nFive civilians were killed.",
        # after a denial, the count is not the speaker's
        "The Russian defence ministry denied striking the market in Kostiantynivka. 16 civilians were killed.",
        # nor by the openers read before this rule ("As a result", a count without its noun)
        "The Russian defence ministry denied striking the market. As a result, two people died.",
        "The Russian defence ministry denied striking the market. Three were pulled out alive.",
        # background in another time
        "Governor Ivan Petrenko said shelling hit Sumy. At least 57 civilians died in a strike there last month.",
    ],
)
def test_no_carry_across_a_paragraph_of_its_own_a_gap_a_denial_or_another_time(text: str) -> None:
    assert _counts(text) == []


def test_the_reasons_say_the_speaker_was_carried_and_the_evidence_is_the_sentence_itself() -> None:
    text = "Governor Ivan Petrenko said shelling hit Sumy overnight. Four civilians were killed."
    (claim,) = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert claim.confidence.reasons[0].startswith("speaker carried from the sentence before (Ivan Petrenko)")
    assert claim.evidence.sentence == "Four civilians were killed."
